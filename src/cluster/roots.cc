#include "cluster/roots.h"

#include <algorithm>
#include <tuple>

#include "absl/types/span.h"
#include "core/radix_sort.h"

namespace claimdup {

const char* RelationName(Relation r) {
  switch (r) {
    case Relation::kVariant:
      return "variant";
    case Relation::kExcerpt:
      return "excerpt";
    case Relation::kPart:
      return "part";
  }
  return "variant";
}

namespace {

enum class Via : uint8_t { kPart, kContained, kOverlap };

struct PointsAt {
  uint32_t from, to;  // Groups: `from` is contained in (or overlaps) `to`.
  Via via;
  uint32_t from_rank;  // rank[from], kept here so sorting reads no other array.
};

// The named speakers of each group, sorted, as one flat list with offsets by group.
class GroupSpeakers {
 public:
  GroupSpeakers(const std::vector<uint32_t>& group, const std::vector<uint32_t>& speaker) {
    const uint32_t n = static_cast<uint32_t>(group.size());
    begin_.assign(size_t{n} + 1, 0);
    if (speaker.empty()) return;
    std::vector<std::pair<uint32_t, uint32_t>> pairs;
    for (uint32_t i = 0; i < n; ++i) {
      if (speaker[i] != 0) pairs.push_back({group[i], speaker[i]});
    }
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    for (const auto& [g, s] : pairs) ++begin_[g + 1];
    for (uint32_t g = 0; g < n; ++g) begin_[g + 1] += begin_[g];
    speakers_.reserve(pairs.size());
    for (const auto& pair : pairs) speakers_.push_back(pair.second);
  }
  // Whether both groups name speakers and share none. Linear in the smaller list.
  bool Conflict(uint32_t a, uint32_t b) const {
    absl::Span<const uint32_t> x = Of(a), y = Of(b);
    if (x.empty() || y.empty()) return false;
    if (x.size() > y.size()) std::swap(x, y);
    for (const uint32_t s : x) {
      if (std::binary_search(y.begin(), y.end(), s)) return false;
    }
    return true;
  }

 private:
  absl::Span<const uint32_t> Of(uint32_t g) const {
    return absl::MakeConstSpan(speakers_.data() + begin_[g], begin_[g + 1] - begin_[g]);
  }
  std::vector<uint32_t> begin_;
  std::vector<uint32_t> speakers_;
};

}  // namespace

RootAssignment AssignRoots(const RootInput& input, UnionFind* variants, RootStats* stats) {
  const uint32_t n = static_cast<uint32_t>(input.words.size());
  std::vector<uint32_t> group(n);
  for (uint32_t i = 0; i < n; ++i) group[i] = variants->Find(i);
  // Per group (indexed by its id): longest item, earliest order, distinct outlets.
  std::vector<uint32_t> longest(n, UINT32_MAX), order(n, UINT32_MAX), outlets(n, 0);
  std::vector<uint64_t> group_outlet;  // (group << 32 | outlet)
  group_outlet.reserve(n);
  for (uint32_t i = 0; i < n; ++i) {
    const uint32_t g = group[i];
    uint32_t& best = longest[g];
    if (best == UINT32_MAX || input.words[i] > input.words[best] ||
        (input.words[i] == input.words[best] && input.order[i] < input.order[best])) {
      best = i;
    }
    order[g] = std::min(order[g], input.order[i]);
    group_outlet.push_back(uint64_t{g} << 32 | input.outlet[i]);
  }
  RadixSortInPlace(absl::MakeSpan(group_outlet));
  for (size_t k = 0; k < group_outlet.size(); ++k) {
    if (k == 0 || group_outlet[k] != group_outlet[k - 1]) ++outlets[group_outlet[k] >> 32];
  }
  std::vector<uint64_t>().swap(group_outlet);
  const GroupSpeakers speakers(group, input.speaker);
  // Groups longest first, then earliest: a group may only point at one visited before it.
  // Sorted on (longest words descending, earliest order) keys held beside each group, so
  // the sort reads no scattered array; ties (a joined quote has its first part's order) by group.
  std::vector<std::pair<uint64_t, uint32_t>> visit;
  for (uint32_t i = 0; i < n; ++i) {
    if (group[i] == i) visit.push_back({uint64_t{~input.words[longest[i]]} << 32 | order[i], i});
  }
  std::sort(visit.begin(), visit.end());
  std::vector<uint32_t> groups(visit.size());
  for (size_t k = 0; k < visit.size(); ++k) groups[k] = visit[k].second;
  std::vector<std::pair<uint64_t, uint32_t>>().swap(visit);
  std::vector<uint32_t> rank(n, 0);
  for (uint32_t k = 0; k < groups.size(); ++k) rank[groups[k]] = k;
  // Each part's whole quote: a part of a group that joins no root goes with it.
  std::vector<uint32_t> whole(n, UINT32_MAX);
  for (const auto& [part, of] : input.parts) whole[part] = of;
  // Containment between groups, by the contained group.
  std::vector<PointsAt> edges;
  edges.reserve(input.contained.size() + input.parts.size() + input.overlapping.size());
  for (const auto& [list, via] :
       {std::pair{&input.parts, Via::kPart}, std::pair{&input.contained, Via::kContained},
        std::pair{&input.overlapping, Via::kOverlap}}) {
    for (const auto& [shorter, longer] : *list) {
      const uint32_t from = group[shorter], to = group[longer];
      if (from != to && rank[to] < rank[from]) edges.push_back({from, to, via, rank[from]});
    }
  }
  std::sort(edges.begin(), edges.end(), [](const PointsAt& a, const PointsAt& b) {
    return std::tie(a.from_rank, a.to, a.via) < std::tie(b.from_rank, b.to, b.via);
  });
  // Visit groups in rank order; edges are sorted the same way.
  std::vector<uint32_t> root(n);
  // Groups that joined their root through an overlap (or are a part of such a quote): they
  // hold words the root does not, so nothing follows them into the root but their own parts.
  std::vector<bool> via_overlap(n, false);
  std::vector<bool> joined(n, false), via_part(n, false);  // Groups that joined a root.
  std::vector<uint32_t> part_holders;  // The roots of the current group's parts' wholes.
  size_t e = 0;
  std::vector<uint32_t> holders;  // The roots holding the current group (distinct once sorted).
  // Own split quote first, then most outlets, then earliest.
  const auto key = [&](uint32_t r, Via via) {
    return std::make_tuple(via != Via::kPart, -static_cast<int64_t>(outlets[r]), order[r]);
  };
  for (const uint32_t g : groups) {
    root[g] = g;
    const bool short_group = input.words[longest[g]] < input.short_words;
    bool found = false, own_quote = false, other_speaker = false;
    Via best_via = Via::kContained;
    uint32_t best = g, best_to = g;
    holders.clear();
    part_holders.clear();
    for (; e < edges.size() && edges[e].from == g; ++e) {
      const uint32_t to = edges[e].to, r = root[to];
      if (edges[e].via == Via::kPart) part_holders.push_back(r);
      if (edges[e].via == Via::kOverlap && r != to) continue;  // Overlaps meet roots only.
      if (edges[e].via != Via::kPart && via_overlap[to]) continue;
      if (short_group && edges[e].via != Via::kPart && speakers.Conflict(g, r)) {
        other_speaker = true;
        continue;
      }
      own_quote |= edges[e].via == Via::kPart;
      holders.push_back(r);
      if (!found) {
        found = true;
        best = r;
        best_to = to;
        best_via = edges[e].via;
        continue;
      }
      if (key(r, edges[e].via) < key(best, best_via)) {
        best = r;
        best_to = to;
        best_via = edges[e].via;
      }
    }
    std::sort(holders.begin(), holders.end());  // Distinct roots: linear in the edges.
    holders.erase(std::unique(holders.begin(), holders.end()), holders.end());
    // A short group joined through a part whose whole quotes credit different people holds
    // identical parts of two statements ("But on the other hand" from Sanders and from
    // Noti): it joins none, and its parts go with their own wholes. Linear: each whole's
    // root against the chosen one.
    const bool wholes_disagree =
        short_group && found && best_via == Via::kPart &&
        std::any_of(part_holders.begin(), part_holders.end(),
                    [&](uint32_t r) { return speakers.Conflict(r, best); });
    if (found && !own_quote && input.words[longest[g]] < kStockPhraseWords &&
        holders.size() >= static_cast<size_t>(kStockPhraseRoots)) {
      ++stats->stock;
    } else if (wholes_disagree) {
      ++stats->other_speaker;
    } else if (found) {
      root[g] = best;
      joined[g] = true;
      via_part[g] = best_via == Via::kPart;
      via_overlap[g] =
          best_via == Via::kOverlap || (best_via == Via::kPart && via_overlap[best_to]);
      ++stats->joined;
      stats->ambiguous += holders.size() > 1;
    } else if (other_speaker) {
      ++stats->other_speaker;
    }
  }
  RootAssignment out;
  out.root.resize(n);
  out.relation.resize(n);
  out.root_item.resize(n);
  for (uint32_t i = 0; i < n; ++i) {
    const uint32_t g = group[i];
    // A part of a group that joined no root goes with its own whole quote (longer, so its
    // root is final here).
    const uint32_t own = whole[i] == UINT32_MAX ? UINT32_MAX : root[group[whole[i]]];
    const bool part = own != UINT32_MAX && (!joined[g] || via_part[g]);
    const uint32_t r = joined[g] ? root[g] : part ? own : g;
    out.root[i] = r;
    out.root_item[i] = longest[r];
    out.relation[i] = r == g ? Relation::kVariant : part ? Relation::kPart : Relation::kExcerpt;
  }
  return out;
}

}  // namespace claimdup
