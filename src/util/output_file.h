// OutputFile: a buffered file writer whose errors (cannot create, disk full) come back as
// a Status naming the path, instead of being lost in a stream's fail bit. A path ending in
// ".zst" or ".gz" is compressed on the fly.
#ifndef CLAIMDUP_UTIL_OUTPUT_FILE_H_
#define CLAIMDUP_UTIL_OUTPUT_FILE_H_

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

// Appends the bytes of the file `from` to the end of the file `to` (both exist), copied by
// the kernel where it can (copy_file_range); errors name the path.
absl::Status AppendFile(const std::string& from, const std::string& to);

// Creates the folder (and parents) if needed.
absl::Status EnsureDirectory(const std::string& dir);

}  // namespace claimdup

#endif  // CLAIMDUP_UTIL_OUTPUT_FILE_H_
