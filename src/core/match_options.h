// MatchOptions: how claims are fingerprinted and matched, with every default in one place.
// The stages read their own settings from it (pipeline/run_job.cc derives the clusterer's);
// the reports print it. Sentence mode's different defaults live in pipeline/run_options.h.
#ifndef CLAIMDUP_CORE_MATCH_OPTIONS_H_
#define CLAIMDUP_CORE_MATCH_OPTIONS_H_

#include <cstdint>

namespace claimdup {

enum class SketchKind { kClassic, kOph };

// How claims are fingerprinted and matched.
struct MatchOptions {
  int shingle_size = 3;       // Words per shingle.
  bool spelling_fold = true;  // defence/defense, -ise/-ize, -our/-or fold together.
  SketchKind sketch = SketchKind::kClassic;
  int num_perms = 128;                    // MinHash values per claim.
  int signature_bits = 16;                // Bits kept of each value: 8 or 16 (sketch/minhash.h).
  uint64_t seed = 0x636c61696d647570ull;  // "claimdup": fixed, so runs are reproducible.
  double threshold = 0.8;                 // Jaccard of shingle sets that makes two claims the same.
  double containment = 0.9;       // Or: this share of the shorter claim's shingles in the other.
  int containment_min_words = 5;  // Containment applies only when the shorter has this many.
  double word_similarity = 0.85;  // Or: words in order (LCS) / longer length reach this.
  // A contained claim holds at least this share of the longer one. It sets how low LSH must
  // reach (see CandidateThreshold): 0.5 finds a quote cut in half.
  double min_contained_share = 0.5;
  // Word-run anchors find excerpts of any length ratio (index/anchors.h). Quotes mode only:
  // a sentence is the unit of reuse there.
  bool excerpts = true;
  // With excerpts: two quotes sharing a run of this many words (at least half the shorter)
  // are one statement quoted in overlapping stretches (MemeTracker's rule).
  int overlap_words = 10;
  // A contained claim of fewer words than this ("the right thing to do.", "meet people where
  // they are") joins a longer wording only when their articles are at most
  // `short_excerpt_days` apart (or either is undated): on real news such a line years away
  // from the statement holding it is nearly always a stock phrase said again by someone else.
  int short_excerpt_words = 8;
  int short_excerpt_days = 180;
};

}  // namespace claimdup

#endif  // CLAIMDUP_CORE_MATCH_OPTIONS_H_
