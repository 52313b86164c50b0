// ByteSource: a stream of bytes from a file, decompressed on the fly.
//
// Dumps are read in a stream, never slurped: `.gz` goes through zlib, `.zst` through zstd's
// streaming decoder, anything else is read as it is.
#ifndef CLAIMDUP_INGEST_BYTE_SOURCE_H_
#define CLAIMDUP_INGEST_BYTE_SOURCE_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "absl/status/statusor.h"

namespace claimdup {

class ByteSource {
 public:
  virtual ~ByteSource() = default;
  // Reads up to `n` bytes into `buf`; returns 0 at the end of the stream.
  virtual absl::StatusOr<size_t> Read(char* buf, size_t n) = 0;
  // Bytes of the underlying (possibly compressed) file consumed so far, for progress.
  virtual int64_t compressed_bytes_read() const = 0;
};

// Opens `path`, choosing the decoder from its extension (".gz", ".zst"). Errors name the path.
absl::StatusOr<std::unique_ptr<ByteSource>> OpenByteSource(const std::string& path);

}  // namespace claimdup

#endif  // CLAIMDUP_INGEST_BYTE_SOURCE_H_
