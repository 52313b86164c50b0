// The per-cluster half of SummarizeClusters (cluster/cluster_summary.h): outlets, documents,
// speakers, canonical wording and first appearance of clusters whose members are already
// gathered, read through a columns object, so that one process (its claim table) and the
// ranks of a distributed run (their clusters' members' columns, pipeline/distributed_summaries.h)
// run the same code on the same values.
//
// `Columns` answers, for a member id m as ClusterInfo::members holds it: size() (the ids
// `relation` covers), doc(m) and outlet(m) (claim table indices), date(m), speaker(m),
// set_key(m), text_length(m), words(m) and text(m). text(m) is read only for excerpts
// (relation[m] == Relation::kExcerpt). Ids must ascend in claim order within a cluster.
#ifndef CLAIMDUP_CLUSTER_SUMMARY_STEPS_H_
#define CLAIMDUP_CLUSTER_SUMMARY_STEPS_H_

#include <algorithm>
#include <cstdint>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "cluster/cluster_summary.h"
#include "core/day_number.h"
#include "core/first_credit.h"

namespace claimdup {
namespace summary_internal {

// Whether `text` opens a double quotation mark it never closes: an excerpt cut at a nested
// quote (`Google search results for “Trump News`) is no wording to show.
bool LeavesQuoteOpen(absl::string_view text);

// An excerpt this short ("It's not a big deal", "isn't working for us anymore") says too
// little to stand for its cluster.
inline constexpr uint32_t kMinCanonicalExcerptWords = 6;

// When one excerpt wording (a shingle set) is carried by more outlets than the root's
// variants together, and by most of the cluster's outlets, that wording is what outlets
// repeat ("when the looting starts, the shooting starts" inside one outlet's whole tweet; "a
// total and complete shutdown of Muslims entering the United States" inside the whole
// statement): it becomes the canonical member,
// as the most frequent exact text of that wording (ties: the longest, then the smallest id).
// Wordings are ranked by outlets, then copies, then length; one that leaves a quote mark open is
// passed over. Linear in the cluster's members (the ranking sorts its distinct wordings).
struct Carried {
  uint64_t key = 0;
  uint32_t outlets = 0, copies = 0, length = 0;
};

// The per-cluster tables, kept across clusters so that the many small clusters allocate
// nothing (absl's clear() keeps a small table's memory, frees a large one's).
struct SummaryScratch {
  absl::flat_hash_map<uint64_t, uint32_t> variant_count;
  absl::flat_hash_map<uint32_t, uint32_t> speaker_count;
  absl::flat_hash_set<uint32_t> seen_outlets;
  // PreferMostCarriedExcerpt's.
  absl::flat_hash_set<uint32_t> variant_outlets;
  absl::flat_hash_set<std::pair<uint64_t, uint32_t>> key_outlet;
  std::vector<Carried> carried;
  absl::flat_hash_map<uint64_t, size_t> slot;
  std::vector<uint32_t> best, best_count;
  absl::flat_hash_map<std::pair<uint64_t, absl::string_view>, uint32_t> text_count;
  absl::flat_hash_set<uint32_t> long_speakers;  // CreditLongWordingFirst's.
};

template <typename Columns>
void PreferMostCarriedExcerpt(const Columns& claims, const std::vector<Relation>& relation,
                              SummaryScratch* scratch, ClusterInfo* c) {
  if (relation.size() != claims.size()) return;
  absl::flat_hash_set<uint32_t>& variant_outlets = scratch->variant_outlets;
  absl::flat_hash_set<std::pair<uint64_t, uint32_t>>& key_outlet = scratch->key_outlet;
  std::vector<Carried>& carried = scratch->carried;
  absl::flat_hash_map<uint64_t, size_t>& slot = scratch->slot;
  variant_outlets.clear();
  key_outlet.clear();
  carried.clear();
  slot.clear();
  for (uint32_t m : c->members) {
    const uint32_t outlet = claims.outlet(m);
    if (relation[m] == Relation::kVariant) variant_outlets.insert(outlet);
    if (relation[m] != Relation::kExcerpt) continue;
    const auto [it, fresh] = slot.try_emplace(claims.set_key(m), carried.size());
    if (fresh) carried.push_back({claims.set_key(m), 0, 0, 0});
    Carried& k = carried[it->second];
    ++k.copies;
    k.length = std::max<uint32_t>(k.length, claims.text_length(m));
    k.outlets += key_outlet.insert({k.key, outlet}).second;
  }
  const size_t needed =
      std::max({size_t{2}, variant_outlets.size() + 1, c->outlets.size() / 2 + 1});
  carried.erase(std::remove_if(carried.begin(), carried.end(),
                               [&](const Carried& k) { return k.outlets < needed; }),
                carried.end());
  if (carried.empty()) return;
  std::sort(carried.begin(), carried.end(), [](const Carried& a, const Carried& b) {
    return std::tie(b.outlets, b.copies, b.length, a.key) <
           std::tie(a.outlets, a.copies, a.length, b.key);
  });
  // Each candidate wording's most frequent exact text, in one pass over the members.
  slot.clear();
  for (size_t r = 0; r < carried.size(); ++r) slot[carried[r].key] = r;
  std::vector<uint32_t>& best = scratch->best;
  std::vector<uint32_t>& best_count = scratch->best_count;
  best.assign(carried.size(), 0);
  best_count.assign(carried.size(), 0);
  absl::flat_hash_map<std::pair<uint64_t, absl::string_view>, uint32_t>& text_count =
      scratch->text_count;
  text_count.clear();
  for (uint32_t m : c->members) {
    if (relation[m] != Relation::kExcerpt) continue;
    const auto it = slot.find(claims.set_key(m));
    if (it == slot.end()) continue;
    const size_t r = it->second;
    const uint32_t n = ++text_count[{claims.set_key(m), claims.text(m)}];
    if (n > best_count[r] ||
        (n == best_count[r] && claims.text_length(m) > claims.text_length(best[r]))) {
      best[r] = m, best_count[r] = n;
    }
  }
  for (size_t r = 0; r < carried.size(); ++r) {
    if (claims.set_key(c->canonical) == carried[r].key) return;  // Already this wording.
    if (claims.words(best[r]) < kMinCanonicalExcerptWords ||
        LeavesQuoteOpen(claims.text(best[r]))) {
      continue;
    }
    c->canonical = best[r];
    return;
  }
}

// A member that carries the root's wording: a variant of the root, or any member of
// `short_words` words or more.
template <typename Columns>
bool CarriesRootWording(const Columns& claims, const std::vector<Relation>& relation,
                        uint32_t short_words, uint32_t m) {
  return relation[m] == Relation::kVariant || claims.words(m) >= short_words;
}

// A short excerpt dated long before every member carrying the root's wording is no first
// appearance (core/first_credit.h). Linear in the cluster's members.
template <typename Columns>
void CreditLongWordingFirst(const Columns& claims, const std::vector<Relation>& relation,
                            uint32_t short_words, SummaryScratch* scratch, ClusterInfo* c) {
  const std::vector<uint32_t>& members = c->members;
  const size_t earliest =
      static_cast<size_t>(std::find(members.begin(), members.end(), c->first) - members.begin());
  const size_t k = FirstAppearance<uint32_t>(
      members.size(), earliest, [&](size_t i) { return DayNumber(claims.date(members[i])); },
      [&](size_t i) { return CarriesRootWording(claims, relation, short_words, members[i]); },
      [&](size_t i) { return claims.speaker(members[i]); }, 0u, &scratch->long_speakers);
  c->first = members[k];
}

}  // namespace summary_internal

// Fills every field of each of `clusters` but id, members and stock, as SummarizeClusters
// does; `relation` (one per id below claims.size(), or empty: all variants) as it takes it.
template <typename Columns>
void SummarizeGathered(const Columns& claims, const std::vector<Relation>& relation,
                       uint32_t short_words, absl::Span<ClusterInfo> clusters) {
  using namespace summary_internal;  // NOLINT: this header's own helpers.
  auto tier = [&](uint32_t m) {
    return relation.empty() ? 0 : static_cast<int>(relation[m]);  // Variant, excerpt, part.
  };
  SummaryScratch scratch;
  // Wordings are counted by their shingle sets (set keys), so "…us." and "…us" are one wording.
  absl::flat_hash_map<uint64_t, uint32_t>& variant_count = scratch.variant_count;
  absl::flat_hash_map<uint32_t, uint32_t>& speaker_count = scratch.speaker_count;
  absl::flat_hash_set<uint32_t>& seen_outlets = scratch.seen_outlets;  // Linear per cluster.
  for (ClusterInfo& c : clusters) {
    variant_count.clear();
    speaker_count.clear();
    seen_outlets.clear();
    c.canonical = c.first = c.members[0];
    for (uint32_t m : c.members) {
      const uint32_t outlet = claims.outlet(m);
      if (seen_outlets.insert(outlet).second) c.outlets.push_back(outlet);
      if (c.docs.empty() || c.docs.back() != claims.doc(m)) c.docs.push_back(claims.doc(m));
      if (claims.speaker(m) != 0) ++speaker_count[claims.speaker(m)];
      ++variant_count[claims.set_key(m)];
      const absl::string_view date = claims.date(m);
      const absl::string_view best = claims.date(c.first);
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
    PreferMostCarriedExcerpt(claims, relation, &scratch, &c);
    if (!relation.empty()) CreditLongWordingFirst(claims, relation, short_words, &scratch, &c);
    for (const auto& [speaker, n] : speaker_count) c.speakers.push_back(speaker);
    std::sort(c.speakers.begin(), c.speakers.end(), [&](uint32_t a, uint32_t b) {
      return speaker_count[a] != speaker_count[b] ? speaker_count[a] > speaker_count[b] : a < b;
    });
  }
}

// A claim table as SummarizeGathered's and CreditClusters' columns (ids are claim ids).
struct TableColumns {
  const ClaimTable& t;
  size_t size() const { return t.size(); }
  uint32_t doc(uint32_t m) const { return t.doc(m); }
  uint32_t outlet(uint32_t m) const { return t.docs[t.doc(m)].outlet; }
  absl::string_view date(uint32_t m) const { return t.docs[t.doc(m)].date; }
  uint32_t speaker(uint32_t m) const { return t.speaker(m); }
  // Also the credit step's columns (cluster/credit_steps.h): a speaker's slot is its index.
  size_t speaker_slots() const { return t.speakers.size(); }
  uint32_t speaker_slot(uint32_t m) const { return t.speaker(m); }
  absl::string_view speaker_name(uint32_t m) const { return t.speakers[t.speaker(m)]; }
  uint64_t set_key(uint32_t m) const { return t.set_key(m); }
  uint32_t text_length(uint32_t m) const { return t.text_length(m); }
  uint32_t words(uint32_t m) const { return t.words(m); }
  absl::string_view text(uint32_t m) const { return t.text(m); }
};

}  // namespace claimdup

#endif  // CLAIMDUP_CLUSTER_SUMMARY_STEPS_H_
