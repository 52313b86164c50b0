#include "cluster/part_riders.h"

#include <algorithm>
#include <cstdlib>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "core/day_number.h"

namespace claimdup {

namespace {

// What is known of a group that holds parts joined to their wholes.
struct PartGroup {
  uint32_t longest_words = 0;
  std::vector<std::pair<uint32_t, uint32_t>> parts;  // (root, item) of each part.
  uint32_t refused_root = UINT32_MAX;                // Its refused riders' longest item.
};

// Riders credited to another person are refused only when dated further apart than this
// from every part of their group (or undated).
constexpr int64_t kRiderSameStoryDays = 30;

bool Holds(const std::vector<uint32_t>& sorted, uint32_t x) {
  return std::binary_search(sorted.begin(), sorted.end(), x);
}

}  // namespace

void RefuseRiders(const RootInput& input, UnionFind* variants,
                  const std::function<int32_t(uint32_t item)>& day, int32_t short_days,
                  RootAssignment* roots, RiderCounts* counts) {
  const uint32_t n = static_cast<uint32_t>(input.words.size());
  std::vector<bool> is_part(n, false);
  absl::flat_hash_map<uint32_t, PartGroup> groups;
  for (const auto& [part, whole] : input.parts) {
    is_part[part] = true;
    if (roots->relation[part] != Relation::kPart) continue;
    groups[variants->Find(part)].parts.push_back({roots->root[part], part});
  }
  if (groups.empty()) return;
  // Per item: its group id, and per group id whether it holds parts (kPartGroup) or is a
  // rider's root (kRiderRoot): most items need no map lookup.
  constexpr uint8_t kPartGroup = 1, kRiderRoot = 2;
  std::vector<uint32_t> group(n);
  std::vector<uint8_t> mark(n, 0);
  for (const auto& [g, part_group] : groups) mark[g] |= kPartGroup;
  for (uint32_t i = 0; i < n; ++i) {
    const uint32_t g = group[i] = variants->Find(i);
    if (!(mark[g] & kPartGroup)) continue;
    PartGroup& part_group = groups.find(g)->second;
    part_group.longest_words = std::max(part_group.longest_words, input.words[i]);
  }
  // Riders: members of short part-holding groups, no parts, joined to one of their group's
  // parts' roots.
  std::vector<uint32_t> riders;
  for (uint32_t i = 0; i < n; ++i) {
    if (is_part[i] || roots->relation[i] != Relation::kExcerpt || !(mark[group[i]] & kPartGroup)) {
      continue;
    }
    auto it = groups.find(group[i]);
    if (it == groups.end() || it->second.longest_words >= input.short_words) continue;
    const auto& parts = it->second.parts;
    if (std::any_of(parts.begin(), parts.end(),
                    [&](const auto& p) { return p.first == roots->root[i]; })) {
      riders.push_back(i);
    }
  }
  if (riders.empty()) return;
  // The riders' roots' named speakers.
  absl::flat_hash_map<uint32_t, std::vector<uint32_t>> speakers;  // Root group: surnames.
  for (const uint32_t i : riders) {
    speakers.try_emplace(roots->root[i]);
    mark[roots->root[i]] |= kRiderRoot;
  }
  if (!input.speaker.empty()) {
    for (uint32_t i = 0; i < n; ++i) {
      if (input.speaker[i] == 0 || !(mark[group[i]] & kRiderRoot)) continue;
      auto it = speakers.find(group[i]);
      if (it != speakers.end()) it->second.push_back(input.speaker[i]);
    }
    for (auto& [r, names] : speakers) {
      std::sort(names.begin(), names.end());
      names.erase(std::unique(names.begin(), names.end()), names.end());
    }
  }
  for (const uint32_t i : riders) {
    const uint32_t g = group[i], r = roots->root[i];
    PartGroup& group = groups[g];
    const std::vector<uint32_t>& names = speakers[r];
    const uint32_t speaker = input.speaker.empty() ? 0 : input.speaker[i];
    const bool same = speaker != 0 && Holds(names, speaker);
    // The days from the rider's article to the nearest dated part's (-1: none dated).
    int64_t apart = -1;
    const int32_t d = day ? day(i) : kUndated;
    if (d != kUndated) {
      for (const auto& [root, part] : group.parts) {
        const int32_t part_day = root == r ? day(part) : kUndated;
        if (part_day == kUndated) continue;
        const int64_t days = std::abs(static_cast<int64_t>(part_day) - d);
        if (apart < 0 || days < apart) apart = days;
      }
    }
    // Identical words credited to someone else in the same weeks are the same line with a
    // wrong credit on one side, far more often than another person's: only a rider apart
    // (or undated) is refused for its speaker.
    const bool other = speaker != 0 && !names.empty() && !same &&
                       (apart < 0 || apart > kRiderSameStoryDays);
    const bool far = !other && !same && apart > short_days;
    if (!other && !far) continue;
    ++(other ? counts->other_speaker : counts->far_apart);
    uint32_t& best = group.refused_root;
    if (best == UINT32_MAX || input.words[i] > input.words[best] ||
        (input.words[i] == input.words[best] && input.order[i] < input.order[best])) {
      best = i;
    }
    roots->root[i] = g;  // Marked; its root item is set once the group's longest is known.
    roots->relation[i] = Relation::kVariant;
  }
  for (const uint32_t i : riders) {
    if (roots->relation[i] == Relation::kVariant) {
      roots->root_item[i] = groups[group[i]].refused_root;
    }
  }
}

}  // namespace claimdup
