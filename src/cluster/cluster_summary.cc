#include "cluster/cluster_summary.h"

#include <algorithm>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "cluster/summary_steps.h"

namespace claimdup {

namespace summary_internal {

bool LeavesQuoteOpen(absl::string_view text) {
  int open = 0;
  for (size_t at = 0; (at = text.find("\xE2\x80", at)) != absl::string_view::npos; at += 3) {
    if (at + 2 >= text.size()) break;
    if (text[at + 2] == '\x9C') ++open;              // “
    if (text[at + 2] == '\x9D' && open > 0) --open;  // ”
  }
  return open > 0 || std::count(text.begin(), text.end(), '"') % 2 != 0;
}

}  // namespace summary_internal

std::vector<ClusterInfo> GatherClusters(const ClaimTable& claims,
                                        const std::vector<uint32_t>& cluster_of, size_t min_size) {
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
  return out;
}

std::vector<ClusterInfo> SummarizeClusters(const ClaimTable& claims,
                                           const std::vector<uint32_t>& cluster_of,
                                           const std::vector<Relation>& relation, size_t min_size,
                                           uint32_t short_words) {
  std::vector<ClusterInfo> out = GatherClusters(claims, cluster_of, min_size);
  SummarizeGathered(TableColumns{claims}, relation, short_words, absl::MakeSpan(out));
  return out;
}

absl::string_view RootText(const ClaimTable& claims, const ClusterRelations& relations,
                           const ClusterInfo& c) {
  auto it = relations.root_text.find(c.id);
  return it != relations.root_text.end() ? absl::string_view(it->second) : claims.text(c.canonical);
}

std::string SpeakerLabel(const ClaimTable& claims, const ClusterInfo& c) {
  if (c.speakers.empty()) return "";
  absl::flat_hash_map<uint32_t, size_t> credits;  // One pass over the members.
  for (uint32_t m : c.members) {
    if (claims.speaker(m) != 0) ++credits[claims.speaker(m)];
  }
  const size_t top = credits[c.speakers[0]];
  size_t tied = 0;  // `speakers` is ordered by credits: the tied ones lead it.
  while (tied < c.speakers.size() && credits[c.speakers[tied]] == top) ++tied;
  // A tie has no leading name: which tied name would come first is only the order names
  // were met (the Declaration of Independence: four names, one copy each).
  if (tied > 1) {
    return absl::StrCat(tied, " speakers tied (each credited in ", top, " of ",
                        c.members.size(), " copies)");
  }
  const std::string& name = claims.speakers[c.speakers[0]];
  if (2 * top >= c.members.size()) return name;
  return absl::StrCat(name, " (credited in ", top, " of ", c.members.size(), " copies)");
}

absl::string_view CanonicalText(const ClaimTable& claims, const ClusterRelations& relations,
                                const ClusterInfo& c) {
  const bool part = relations.relation.size() == claims.size() &&
                    relations.relation[c.canonical] == Relation::kPart;
  return part ? RootText(claims, relations, c) : claims.text(c.canonical);
}

std::vector<const ClusterInfo*> RankCrossOutlet(const std::vector<ClusterInfo>& clusters,
                                                size_t limit) {
  std::vector<const ClusterInfo*> ranked;
  for (const ClusterInfo& c : clusters) {
    if (IsCrossOutlet(c)) ranked.push_back(&c);
  }
  const auto before = [](const ClusterInfo* a, const ClusterInfo* b) {
    if (a->outlets.size() != b->outlets.size()) return a->outlets.size() > b->outlets.size();
    if (a->members.size() != b->members.size()) return a->members.size() > b->members.size();
    return a->id < b->id;
  };
  if (limit < ranked.size()) {
    std::partial_sort(ranked.begin(), ranked.begin() + limit, ranked.end(), before);
    ranked.resize(limit);
  } else {
    std::sort(ranked.begin(), ranked.end(), before);
  }
  return ranked;
}

}  // namespace claimdup
