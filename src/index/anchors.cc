#include "index/anchors.h"

#include <algorithm>
#include <cassert>

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

std::vector<uint32_t> QueryGrams(absl::Span<const WordToken> words, const AnchorOptions& options) {
  std::vector<uint32_t> picked;
  if (words.size() < static_cast<size_t>(options.gram)) return picked;
  const size_t grams = words.size() - options.gram + 1;
  std::vector<uint32_t> hash(grams);
  for (size_t i = 0; i < grams; ++i) hash[i] = GramHash(words, i, options.gram);
  const size_t window = std::min<size_t>(options.window, grams);
  // Each window's minimum (rightmost on ties); consecutive windows mostly pick the same one.
  // Windows are short (a handful of grams): a rescan per window is linear in the words.
  for (size_t lo = 0; lo + window <= grams; ++lo) {
    size_t best = lo;
    for (size_t i = lo + 1; i < lo + window; ++i) {
      if (hash[i] <= hash[best]) best = i;
    }
    if (picked.empty() || picked.back() != best) picked.push_back(static_cast<uint32_t>(best));
  }
  return picked;
}

std::vector<uint64_t> AnchorPairs(absl::Span<const uint32_t> items, const TokensOf& tokens,
                                  const AnchorOptions& options, const ContainerFilter& keep,
                                  int64_t* dropped) {
  assert(options.gram >= 1 && options.gram <= 4);
  uint32_t max_id = 0;
  size_t total = 0;
  for (const uint32_t id : items) {
    max_id = std::max(max_id, id);
    const size_t n = tokens(id).size();
    if (n >= static_cast<size_t>(options.gram)) total += n - options.gram + 1;
  }
  std::vector<uint32_t> length(items.empty() ? 0 : max_id + 1, 0);
  // Entries: gram hash above (query bit, item); every gram is posted, query grams also queried.
  std::vector<uint64_t> entries;
  entries.reserve(total + total / 2);
  for (const uint32_t id : items) {
    assert(id < kQueryBit);
    const absl::Span<const WordToken> words = tokens(id);
    length[id] = static_cast<uint32_t>(words.size());
    if (words.size() < static_cast<size_t>(options.gram)) continue;
    for (size_t i = 0; i + options.gram <= words.size(); ++i) {
      entries.push_back((uint64_t{GramHash(words, i, options.gram)} << 32) | id);
    }
    for (const uint32_t i : QueryGrams(words, options)) {
      entries.push_back((uint64_t{GramHash(words, i, options.gram)} << 32) | kQueryBit | id);
    }
  }
  RadixSortInPlace(absl::MakeSpan(entries));
  std::vector<uint64_t> pairs;
  std::vector<uint32_t> posted;
  auto longer_first = [&](uint32_t a, uint32_t b) {
    return length[a] != length[b] ? length[a] > length[b] : a < b;
  };
  for (size_t lo = 0; lo < entries.size();) {
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
          if (keep && !keep(id, other)) {
            if (dropped != nullptr) ++*dropped;
            continue;
          }
          pairs.push_back((uint64_t{std::min(id, other)} << 32) | std::max(id, other));
        }
      }
    }
    lo = hi;
  }
  std::vector<uint64_t>().swap(entries);
  RadixSortInPlace(absl::MakeSpan(pairs));
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  return pairs;
}

}  // namespace claimdup
