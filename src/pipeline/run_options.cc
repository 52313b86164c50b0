#include "pipeline/run_options.h"

#include <algorithm>
#include <thread>

namespace claimdup {

int EffectiveThreads(const RunOptions& options) {
  if (options.threads > 0) return options.threads;
  return static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

ReportOptions ReportOptionsOf(const RunOptions& options) {
  return ReportOptions{.top = options.top,
                       .html_top = options.html_top,
                       .all_claims = options.all_claims,
                       .show_stock = options.show_stock,
                       .out_dir = options.out_dir,
                       .unit = options.extract.unit,
                       .min_words = options.extract.min_words,
                       .lenient = options.ingest.lenient,
                       .match = options.match};
}

void UseSentenceDefaults(const GivenMatchOptions& given, MatchOptions* match) {
  if (!given.num_perms) match->num_perms = kSentencePerms;
  if (!given.min_contained_share) match->min_contained_share = kSentenceContainedShare;
  if (!given.signature_bits) match->signature_bits = kSentenceSignatureBits;
  match->excerpts = false;
}

}  // namespace claimdup
