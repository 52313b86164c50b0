#include "ingest/file_range.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

namespace claimdup {
namespace {

constexpr size_t kScanBytes = 1 << 20;

absl::Status FileError(const std::string& path, const char* what) {
  const int err = errno;
  const std::string msg = absl::StrCat(path, ": ", what, ": ", std::strerror(err));
  return err == ENOENT ? absl::NotFoundError(msg) : absl::DataLossError(msg);
}

// An open file descriptor, closed on destruction.
class Fd {
 public:
  explicit Fd(const std::string& path) : fd_(::open(path.c_str(), O_RDONLY | O_CLOEXEC)) {}
  ~Fd() {
    if (fd_ >= 0) ::close(fd_);
  }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  int get() const { return fd_; }

 private:
  int fd_;
};

// Calls visit(data, n, offset) on consecutive chunks of [begin, end) (end < 0: to the end of
// the file) until it returns false.
template <typename Visit>
absl::Status Scan(const std::string& path, int64_t begin, int64_t end, Visit visit) {
  Fd fd(path);
  if (fd.get() < 0) return FileError(path, "cannot open");
  std::vector<char> buf(kScanBytes);
  for (int64_t at = begin; end < 0 || at < end;) {
    const size_t want = end < 0 ? buf.size() : std::min<int64_t>(buf.size(), end - at);
    const ssize_t got = ::pread(fd.get(), buf.data(), want, at);
    if (got < 0) {
      if (errno == EINTR) continue;
      return FileError(path, "read error");
    }
    if (got == 0) break;
    if (!visit(buf.data(), static_cast<size_t>(got), at)) break;
    at += got;
  }
  return absl::OkStatus();
}

class RangeSource : public ByteSource {
 public:
  RangeSource(int fd, int64_t begin, int64_t end, std::string path)
      : fd_(fd), at_(begin), end_(end), path_(std::move(path)) {}
  ~RangeSource() override { ::close(fd_); }

  absl::StatusOr<size_t> Read(char* buf, size_t n) override {
    if (end_ >= 0) n = static_cast<size_t>(std::min<int64_t>(n, std::max<int64_t>(end_ - at_, 0)));
    if (n == 0) return 0;
    for (;;) {
      const ssize_t got = ::pread(fd_, buf, n, at_);
      if (got < 0 && errno == EINTR) continue;
      if (got < 0) return FileError(path_, "read error");
      at_ += got;
      read_ += got;
      return static_cast<size_t>(got);
    }
  }
  int64_t compressed_bytes_read() const override { return read_; }

 private:
  int fd_;
  int64_t at_;
  int64_t end_;
  std::string path_;
  int64_t read_ = 0;
};

}  // namespace

bool IsPlainRegularFile(const std::string& path) {
  struct stat st;
  if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return false;
  Fd fd(path);
  if (fd.get() < 0) return false;
  char head[8];
  const ssize_t got = ::pread(fd.get(), head, sizeof(head), 0);
  return got >= 0 && DetectCompression(head, static_cast<size_t>(got)) == Compression::kNone;
}

absl::StatusOr<int64_t> AlignToLine(const std::string& path, int64_t offset) {
  if (offset <= 0) return 0;
  int64_t found = -1, size = offset - 1;
  absl::Status st = Scan(path, offset - 1, -1, [&](const char* data, size_t n, int64_t at) {
    size = at + static_cast<int64_t>(n);
    const void* nl = std::memchr(data, '\n', n);
    if (nl == nullptr) return true;
    found = at + (static_cast<const char*>(nl) - data);
    return false;
  });
  if (!st.ok()) return st;
  return found >= 0 ? found + 1 : size;
}

absl::StatusOr<int64_t> CountNewlines(const std::string& path, int64_t begin, int64_t end) {
  int64_t count = 0;
  absl::Status st = Scan(path, begin, end, [&](const char* data, size_t n, int64_t) {
    count += std::count(data, data + n, '\n');
    return true;
  });
  if (!st.ok()) return st;
  return count;
}

absl::StatusOr<bool> HasNonBlankAfter(const std::string& path, int64_t offset) {
  bool found = false;
  absl::Status st = Scan(path, offset, -1, [&](const char* data, size_t n, int64_t) {
    for (size_t i = 0; i < n; ++i) {
      const char c = data[i];
      if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
        found = true;
        return false;
      }
    }
    return true;
  });
  if (!st.ok()) return st;
  return found;
}

absl::StatusOr<std::unique_ptr<ByteSource>> OpenFileRange(const std::string& path, int64_t begin,
                                                          int64_t end) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return FileError(path, "cannot open");
  return std::unique_ptr<ByteSource>(new RangeSource(fd, begin, end, path));
}

}  // namespace claimdup
