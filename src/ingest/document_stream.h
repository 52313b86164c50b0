// DocumentStream: every article of a set of inputs, in a stable order, one at a time.
//
// Inputs are text files (one article each, metadata from a manifest), JSON Lines dumps
// (.jsonl, .ndjson, optionally .gz/.zst) or folders searched recursively for both, visited in
// sorted path order; "-" is standard input (JSON Lines). Compression is detected by content.
// A file named with another extension is read by what it holds (a JSON object first: JSON
// Lines; text: one article) or refused. Folders marked as claimdup output and the job's own
// output files (IngestOptions::skip_paths) are skipped. A folder's manifest.csv is used when
// no manifest is given. Bad records (malformed JSON, no text, over-long, empty file) stop the
// stream with an error naming file and line, or in lenient mode are skipped and counted in
// stats(); lenient mode also skips missing paths, unreadable folders and files, and corrupt
// or truncated compressed files (records read before the damage are kept). Invalid UTF-8 is
// repaired and counted, never an error.
#ifndef CLAIMDUP_INGEST_DOCUMENT_STREAM_H_
#define CLAIMDUP_INGEST_DOCUMENT_STREAM_H_

#include <simdjson.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "absl/types/span.h"
#include "core/document.h"
#include "ingest/ingest_options.h"
#include "ingest/input_files.h"
#include "ingest/line_reader.h"
#include "ingest/manifest.h"

namespace claimdup {

class DocumentStream {
 public:
  // Resolves `inputs` into the list of files to read (ingest/input_files.h). Fails on a bad
  // manifest, and in strict mode on a missing path or a folder with nothing to read.
  static absl::StatusOr<std::unique_ptr<DocumentStream>> Open(absl::Span<const std::string> inputs,
                                                              const IngestOptions& options);

  // Stores the next article in *doc and returns true; false when all inputs are read.
  absl::StatusOr<bool> Next(Document* doc);

  // Appends articles to *batch until it holds `max_docs` or `max_bytes` of text; returns
  // whether it holds any (false at the end of the input).
  absl::StatusOr<bool> NextBatch(size_t max_docs, size_t max_bytes, std::vector<Document>* batch);

  // Reads only `share` (parts of the files Open listed, ingest/input_share.h) instead of all
  // of them; manifest lookups still see every listed file. Without `keep_listing_stats` the
  // skips counted while listing (lenient mode) are dropped: one rank of several counts them.
  void KeepShare(std::vector<InputFile> share, bool keep_listing_stats);
  const std::vector<InputFile>& files() const { return files_; }

  const IngestStats& stats() const { return stats_; }
  // Sizes on disk, for progress: all input files, and what has been consumed so far.
  int64_t total_input_bytes() const { return total_input_bytes_; }
  int64_t input_bytes_done() const;

 private:
  DocumentStream(std::vector<InputFile> files, std::optional<Manifest> manifest,
                 IngestOptions options, IngestStats stats);
  // Opens `file` (or hands over the source Next() opened to decide its kind).
  absl::StatusOr<std::unique_ptr<ByteSource>> OpenInput(InputFile* file);
  // Lenient mode: counts a file that could not be read to its end, and moves past it.
  void SkipBrokenFile(const absl::Status& error);
  absl::StatusOr<bool> NextText(const InputFile& file, Document* doc);
  absl::StatusOr<bool> NextJsonLine(const InputFile& file, Document* doc);
  // Strict: returns the error. Lenient: counts it, keeps a warning, returns OK (skip).
  absl::Status BadRecord(const std::string& where, const std::string& reason_key,
                         const std::string& message);

  std::vector<InputFile> files_;
  std::optional<Manifest> manifest_;
  IngestOptions options_;
  IngestStats stats_;
  size_t file_index_ = 0;
  std::unique_ptr<LineReader> lines_;   // Open JSONL reader, if any.
  std::unique_ptr<ByteSource> opened_;  // A kDetect file opened to look at its content.
  absl::flat_hash_map<std::string, int> text_names_;  // Bare name -> text files with it.
  int64_t records_in_file_ = 0;
  int64_t done_bytes_ = 0;  // Sizes of finished files.
  int64_t total_input_bytes_ = 0;
  std::string repaired_;  // Reused buffer for UTF-8 repair.
  simdjson::dom::parser parser_;
};

}  // namespace claimdup

#endif  // CLAIMDUP_INGEST_DOCUMENT_STREAM_H_
