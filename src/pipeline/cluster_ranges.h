// The redistribution by cluster of a distributed run (docs/cluster_rounds.md, mpi21): the
// clusters, in cluster order, cut into contiguous ranges, one per working rank
// (pipeline/rank_roles.h), balanced by member count; and the exchange that gives each working
// rank its range's members' columns and brings its results back in cluster order, so a
// per-cluster step runs on the ranks and rank 0 only packs and places.
//
// The columns come from rank 0, which holds every claim (the other ranks keep only their own
// claims' articles and text, under other ids): reading them at their home ranks is for a
// later round. What a range's bytes and a reply hold is the caller's (pack / serve / take).
#ifndef CLAIMDUP_PIPELINE_CLUSTER_RANGES_H_
#define CLAIMDUP_PIPELINE_CLUSTER_RANGES_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "dist/mpi_world.h"

namespace claimdup {

// Cuts clusters with `members[k]` members each (cluster order) into `parts` (>= 1) contiguous
// ranges of about equal member counts: returns parts + 1 bounds, range w being [bound[w],
// bound[w + 1]); bound[0] = 0, bound[parts] = members.size(). Range w starts at the first
// cluster whose members before it reach total * w / parts. Depends on its arguments only, so
// every rank that calls it with them gets the same ranges. Linear in the clusters.
std::vector<size_t> SplitByMembers(absl::Span<const uint32_t> members, int parts);

// Rank 0 packs clusters [begin, end) into *bytes for the working rank that takes them.
using PackClusterRange = std::function<void(size_t begin, size_t end, std::string* bytes)>;
// Rank 0 does clusters [begin, end) itself (it works: pipeline/rank_roles.h).
using DoClusterRange = std::function<void(size_t begin, size_t end)>;
// Rank 0 places a working rank's reply for clusters [begin, end).
using TakeClusterRange = std::function<void(size_t begin, size_t end, absl::string_view reply)>;
// A working rank other than 0 answers the bytes rank 0 packed for it.
using ServeClusterRange = std::function<std::string(absl::string_view bytes)>;

// Rank 0, a collective call with ServeClusterRanges on every other rank: splits the clusters
// (`members`, as SplitByMembers takes them) among the working ranks, sends each other working
// rank its range (packed one rank after the other: a rank starts as its range arrives), does
// its own range when it works, then takes the replies in rank order, i.e. in cluster order.
// An empty range is packed and served like any other.
void ExchangeClusterRanges(MpiWorld* world, absl::Span<const uint32_t> members,
                           const PackClusterRange& pack, const DoClusterRange& own,
                           const TakeClusterRange& take);

// The other ranks' side of ExchangeClusterRanges: a working rank receives its range's bytes,
// answers them with `serve` and sends the reply to rank 0; a rank that does not work does
// nothing.
void ServeClusterRanges(MpiWorld* world, const ServeClusterRange& serve);

}  // namespace claimdup

#endif  // CLAIMDUP_PIPELINE_CLUSTER_RANGES_H_
