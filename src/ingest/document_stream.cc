#include "ingest/document_stream.h"

#include <filesystem>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "ingest/file_range.h"
#include "ingest/json_record.h"
#include "ingest/metadata.h"
#include "text/utf8.h"

namespace claimdup {
namespace fs = std::filesystem;
namespace {

// Keeps simdjson's padding requirement for a string we own.
void Pad(std::string* s) { s->reserve(s->size() + kLinePadding); }

}  // namespace

absl::StatusOr<std::unique_ptr<DocumentStream>> DocumentStream::Open(
    absl::Span<const std::string> inputs, const IngestOptions& options) {
  IngestStats stats;
  auto listed = ListInputFiles(inputs, options, &stats);
  if (!listed.ok()) return listed.status();
  std::optional<Manifest> manifest;
  const std::string& manifest_path =
      options.manifest_path.empty() ? listed->folder_manifest : options.manifest_path;
  if (!manifest_path.empty()) {
    auto loaded = Manifest::Load(manifest_path);
    if (!loaded.ok()) return loaded.status();
    manifest = std::move(*loaded);
  }
  return std::unique_ptr<DocumentStream>(
      new DocumentStream(std::move(listed->files), std::move(manifest), options, std::move(stats)));
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

void DocumentStream::KeepShare(std::vector<InputFile> share, bool keep_listing_stats) {
  files_ = std::move(share);
  total_input_bytes_ = 0;
  for (const InputFile& f : files_) total_input_bytes_ += f.size;
  if (!keep_listing_stats) stats_ = IngestStats();
}

absl::StatusOr<std::unique_ptr<ByteSource>> DocumentStream::OpenInput(InputFile* file) {
  if (opened_ != nullptr) return std::move(opened_);
  return OpenInputFile(file);
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
    if (file.kind == InputKind::kDetect) {
      auto opened = OpenInput(&file);
      if (!opened.ok()) {
        if (!options_.lenient) return opened.status();
        SkipBrokenFile(opened.status());
        continue;
      }
      opened_ = std::move(*opened);
    }
    auto got = file.kind == InputKind::kText ? NextText(file, doc) : NextJsonLine(file, doc);
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
  WidenUnicodeSpaces(&doc->text);
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
    if (file.first_line > 1) lines_->StartAtLine(file.first_line);
    records_in_file_ = 0;
    if (file.begin == 0) ++stats_.files;  // A file read in parts counts once.
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
    doc->utf8_repairs += repairs;  // ParseJsonRecord counts repaired escapes.
    WidenUnicodeSpaces(&doc->text);
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
  bool empty = records_in_file_ == 0 && file.begin == 0;
  if (empty && file.end >= 0) {  // The first part of a file: is there a record after it?
    auto more = HasNonBlankAfter(file.path, file.end);
    if (!more.ok()) return more.status();
    empty = !*more;
  }
  lines_.reset();
  records_in_file_ = 0;
  if (empty) {
    absl::Status st = BadRecord(file.path, "empty file", "empty file (no records)");
    if (!st.ok()) return st;
  }
  return false;
}

}  // namespace claimdup
