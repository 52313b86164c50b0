// StageTimer: the wall time of a job's consecutive stages, as summary.json lists them.
#ifndef CLAIMDUP_UTIL_STAGE_TIMER_H_
#define CLAIMDUP_UTIL_STAGE_TIMER_H_

#include <string>
#include <vector>

#include "absl/time/clock.h"
#include "absl/time/time.h"

namespace claimdup {

struct StageTime {
  std::string stage;
  double seconds = 0;
};

// Records the wall time of consecutive stages: each Done() closes the stage begun at the
// previous Done() (or at construction).
class StageTimer {
 public:
  explicit StageTimer(std::vector<StageTime>* stages) : stages_(stages), start_(absl::Now()) {}
  void Done(const std::string& stage) {
    const absl::Time now = absl::Now();
    stages_->push_back({stage, absl::ToDoubleSeconds(now - start_)});
    start_ = now;
  }

 private:
  std::vector<StageTime>* stages_;
  absl::Time start_;
};

}  // namespace claimdup

#endif  // CLAIMDUP_UTIL_STAGE_TIMER_H_
