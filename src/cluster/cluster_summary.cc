#include "cluster/cluster_summary.h"

#include <algorithm>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"

namespace claimdup {

std::vector<ClusterInfo> SummarizeClusters(const ClaimTable& claims,
                                           const std::vector<uint32_t>& cluster_of,
                                           const std::vector<Relation>& relation,
                                           size_t min_size) {
  auto tier = [&](uint32_t m) {
    return relation.empty() ? 0 : static_cast<int>(relation[m]);  // Variant, excerpt, part.
  };
  // Count members per cluster root, then gather in one pass (members come out ascending).
  // Members are counted by quote group: the parts of one split quote alone are no repeat.
  std::vector<uint32_t> count(claims.size(), 0);
  for (uint32_t i = 0; i < claims.size(); ++i) {
    const uint32_t g = claims.group(i);
    if (g == i || cluster_of[g] != cluster_of[i]) ++count[cluster_of[i]];
  }
  std::vector<int64_t> slot(claims.size(), -1);
  std::vector<ClusterInfo> out;
  for (uint32_t i = 0; i < claims.size(); ++i) {
    const uint32_t root = cluster_of[i];
    if (count[root] < min_size) continue;
    if (slot[root] < 0) {
      slot[root] = static_cast<int64_t>(out.size());
      out.emplace_back();
      out.back().id = root;
      out.back().members.reserve(count[root]);
    }
    out[slot[root]].members.push_back(i);
  }
  for (ClusterInfo& c : out) {
    // Wordings are counted by their shingle sets (set keys), so "…us." and "…us" are one wording.
    absl::flat_hash_map<uint64_t, uint32_t> variant_count;
    absl::flat_hash_map<uint32_t, uint32_t> speaker_count;
    absl::flat_hash_set<uint32_t> seen_outlets;  // A set, not a search: linear per cluster.
    c.canonical = c.first = c.members[0];
    for (uint32_t m : c.members) {
      const uint32_t outlet = claims.docs[claims.doc(m)].outlet;
      if (seen_outlets.insert(outlet).second) c.outlets.push_back(outlet);
      if (c.docs.empty() || c.docs.back() != claims.doc(m)) c.docs.push_back(claims.doc(m));
      if (claims.speaker(m) != 0) ++speaker_count[claims.speaker(m)];
      ++variant_count[claims.set_key(m)];
      const std::string& date = claims.docs[claims.doc(m)].date;
      const std::string& best = claims.docs[claims.doc(c.first)].date;
      if (!date.empty() && (best.empty() || date < best)) c.first = m;
    }
    std::sort(c.docs.begin(), c.docs.end());
    c.docs.erase(std::unique(c.docs.begin(), c.docs.end()), c.docs.end());
    for (uint32_t m : c.members) {
      const uint32_t best = c.canonical;
      if (tier(m) != tier(best)) {
        if (tier(m) < tier(best)) c.canonical = m;
        continue;
      }
      const auto count_m = variant_count[claims.set_key(m)];
      const auto count_c = variant_count[claims.set_key(best)];
      const size_t len_m = claims.text_length(m), len_c = claims.text_length(best);
      // Split parts: the longest (a part alone is a fragment however often it recurs).
      const bool parts = tier(m) == static_cast<int>(Relation::kPart);
      if (parts ? len_m > len_c : (count_m > count_c || (count_m == count_c && len_m > len_c))) {
        c.canonical = m;
      }
    }
    for (const auto& [speaker, n] : speaker_count) c.speakers.push_back(speaker);
    std::sort(c.speakers.begin(), c.speakers.end(), [&](uint32_t a, uint32_t b) {
      return speaker_count[a] != speaker_count[b] ? speaker_count[a] > speaker_count[b] : a < b;
    });
  }
  return out;
}

absl::string_view RootText(const ClaimTable& claims, const ClusterRelations& relations,
                           const ClusterInfo& c) {
  auto it = relations.root_text.find(c.id);
  return it != relations.root_text.end() ? absl::string_view(it->second) : claims.text(c.canonical);
}

std::string SpeakerLabel(const ClaimTable& claims, const ClusterInfo& c) {
  if (c.speakers.empty()) return "";
  const uint32_t top = c.speakers[0];
  size_t credits = 0;
  for (uint32_t m : c.members) credits += claims.speaker(m) == top;
  const std::string& name = claims.speakers[top];
  if (2 * credits >= c.members.size()) return name;
  return absl::StrCat(name, " (credited in ", credits, " of ", c.members.size(), " copies)");
}

absl::string_view CanonicalText(const ClaimTable& claims, const ClusterRelations& relations,
                                const ClusterInfo& c) {
  const bool part = relations.relation.size() == claims.size() &&
                    relations.relation[c.canonical] == Relation::kPart;
  return part ? RootText(claims, relations, c) : claims.text(c.canonical);
}

std::vector<const ClusterInfo*> RankCrossOutlet(const std::vector<ClusterInfo>& clusters) {
  std::vector<const ClusterInfo*> ranked;
  for (const ClusterInfo& c : clusters) {
    if (IsCrossOutlet(c)) ranked.push_back(&c);
  }
  std::sort(ranked.begin(), ranked.end(), [](const ClusterInfo* a, const ClusterInfo* b) {
    if (a->outlets.size() != b->outlets.size()) return a->outlets.size() > b->outlets.size();
    if (a->members.size() != b->members.size()) return a->members.size() > b->members.size();
    return a->id < b->id;
  });
  return ranked;
}

}  // namespace claimdup
