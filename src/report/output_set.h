// OutputSet: a run's report files, written under temporary names inside the output folder
// and renamed into place together at the end, so a reader never sees a half-written file or
// a mix of two runs' files, and an interrupted run leaves the previous results untouched.
//
// Open() creates the folder's marker file (kOutputFolderMarker, which also makes input walks
// skip the folder) and locks it with flock for the object's life; the kernel drops the lock
// when the process dies, even on kill -9. A second run into a locked folder fails at once.
// Open() then removes temporary files an interrupted run left behind. Commit() removes the old
// summary.json, renames every other staged file into place, and summary.json last: a folder
// holding summary.json holds one complete run. Renaming replaces a symbolic link of the same
// name instead of writing through it.
#ifndef CLAIMDUP_REPORT_OUTPUT_SET_H_
#define CLAIMDUP_REPORT_OUTPUT_SET_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"

namespace claimdup {

inline constexpr const char* kSummaryFileName = "summary.json";

class OutputSet {
 public:
  // Locks `dir` (which must exist). Fails with FailedPrecondition when another run holds it.
  static absl::StatusOr<std::unique_ptr<OutputSet>> Open(const std::string& dir);
  ~OutputSet();  // Removes staged files not committed; releases the lock.
  OutputSet(const OutputSet&) = delete;
  OutputSet& operator=(const OutputSet&) = delete;

  // The temporary path to write the file `name` (e.g. "quotes.jsonl") to (the same path
  // when staged again).
  std::string Stage(const std::string& name);
  // The path `name` has once committed.
  std::string FinalPath(const std::string& name) const;
  // Renames every staged file into place, summary.json last.
  absl::Status Commit();

 private:
  OutputSet(std::string dir, int lock_fd) : dir_(std::move(dir)), lock_fd_(lock_fd) {}
  std::string TempPath(const std::string& name) const;

  std::string dir_;
  int lock_fd_;
  std::vector<std::string> staged_;  // Names, in the order staged.
  bool committed_ = false;
};

// The temporary name `name` has in `dir` until committed (OutputSet::Stage's), which
// OutputSet::Open removes when an interrupted run left it: where a process that holds no
// OutputSet (a rank of a distributed run) writes a part of a report.
std::string StagingPath(const std::string& dir, const std::string& name);

// Writes `path` through a temporary file beside it, renamed over `path` by Finish(): a failed
// or interrupted write leaves `path` as it was. For single-file outputs (dedup, extract). An
// existing `path` that is not a regular file (a device such as /dev/stdout, a FIFO) is
// written directly.
class AtomicFilePath {
 public:
  explicit AtomicFilePath(std::string path);
  ~AtomicFilePath();  // Removes the temporary file unless finished.
  const std::string& temp() const { return temp_; }
  absl::Status Finish();

 private:
  std::string path_, temp_;
  bool done_ = false;
};

}  // namespace claimdup

#endif  // CLAIMDUP_REPORT_OUTPUT_SET_H_
