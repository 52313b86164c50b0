#include "core/spill_file.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "absl/strings/str_cat.h"

namespace claimdup {
namespace {

constexpr size_t kBufferBytes = 4 << 20;

absl::Status IoError(const std::string& dir, const char* what) {
  return absl::DataLossError(absl::StrCat(
      dir, ": cannot ", what, " the temporary claim-text file: ", std::strerror(errno)));
}

}  // namespace

absl::StatusOr<std::shared_ptr<SpillFile>> SpillFile::Create(const std::string& dir) {
  int fd = -1;
#if defined(O_TMPFILE)
  fd = open(dir.c_str(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
#endif
  if (fd < 0) {  // No O_TMPFILE here (or on this file system): a named file, unlinked at once.
    std::string path = dir + "/.claimdup-text-XXXXXX";
    fd = mkstemp(path.data());
    if (fd < 0) return IoError(dir, "create");
    unlink(path.c_str());
  }
  return std::shared_ptr<SpillFile>(new SpillFile(fd, dir));
}

SpillFile::~SpillFile() {
  if (map_ != nullptr) munmap(const_cast<char*>(map_), size_);
  close(fd_);
}

uint64_t SpillFile::Append(absl::string_view bytes) {
  const uint64_t at = size_;
  buffer_.append(bytes.data(), bytes.size());
  size_ += bytes.size();
  if (buffer_.size() >= kBufferBytes && write_error_.ok()) write_error_ = Flush();
  return at;
}

absl::Status SpillFile::Flush() {
  size_t done = 0;
  while (done < buffer_.size()) {
    const ssize_t n = write(fd_, buffer_.data() + done, buffer_.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return IoError(dir_, "write");
    done += static_cast<size_t>(n);
  }
  buffer_.clear();
  return absl::OkStatus();
}

absl::Status SpillFile::Seal() {
  if (sealed_) return absl::OkStatus();
  sealed_ = true;
  if (write_error_.ok()) write_error_ = Flush();
  if (!write_error_.ok()) return write_error_;
  std::string().swap(buffer_);
  if (size_ == 0) return absl::OkStatus();
  void* m = mmap(nullptr, size_, PROT_READ, MAP_SHARED, fd_, 0);
  if (m == MAP_FAILED) return IoError(dir_, "map");
  madvise(m, size_, MADV_SEQUENTIAL);
  map_ = static_cast<const char*>(m);
  return absl::OkStatus();
}

void SpillFile::Release(uint64_t offset, uint64_t end) const {
  if (map_ == nullptr) return;
  const uint64_t page = static_cast<uint64_t>(sysconf(_SC_PAGESIZE));
  const uint64_t lo = (offset + page - 1) / page * page;
  const uint64_t hi = std::min(end, size_) / page * page;
  if (hi > lo) madvise(const_cast<char*>(map_) + lo, hi - lo, MADV_DONTNEED);
}

}  // namespace claimdup
