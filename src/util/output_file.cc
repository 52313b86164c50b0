#include "util/output_file.h"

#include <zlib.h>
#include <zstd.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"

namespace claimdup {

absl::StatusOr<std::unique_ptr<OutputFile>> OutputFile::Create(const std::string& path) {
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (f == nullptr) {
    return absl::PermissionDeniedError(
        absl::StrCat(path, ": cannot create: ", std::strerror(errno)));
  }
  std::setvbuf(f, nullptr, _IOFBF, 1 << 20);
  auto out = std::unique_ptr<OutputFile>(new OutputFile(f, path));
  if (absl::EndsWith(path, ".zst")) {
    ZSTD_CStream* z = ZSTD_createCStream();
    ZSTD_initCStream(z, 3);
    out->zstd_ = z;
    out->zbuf_.resize(ZSTD_CStreamOutSize());
  } else if (absl::EndsWith(path, ".gz")) {
    std::fclose(f);
    out->f_ = nullptr;
    out->gzip_ = gzopen(path.c_str(), "wb6");
    if (out->gzip_ == nullptr) {
      return absl::PermissionDeniedError(absl::StrCat(path, ": cannot create"));
    }
  }
  return out;
}

OutputFile::~OutputFile() {
  if (zstd_ != nullptr) ZSTD_freeCStream(static_cast<ZSTD_CStream*>(zstd_));
  if (gzip_ != nullptr) gzclose(static_cast<gzFile>(gzip_));
  if (f_ != nullptr) std::fclose(f_);
}

void OutputFile::WriteRaw(const char* data, size_t n) {
  if (std::fwrite(data, 1, n, f_) != n) failed_ = true;
}

void OutputFile::Write(absl::string_view s) {
  if (s.empty()) return;
  if (gzip_ != nullptr) {
    if (gzwrite(static_cast<gzFile>(gzip_), s.data(), static_cast<unsigned>(s.size())) <= 0) {
      failed_ = true;
    }
    return;
  }
  if (f_ == nullptr) return;
  if (zstd_ == nullptr) {
    WriteRaw(s.data(), s.size());
    return;
  }
  ZSTD_inBuffer in = {s.data(), s.size(), 0};
  while (in.pos < in.size) {
    ZSTD_outBuffer out = {zbuf_.data(), zbuf_.size(), 0};
    const size_t ret = ZSTD_compressStream(static_cast<ZSTD_CStream*>(zstd_), &out, &in);
    if (ZSTD_isError(ret)) {
      failed_ = true;
      return;
    }
    WriteRaw(zbuf_.data(), out.pos);
  }
}

void OutputFile::FlushZstd(bool /*end*/) {
  for (;;) {
    ZSTD_outBuffer out = {zbuf_.data(), zbuf_.size(), 0};
    const size_t remaining = ZSTD_endStream(static_cast<ZSTD_CStream*>(zstd_), &out);
    WriteRaw(zbuf_.data(), out.pos);
    if (ZSTD_isError(remaining)) failed_ = true;
    if (remaining == 0 || ZSTD_isError(remaining)) break;
  }
}

absl::Status OutputFile::Close() {
  if (gzip_ != nullptr) {
    const int rc = gzclose(static_cast<gzFile>(gzip_));
    gzip_ = nullptr;
    if (rc != Z_OK || failed_) return absl::DataLossError(absl::StrCat(path_, ": write failed"));
    return absl::OkStatus();
  }
  if (f_ == nullptr) return absl::OkStatus();
  if (zstd_ != nullptr) FlushZstd(true);
  const bool flush_failed = std::fclose(f_) != 0;
  f_ = nullptr;
  if (failed_ || flush_failed) {
    return absl::DataLossError(absl::StrCat(path_, ": write failed: ", std::strerror(errno)));
  }
  return absl::OkStatus();
}

namespace {

// Closes a file descriptor when it goes out of scope.
class FdCloser {
 public:
  explicit FdCloser(int fd) : fd_(fd) {}
  ~FdCloser() {
    if (fd_ >= 0) ::close(fd_);
  }
  FdCloser(const FdCloser&) = delete;
  FdCloser& operator=(const FdCloser&) = delete;

 private:
  int fd_;
};

}  // namespace

absl::Status CopyFileAt(const std::string& from, const std::string& to, int64_t at_byte) {
  const int in = ::open(from.c_str(), O_RDONLY | O_CLOEXEC);
  if (in < 0) {
    return absl::DataLossError(absl::StrCat(from, ": cannot open: ", std::strerror(errno)));
  }
  FdCloser close_in(in);
  const int out = ::open(to.c_str(), O_WRONLY | O_CLOEXEC);
  if (out < 0) {
    return absl::DataLossError(absl::StrCat(to, ": cannot open: ", std::strerror(errno)));
  }
  FdCloser close_out(out);
  off_t at = static_cast<off_t>(at_byte);
  auto write_error = [&] {
    return absl::DataLossError(absl::StrCat(to, ": write failed: ", std::strerror(errno)));
  };
  // In the kernel first; where it cannot (another file system, an old kernel), by hand.
  for (;;) {
    const ssize_t n = ::copy_file_range(in, nullptr, out, &at, size_t{1} << 30, 0);
    if (n == 0) return absl::OkStatus();
    if (n > 0) continue;
    if (errno == EINTR) continue;
    if (errno == EXDEV || errno == ENOSYS || errno == EINVAL || errno == EOPNOTSUPP) break;
    return write_error();
  }
  std::string buffer(size_t{1} << 20, '\0');
  for (;;) {
    const ssize_t n = ::read(in, buffer.data(), buffer.size());
    if (n == 0) return absl::OkStatus();
    if (n < 0) {
      if (errno == EINTR) continue;
      return absl::DataLossError(absl::StrCat(from, ": read failed: ", std::strerror(errno)));
    }
    for (ssize_t done = 0; done < n;) {
      const ssize_t w = ::pwrite(out, buffer.data() + done, n - done, at);
      if (w < 0 && errno == EINTR) continue;
      if (w <= 0) return write_error();
      done += w;
      at += w;
    }
  }
}

absl::StatusOr<int64_t> FileBytes(const std::string& path) {
  struct stat info;
  if (::stat(path.c_str(), &info) != 0) {
    return absl::DataLossError(absl::StrCat(path, ": cannot stat: ", std::strerror(errno)));
  }
  return static_cast<int64_t>(info.st_size);
}

absl::Status EnsureDirectory(const std::string& dir) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) return absl::PermissionDeniedError(absl::StrCat(dir, ": cannot create: ", ec.message()));
  return absl::OkStatus();
}

}  // namespace claimdup
