// ByteSource: a stream of bytes from a file, a pipe or standard input, decompressed on the fly.
//
// Dumps are read in a stream, never slurped. The decoder is chosen by the data's first bytes
// (gzip 1f 8b, zstd 28 b5 2f fd), not by the name, so `-` (standard input), FIFOs and
// `<(zstdcat ...)` work like files. A compressed stream must end where its format says it
// ends: a cut (truncated) stream or bytes after it are errors naming the path.
#ifndef CLAIMDUP_INGEST_BYTE_SOURCE_H_
#define CLAIMDUP_INGEST_BYTE_SOURCE_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "absl/status/statusor.h"

namespace claimdup {

enum class Compression { kNone, kGzip, kZstd, kBzip2, kXz };

class ByteSource {
 public:
  virtual ~ByteSource() = default;
  // Reads up to `n` bytes into `buf`; returns 0 at the end of the stream.
  virtual absl::StatusOr<size_t> Read(char* buf, size_t n) = 0;
  // Bytes of the underlying (possibly compressed) file consumed so far, for progress.
  virtual int64_t compressed_bytes_read() const = 0;
};

// The path that means standard input.
inline constexpr const char* kStdinPath = "-";

// The compression whose magic bytes start `head` (kNone when none does).
Compression DetectCompression(const char* head, size_t n);

// Opens `path` ("-": standard input), choosing the decoder from the first bytes. bzip2 and xz
// are recognized and refused with a message saying how to convert. Errors name the path.
absl::StatusOr<std::unique_ptr<ByteSource>> OpenByteSource(const std::string& path);

}  // namespace claimdup

#endif  // CLAIMDUP_INGEST_BYTE_SOURCE_H_
