// What a cluster says to a reader: its members, outlets, speakers, canonical wording and
// first appearance.
#ifndef CLAIMDUP_CLUSTER_CLUSTER_SUMMARY_H_
#define CLAIMDUP_CLUSTER_CLUSTER_SUMMARY_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "cluster/clusterer.h"
#include "cluster/roots.h"
#include "core/claim_table.h"
#include "core/match_options.h"

namespace claimdup {

struct ClusterInfo {
  uint32_t id = 0;                 // Smallest member claim id.
  std::vector<uint32_t> members;   // Claim ids, ascending.
  std::vector<uint32_t> outlets;   // Distinct outlet indices, in order of first appearance.
  std::vector<uint32_t> docs;      // Distinct document indices, ascending.
  std::vector<uint32_t> speakers;  // Distinct known speaker indices, most frequent first.
  // Member whose text is the most frequent wording of the root's variants (ties: longest);
  // without such a member, of the excerpts; else the longest split part. An excerpt wording of
  // 6+ words that more outlets carry than carry the root's variants, and most of the
  // cluster's outlets, is canonical instead: it is what they repeat (the root stays in `root`).
  uint32_t canonical = 0;
  // Member of the earliest dated article (ties: input order); but a short excerpt (under
  // `short_words` words, no variant of the root) dated more than 30 days before every member
  // carrying the root's wording is first only when it credits a speaker of those members.
  uint32_t first = 0;
  // A stock phrase (cluster/article_reuse.h) left out of the cross-outlet views.
  bool stock = false;
};

// Clusters with at least `min_size` quote groups (a split quote's parts count once), by id.
// `relation` (per claim, may be empty: all variants) chooses the canonical wording and which
// members are short excerpts (under `short_words` words) for the first appearance.
std::vector<ClusterInfo> SummarizeClusters(
    const ClaimTable& claims, const std::vector<uint32_t>& cluster_of,
    const std::vector<Relation>& relation = {}, size_t min_size = 2,
    uint32_t short_words = MatchOptions{}.short_excerpt_words);

// SummarizeClusters' first half: the clusters with at least `min_size` quote groups, by id,
// with their id and members only (cluster/summary_steps.h fills the rest).
std::vector<ClusterInfo> GatherClusters(const ClaimTable& claims,
                                        const std::vector<uint32_t>& cluster_of, size_t min_size);

// The cluster's wording for a reader: its canonical member's text, or its root wording when
// the canonical is only a part of a split quote.
absl::string_view CanonicalText(const ClaimTable& claims, const ClusterRelations& relations,
                                const ClusterInfo& c);
// The cluster's longest full wording (a split quote's joined text, possibly).
absl::string_view RootText(const ClaimTable& claims, const ClusterRelations& relations,
                           const ClusterInfo& c);

// The cluster's speaker for a reader: its most credited speaker's name, with "(credited in k
// of n copies)" when fewer than half of its n members credit that speaker (a name one copy
// in fifteen gives is a lead, not the cluster's speaker); "t speakers tied (each credited in
// k of n copies)" when no name has the most credits; "" when no member has a speaker.
std::string SpeakerLabel(const ClaimTable& claims, const ClusterInfo& c);

// Whether a cluster spans more than one outlet (and is not a stock phrase left out).
inline bool IsCrossOutlet(const ClusterInfo& c) { return c.outlets.size() > 1 && !c.stock; }

// The first `limit` cross-outlet clusters (all of them by default), most outlets first, then
// most claims, then id. A total order: the first `limit` are the same however many are asked;
// taking only those costs one pass and a partial sort, not a sort of every cluster.
std::vector<const ClusterInfo*> RankCrossOutlet(const std::vector<ClusterInfo>& clusters,
                                                size_t limit = SIZE_MAX);

}  // namespace claimdup

#endif  // CLAIMDUP_CLUSTER_CLUSTER_SUMMARY_H_
