// Matching a new day against the index (pipeline/index_job.h): which earlier claims to
// load, the one table they are clustered in with the new claims, and how its clusters map
// onto stable ids.
#ifndef CLAIMDUP_PIPELINE_INDEX_MATCH_H_
#define CLAIMDUP_PIPELINE_INDEX_MATCH_H_

#include <cstdint>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "cluster/clusterer.h"
#include "core/claim_table.h"
#include "core/match_options.h"
#include "sketch/minhash.h"
#include "store/claim_index.h"

namespace claimdup {

// The index key of the 4-word run at words[i]: 31 bits (a collision only loads one more
// old claim to compare, never a wrong match).
uint32_t GramKey(absl::Span<const WordToken> words, size_t i);

// Earlier claims loaded from the index to be matched with a new day's.
struct OldClaims {
  std::vector<StoredClaim> claims;  // In id order.
  std::vector<StoredDoc> docs;      // Their documents, each once, by id.
  // How many were found by the lookups, of those how many verify with a new claim (or are
  // kept unverified: split quotes), then with their clusters, then with their groups.
  int64_t found = 0, verified = 0, with_clusters = 0;
  double lookup_seconds = 0;  // Of the time: looking the keys up (the rest is loading).
};

// The earlier claims the new ones may match (sharing a rare 4-word run the index keeps, or
// two) and that pass the clustering's pair verification (`cluster.verify`, on shingles and
// words, cluster/verify.h) with one of the new claims they share runs with, every member of
// their clusters, and the whole quote groups of all those. An earlier claim that verifies
// with no new claim can join no new claim's group by a pair of its own, so it is not loaded
// (parts of split quotes, old or new, are kept unverified: their joined text may match).
// Keys are looked up on `threads` threads (a read connection each beside `index`'s).
absl::Status FindOldClaims(const ClaimTable& fresh, int max_df, const ClusterOptions& cluster,
                           int threads, ClaimIndex* index, OldClaims* out);

// One table for the clustering: the old claims (re-sketched from their text) in id order,
// then the new ones in input order, as one run over all the dumps would order them.
ClaimTable MatchTable(const OldClaims& old, const ClaimTable& fresh, const MatchOptions& match,
                      const MinHasher& hasher, int threads);

// Stable cluster ids for the new claims (rows n_old.. of the match table) from the match
// table's clusters, and the earlier clusters to merge (from, into).
struct StableIds {
  std::vector<int64_t> cluster;  // Per new claim.
  std::vector<std::pair<int64_t, int64_t>> merges;
  int64_t joined_existing = 0;
  int64_t new_clusters = 0;
};

StableIds MapToStableIds(const OldClaims& old, const std::vector<uint32_t>& cluster_of,
                         int64_t first_new_id);

}  // namespace claimdup

#endif  // CLAIMDUP_PIPELINE_INDEX_MATCH_H_
