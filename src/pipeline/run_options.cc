#include "pipeline/run_options.h"

#include <algorithm>
#include <thread>

namespace claimdup {

int EffectiveThreads(const RunOptions& options) {
  if (options.threads > 0) return options.threads;
  return static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

void UseSentenceDefaults(bool perms_given, bool share_given, MatchOptions* match) {
  if (!perms_given) match->num_perms = kSentencePerms;
  if (!share_given) match->min_contained_share = kSentenceContainedShare;
}

}  // namespace claimdup
