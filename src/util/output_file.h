// OutputFile: a buffered file writer whose errors (cannot create, disk full) come back as
// a Status naming the path, instead of being lost in a stream's fail bit. A path ending in
// ".zst" or ".gz" is compressed on the fly.
#ifndef CLAIMDUP_UTIL_OUTPUT_FILE_H_
#define CLAIMDUP_UTIL_OUTPUT_FILE_H_

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace claimdup {

class OutputFile {
 public:
  static absl::StatusOr<std::unique_ptr<OutputFile>> Create(const std::string& path);
  ~OutputFile();
  void Write(absl::string_view s);
  void WriteLine(absl::string_view s) {
    Write(s);
    Write("\n");
  }
  absl::Status Close();  // Flushes; reports any write error.

 private:
  OutputFile(std::FILE* f, std::string path) : f_(f), path_(std::move(path)) {}
  void WriteRaw(const char* data, size_t n);
  void FlushZstd(bool end);
  std::FILE* f_;
  void* zstd_ = nullptr;  // ZSTD_CStream* when compressing to .zst.
  void* gzip_ = nullptr;  // gzFile when compressing to .gz.
  std::string zbuf_;      // Compressed output buffer.
  std::string path_;
  bool failed_ = false;
};

// Writes the bytes of the file `from` into the file `to` (both exist) from byte `at` on,
// growing `to` where they reach past its end and leaving its other bytes as they are; copied
// by the kernel where it can (copy_file_range). Processes may copy into disjoint ranges of
// one file at once: how the ranks of a distributed run place their parts of a report at
// offsets agreed beforehand. Errors name the path.
absl::Status CopyFileAt(const std::string& from, const std::string& to, int64_t at);

// The size of the file at `path` in bytes; errors name the path.
absl::StatusOr<int64_t> FileBytes(const std::string& path);

// Creates the folder (and parents) if needed.
absl::Status EnsureDirectory(const std::string& dir);

}  // namespace claimdup

#endif  // CLAIMDUP_UTIL_OUTPUT_FILE_H_
