#include "ingest/document_stream.h"

#include <sys/stat.h>

#include <algorithm>
#include <cstring>
#include <filesystem>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/strip.h"
#include "absl/strings/str_cat.h"
#include "ingest/json_record.h"
#include "ingest/metadata.h"
#include "text/utf8.h"

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

// Keeps simdjson's padding requirement for a string we own.
void Pad(std::string* s) { s->reserve(s->size() + kLinePadding); }

// The first bytes of a file of unknown kind: JSON Lines when they start with a JSON object,
// text when they are text, else an error saying what the file seems to be.
absl::StatusOr<bool> LooksLikeJsonLines(absl::string_view head, const std::string& path) {
  if (absl::StartsWith(head, "\xEF\xBB\xBF")) head.remove_prefix(3);
  const size_t first = head.find_first_not_of(" \t\r\n");
  if (first != absl::string_view::npos && head[first] == '{') return true;
  if (first != absl::string_view::npos && head[first] == '[') {
    return absl::InvalidArgumentError(absl::StrCat(
        path, ": holds a JSON array; claimdup reads JSON Lines (one object per line): "
              "convert it with jq -c '.[]'"));
  }
  for (char c : head) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (u < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
      return absl::InvalidArgumentError(absl::StrCat(
          path, ": unknown format (binary data): claimdup reads .txt articles and JSON Lines "
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

// Lenient mode's reason for a file that could not be read to its end.
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

// Strict: the error. Lenient: counts it under `reason` with its message, returns OK.
absl::Status SkipOrFail(const IngestOptions& options, const std::string& reason,
                        const absl::Status& error, IngestStats* stats) {
  if (!options.lenient) return error;
  ++stats->skipped[reason];
  if (stats->warnings.size() < IngestStats::kMaxWarnings) {
    stats->warnings.emplace_back(error.message());
  }
  return absl::OkStatus();
}

}  // namespace

absl::Status DocumentStream::WalkFolder(const std::string& root, const IngestOptions& options,
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
        found->push_back({path, name, Kind::kJsonLines, size});
      } else {
        found->push_back(
            {path, fs::path(path).lexically_relative(root).string(), Kind::kText, size});
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

absl::StatusOr<std::unique_ptr<DocumentStream>> DocumentStream::Open(
    absl::Span<const std::string> inputs, const IngestOptions& options) {
  if (inputs.empty()) return absl::InvalidArgumentError("no input given");
  std::vector<InputFile> files;
  IngestStats stats;
  std::string auto_manifest;
  for (const std::string& input : inputs) {
    if (input == kStdinPath) {
      files.push_back({input, "stdin", Kind::kJsonLines, 0});
      continue;
    }
    std::error_code ec;
    const fs::file_status st = fs::status(input, ec);
    if (ec || !fs::exists(st)) {
      const absl::Status missing =
          absl::NotFoundError(absl::StrCat(input, ": no such file or directory"));
      if (absl::Status s = SkipOrFail(options, "missing path", missing, &stats); !s.ok()) {
        return s;
      }
      continue;
    }
    if (fs::is_directory(st)) {
      std::vector<InputFile> found;
      if (absl::Status walked = WalkFolder(input, options, &found, &stats); !walked.ok()) {
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
      if (auto_manifest.empty() && fs::exists(manifest)) auto_manifest = manifest.string();
    } else {
      const std::string name = fs::path(input).filename().string();
      // Pipes and FIFOs have no size; progress counts them as 0.
      int64_t size = 0;
      if (fs::is_regular_file(st)) {
        const auto n = fs::file_size(input, ec);
        if (!ec) size = static_cast<int64_t>(n);
      }
      const Kind kind = IsJsonLines(name) ? Kind::kJsonLines
                        : IsText(name)    ? Kind::kText
                                          : Kind::kDetect;
      files.push_back({input, name, kind, size});
    }
  }
  std::optional<Manifest> manifest;
  const std::string& manifest_path =
      options.manifest_path.empty() ? auto_manifest : options.manifest_path;
  if (!manifest_path.empty()) {
    auto loaded = Manifest::Load(manifest_path);
    if (!loaded.ok()) return loaded.status();
    manifest = std::move(*loaded);
  }
  return std::unique_ptr<DocumentStream>(
      new DocumentStream(std::move(files), std::move(manifest), options, std::move(stats)));
}

DocumentStream::DocumentStream(std::vector<InputFile> files, std::optional<Manifest> manifest,
                               IngestOptions options, IngestStats stats)
    : files_(std::move(files)),
      manifest_(std::move(manifest)),
      options_(std::move(options)),
      stats_(std::move(stats)) {
  for (const InputFile& f : files_) {
    total_input_bytes_ += f.size;
    ++text_names_[fs::path(f.path).filename().string()];
  }
}

absl::StatusOr<std::unique_ptr<ByteSource>> DocumentStream::OpenInput(InputFile* file) {
  if (opened_ != nullptr) return std::move(opened_);
  auto source = OpenByteSource(file->path);
  if (!source.ok() || file->kind != Kind::kDetect) return source;
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
  file->kind = *jsonl ? Kind::kJsonLines : Kind::kText;
  return std::unique_ptr<ByteSource>(new PrefixedSource(std::move(head), std::move(*source)));
}

void DocumentStream::SkipBrokenFile(const absl::Status& error) {
  SkipOrFail(options_, BrokenFileReason(error), error, &stats_).IgnoreError();
  lines_.reset();
  opened_.reset();
  records_in_file_ = 0;
  done_bytes_ += files_[file_index_].size;
  ++file_index_;
}

int64_t DocumentStream::input_bytes_done() const {
  return done_bytes_ + (lines_ ? lines_->compressed_bytes_read() : 0);
}

absl::Status DocumentStream::BadRecord(const std::string& where, const std::string& reason_key,
                                       const std::string& message) {
  const std::string full = absl::StrCat(where, ": ", message);
  if (!options_.lenient) {
    return absl::InvalidArgumentError(absl::StrCat(full, " (use --lenient to skip bad records)"));
  }
  ++stats_.skipped[reason_key];
  if (stats_.warnings.size() < IngestStats::kMaxWarnings) stats_.warnings.push_back(full);
  return absl::OkStatus();
}

absl::StatusOr<bool> DocumentStream::Next(Document* doc) {
  while (file_index_ < files_.size()) {
    InputFile& file = files_[file_index_];
    if (file.kind == Kind::kDetect) {
      auto opened = OpenInput(&file);
      if (!opened.ok()) {
        if (!options_.lenient) return opened.status();
        SkipBrokenFile(opened.status());
        continue;
      }
      opened_ = std::move(*opened);
    }
    auto got = file.kind == Kind::kText ? NextText(file, doc) : NextJsonLine(file, doc);
    if (!got.ok()) {
      // Bad records never get here in lenient mode: this is the file itself failing.
      if (!options_.lenient) return got.status();
      SkipBrokenFile(got.status());
      continue;
    }
    if (*got) {
      ++stats_.documents;
      if (doc->date.empty()) ++stats_.undated_documents;
      if (doc->invalid_date) ++stats_.invalid_dates;
      if (doc->utf8_repairs > 0) {
        ++stats_.utf8_repaired_records;
        stats_.utf8_replacements += doc->utf8_repairs;
      }
      return true;
    }
    done_bytes_ += file.size;
    ++file_index_;
  }
  return false;
}

absl::StatusOr<bool> DocumentStream::NextBatch(size_t max_docs, size_t max_bytes,
                                               std::vector<Document>* batch) {
  size_t bytes = 0;
  while (batch->size() < max_docs && bytes < max_bytes) {
    batch->emplace_back();
    auto more = Next(&batch->back());
    if (!more.ok()) return more.status();
    if (!*more) {
      batch->pop_back();
      break;
    }
    bytes += batch->back().text.size();
  }
  return !batch->empty();
}

absl::StatusOr<bool> DocumentStream::NextText(const InputFile& file, Document* doc) {
  // A text file is one document: read it on the first call, report the end on the second.
  if (lines_ != nullptr || records_in_file_ > 0) {
    records_in_file_ = 0;
    return false;
  }
  records_in_file_ = 1;
  ++stats_.files;
  auto source = OpenInput(&files_[file_index_]);
  if (!source.ok()) return source.status();
  std::string raw;
  std::vector<char> chunk(1 << 16);
  for (;;) {
    auto got = (*source)->Read(chunk.data(), chunk.size());
    if (!got.ok()) return got.status();
    if (*got == 0) break;
    raw.append(chunk.data(), *got);
    if (static_cast<int64_t>(raw.size()) > options_.max_record_bytes) {
      absl::Status st = BadRecord(file.path, "record too large",
                                  absl::StrCat("file larger than the record limit of ",
                                               options_.max_record_bytes, " bytes"));
      if (!st.ok()) return st;
      records_in_file_ = 0;
      return false;
    }
  }
  stats_.bytes += raw.size();
  const absl::string_view body = absl::StripPrefix(raw, "\xEF\xBB\xBF");
  if (body.find_first_not_of(" \t\r\n") == absl::string_view::npos) {
    absl::Status st = BadRecord(file.path, "empty file", "empty file");
    if (!st.ok()) return st;
    records_in_file_ = 0;
    return false;
  }
  *doc = Document();
  doc->utf8_repairs = RepairUtf8(body, &doc->text);
  doc->source = file.path;
  RepairUtf8(file.id, &doc->id);  // File names need not be UTF-8.
  const bool unique_name = text_names_[fs::path(file.path).filename().string()] == 1;
  if (const ManifestEntry* e = manifest_ ? manifest_->Find(file.path, unique_name) : nullptr) {
    if (!e->id.empty()) doc->id = e->id;
    doc->outlet = e->outlet;
    doc->url = e->url;
    doc->title = e->title;
    doc->date = NormalizeDate(e->date);
    doc->invalid_date = doc->date.empty() && !absl::StripAsciiWhitespace(e->date).empty();
  }
  if (doc->outlet.empty()) doc->outlet = OutletFromUrl(doc->url);
  if (doc->outlet.empty()) doc->outlet = "unknown";
  return true;
}

absl::StatusOr<bool> DocumentStream::NextJsonLine(const InputFile& file, Document* doc) {
  if (lines_ == nullptr) {
    auto source = OpenInput(&files_[file_index_]);
    if (!source.ok()) return source.status();
    lines_ = std::make_unique<LineReader>(std::move(*source), options_.max_record_bytes);
    records_in_file_ = 0;
    ++stats_.files;
  }
  Line line;
  for (;;) {
    auto more = lines_->Next(&line);
    if (!more.ok()) return more.status();
    if (!*more) break;
    const std::string where = absl::StrCat(file.path, ":", line.number);
    ++records_in_file_;  // Counts every non-blank line, bad or good.
    if (line.too_long) {
      absl::Status st =
          BadRecord(where, "record too large",
                    absl::StrCat("line of ", line.bytes, " bytes exceeds the record limit of ",
                                 options_.max_record_bytes, " bytes"));
      if (!st.ok()) return st;
      continue;
    }
    if (line.text.find_first_not_of(" \t\r") == absl::string_view::npos) {
      --records_in_file_;  // A blank line is not a record.
      continue;
    }
    stats_.bytes += line.text.size() + 1;
    absl::string_view text = line.text;
    int64_t repairs = 0;
    if (!IsValidUtf8(text)) {
      repairs = RepairUtf8(text, &repaired_);
      Pad(&repaired_);
      text = repaired_;
    }
    *doc = Document();
    absl::Status parsed = ParseJsonRecord(parser_, text, options_.fields, doc);
    if (!parsed.ok()) {
      std::string msg(parsed.message());
      std::string key = absl::StartsWith(msg, "malformed JSON")  ? "malformed JSON"
                        : absl::StartsWith(msg, "no text field") ? "no text field"
                                                                 : msg;
      if (line.unterminated && key == "malformed JSON") {  // The input was cut mid-record.
        key = "truncated record";
        msg = absl::StrCat("truncated record: the input ends inside it (", msg, ")");
      }
      absl::Status st = BadRecord(where, key, msg);
      if (!st.ok()) return st;
      continue;
    }
    doc->utf8_repairs = repairs;
    if (options_.keep_raw) doc->raw.assign(text.data(), text.size());
    doc->source = file.path;
    doc->line = line.number;
    if (doc->id.empty()) {
      std::string name;
      RepairUtf8(file.id, &name);  // File names need not be UTF-8.
      doc->id = absl::StrCat(name, ":", line.number);
    }
    if (doc->outlet.empty()) doc->outlet = "unknown";
    return true;
  }
  const bool empty = records_in_file_ == 0;
  lines_.reset();
  records_in_file_ = 0;
  if (empty) {
    absl::Status st = BadRecord(file.path, "empty file", "empty file (no records)");
    if (!st.ok()) return st;
  }
  return false;
}

}  // namespace claimdup
