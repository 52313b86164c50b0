#include "ingest/input_files.h"

#include <sys/stat.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "ingest/file_range.h"

namespace claimdup {
namespace fs = std::filesystem;
namespace {

constexpr size_t kDetectBytes = 4096;  // Bytes looked at to tell JSON Lines from text.

bool EndsWithAny(absl::string_view name, std::initializer_list<const char*> exts) {
  for (const char* ext : exts) {
    if (absl::EndsWith(name, ext)) return true;
  }
  return false;
}

bool IsJsonLines(absl::string_view name) {
  for (const char* z : {"", ".gz", ".zst"}) {
    for (const char* ext : {".jsonl", ".ndjson"}) {
      if (absl::EndsWith(name, absl::StrCat(ext, z))) return true;
    }
  }
  return false;
}

bool IsText(absl::string_view name) { return EndsWithAny(name, {".txt", ".txt.gz", ".txt.zst"}); }

// The first bytes of a file of unknown kind: JSON Lines when they start with a JSON object,
// text when they are text, else an error saying what the file seems to be.
absl::StatusOr<bool> LooksLikeJsonLines(absl::string_view head, const std::string& path) {
  if (absl::StartsWith(head, "\xEF\xBB\xBF")) head.remove_prefix(3);
  const size_t first = head.find_first_not_of(" \t\r\n");
  if (first != absl::string_view::npos && head[first] == '{') return true;
  if (first != absl::string_view::npos && head[first] == '[') {
    return absl::InvalidArgumentError(
        absl::StrCat(path,
                     ": holds a JSON array; claimdup reads JSON Lines (one object per line): "
                     "convert it with jq -c '.[]'"));
  }
  for (char c : head) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (u < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
      return absl::InvalidArgumentError(absl::StrCat(
          path,
          ": unknown format (binary data): claimdup reads .txt articles and JSON Lines "
          "dumps, plain, gzip or zstd"));
    }
  }
  return false;
}

// Serves bytes already read from a source, then the rest of it.
class PrefixedSource : public ByteSource {
 public:
  PrefixedSource(std::string head, std::unique_ptr<ByteSource> rest)
      : head_(std::move(head)), rest_(std::move(rest)) {}
  absl::StatusOr<size_t> Read(char* buf, size_t n) override {
    if (pos_ == head_.size()) return rest_->Read(buf, n);
    const size_t k = std::min(n, head_.size() - pos_);
    std::memcpy(buf, head_.data() + pos_, k);
    pos_ += k;
    return k;
  }
  int64_t compressed_bytes_read() const override { return rest_->compressed_bytes_read(); }

 private:
  std::string head_;
  size_t pos_ = 0;
  std::unique_ptr<ByteSource> rest_;
};

// The (device, inode) of each existing path, for recognizing a file under any name.
std::vector<std::pair<dev_t, ino_t>> FileIds(const std::vector<std::string>& paths) {
  std::vector<std::pair<dev_t, ino_t>> ids;
  for (const std::string& p : paths) {
    struct stat st;
    if (::stat(p.c_str(), &st) == 0) ids.emplace_back(st.st_dev, st.st_ino);
  }
  return ids;
}

// Lists the readable files under `root` into *found.
absl::Status WalkFolder(const std::string& root, const IngestOptions& options,
                        std::vector<InputFile>* found, IngestStats* stats) {
  const auto skip_ids = FileIds(options.skip_paths);
  std::vector<fs::path> pending = {fs::path(root)};
  while (!pending.empty()) {
    const fs::path dir = std::move(pending.back());
    pending.pop_back();
    std::error_code ec;
    // Another run's output (or this run's): never read as input.
    if (dir != fs::path(root) && fs::exists(dir / kOutputFolderMarker, ec)) continue;
    fs::directory_iterator it(dir, ec);
    for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
      std::error_code e;
      const fs::file_status link = it->symlink_status(e);
      if (it->is_directory(e)) {
        if (!fs::is_symlink(link)) pending.push_back(it->path());  // No symlink loops.
        continue;
      }
      if (!it->is_regular_file(e)) continue;
      const std::string path = it->path().string();
      const std::string name = it->path().filename().string();
      if (absl::StartsWith(name, kPartialFilePrefix)) continue;  // An unfinished output.
      const bool jsonl = IsJsonLines(name);
      if (!jsonl && !absl::EndsWith(name, ".txt")) continue;
      if (!skip_ids.empty()) {
        struct stat st;
        if (::stat(path.c_str(), &st) == 0 &&
            std::find(skip_ids.begin(), skip_ids.end(), std::make_pair(st.st_dev, st.st_ino)) !=
                skip_ids.end()) {
          continue;
        }
      }
      const int64_t size = static_cast<int64_t>(it->file_size(e));
      if (jsonl) {
        found->push_back({path, name, InputKind::kJsonLines, size});
      } else {
        found->push_back(
            {path, fs::path(path).lexically_relative(root).string(), InputKind::kText, size});
      }
    }
    if (ec) {
      const absl::Status error = absl::PermissionDeniedError(
          absl::StrCat(dir.string(), ": cannot read folder: ", ec.message()));
      if (absl::Status st = SkipOrFail(options, "unreadable folder", error, stats); !st.ok()) {
        return st;
      }
    }
  }
  return absl::OkStatus();
}

}  // namespace

absl::Status SkipOrFail(const IngestOptions& options, const std::string& reason,
                        const absl::Status& error, IngestStats* stats) {
  if (!options.lenient) return error;
  ++stats->skipped[reason];
  if (stats->warnings.size() < IngestStats::kMaxWarnings) {
    stats->warnings.emplace_back(error.message());
  }
  return absl::OkStatus();
}

std::string BrokenFileReason(const absl::Status& error) {
  switch (error.code()) {
    case absl::StatusCode::kNotFound:
      return "missing path";
    case absl::StatusCode::kPermissionDenied:
      return "unreadable file";
    case absl::StatusCode::kDataLoss:
      return "corrupt or truncated file";
    default:
      return "unsupported file";
  }
}

absl::StatusOr<InputList> ListInputFiles(absl::Span<const std::string> inputs,
                                         const IngestOptions& options, IngestStats* stats) {
  if (inputs.empty()) return absl::InvalidArgumentError("no input given");
  InputList list;
  std::vector<InputFile>& files = list.files;
  for (const std::string& input : inputs) {
    if (input == kStdinPath) {
      files.push_back({input, "stdin", InputKind::kJsonLines, 0});
      continue;
    }
    std::error_code ec;
    const fs::file_status st = fs::status(input, ec);
    if (ec || !fs::exists(st)) {
      const absl::Status missing =
          absl::NotFoundError(absl::StrCat(input, ": no such file or directory"));
      if (absl::Status s = SkipOrFail(options, "missing path", missing, stats); !s.ok()) {
        return s;
      }
      continue;
    }
    if (fs::is_directory(st)) {
      std::vector<InputFile> found;
      if (absl::Status walked = WalkFolder(input, options, &found, stats); !walked.ok()) {
        return walked;
      }
      if (found.empty() && !options.lenient) {
        return absl::InvalidArgumentError(
            absl::StrCat(input, ": no .txt or .jsonl[.gz|.zst] files in this folder"));
      }
      std::sort(found.begin(), found.end(),
                [](const InputFile& a, const InputFile& b) { return a.path < b.path; });
      files.insert(files.end(), found.begin(), found.end());
      const fs::path manifest = fs::path(input) / "manifest.csv";
      if (list.folder_manifest.empty() && fs::exists(manifest))
        list.folder_manifest = manifest.string();
    } else {
      const std::string name = fs::path(input).filename().string();
      // Pipes and FIFOs have no size; progress counts them as 0.
      int64_t size = 0;
      if (fs::is_regular_file(st)) {
        const auto n = fs::file_size(input, ec);
        if (!ec) size = static_cast<int64_t>(n);
      }
      const InputKind kind = IsJsonLines(name) ? InputKind::kJsonLines
                             : IsText(name)    ? InputKind::kText
                                               : InputKind::kDetect;
      files.push_back({input, name, kind, size});
    }
  }
  return list;
}

absl::StatusOr<std::unique_ptr<ByteSource>> OpenInputFile(InputFile* file) {
  if (!file->whole()) return OpenFileRange(file->path, file->begin, file->end);
  auto source = OpenByteSource(file->path);
  if (!source.ok() || file->kind != InputKind::kDetect) return source;
  std::string head(kDetectBytes, '\0');
  size_t have = 0;
  while (have < head.size()) {
    auto got = (*source)->Read(head.data() + have, head.size() - have);
    if (!got.ok()) return got.status();
    if (*got == 0) break;
    have += *got;
  }
  head.resize(have);
  auto jsonl = LooksLikeJsonLines(head, file->path);
  if (!jsonl.ok()) return jsonl.status();
  file->kind = *jsonl ? InputKind::kJsonLines : InputKind::kText;
  return std::unique_ptr<ByteSource>(new PrefixedSource(std::move(head), std::move(*source)));
}

}  // namespace claimdup
