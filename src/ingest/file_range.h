// Byte ranges of one plain (uncompressed) JSON Lines file, cut at line boundaries, so that
// several processes can each read a part of a large dump (pipeline/distributed_run.h).
//
// A record belongs to the range where its line starts: AlignToLine moves a cut to the start
// of the next line, so consecutive aligned ranges hold every line exactly once. Errors name
// the file.
#ifndef CLAIMDUP_INGEST_FILE_RANGE_H_
#define CLAIMDUP_INGEST_FILE_RANGE_H_

#include <cstdint>
#include <memory>
#include <string>

#include "absl/status/statusor.h"
#include "ingest/byte_source.h"

namespace claimdup {

// True when `path` is a regular file whose first bytes are no compression magic (a part of
// it can be read by itself; compressed streams cannot be cut by byte offset).
bool IsPlainRegularFile(const std::string& path);

// The start of the first line that starts at or after byte `offset`: `offset` itself when it
// is 0 or follows a '\n', else one past the next '\n' (the file's size when there is none).
absl::StatusOr<int64_t> AlignToLine(const std::string& path, int64_t offset);

// The number of '\n' bytes in [begin, end) of `path`.
absl::StatusOr<int64_t> CountNewlines(const std::string& path, int64_t begin, int64_t end);

// Whether any byte from `offset` to the end of `path` is other than ' ', '\t', '\r', '\n'
// (a record follows: blank lines are no records).
absl::StatusOr<bool> HasNonBlankAfter(const std::string& path, int64_t offset);

// The bytes [begin, end) of `path` (end < 0: to the end of the file) as a source.
absl::StatusOr<std::unique_ptr<ByteSource>> OpenFileRange(const std::string& path, int64_t begin,
                                                          int64_t end);

}  // namespace claimdup

#endif  // CLAIMDUP_INGEST_FILE_RANGE_H_
