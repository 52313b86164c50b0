// SpillFile: claim text kept on disk instead of in memory.
//
// A run over a gigabyte dump holds hundreds of megabytes of claim text that matching never
// reads (it works on word tokens); only the reports do, once, in claim order. A SpillFile is
// an unnamed file (removed by the kernel when closed, even after a crash) that text is
// appended to while claims stream in; Seal() maps it read-only, View() returns text from the
// mapping, and Release() lets a sequential reader drop pages it has finished with, so the
// text never counts in full towards the process's resident memory.
#ifndef CLAIMDUP_CORE_SPILL_FILE_H_
#define CLAIMDUP_CORE_SPILL_FILE_H_

#include <cstdint>
#include <memory>
#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace claimdup {

class SpillFile {
 public:
  // An unnamed file in folder `dir`. Errors name the folder.
  static absl::StatusOr<std::shared_ptr<SpillFile>> Create(const std::string& dir);
  ~SpillFile();
  SpillFile(const SpillFile&) = delete;
  SpillFile& operator=(const SpillFile&) = delete;

  // Appends bytes (buffered); returns the offset they start at. Only before Seal().
  uint64_t Append(absl::string_view bytes);
  uint64_t size() const { return size_; }

  // Flushes and maps the file read-only; appends end here.
  absl::Status Seal();
  bool sealed() const { return sealed_; }

  // Bytes [offset, offset + length) of the sealed file.
  absl::string_view View(uint64_t offset, uint64_t length) const {
    return absl::string_view(map_ + offset, length);
  }

  // Drops the mapped pages inside [offset, end) from memory (they are read back from the
  // file if viewed again).
  void Release(uint64_t offset, uint64_t end) const;

 private:
  SpillFile(int fd, std::string dir) : fd_(fd), dir_(std::move(dir)) {}
  absl::Status Flush();

  int fd_;
  std::string dir_;
  std::string buffer_;
  absl::Status write_error_;
  uint64_t size_ = 0;
  bool sealed_ = false;
  const char* map_ = nullptr;
};

}  // namespace claimdup

#endif  // CLAIMDUP_CORE_SPILL_FILE_H_
