#include "pipeline/index_match.h"

#include <algorithm>
#include <functional>
#include <limits>
#include <memory>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "cluster/shingle_table.h"
#include "cluster/verify.h"
#include "core/radix_sort.h"
#include "index/anchors.h"
#include "pipeline/fingerprint.h"
#include "text/shingle.h"
#include "util/run_on_threads.h"
#include "util/union_find.h"

namespace claimdup {
namespace {

constexpr int64_t kNone = std::numeric_limits<int64_t>::max();

// Which earlier claims a new one is compared with. The index keeps each claim's winnowed
// 4-word runs (all of them when it has fewer than two winnowed ones) with their count; a new
// claim looks up all of its runs. An earlier claim is loaded when it shares two kept runs
// and enough of them for one claim to hold the other: half of its own kept runs (it sits in
// the new claim, edits allowed), or kNewClaimShare of the new claim's runs (the new claim
// sits in it, or they are variants: winnowing keeps ~2/(window+1) = 0.4 of its runs, so a
// full match shares about twice that share). This is anchors' rule (two shared query runs,
// and 0.4 of the shorter's runs in the longer; index/anchors.h, cluster/clusterer.cc), with
// slack. A new claim of few runs (too short to share two) loads the holders of any run it
// shares, unless more than kRareKeyHolders hold it (a common phrase).
constexpr size_t kRareKeyHolders = 32;
constexpr size_t kShortClaimKeys = 8;
constexpr double kNewClaimShare = 0.2;
// A key held by more claims is counted for its kMaxHoldersCounted longest holders only (as
// an anchor query meets a gram's max_holders longest posters): counting stays linear in
// the new claims' keys, whatever phrase they share with the index.
constexpr size_t kMaxHoldersCounted = 64;

// The sketches of the old claims, recomputed from their stored tokens (else their text) on
// `threads` threads.
struct OldSketch {
  std::vector<WordToken> tokens;
  uint32_t shingle_count = 0;
  uint64_t set_key = 0;
  std::vector<uint8_t> signature;
};
std::vector<OldSketch> SketchOldClaims(const OldClaims& old, const MatchOptions& match,
                                       const MinHasher& hasher, int threads) {
  std::vector<OldSketch> out(old.claims.size());
  threads = std::max(1, threads);
  const size_t chunk = (out.size() + threads - 1) / threads;
  auto work = [&](int t) {
    SketchScratch scratch;
    const size_t lo = std::min(out.size(), t * chunk), hi = std::min(out.size(), lo + chunk);
    for (size_t k = lo; k < hi; ++k) {
      const StoredClaim& c = old.claims[k];
      if (c.tokens.empty()) {  // Added by an index of layout 3 or older.
        SketchText(c.text, match, hasher, &scratch);
      } else {
        SketchTokens(c.tokens, match, hasher, &scratch);
      }
      const ClaimSketch sketch = scratch.sketch();
      out[k] = {scratch.tokens, sketch.shingle_count, sketch.set_key, scratch.signature};
    }
  };
  RunOnThreads(threads, work);
  return out;
}

// Readers for `threads` threads: `index` itself for the first, a read connection of its own
// for each other (a SQLite connection serves one thread at a time). They see the same
// data: `index`'s run has written nothing yet.
absl::Status OpenReaders(ClaimIndex* index, int threads,
                         std::vector<std::unique_ptr<ClaimIndex>>* own,
                         std::vector<ClaimIndex*>* readers) {
  readers->push_back(index);
  for (int t = 1; t < threads; ++t) {
    auto opened = ClaimIndex::OpenForReading(index->path());
    if (!opened.ok()) return opened.status();
    own->push_back(std::move(*opened));
    readers->push_back(own->back().get());
  }
  return absl::OkStatus();
}

// Runs read(reader, lo, hi) for contiguous shares [lo, hi) of [0, n), one per reader; the
// first error.
absl::Status ReadShares(const std::vector<ClaimIndex*>& readers, size_t n,
                        const std::function<absl::Status(ClaimIndex*, size_t, size_t)>& read) {
  // A few reads are not worth a thread.
  const int threads = n < 256 ? 1 : static_cast<int>(readers.size());
  std::vector<absl::Status> status(threads);
  const size_t chunk = (n + threads - 1) / threads;
  RunOnThreads(threads, [&](int t) {
    const size_t lo = std::min(n, t * chunk), hi = std::min(n, lo + chunk);
    status[t] = read(readers[t], lo, hi);
  });
  for (const absl::Status& st : status) {
    if (!st.ok()) return st;
  }
  return absl::OkStatus();
}

// Runs read(reader, k) for k in [0, n), shared as ReadShares does; the first error.
absl::Status ReadShared(const std::vector<ClaimIndex*>& readers, size_t n,
                        const std::function<absl::Status(ClaimIndex*, size_t)>& read) {
  return ReadShares(readers, n, [&](ClaimIndex* r, size_t lo, size_t hi) {
    absl::Status st;
    for (size_t k = lo; k < hi && st.ok(); ++k) st = read(r, k);
    return st;
  });
}

// Appends claims `ids` (ascending) to *claims, without their documents.
absl::Status LoadClaims(const std::vector<ClaimIndex*>& readers, const std::vector<int64_t>& ids,
                        std::vector<StoredClaim>* claims) {
  const size_t base = claims->size();
  claims->resize(base + ids.size());
  return ReadShares(readers, ids.size(), [&](ClaimIndex* r, size_t lo, size_t hi) {
    return r->LoadClaims(absl::Span<const int64_t>(ids.data() + lo, hi - lo),
                         claims->data() + base + lo);
  });
}

// Documents `ids`, in that order.
absl::Status LoadDocs(const std::vector<ClaimIndex*>& readers, const std::vector<int64_t>& ids,
                      std::vector<StoredDoc>* docs) {
  docs->assign(ids.size(), {});
  return ReadShared(readers, ids.size(),
                    [&](ClaimIndex* r, size_t k) { return r->LoadDoc(ids[k], &(*docs)[k]); });
}

// The claims of the distinct clusters (or groups) `of`, by `members` (ClusterMembers or
// GroupMembers), into *ids.
absl::Status Expand(const std::vector<ClaimIndex*>& readers, std::vector<int64_t> of,
                    absl::Status (ClaimIndex::*members)(int64_t, std::vector<int64_t>*),
                    std::vector<int64_t>* ids) {
  std::sort(of.begin(), of.end());
  of.erase(std::unique(of.begin(), of.end()), of.end());
  std::vector<std::vector<int64_t>> found(of.size());
  absl::Status st = ReadShared(
      readers, of.size(), [&](ClaimIndex* r, size_t k) { return (r->*members)(of[k], &found[k]); });
  ids->clear();
  for (const std::vector<int64_t>& f : found) ids->insert(ids->end(), f.begin(), f.end());
  return st;
}


// The word tokens of each quote group of 2+ parts of `n` items (part_of(k): the group id of
// item k, or -1 when it is no part; tokens(k): its tokens), keyed by group id: its parts'
// tokens in item order, as JoinSplitQuotes joins their texts (up to where normalizing the
// joined text would differ at a seam).
template <typename Key, typename PartOf, typename TokensOf>
absl::flat_hash_map<Key, std::vector<WordToken>> JoinedTokens(size_t n, PartOf part_of,
                                                              TokensOf tokens) {
  absl::flat_hash_map<Key, std::vector<WordToken>> out;
  for (size_t k = 0; k < n; ++k) {
    const int64_t group = part_of(k);
    if (group < 0) continue;
    const absl::Span<const WordToken> t = tokens(k);
    std::vector<WordToken>& joined = out[static_cast<Key>(group)];
    joined.insert(joined.end(), t.begin(), t.end());
  }
  return out;
}

// Per claim of `loaded` (in id order: every claim found, with the whole quote group of each
// found part of a split quote), whether it is to be matched with the new claims of `fresh`:
// it, or its group's joined tokens, verifies (VerifyPair, as the clusterer verifies a
// candidate pair, the earlier claim first) with a new claim `pairs` (sorted (claim id, new
// row) pairs) propose for it or with that claim's joined tokens; a part keeps its whole
// group. A claim without stored tokens (an index of layout 3 or older) is kept. The claims
// are shared among `threads`.
std::vector<bool> VerifiedWithNew(const std::vector<StoredClaim>& loaded,
                                  const std::vector<std::pair<int64_t, uint32_t>>& pairs,
                                  const ClaimTable& fresh, const ClusterOptions& cluster,
                                  int threads) {
  std::vector<uint32_t> group_size(fresh.size(), 0);
  for (uint32_t i = 0; i < fresh.size(); ++i) ++group_size[fresh.group(i)];
  const auto new_joined = JoinedTokens<uint32_t>(
      fresh.size(),
      [&](size_t i) { return group_size[fresh.group(i)] >= 2 ? int64_t{fresh.group(i)} : -1; },
      [&](size_t i) { return fresh.token_seq(i); });
  const auto old_joined = JoinedTokens<int64_t>(
      loaded.size(), [&](size_t k) { return loaded[k].grouped ? loaded[k].group : -1; },
      [&](size_t k) { return absl::Span<const WordToken>(loaded[k].tokens); });
  // Where each loaded claim's pairs begin (claims of a group that were not found have none).
  std::vector<size_t> begin(loaded.size() + 1, pairs.size());
  for (size_t k = 0, p = 0; k < loaded.size(); ++k) {
    while (p < pairs.size() && pairs[p].first < loaded[k].id) ++p;
    begin[k] = p;
  }
  // The new side of the pairs: each proposed claim's shingles (cluster/shingle_table.h) and
  // its joined text's, once.
  std::vector<uint32_t> rows;
  for (const auto& [holder, row] : pairs) rows.push_back(row);
  std::sort(rows.begin(), rows.end());
  rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
  std::vector<uint8_t> proposed(fresh.size(), 0);
  for (const uint32_t i : rows) proposed[i] = 1;
  threads = std::max(1, threads);
  const ShingleTable new_sets(
      proposed, [&](uint32_t i) { return fresh.token_seq(i); }, cluster.shingle_size,
      cluster.shingle_seed, threads);
  std::vector<std::vector<uint32_t>> joined_sets(fresh.size());
  RunOnThreads(threads, [&](int t) {
    for (size_t k = t; k < rows.size(); k += threads) {
      const uint32_t i = rows[k];
      if (group_size[fresh.group(i)] >= 2 && fresh.group(i) == i) {
        ShinglesOfTokens(new_joined.at(i), cluster.shingle_size, cluster.shingle_seed,
                         &joined_sets[i]);
      }
    }
  });
  // A group's first part may not be proposed itself.
  for (const uint32_t i : rows) {
    const uint32_t g = fresh.group(i);
    if (group_size[g] >= 2 && joined_sets[g].empty()) {
      ShinglesOfTokens(new_joined.at(g), cluster.shingle_size, cluster.shingle_seed,
                       &joined_sets[g]);
    }
  }
  struct Item {
    absl::Span<const uint32_t> shingles;
    absl::Span<const WordToken> tokens;
    uint32_t words;
  };
  std::vector<uint8_t> verified(loaded.size(), 0);
  const size_t chunk = (loaded.size() + threads - 1) / threads;
  RunOnThreads(threads, [&](int t) {
    std::vector<uint32_t> old_sets[2];
    Item olds[2], news[2];
    const size_t lo = std::min(loaded.size(), t * chunk), hi = std::min(loaded.size(), lo + chunk);
    for (size_t k = lo; k < hi; ++k) {
      const StoredClaim& c = loaded[k];
      if (c.tokens.empty()) {
        verified[k] = 1;
        continue;
      }
      if (begin[k] == pairs.size() || pairs[begin[k]].first != c.id) continue;  // Not found.
      int n_old = 0;
      ShinglesOfTokens(c.tokens, cluster.shingle_size, cluster.shingle_seed, &old_sets[0]);
      olds[n_old++] = {old_sets[0], c.tokens, c.words};
      if (c.grouped) {
        const std::vector<WordToken>& joined = old_joined.at(c.group);
        ShinglesOfTokens(joined, cluster.shingle_size, cluster.shingle_seed, &old_sets[1]);
        olds[n_old++] = {old_sets[1], joined, static_cast<uint32_t>(joined.size())};
      }
      for (size_t p = begin[k]; p < pairs.size() && pairs[p].first == c.id && !verified[k]; ++p) {
        const uint32_t i = pairs[p].second, g = fresh.group(i);
        int n_new = 0;
        news[n_new++] = {new_sets.set(i), fresh.token_seq(i), fresh.words(i)};
        if (group_size[g] >= 2) {
          const std::vector<WordToken>& joined = new_joined.at(g);
          news[n_new++] = {joined_sets[g], joined, static_cast<uint32_t>(joined.size())};
        }
        for (int a = 0; a < n_old && !verified[k]; ++a) {
          for (int b = 0; b < n_new && !verified[k]; ++b) {
            verified[k] = VerifyPair(olds[a].shingles, news[b].shingles, olds[a].tokens,
                                     news[b].tokens, olds[a].words, news[b].words,
                                     cluster.verify) != Match::kNone;
          }
        }
      }
    }
  });
  absl::flat_hash_set<int64_t> kept_groups;
  for (size_t k = 0; k < loaded.size(); ++k) {
    if (verified[k] && loaded[k].grouped) kept_groups.insert(loaded[k].group);
  }
  std::vector<bool> keep(loaded.size());
  for (size_t k = 0; k < loaded.size(); ++k) {
    keep[k] = verified[k] || (loaded[k].grouped && kept_groups.contains(loaded[k].group));
  }
  return keep;
}

}  // namespace

// The index key of the 4-word run at words[i]: 31 bits (a collision only loads one more
// old claim to compare, never a wrong match).
uint32_t GramKey(absl::Span<const WordToken> words, size_t i) {
  uint64_t key = 0;
  for (int j = 0; j < 4; ++j) key = (key << 16) | words[i + j];
  return static_cast<uint32_t>(Mix64(key) & 0x7FFFFFFFu);
}

// The earlier claims the new ones may match (sharing a rare 4-word run the index keeps, or
// two), every member of their clusters, and the whole quote groups of all those.
absl::Status FindOldClaims(const ClaimTable& fresh, int max_df, const ClusterOptions& cluster,
                           int threads, ClaimIndex* index, OldClaims* out) {
  if (index->claim_count() == 0) return absl::OkStatus();  // Nothing to find.
  const absl::Time start = absl::Now();
  // Each new claim's distinct keys, sorted: claim i's are claim_keys[key_begin[i],
  // key_begin[i + 1]).
  std::vector<uint32_t> claim_keys;
  std::vector<size_t> key_begin(fresh.size() + 1, 0);
  for (size_t i = 0; i < fresh.size(); ++i) {
    const absl::Span<const WordToken> w = fresh.token_seq(i);
    const auto first = static_cast<std::ptrdiff_t>(key_begin[i]);
    for (size_t p = 0; p + 4 <= w.size(); ++p) claim_keys.push_back(GramKey(w, p));
    std::sort(claim_keys.begin() + first, claim_keys.end());
    claim_keys.erase(std::unique(claim_keys.begin() + first, claim_keys.end()), claim_keys.end());
    key_begin[i + 1] = claim_keys.size();
  }
  // Each distinct key is looked up once.
  std::vector<uint32_t> keys;
  {
    std::vector<uint64_t> all(claim_keys.begin(), claim_keys.end());
    RadixSortInPlace(absl::MakeSpan(all));
    all.erase(std::unique(all.begin(), all.end()), all.end());
    keys.assign(all.begin(), all.end());
  }
  // Contiguous shares of the sorted keys, one connection each (B-tree pages read in order).
  threads = std::max(1, threads);
  // Per thread: the keys found (ascending), where each one's holders end in its `held`.
  std::vector<std::vector<uint32_t>> found(threads), held_end(threads);
  std::vector<std::vector<GramHolder>> held(threads);
  std::vector<absl::Status> status(threads);
  const size_t chunk = (keys.size() + threads - 1) / threads;
  std::vector<std::unique_ptr<ClaimIndex>> own;
  std::vector<ClaimIndex*> readers;
  if (absl::Status st = OpenReaders(index, threads, &own, &readers); !st.ok()) return st;
  auto work = [&](int t) {
    const size_t lo = std::min(keys.size(), t * chunk), hi = std::min(keys.size(), lo + chunk);
    const absl::Span<const uint32_t> share(keys.data() + lo, hi - lo);
    status[t] = readers[t]->ClaimsPostingGrams(
        share, max_df, [&](uint32_t key, std::vector<GramHolder>* claims) {
          if (claims->size() > kMaxHoldersCounted) {  // The longest (most keys) compare.
            std::partial_sort(claims->begin(), claims->begin() + kMaxHoldersCounted,
                              claims->end(), [](const GramHolder& a, const GramHolder& b) {
                                return a.keys != b.keys ? a.keys > b.keys : a.claim < b.claim;
                              });
            claims->resize(kMaxHoldersCounted);
          }
          found[t].push_back(key);
          held[t].insert(held[t].end(), claims->begin(), claims->end());
          held_end[t].push_back(static_cast<uint32_t>(held[t].size()));
        });
  };
  RunOnThreads(threads, work);
  for (int t = 0; t < threads; ++t) {
    if (!status[t].ok()) return status[t];
  }
  // Key -> (thread, its index there); its holders are held[t][held_end[t][k - 1], held_end[t][k]).
  absl::flat_hash_map<uint32_t, std::pair<uint32_t, uint32_t>> holders;
  size_t n_found = 0;
  for (int t = 0; t < threads; ++t) n_found += found[t].size();
  holders.reserve(n_found);
  for (int t = 0; t < threads; ++t) {
    for (uint32_t k = 0; k < found[t].size(); ++k) holders.emplace(found[t][k], std::pair{t, k});
  }
  auto holders_of = [&](const std::pair<uint32_t, uint32_t>& at) {
    const std::vector<uint32_t>& end = held_end[at.first];
    const uint32_t lo = at.second == 0 ? 0 : end[at.second - 1];
    return absl::Span<const GramHolder>(held[at.first].data() + lo, end[at.second] - lo);
  };
  decltype(found)().swap(found);
  std::vector<uint32_t>().swap(keys);
  out->lookup_seconds = absl::ToDoubleSeconds(absl::Now() - start);
  // Which holders each new claim proposes, as (holder, new claim) pairs, the new claims
  // shared among the threads.
  std::vector<std::vector<std::pair<int64_t, uint32_t>>> proposed(threads);
  const size_t per_thread = (fresh.size() + threads - 1) / threads;
  RunOnThreads(threads, [&](int t) {
    std::vector<std::pair<int64_t, uint32_t>>& pairs = proposed[t];
    // (holder, keys it keeps), once per key it shares with the claim; sorted, a holder's
    // entries are counted as one run (a buffer reused claim after claim: no hash map to
    // grow and free per claim).
    std::vector<std::pair<int64_t, int>> shared;
    const size_t first = std::min(fresh.size(), t * per_thread);
    for (size_t i = first; i < std::min(fresh.size(), first + per_thread); ++i) {
      const uint32_t row = static_cast<uint32_t>(i);
      const absl::Span<const uint32_t> keys(claim_keys.data() + key_begin[i],
                                            key_begin[i + 1] - key_begin[i]);
      shared.clear();
      for (const uint32_t key : keys) {
        auto it = holders.find(key);
        if (it == holders.end()) continue;
        const absl::Span<const GramHolder> of = holders_of(it->second);
        const bool rare = keys.size() <= kShortClaimKeys && of.size() <= kRareKeyHolders;
        for (const GramHolder& h : of) {
          if (rare) pairs.push_back({h.claim, row});
          shared.push_back({h.claim, h.keys});
        }
      }
      std::sort(shared.begin(), shared.end());
      const double needed = std::max(2.0, kNewClaimShare * static_cast<double>(keys.size()));
      for (size_t a = 0, b = 0; a < shared.size(); a = b) {
        while (b < shared.size() && shared[b].first == shared[a].first) ++b;
        const int count = static_cast<int>(b - a), kept = shared[a].second;
        if (count >= 2 && (count >= needed || 2 * count >= kept)) {
          pairs.push_back({shared[a].first, row});
        }
      }
    }
  });
  decltype(holders)().swap(holders);
  decltype(held)().swap(held);
  decltype(held_end)().swap(held_end);
  std::vector<std::pair<int64_t, uint32_t>> pairs;
  for (const auto& p : proposed) pairs.insert(pairs.end(), p.begin(), p.end());
  decltype(proposed)().swap(proposed);
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  std::vector<int64_t> ids;
  for (const auto& [holder, row] : pairs) {
    if (ids.empty() || ids.back() != holder) ids.push_back(holder);
  }
  // Loading: the claims found, then the rest of their clusters, then the rest of their quote
  // groups, then their documents, each step's reads shared among the readers; `claims`
  // stays in id order.
  std::vector<StoredClaim> claims;
  absl::flat_hash_set<int64_t> loaded;
  auto load = [&](std::vector<int64_t>* more) -> absl::Status {
    std::sort(more->begin(), more->end());
    more->erase(std::unique(more->begin(), more->end()), more->end());
    more->erase(
        std::remove_if(more->begin(), more->end(), [&](int64_t id) { return loaded.contains(id); }),
        more->end());
    loaded.insert(more->begin(), more->end());
    const size_t end = claims.size();
    if (absl::Status st = LoadClaims(readers, *more, &claims); !st.ok()) return st;
    std::inplace_merge(claims.begin(), claims.begin() + end, claims.end(),
                       [](const StoredClaim& a, const StoredClaim& b) { return a.id < b.id; });
    return absl::OkStatus();
  };
  if (absl::Status st = LoadClaims(readers, ids, &claims); !st.ok()) return st;
  out->found = static_cast<int64_t>(claims.size());
  // With the whole quote groups of the parts found (their joined text may match), only
  // those that verify with a new claim they were proposed for.
  std::vector<int64_t> keys_of;
  for (const StoredClaim& c : claims) {
    if (c.grouped) keys_of.push_back(c.group);
  }
  loaded.insert(ids.begin(), ids.end());
  if (absl::Status st = Expand(readers, keys_of, &ClaimIndex::GroupMembers, &ids); !st.ok()) {
    return st;
  }
  if (absl::Status st = load(&ids); !st.ok()) return st;
  const std::vector<bool> keep = VerifiedWithNew(claims, pairs, fresh, cluster, threads);
  loaded.clear();
  size_t kept = 0;
  for (size_t k = 0; k < claims.size(); ++k) {
    if (!keep[k]) continue;
    if (kept != k) claims[kept] = std::move(claims[k]);
    ++kept;
  }
  claims.resize(kept);
  for (const StoredClaim& c : claims) loaded.insert(c.id);
  out->verified = static_cast<int64_t>(claims.size());
  // Whole clusters: the clustering decides with every member in view, as one run would.
  keys_of.clear();
  for (const StoredClaim& c : claims) keys_of.push_back(c.cluster);
  if (absl::Status st = Expand(readers, keys_of, &ClaimIndex::ClusterMembers, &ids); !st.ok()) {
    return st;
  }
  if (absl::Status st = load(&ids); !st.ok()) return st;
  out->with_clusters = static_cast<int64_t>(claims.size());
  // Whole quote groups: a split quote is matched as its joined text too.
  keys_of.clear();
  for (const StoredClaim& c : claims) {
    if (c.grouped) keys_of.push_back(c.group);  // The others are their whole group.
  }
  if (absl::Status st = Expand(readers, keys_of, &ClaimIndex::GroupMembers, &ids); !st.ok()) {
    return st;
  }
  if (absl::Status st = load(&ids); !st.ok()) return st;
  keys_of.clear();
  for (const StoredClaim& c : claims) keys_of.push_back(c.doc);
  std::sort(keys_of.begin(), keys_of.end());
  keys_of.erase(std::unique(keys_of.begin(), keys_of.end()), keys_of.end());
  std::vector<StoredDoc> docs;
  if (absl::Status st = LoadDocs(readers, keys_of, &docs); !st.ok()) return st;
  for (size_t k = 0; k < docs.size(); ++k) docs[k].id = keys_of[k];
  out->docs = std::move(docs);
  out->claims = std::move(claims);
  return absl::OkStatus();
}

// One table for the clustering: the old claims (re-sketched from their tokens) in id order,
// then the new ones in input order, as one run over all the dumps would order them.
ClaimTable MatchTable(const OldClaims& old, const ClaimTable& fresh, const MatchOptions& match,
                      const MinHasher& hasher, int threads) {
  ClaimTable t(match.num_perms, match.signature_bits);
  size_t text_bytes = 0;
  for (const StoredClaim& c : old.claims) text_bytes += c.text.size();
  for (size_t i = 0; i < fresh.size(); ++i) text_bytes += fresh.text_length(i);
  t.Reserve(old.claims.size() + fresh.size(), text_bytes);
  const std::vector<OldSketch> sketches = SketchOldClaims(old, match, hasher, threads);
  absl::flat_hash_map<int64_t, uint32_t> doc_row, claim_row;
  for (size_t k = 0; k < old.claims.size(); ++k) {
    const StoredClaim& c = old.claims[k];
    auto [it, added] = doc_row.try_emplace(c.doc, static_cast<uint32_t>(t.docs.size()));
    if (added) {
      const StoredDoc& d =
          *std::lower_bound(old.docs.begin(), old.docs.end(), c.doc,
                            [](const StoredDoc& doc, int64_t id) { return doc.id < id; });
      t.docs.push_back({d.ext_id, t.InternOutlet(d.outlet), d.date, d.url, d.title, d.wire});
    }
    const uint32_t row = static_cast<uint32_t>(t.size());
    claim_row[c.id] = row;
    auto first = claim_row.find(c.group);
    const OldSketch& s = sketches[k];
    t.AddClaim(it->second, c.begin, c.end, c.words, first == claim_row.end() ? row : first->second,
               t.InternSpeaker(c.speaker), 0, c.text,
               ClaimSketch{s.tokens, s.shingle_count, s.set_key, s.signature.data()});
  }
  const uint32_t doc_base = static_cast<uint32_t>(t.docs.size());
  const uint32_t claim_base = static_cast<uint32_t>(t.size());
  for (const DocInfo& d : fresh.docs) {
    t.docs.push_back(
        {d.id, t.InternOutlet(fresh.outlets[d.outlet]), d.date, d.url, d.title, d.wire});
  }
  for (size_t i = 0; i < fresh.size(); ++i) {
    const ClaimSketch sketch{fresh.token_seq(i), fresh.shingle_count(i), fresh.set_key(i),
                             fresh.signature(i)};
    t.AddClaim(doc_base + fresh.doc(i), fresh.begin(i), fresh.end(i), fresh.words(i),
               claim_base + fresh.group(i), t.InternSpeaker(fresh.speakers[fresh.speaker(i)]), 0,
               fresh.text(i), sketch);
  }
  return t;
}

StableIds MapToStableIds(const OldClaims& old, const std::vector<uint32_t>& cluster_of,
                         int64_t first_new_id) {
  const uint32_t n = static_cast<uint32_t>(cluster_of.size());
  const uint32_t n_old = static_cast<uint32_t>(old.claims.size());
  std::vector<bool> has_new(n, false);
  for (uint32_t r = n_old; r < n; ++r) has_new[cluster_of[r]] = true;
  UnionFind uf(n);
  absl::flat_hash_map<int64_t, uint32_t> row_of_cluster;
  for (uint32_t r = 0; r < n_old; ++r) {
    auto [it, added] = row_of_cluster.try_emplace(old.claims[r].cluster, r);
    if (!added) uf.Union(r, it->second);
  }
  // Only groups holding a new claim say something new; the others keep earlier decisions.
  for (uint32_t r = 0; r < n; ++r) {
    if (has_new[cluster_of[r]]) uf.Union(r, cluster_of[r]);
  }
  std::vector<int64_t> best_old(n, kNone), best_new(n, kNone);
  std::vector<int64_t> new_count(n, 0);
  for (uint32_t r = 0; r < n; ++r) {
    const uint32_t root = uf.Find(r);
    if (r < n_old) {
      best_old[root] = std::min(best_old[root], old.claims[r].cluster);
    } else {
      best_new[root] = std::min(best_new[root], first_new_id + (r - n_old));
      ++new_count[root];
    }
  }
  StableIds out;
  out.cluster.resize(n - n_old);
  for (uint32_t r = n_old; r < n; ++r) {
    const uint32_t root = uf.Find(r);
    const bool existing = best_old[root] != kNone;
    out.cluster[r - n_old] = existing ? best_old[root] : best_new[root];
    out.joined_existing += existing;
    if (!existing && new_count[root] >= 2 && best_new[root] == first_new_id + (r - n_old)) {
      ++out.new_clusters;
    }
  }
  absl::flat_hash_set<int64_t> merged;
  for (uint32_t r = 0; r < n_old; ++r) {
    const uint32_t root = uf.Find(r);
    const int64_t from = old.claims[r].cluster;
    if (new_count[root] > 0 && from != best_old[root] && merged.insert(from).second) {
      out.merges.push_back({from, best_old[root]});
    }
  }
  std::sort(out.merges.begin(), out.merges.end());
  return out;
}

}  // namespace claimdup
