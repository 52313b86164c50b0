#include "pipeline/cluster_ranges.h"

#include <algorithm>

#include "pipeline/rank_roles.h"

namespace claimdup {

std::vector<size_t> SplitByMembers(absl::Span<const uint32_t> members, int parts) {
  parts = std::max(1, parts);
  uint64_t total = 0;
  for (const uint32_t m : members) total += m;
  std::vector<size_t> bound(static_cast<size_t>(parts) + 1, members.size());
  bound[0] = 0;
  uint64_t before = 0;  // Members of clusters [0, k).
  size_t k = 0;
  for (int w = 1; w < parts; ++w) {
    const uint64_t target = total * static_cast<uint64_t>(w) / static_cast<uint64_t>(parts);
    while (k < members.size() && before < target) before += members[k++];
    bound[w] = k;
  }
  return bound;
}

void ExchangeClusterRanges(MpiWorld* world, absl::Span<const uint32_t> members,
                           const PackClusterRange& pack, const DoClusterRange& own,
                           const TakeClusterRange& take) {
  const WorkingRanks working = WorkingRanksOf(world->size());
  const std::vector<size_t> bound = SplitByMembers(members, working.count);
  auto begin = [&](int rank) { return bound[working.Index(rank)]; };
  auto end = [&](int rank) { return bound[working.Index(rank) + 1]; };
  std::string bytes;
  for (int r = std::max(1, working.first); r < world->size(); ++r) {
    bytes.clear();
    pack(begin(r), end(r), &bytes);
    world->Send(r, bytes);
  }
  std::string().swap(bytes);
  if (working.Has(0)) own(begin(0), end(0));
  for (int r = std::max(1, working.first); r < world->size(); ++r) {
    take(begin(r), end(r), world->Receive(r));
  }
}

void ServeClusterRanges(MpiWorld* world, const ServeClusterRange& serve) {
  if (!WorkingRanksOf(world->size()).Has(world->rank())) return;
  std::string reply;
  {
    const std::string bytes = world->Receive(0);
    reply = serve(bytes);
  }
  world->Send(0, reply);
}

}  // namespace claimdup
