#include "pipeline/run_options.h"

#include <algorithm>
#include <thread>

namespace claimdup {

int EffectiveThreads(const RunOptions& options) {
  if (options.threads > 0) return options.threads;
  return static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

}  // namespace claimdup
