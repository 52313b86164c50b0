// Clustering claims that say the same thing: exact duplicates, LSH candidates, exact
// verification, union-find.
//
// 1. Claims with identical shingle sets (equal set keys, confirmed on the sets after LSH)
//    collapse onto one representative first, so a line repeated 100k times is one LSH
//    item, not a giant bucket.
// 2. LSH candidate pairs among representatives; a vectorized signature comparison drops
//    pairs whose estimated Jaccard and containment are hopeless as they are found.
// 3. Survivors are verified exactly (Jaccard >= threshold, or containment).
// 4. Jaccard edges are unioned. A split quote ("…," X said. "…") is also compared as its
//    joined text (rows of `joined`, whose `group` is the claim id of the first part): when
//    the joined text matches a claim outside the quote, all parts join that cluster.
// 5. A containment edge (a truncated quote inside a full one)
//    joins the short claim's cluster to the long one's only when it is contained in exactly
//    one cluster: a short generic line contained in many unrelated quotes would otherwise
//    chain them all together.
// The cluster id of a claim is the smallest claim id in its cluster: the same input gives
// the same ids, whatever the thread count.
#ifndef CLAIMDUP_CLUSTER_CLUSTERER_H_
#define CLAIMDUP_CLUSTER_CLUSTERER_H_

#include <cstdint>
#include <vector>

#include "cluster/verify.h"
#include "core/claim_table.h"
#include "index/lsh.h"

namespace claimdup {

struct ClusterOptions {
  VerifyParams verify;
  LshParams lsh;
  CandidateOptions candidates;
  int shingle_size = 3;              // How the claims' shingle sets were made from their
  uint64_t shingle_seed = 0;         // tokens (text/shingle.h).
  double estimate_slack = 0.15;      // ~3.4 standard errors of the estimate at K = 128.
  double candidate_threshold = 0.8;  // The similarity LSH was tuned for.
};

struct ClusterStats {
  int64_t exact_duplicates = 0;    // Claims collapsed onto an identical one.
  int64_t set_key_collisions = 0;  // Different sets with one 64-bit key (left apart).
  int64_t lsh_items = 0;           // Representatives indexed.
  int64_t candidate_pairs = 0;
  int64_t estimate_skipped = 0;  // Candidates dropped by the signature estimate.
  int64_t jaccard_edges = 0;
  int64_t containment_edges = 0;
  int64_t containment_joined = 0;     // Short clusters joined to the one cluster holding them.
  int64_t containment_ambiguous = 0;  // Short clusters contained in several: left alone.
};

// Cluster id (smallest member claim id) of every claim of `claims`. `joined` holds the
// joined texts of split quotes (may be empty). The claims' signatures are freed once the
// candidate pairs are found (verification works on tokens): a large run's signatures are
// the memory its verification needs.
std::vector<uint32_t> ClusterClaims(ClaimTable* claims, const ClaimTable& joined,
                                    const ClusterOptions& options, int threads,
                                    ClusterStats* stats);

}  // namespace claimdup

#endif  // CLAIMDUP_CLUSTER_CLUSTERER_H_
