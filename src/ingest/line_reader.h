// LineReader: splits a ByteSource into lines without holding more than one line in memory.
//
// A line longer than `max_line_bytes` is not buffered: it is consumed and reported as too
// long, so a 50 MB line costs no more memory than the limit. Each returned view has
// kLinePadding readable bytes after its end (simdjson parses it in place). A UTF-8 byte order
// mark at the start of the input is not part of the first line.
#ifndef CLAIMDUP_INGEST_LINE_READER_H_
#define CLAIMDUP_INGEST_LINE_READER_H_

#include <cstdint>
#include <memory>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "ingest/byte_source.h"

namespace claimdup {

inline constexpr size_t kLinePadding = 64;

struct Line {
  absl::string_view text;  // Without the '\n' (and a trailing '\r'); empty if too_long.
  int64_t number = 0;      // 1-based.
  bool too_long = false;   // The line exceeded max_line_bytes; `bytes` says how long it was.
  int64_t bytes = 0;
  bool unterminated = false;  // The input ended inside this line (no '\n' after it).
};

class LineReader {
 public:
  LineReader(std::unique_ptr<ByteSource> source, size_t max_line_bytes);
  // The source is a part of a file starting at line `number` (> 1): lines are numbered from
  // there, and no byte order mark is looked for. Call before the first Next().
  void StartAtLine(int64_t number) {
    line_number_ = number - 1;
    bom_checked_ = true;
  }
  // Stores the next line in *line; returns false at the end of the input. The view is valid
  // until the next call.
  absl::StatusOr<bool> Next(Line* line);
  int64_t compressed_bytes_read() const { return source_->compressed_bytes_read(); }
  int64_t bytes_read() const { return bytes_read_; }

 private:
  absl::StatusOr<bool> Fill();  // Reads more input after end_; false at EOF.

  std::unique_ptr<ByteSource> source_;
  size_t max_line_bytes_;
  std::vector<char> buf_;
  size_t begin_ = 0;  // First unconsumed byte.
  size_t end_ = 0;    // One past the last valid byte.
  bool eof_ = false;
  bool bom_checked_ = false;
  int64_t line_number_ = 0;
  int64_t bytes_read_ = 0;
};

}  // namespace claimdup

#endif  // CLAIMDUP_INGEST_LINE_READER_H_
