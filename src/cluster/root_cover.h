// How a cluster member covers its root wording: its similarity to the root and the words of
// the root it covers, as ClusterRelations records them (cluster/clusterer.h).
//
// One rule, applied by the clusterer to its members and by the other ranks of a distributed
// run to the members rank 0 sends them (cluster/token_pairs.h, pipeline/distributed_verify.h).
#ifndef CLAIMDUP_CLUSTER_ROOT_COVER_H_
#define CLAIMDUP_CLUSTER_ROOT_COVER_H_

#include <cstdint>

#include "absl/container/flat_hash_map.h"
#include "absl/types/span.h"
#include "core/word_token.h"

namespace claimdup {

struct RootCover {
  float similarity = 1.0f;  // Jaccard with the root (variants), or the share of the member's
                            // shingles in the root (excerpts, parts).
  uint32_t root_begin = 0, root_end = 0;  // The root's words it covers (0, 0: not located).
};

// A root wording with its 4-word runs indexed, for describing its members one by one.
class RootRuns {
 public:
  // `root` and `root_set` (its sorted shingle set) must outlive the calls until the next Reset.
  void Reset(absl::Span<const WordToken> root, absl::Span<const uint32_t> root_set);

  // A member other than the root, with words `member` and shingle set `member_set`: a variant
  // covers the whole root, with its shingle Jaccard as similarity; an excerpt or part covers
  // the root's words from its first to its last 4-word run found in the root (extended by
  // the words before and after them), with the share of its shingles in the root.
  RootCover Describe(absl::Span<const WordToken> member, absl::Span<const uint32_t> member_set,
                     bool variant) const;

 private:
  absl::Span<const WordToken> root_;
  absl::Span<const uint32_t> root_set_;
  absl::flat_hash_map<uint64_t, uint32_t> gram_at_;  // The root's 4-word runs: first position.
};

}  // namespace claimdup

#endif  // CLAIMDUP_CLUSTER_ROOT_COVER_H_
