// StageTimer: the wall and process CPU time of a job's consecutive stages, as summary.json
// lists them (CPU seconds are all threads together: the figure to compare on a busy machine).
#ifndef CLAIMDUP_UTIL_STAGE_TIMER_H_
#define CLAIMDUP_UTIL_STAGE_TIMER_H_

#include <ctime>
#include <string>
#include <vector>

#include "absl/time/clock.h"
#include "absl/time/time.h"

namespace claimdup {

struct StageTime {
  std::string stage;
  double seconds = 0;      // Wall.
  double cpu_seconds = 0;  // Process CPU, all threads.
};

// The process's CPU time so far, in seconds.
inline double ProcessCpuSeconds() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + 1e-9 * static_cast<double>(t.tv_nsec);
}

// Records the wall and CPU time of consecutive stages: each Done() closes the stage begun at
// the previous Done() (or at construction).
class StageTimer {
 public:
  explicit StageTimer(std::vector<StageTime>* stages)
      : stages_(stages), start_(absl::Now()), cpu_start_(ProcessCpuSeconds()) {}
  void Done(const std::string& stage) {
    const absl::Time now = absl::Now();
    const double cpu = ProcessCpuSeconds();
    stages_->push_back({stage, absl::ToDoubleSeconds(now - start_), cpu - cpu_start_});
    start_ = now;
    cpu_start_ = cpu;
  }

 private:
  std::vector<StageTime>* stages_;
  absl::Time start_;
  double cpu_start_;
};

}  // namespace claimdup

#endif  // CLAIMDUP_UTIL_STAGE_TIMER_H_
