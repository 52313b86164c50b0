#include "index/anchors.h"

#include <algorithm>
#include <cassert>
#include <cstdio>

#include "absl/container/flat_hash_set.h"
#include "core/radix_sort.h"
#include "util/run_on_threads.h"

namespace claimdup {

// The gram of `gram` tokens starting at words[i], hashed to 32 bits (a 32-bit collision only
// merges two grams' lists: more proposals, never a wrong match).
uint32_t GramHash(absl::Span<const WordToken> words, size_t i, int gram) {
  uint64_t key = 0;
  for (int j = 0; j < gram; ++j) key = (key << 16) | words[i + j];
  key ^= key >> 33;
  key *= 0xff51afd7ed558ccdull;
  key ^= key >> 33;
  key *= 0xc4ceb9fe1a85ec53ull;
  key ^= key >> 33;
  return static_cast<uint32_t>(key);
}

// The winnowed minima of `hash` (rightmost on ties), or its smallest when there are fewer
// than `window`, appended to *picked as positions. Windows are short (a handful of grams):
// a rescan per window is linear in the words.
void Winnow(absl::Span<const uint32_t> hash, int window_size, std::vector<uint32_t>* picked) {
  picked->clear();
  if (hash.empty()) return;
  const size_t window = std::min<size_t>(window_size, hash.size());
  for (size_t lo = 0; lo + window <= hash.size(); ++lo) {
    size_t best = lo;
    for (size_t i = lo + 1; i < lo + window; ++i) {
      if (hash[i] <= hash[best]) best = i;
    }
    if (picked->empty() || picked->back() != best) picked->push_back(static_cast<uint32_t>(best));
  }
}

std::vector<uint32_t> QueryGrams(absl::Span<const WordToken> words, const AnchorOptions& options) {
  std::vector<uint32_t> hash, picked;
  for (size_t i = 0; i + options.gram <= words.size(); ++i) {
    hash.push_back(GramHash(words, i, options.gram));
  }
  Winnow(hash, options.window, &picked);
  return picked;
}

namespace {

constexpr uint64_t kPostOnly = kAnchorPostOnly;

// The grams short items pick, as a set: a bitmap of the hashes' top bits first (nearly all
// grams miss it), then the exact hashes. The bitmap has ~32 bits per pick, so it stays in
// cache when short items are few (it is read once per gram of every item).
class ShortPicks {
 public:
  explicit ShortPicks(const std::vector<uint32_t>& hashes) {
    while (bits_log_ < kMaxBitsLog && (size_t{1} << bits_log_) < 32 * hashes.size()) ++bits_log_;
    bits_.assign(size_t{1} << (bits_log_ - 6), 0);
    for (const uint32_t hash : hashes) {
      const uint32_t b = hash >> (32 - bits_log_);
      bits_[b >> 6] |= uint64_t{1} << (b & 63);
      hashes_.insert(hash);
    }
  }
  bool Has(uint32_t hash) const {
    const uint32_t b = hash >> (32 - bits_log_);
    if (!(bits_[b >> 6] >> (b & 63) & 1)) return false;
    return hashes_.contains(hash);
  }

 private:
  static constexpr int kMaxBitsLog = 24;  // A 2 MiB bitmap at the most.
  int bits_log_ = 12;
  std::vector<uint64_t> bits_;
  absl::flat_hash_set<uint32_t> hashes_;
};

ShortPicks ShortItemPicks(absl::Span<const uint32_t> items, const TokensOf& tokens,
                          const AnchorOptions& options) {
  std::vector<uint32_t> picks;
  const size_t shortest = options.gram, longest = options.gram + options.window - 2;
  for (const uint32_t id : items) {
    const absl::Span<const WordToken> words = tokens(id);
    if (words.size() < shortest || words.size() > longest) continue;
    uint32_t smallest = UINT32_MAX;
    for (size_t i = 0; i + options.gram <= words.size(); ++i) {
      smallest = std::min(smallest, GramHash(words, i, options.gram));
    }
    picks.push_back(smallest);
  }
  return ShortPicks(picks);
}

// Entries and proposals are spread over kParts partitions (by the gram hash's top bits, or
// by the query item's id), each sorted and read by one thread on its own: no sort of the
// whole table, and each part (~1/256 of it) stays in cache.
constexpr int kPartBits = 8;
constexpr size_t kParts = size_t{1} << kPartBits;

using Parts = std::vector<std::vector<uint64_t>>;  // [thread * kParts + part]

// Part p of every thread, moved into *out (cleared first) and freed.
void GatherPart(Parts* parts, int threads, size_t p, std::vector<uint64_t>* out) {
  out->clear();
  for (int t = 0; t < threads; ++t) {
    std::vector<uint64_t>& v = (*parts)[t * kParts + p];
    out->insert(out->end(), v.begin(), v.end());
    std::vector<uint64_t>().swap(v);
  }
}

}  // namespace

std::vector<uint64_t> AnchorPairs(absl::Span<const uint32_t> items, const TokensOf& tokens,
                                  const AnchorOptions& options, int64_t* dropped) {
  assert(options.gram >= 1 && options.gram <= 4);
  const int threads = std::max(1, options.threads);
  uint32_t max_id = 0;
  for (const uint32_t id : items) max_id = std::max(max_id, id);
  std::vector<uint32_t> words(items.empty() ? 0 : max_id + 1, 0);
  for (const uint32_t id : items) words[id] = static_cast<uint32_t>(tokens(id).size());
  const ItemLengths length(std::move(words));
  std::vector<uint8_t> queries(length.size(), 0);  // Query grams per item (saturating).
  // Short items (fewer grams than a window) pick their smallest gram, which a container
  // need not pick: every item also posts, without querying, each gram that is such a pick.
  const ShortPicks short_picks = ShortItemPicks(items, tokens, options);
  // Entries: (gram hash << 32 | item) for every winnowed gram of an item, which the item
  // posts and queries with, and (gram hash << 32 | kPostOnly | item) for its other grams
  // that short items pick; in the part of the hash's top bits, in item order (each thread
  // takes a run of the ascending items, and parts join the threads' runs in order).
  Parts entries(threads * kParts);
  RunOnThreads(threads, [&](int t) {
    const size_t lo = items.size() * t / threads, hi = items.size() * (t + 1) / threads;
    std::vector<uint32_t> hash, picked;
    for (size_t k = lo; k < hi; ++k) {
      const uint32_t id = items[k];
      const absl::Span<const WordToken> words = tokens(id);
      if (words.size() < static_cast<size_t>(options.gram)) continue;
      hash.resize(words.size() - options.gram + 1);
      for (size_t i = 0; i < hash.size(); ++i) hash[i] = GramHash(words, i, options.gram);
      Winnow(hash, options.window, &picked);
      queries[id] = static_cast<uint8_t>(std::min<size_t>(picked.size(), 255));
      size_t next_pick = 0;
      for (size_t i = 0; i < hash.size(); ++i) {
        std::vector<uint64_t>& part = entries[t * kParts + (hash[i] >> (32 - kPartBits))];
        if (next_pick < picked.size() && picked[next_pick] == i) {
          part.push_back((uint64_t{hash[i]} << 32) | id);
          ++next_pick;
        } else if (short_picks.Has(hash[i])) {
          part.push_back((uint64_t{hash[i]} << 32) | kPostOnly | id);
        }
      }
    }
  });
  // Proposals (query item << 32 | holder), in the part of the query item's id.
  int id_shift = 0;
  while ((uint64_t{max_id} >> id_shift) >= kParts) ++id_shift;
  Parts proposed(threads * kParts);
  RunOnThreads(threads, [&](int t) {
    std::vector<uint64_t> list, scratch;
    for (size_t p = t; p < kParts; p += threads) {
      GatherPart(&entries, threads, p, &list);
      scratch.resize(list.size());
      RadixSortByHighHalf(absl::MakeSpan(list), absl::MakeSpan(scratch));
      ForEachQueriedGram(
          list, length, options,
          [&](absl::Span<const uint32_t> queriers, absl::Span<const uint32_t> holders) {
            for (const uint32_t id : queriers) {
              std::vector<uint64_t>& out = proposed[t * kParts + (id >> id_shift)];
              for (const uint32_t other : holders) {
                if (MayHold(length, id, other)) out.push_back((uint64_t{id} << 32) | other);
              }
            }
          });
    }
  });
  Parts().swap(entries);
  // Each item's few holders counted: a holder proposed by one query gram of an item that
  // queries with several shares one common phrase, not a stretch of words: it needs two.
  std::vector<std::vector<uint64_t>> found(threads);
  std::vector<int64_t> short_of(threads, 0);
  // A part's proposals are grouped by query item with one counting pass over the low bits
  // of its id (the part holds 2^id_shift ids), not sorted whole: each item's few holders
  // are then counted on their own.
  RunOnThreads(threads, [&](int t) {
    std::vector<uint64_t> list;
    std::vector<uint32_t> start, holders;
    const uint32_t low_mask = (uint32_t{1} << id_shift) - 1;
    for (size_t p = t; p < kParts; p += threads) {
      GatherPart(&proposed, threads, p, &list);
      start.assign(size_t{low_mask} + 2, 0);
      for (const uint64_t e : list) ++start[((e >> 32) & low_mask) + 1];
      for (size_t q = 1; q < start.size(); ++q) start[q] += start[q - 1];
      holders.resize(list.size());
      for (const uint64_t e : list)
        holders[start[(e >> 32) & low_mask]++] = static_cast<uint32_t>(e);
      // start[q] is now the end of item q's holders, the beginning of item q + 1's.
      uint32_t begin = 0;
      for (uint32_t q = 0; q <= low_mask; ++q) {
        const uint32_t end = start[q];
        if (end > begin) {
          const uint32_t id = static_cast<uint32_t>(p << id_shift) | q;
          CountQueryProposals(id, absl::MakeSpan(holders.data() + begin, end - begin), queries[id],
                              options, &found[t], &short_of[t]);
        }
        begin = end;
      }
    }
  });
  Parts().swap(proposed);
  std::vector<uint64_t> pairs = std::move(found[0]);
  for (int t = 1; t < threads; ++t) {
    pairs.insert(pairs.end(), found[t].begin(), found[t].end());
    std::vector<uint64_t>().swap(found[t]);
  }
  if (dropped != nullptr) {
    for (const int64_t n : short_of) *dropped += n;
  }
  SortUniquePairs(&pairs);
  return pairs;
}

void ForEachQueriedGram(
    absl::Span<const uint64_t> sorted, const ItemLengths& length, const AnchorOptions& options,
    absl::FunctionRef<void(absl::Span<const uint32_t> queriers, absl::Span<const uint32_t> holders)>
        on_gram) {
  std::vector<uint32_t> posted, queriers, holders;
  std::vector<uint64_t> longest;  // (~words << 32 | item): longest first, then lowest item.
  for (size_t lo = 0; lo < sorted.size();) {
    size_t hi = lo + 1;
    while (hi < sorted.size() && (sorted[hi] >> 32) == (sorted[lo] >> 32)) ++hi;
    if (hi - lo < 2) {  // One poster: no pair.
      lo = hi;
      continue;
    }
    // The items picking the gram query with it; with the post-only ones, they are the
    // distinct items posting it.
    queriers.clear();
    posted.clear();
    for (size_t r = lo; r < hi; ++r) {
      if (sorted[r] & kPostOnly) {
        posted.push_back(static_cast<uint32_t>(sorted[r] & (kPostOnly - 1)));
      } else {
        queriers.push_back(static_cast<uint32_t>(sorted[r]));
      }
    }
    const size_t post_only = posted.size();
    posted.insert(posted.end(), queriers.begin(), queriers.end());
    std::inplace_merge(posted.begin(), posted.begin() + post_only, posted.end());
    posted.erase(std::unique(posted.begin(), posted.end()), posted.end());
    if (!queriers.empty() && posted.size() >= 2 &&
        posted.size() <= static_cast<size_t>(options.max_df)) {
      // Each poster's length read once into its sort key (the lengths are scattered over
      // memory; a comparator reading them cost most of the anchor step).
      longest.clear();
      for (const uint32_t id : posted) longest.push_back(uint64_t{~length[id]} << 32 | id);
      const size_t n = std::min<size_t>(longest.size(), options.max_holders);
      std::partial_sort(longest.begin(), longest.begin() + n, longest.end());
      holders.clear();
      for (size_t k = 0; k < n; ++k) holders.push_back(static_cast<uint32_t>(longest[k]));
      on_gram(queriers, holders);
    }
    lo = hi;
  }
}

ItemLengths::ItemLengths(std::vector<uint32_t> full) : full_(std::move(full)) {
  small_.reserve(full_.size());
  for (const uint32_t n : full_) {
    small_.push_back(static_cast<uint8_t>(std::min<uint32_t>(n, kSaturated)));
  }
}

void CountQueryProposals(uint32_t query, absl::Span<uint32_t> holders, size_t queries,
                         const AnchorOptions& options, std::vector<uint64_t>* found,
                         int64_t* short_of) {
  std::sort(holders.begin(), holders.end());
  const size_t needed = std::min<size_t>(options.min_shared_queries, queries);
  for (size_t k = 0; k < holders.size();) {
    size_t m = k + 1;
    while (m < holders.size() && holders[m] == holders[k]) ++m;
    if (m - k >= needed) {
      const uint32_t other = holders[k];
      found->push_back((uint64_t{std::min(query, other)} << 32) | std::max(query, other));
    } else {
      ++*short_of;
    }
    k = m;
  }
}

void CountProposals(absl::Span<const uint64_t> sorted,
                    absl::FunctionRef<size_t(uint32_t query)> queries_of,
                    const AnchorOptions& options, std::vector<uint64_t>* found, int64_t* short_of) {
  std::vector<uint32_t> holders;
  for (size_t k = 0; k < sorted.size();) {
    const uint32_t id = static_cast<uint32_t>(sorted[k] >> 32);
    holders.clear();
    for (; k < sorted.size() && static_cast<uint32_t>(sorted[k] >> 32) == id; ++k) {
      holders.push_back(static_cast<uint32_t>(sorted[k]));
    }
    CountQueryProposals(id, absl::MakeSpan(holders), queries_of(id), options, found, short_of);
  }
}

void SortUniquePairs(std::vector<uint64_t>* pairs) {
  RadixSortInPlace(absl::MakeSpan(*pairs));
  pairs->erase(std::unique(pairs->begin(), pairs->end()), pairs->end());
}

void FilterContainerPairs(std::vector<uint64_t>* pairs,
                          absl::FunctionRef<uint32_t(uint32_t id)> length,
                          const ContainerFilter& keep, int threads, int64_t* dropped) {
  threads = std::max(1, threads);
  std::vector<uint8_t> kept(pairs->size(), 0);
  RunOnThreads(threads, [&](int t) {
    const size_t lo = pairs->size() * t / threads, hi = pairs->size() * (t + 1) / threads;
    for (size_t k = lo; k < hi; ++k) {
      const uint32_t a = static_cast<uint32_t>((*pairs)[k] >> 32);
      const uint32_t b = static_cast<uint32_t>((*pairs)[k]);
      const uint32_t la = length(a), lb = length(b);
      const bool a_shorter = la < lb || (la == lb && a < b);
      kept[k] = a_shorter ? keep(a, b) : keep(b, a);
    }
  });
  size_t out = 0;
  for (size_t k = 0; k < pairs->size(); ++k) {
    if (kept[k]) (*pairs)[out++] = (*pairs)[k];
  }
  *dropped += static_cast<int64_t>(pairs->size() - out);
  pairs->resize(out);
}

}  // namespace claimdup
