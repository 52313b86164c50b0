// Progress: a one-line progress bar on stderr for long runs (bytes and documents per
// second, ETA), drawn only when stderr is a terminal and at most 5 times a second.
#ifndef CLAIMDUP_PIPELINE_PROGRESS_H_
#define CLAIMDUP_PIPELINE_PROGRESS_H_

#include <cstdint>
#include <string>

#include "absl/time/time.h"

namespace claimdup {

class Progress {
 public:
  // `enabled` false (or stderr not a TTY) makes every call a no-op.
  Progress(bool enabled, std::string label);
  ~Progress() { Finish(); }
  void Update(int64_t bytes_done, int64_t bytes_total, int64_t documents);
  void Finish();  // Clears the line.
  bool active() const { return active_; }

 private:
  bool active_;
  std::string label_;
  absl::Time start_;
  absl::Time last_draw_;
  bool drawn_ = false;
};

}  // namespace claimdup

#endif  // CLAIMDUP_PIPELINE_PROGRESS_H_
