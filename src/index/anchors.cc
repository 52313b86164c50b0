#include "index/anchors.h"

#include <algorithm>
#include <cassert>
#include <cstdio>
#include <thread>

#include "core/radix_sort.h"

namespace claimdup {
namespace {

constexpr uint64_t kQueryBit = uint64_t{1} << 31;

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

}  // namespace

namespace {

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

}  // namespace

std::vector<uint32_t> QueryGrams(absl::Span<const WordToken> words, const AnchorOptions& options) {
  std::vector<uint32_t> hash, picked;
  for (size_t i = 0; i + options.gram <= words.size(); ++i) {
    hash.push_back(GramHash(words, i, options.gram));
  }
  Winnow(hash, options.window, &picked);
  return picked;
}

std::vector<uint64_t> AnchorPairs(absl::Span<const uint32_t> items, const TokensOf& tokens,
                                  const AnchorOptions& options, const ContainerFilter& keep,
                                  int64_t* dropped) {
  assert(options.gram >= 1 && options.gram <= 4);
  const int threads = std::max(1, options.threads);
  uint32_t max_id = 0;
  for (const uint32_t id : items) max_id = std::max(max_id, id);
  std::vector<uint32_t> length(items.empty() ? 0 : max_id + 1, 0);
  std::vector<uint8_t> queries(length.size(), 0);  // Query grams per item (saturating).
  // Posts: one entry (gram hash << 32 | item) per gram of every item, at offsets fixed by a
  // prefix sum, so threads fill disjoint ranges in item order; queries (with kQueryBit)
  // follow, per thread in item order. A stable sort by hash then lists each gram's posts
  // (items ascending) before its queries.
  std::vector<uint64_t> offset(items.size() + 1, 0);
  for (size_t k = 0; k < items.size(); ++k) {
    assert(items[k] < kQueryBit);
    const size_t n = tokens(items[k]).size();
    length[items[k]] = static_cast<uint32_t>(n);
    offset[k + 1] = offset[k] + (n >= static_cast<size_t>(options.gram) ? n - options.gram + 1 : 0);
  }
  std::vector<uint64_t> entries(offset.back());
  std::vector<std::vector<uint64_t>> queried(threads);
  auto each_thread = [threads](const std::function<void(int)>& work) {
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t) pool.emplace_back(work, t);
    work(0);
    for (std::thread& th : pool) th.join();
  };
  each_thread([&](int t) {
    const size_t lo = items.size() * t / threads, hi = items.size() * (t + 1) / threads;
    std::vector<uint32_t> hash, picked;
    for (size_t k = lo; k < hi; ++k) {
      const uint32_t id = items[k];
      const absl::Span<const WordToken> words = tokens(id);
      if (words.size() < static_cast<size_t>(options.gram)) continue;
      uint64_t* out = entries.data() + offset[k];
      hash.resize(words.size() - options.gram + 1);
      for (size_t i = 0; i < hash.size(); ++i) {
        hash[i] = GramHash(words, i, options.gram);
        out[i] = (uint64_t{hash[i]} << 32) | id;
      }
      Winnow(hash, options.window, &picked);
      queries[id] = static_cast<uint8_t>(std::min<size_t>(picked.size(), 255));
      for (const uint32_t i : picked) {
        queried[t].push_back((uint64_t{hash[i]} << 32) | kQueryBit | id);
      }
    }
  });
  std::vector<uint64_t>().swap(offset);
  for (std::vector<uint64_t>& q : queried) {
    entries.insert(entries.end(), q.begin(), q.end());
    std::vector<uint64_t>().swap(q);
  }
  {
    std::vector<uint64_t> scratch(entries.size());
    RadixSortByHighHalf(absl::MakeSpan(entries), absl::MakeSpan(scratch));
  }
  // Each thread scans the lists starting in its share of the entries.
  std::vector<std::vector<uint64_t>> proposed(threads);
  auto list_start = [&](size_t at) {
    while (at > 0 && at < entries.size() && (entries[at] >> 32) == (entries[at - 1] >> 32)) ++at;
    return std::min(at, entries.size());
  };
  each_thread([&](int t) {
    std::vector<uint64_t>& pairs = proposed[t];
    std::vector<uint32_t> posted;
    auto longer_first = [&](uint32_t a, uint32_t b) {
      return length[a] != length[b] ? length[a] > length[b] : a < b;
    };
    const size_t end = list_start(entries.size() * (t + 1) / threads);
    for (size_t lo = list_start(entries.size() * t / threads); lo < end;) {
      size_t hi = lo + 1;
      while (hi < entries.size() && (entries[hi] >> 32) == (entries[lo] >> 32)) ++hi;
      // Posts come first (query bit clear), items ascending: distinct posted items.
      posted.clear();
      size_t q = lo;
      for (; q < hi && !(entries[q] & kQueryBit); ++q) {
        const uint32_t id = static_cast<uint32_t>(entries[q]);
        if (posted.empty() || posted.back() != id) posted.push_back(id);
      }
      if (posted.size() >= 2 && posted.size() <= static_cast<size_t>(options.max_df)) {
        const size_t holders = std::min<size_t>(posted.size(), options.max_holders);
        std::partial_sort(posted.begin(), posted.begin() + holders, posted.end(), longer_first);
        for (; q < hi; ++q) {
          const uint32_t id = static_cast<uint32_t>(entries[q] & (kQueryBit - 1));
          for (size_t h = 0; h < holders; ++h) {
            const uint32_t other = posted[h];
            if (other == id || length[other] < length[id]) continue;
            pairs.push_back((uint64_t{id} << 32) | other);  // (query, holder)
          }
        }
      }
      lo = hi;
    }
  });
  std::vector<uint64_t> raw = std::move(proposed[0]);
  for (int t = 1; t < threads; ++t) {
    raw.insert(raw.end(), proposed[t].begin(), proposed[t].end());
    std::vector<uint64_t>().swap(proposed[t]);
  }
  std::vector<uint64_t>().swap(entries);
  // Proposals by query item (a stable radix pass over the high half), then each item's few
  // holders counted: a holder proposed by one query gram of an item that queries with
  // several shares one common phrase, not a stretch of words: it needs two.
  {
    std::vector<uint64_t> scratch(raw.size());
    RadixSortByHighHalf(absl::MakeSpan(raw), absl::MakeSpan(scratch));
  }
  std::vector<uint64_t> pairs;
  for (size_t lo = 0; lo < raw.size();) {
    size_t hi = lo + 1;
    while (hi < raw.size() && (raw[hi] >> 32) == (raw[lo] >> 32)) ++hi;
    std::sort(raw.begin() + lo, raw.begin() + hi);
    const uint32_t id = static_cast<uint32_t>(raw[lo] >> 32);
    const size_t needed = std::min<size_t>(options.min_shared_queries, queries[id]);
    for (size_t k = lo; k < hi;) {
      size_t m = k + 1;
      while (m < hi && raw[m] == raw[k]) ++m;
      const uint32_t other = static_cast<uint32_t>(raw[k]);
      if (m - k >= needed) {
        pairs.push_back((uint64_t{std::min(id, other)} << 32) | std::max(id, other));
      } else if (dropped != nullptr) {
        ++*dropped;
      }
      k = m;
    }
    lo = hi;
  }
  std::vector<uint64_t>().swap(raw);
  RadixSortInPlace(absl::MakeSpan(pairs));
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  const size_t kept_pairs = pairs.size();
  if (!keep) return pairs;
  // Each distinct proposal is tested once, on `threads` threads over contiguous chunks.
  std::vector<uint8_t> kept(pairs.size(), 0);
  each_thread([&](int t) {
    const size_t lo = pairs.size() * t / threads, hi = pairs.size() * (t + 1) / threads;
    for (size_t k = lo; k < hi; ++k) {
      const uint32_t a = static_cast<uint32_t>(pairs[k] >> 32), b = static_cast<uint32_t>(pairs[k]);
      const bool a_shorter = length[a] < length[b] || (length[a] == length[b] && a < b);
      kept[k] = a_shorter ? keep(a, b) : keep(b, a);
    }
  });
  size_t out = 0;
  for (size_t k = 0; k < pairs.size(); ++k) {
    if (kept[k]) pairs[out++] = pairs[k];
  }
  if (dropped != nullptr) *dropped += static_cast<int64_t>(kept_pairs - out);
  pairs.resize(out);
  return pairs;
}

}  // namespace claimdup
