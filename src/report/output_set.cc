#include "report/output_set.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "ingest/ingest_options.h"

namespace claimdup {
namespace fs = std::filesystem;
namespace {

constexpr const char* kPartialSuffix = ".partial";
constexpr const char* kMarkerText =
    "This folder holds claimdup output. claimdup skips it when reading input folders, and a "
    "run writing here holds a lock on this file.\n";

absl::Status RenameError(const std::string& from, const std::string& to) {
  return absl::DataLossError(
      absl::StrCat(to, ": cannot rename ", from, " into place: ", std::strerror(errno)));
}

}  // namespace

absl::StatusOr<std::unique_ptr<OutputSet>> OutputSet::Open(const std::string& dir) {
  const std::string marker = absl::StrCat(dir, "/", kOutputFolderMarker);
  const int fd = ::open(marker.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) {
    return absl::PermissionDeniedError(
        absl::StrCat(marker, ": cannot create: ", std::strerror(errno)));
  }
  if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
    const int err = errno;
    ::close(fd);
    if (err == EWOULDBLOCK) {
      return absl::FailedPreconditionError(
          absl::StrCat(dir,
                       ": another claimdup run is writing to this folder; wait for it to "
                       "finish or choose another --out"));
    }
    return absl::PermissionDeniedError(absl::StrCat(marker, ": cannot lock: ", std::strerror(err)));
  }
  struct stat st;
  if (::fstat(fd, &st) == 0 && st.st_size == 0) {
    if (::write(fd, kMarkerText, std::strlen(kMarkerText)) < 0) {
      // The marker's text is for people; the file's presence is what counts.
    }
  }
  // Under the lock, temporary files can only be an interrupted run's leftovers.
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    const std::string name = entry.path().filename().string();
    if (absl::StartsWith(name, ".") && absl::EndsWith(name, kPartialSuffix)) {
      fs::remove(entry.path(), ec);
    }
  }
  return std::unique_ptr<OutputSet>(new OutputSet(dir, fd));
}

OutputSet::~OutputSet() {
  if (!committed_) {
    for (const std::string& name : staged_) std::remove(TempPath(name).c_str());
  }
  ::close(lock_fd_);  // Releases the lock.
}

std::string StagingPath(const std::string& dir, const std::string& name) {
  return absl::StrCat(dir, "/.", name, kPartialSuffix);
}

std::string OutputSet::TempPath(const std::string& name) const {
  return StagingPath(dir_, name);
}

std::string OutputSet::FinalPath(const std::string& name) const {
  return absl::StrCat(dir_, "/", name);
}

std::string OutputSet::Stage(const std::string& name) {
  // Staged again: the same file, written over.
  if (std::find(staged_.begin(), staged_.end(), name) == staged_.end()) staged_.push_back(name);
  return TempPath(name);
}

absl::Status OutputSet::Commit() {
  // Without summary.json the folder says "incomplete" while the set is being swapped.
  const std::string summary = FinalPath(kSummaryFileName);
  if (std::remove(summary.c_str()) != 0 && errno != ENOENT) {
    return absl::DataLossError(absl::StrCat(summary, ": cannot remove: ", std::strerror(errno)));
  }
  bool has_summary = false;
  for (const std::string& name : staged_) {
    if (name == kSummaryFileName) {
      has_summary = true;
      continue;
    }
    if (std::rename(TempPath(name).c_str(), FinalPath(name).c_str()) != 0) {
      return RenameError(TempPath(name), FinalPath(name));
    }
  }
  if (has_summary && std::rename(TempPath(kSummaryFileName).c_str(), summary.c_str()) != 0) {
    return RenameError(TempPath(kSummaryFileName), summary);
  }
  committed_ = true;
  return absl::OkStatus();
}

AtomicFilePath::AtomicFilePath(std::string path) : path_(std::move(path)) {
  std::error_code ec;
  const fs::file_status st = fs::status(path_, ec);
  if (!ec && fs::exists(st) && !fs::is_regular_file(st)) {
    // A device or pipe (/dev/stdout, a FIFO) is written as it is: there is nothing to keep.
    temp_ = path_;
    done_ = true;
    return;
  }
  const fs::path p(path_);
  const fs::path dir = p.parent_path().empty() ? fs::path(".") : p.parent_path();
  // Keeps the final name's extension (.zst, .gz): OutputFile picks compression by it.
  const std::string name = absl::StrCat(kPartialFilePrefix, ::getpid(), "-", p.filename().string());
  temp_ = (dir / name).string();
}

AtomicFilePath::~AtomicFilePath() {
  if (!done_) std::remove(temp_.c_str());
}

absl::Status AtomicFilePath::Finish() {
  if (temp_ == path_) return absl::OkStatus();
  if (std::rename(temp_.c_str(), path_.c_str()) != 0) return RenameError(temp_, path_);
  done_ = true;
  return absl::OkStatus();
}

}  // namespace claimdup
