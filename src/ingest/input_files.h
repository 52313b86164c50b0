// Resolving a job's inputs into the files to read, and telling what each file holds.
//
// Folders are walked in sorted path order for .txt and .jsonl/.ndjson[.gz|.zst] files,
// skipping folders marked as claimdup output and the job's own output files; "-" is standard
// input (JSON Lines). A file named on the command line takes its kind from its name, or,
// with an unknown extension, from its first bytes. Lenient mode skips and counts what cannot
// be read instead of failing (IngestStats::skipped, with the message in warnings).
#ifndef CLAIMDUP_INGEST_INPUT_FILES_H_
#define CLAIMDUP_INGEST_INPUT_FILES_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/types/span.h"
#include "ingest/byte_source.h"
#include "ingest/ingest_options.h"

namespace claimdup {

enum class InputKind { kText, kJsonLines, kDetect };

struct InputFile {
  std::string path;
  std::string id;  // Text: the path relative to the input folder. JSONL: the file name.
  InputKind kind;
  int64_t size = 0;  // 0 for pipes and FIFOs.
  // A part of a plain JSON Lines file (one rank's share, ingest/input_share.h): the lines
  // starting in bytes [begin, end) (end < 0: to the end of the file), numbered from first_line.
  int64_t begin = 0;
  int64_t end = -1;
  int64_t first_line = 1;
  bool whole() const { return begin == 0 && end < 0; }
};

struct InputList {
  std::vector<InputFile> files;
  std::string folder_manifest;  // manifest.csv of the first input folder holding one.
};

// The files of `inputs`. Strict: fails on a missing path, an unreadable folder or a folder
// with nothing to read. Lenient: skips and counts them in *stats.
absl::StatusOr<InputList> ListInputFiles(absl::Span<const std::string> inputs,
                                         const IngestOptions& options, IngestStats* stats);

// Opens `file`. For a kDetect file, decides its kind from its first bytes (a JSON object:
// JSON Lines; text: a text article) and stores it in file->kind; a JSON array or binary data
// is an error saying so. The source yields the whole content either way.
absl::StatusOr<std::unique_ptr<ByteSource>> OpenInputFile(InputFile* file);

// Strict: returns `error`. Lenient: counts it under `reason`, keeps its message, returns OK.
absl::Status SkipOrFail(const IngestOptions& options, const std::string& reason,
                        const absl::Status& error, IngestStats* stats);

// Lenient mode's reason for a file that could not be read to its end, from its error.
std::string BrokenFileReason(const absl::Status& error);

}  // namespace claimdup

#endif  // CLAIMDUP_INGEST_INPUT_FILES_H_
