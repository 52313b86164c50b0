#include "ingest/document_stream.h"

#include <algorithm>
#include <filesystem>

#include "absl/status/status.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "ingest/json_record.h"
#include "ingest/metadata.h"
#include "text/utf8.h"

namespace claimdup {
namespace fs = std::filesystem;
namespace {

bool IsJsonLines(const std::string& name) {
  for (const char* ext :
       {".jsonl", ".ndjson", ".jsonl.gz", ".jsonl.zst", ".ndjson.gz", ".ndjson.zst"}) {
    if (absl::EndsWith(name, ext)) return true;
  }
  return false;
}

// Keeps simdjson's padding requirement for a string we own.
void Pad(std::string* s) { s->reserve(s->size() + kLinePadding); }

}  // namespace

absl::StatusOr<std::unique_ptr<DocumentStream>> DocumentStream::Open(
    absl::Span<const std::string> inputs, const IngestOptions& options) {
  if (inputs.empty()) return absl::InvalidArgumentError("no input given");
  std::vector<InputFile> files;
  std::string auto_manifest;
  for (const std::string& input : inputs) {
    std::error_code ec;
    const fs::file_status st = fs::status(input, ec);
    if (ec || !fs::exists(st)) {
      return absl::NotFoundError(absl::StrCat(input, ": no such file or directory"));
    }
    if (fs::is_directory(st)) {
      std::vector<InputFile> found;
      for (auto it = fs::recursive_directory_iterator(input, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (!it->is_regular_file()) continue;
        const std::string path = it->path().string();
        const std::string name = it->path().filename().string();
        const int64_t size = static_cast<int64_t>(it->file_size());
        if (IsJsonLines(name)) {
          found.push_back({path, "", Kind::kJsonLines, size});
        } else if (absl::EndsWith(name, ".txt")) {
          found.push_back(
              {path, fs::path(path).lexically_relative(input).string(), Kind::kText, size});
        }
      }
      if (ec) return absl::PermissionDeniedError(absl::StrCat(input, ": ", ec.message()));
      if (found.empty()) {
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
      const int64_t size = static_cast<int64_t>(fs::file_size(input, ec));
      files.push_back({input, name, IsJsonLines(name) ? Kind::kJsonLines : Kind::kText, size});
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
      new DocumentStream(std::move(files), std::move(manifest), options));
}

DocumentStream::DocumentStream(std::vector<InputFile> files, std::optional<Manifest> manifest,
                               IngestOptions options)
    : files_(std::move(files)), manifest_(std::move(manifest)), options_(std::move(options)) {
  for (const InputFile& f : files_) total_input_bytes_ += f.size;
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
    const InputFile& file = files_[file_index_];
    auto got = file.kind == Kind::kText ? NextText(file, doc) : NextJsonLine(file, doc);
    if (!got.ok()) return got.status();
    if (*got) {
      ++stats_.documents;
      if (doc->date.empty()) ++stats_.undated_documents;
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
  auto source = OpenByteSource(file.path);
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
  if (raw.find_first_not_of(" \t\r\n") == std::string::npos) {
    absl::Status st = BadRecord(file.path, "empty file", "empty file");
    if (!st.ok()) return st;
    records_in_file_ = 0;
    return false;
  }
  *doc = Document();
  doc->utf8_repairs = RepairUtf8(raw, &doc->text);
  doc->source = file.path;
  doc->id = file.id;
  if (const ManifestEntry* e = manifest_ ? manifest_->Find(file.path) : nullptr) {
    if (!e->id.empty()) doc->id = e->id;
    doc->outlet = e->outlet;
    doc->url = e->url;
    doc->title = e->title;
    doc->date = NormalizeDate(e->date);
  }
  if (doc->outlet.empty()) doc->outlet = OutletFromUrl(doc->url);
  if (doc->outlet.empty()) doc->outlet = "unknown";
  return true;
}

absl::StatusOr<bool> DocumentStream::NextJsonLine(const InputFile& file, Document* doc) {
  if (lines_ == nullptr) {
    auto source = OpenByteSource(file.path);
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
      const std::string msg(parsed.message());
      const std::string key = absl::StartsWith(msg, "malformed JSON")  ? "malformed JSON"
                              : absl::StartsWith(msg, "no text field") ? "no text field"
                                                                       : msg;
      absl::Status st = BadRecord(where, key, msg);
      if (!st.ok()) return st;
      continue;
    }
    doc->utf8_repairs = repairs;
    if (options_.keep_raw) doc->raw.assign(text.data(), text.size());
    doc->source = file.path;
    doc->line = line.number;
    if (doc->id.empty()) {
      doc->id = absl::StrCat(fs::path(file.path).filename().string(), ":", line.number);
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
