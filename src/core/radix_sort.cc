#include "core/radix_sort.h"

#include <algorithm>
#include <iterator>
#include <utility>

namespace claimdup {
namespace {

constexpr int kDigitBits = 8;
constexpr int kDigits = 1 << kDigitBits;
constexpr int kLevels = 3;         // Three digits, then std::sort.
constexpr size_t kSmallPart = 64;  // Parts this small go to std::sort at once.

// Places keys[0, n) in order of the digit at `shift` (American flag sort: each key is
// swapped straight into its digit's next free slot; 256 slots stay in cache), then orders
// each part by the next digit (`levels` digits in all, while bits remain) or by std::sort.
void FlagSort(uint64_t* keys, size_t n, int shift, int levels) {
  auto digit = [shift](uint64_t key) { return static_cast<int>((key >> shift) & (kDigits - 1)); };
  size_t start[kDigits + 1] = {0};
  for (size_t i = 0; i < n; ++i) ++start[digit(keys[i]) + 1];
  for (int d = 1; d <= kDigits; ++d) start[d] += start[d - 1];
  size_t head[kDigits];
  std::copy(start, start + kDigits, head);
  for (int d = 0; d < kDigits; ++d) {
    // Cycle leader: the key at d's head goes to its own digit's next slot, taking the key
    // found there along, until a key of digit d comes back.
    while (head[d] < start[d + 1]) {
      uint64_t key = keys[head[d]];
      int q = digit(key);
      while (q != d) {
        std::swap(key, keys[head[q]++]);
        q = digit(key);
      }
      keys[head[d]++] = key;
    }
  }
  for (int d = 0; d < kDigits; ++d) {
    const size_t m = start[d + 1] - start[d];
    if (m > kSmallPart && levels > 1 && shift > 0) {
      FlagSort(keys + start[d], m, std::max(0, shift - kDigitBits), levels - 1);
    } else if (m > 1) {
      std::sort(keys + start[d], keys + start[d + 1]);
    }
  }
}

}  // namespace

void RadixSortInPlace(absl::Span<uint64_t> keys) {
  if (keys.size() <= kSmallPart) {
    std::sort(keys.begin(), keys.end());
    return;
  }
  // The first digit is the top 8 of the bits that differ between keys: keys of a narrow
  // range (ids below 2^20, one partition's hash prefix) spend no pass on constant bits.
  uint64_t differ = 0;
  for (const uint64_t key : keys) differ |= key ^ keys[0];
  if (differ == 0) return;  // All equal.
  const int top = 63 - __builtin_clzll(differ);
  FlagSort(keys.data(), keys.size(), std::max(0, top + 1 - kDigitBits), kLevels);
}

void RadixSortByHighHalf(absl::Span<uint64_t> keys, absl::Span<uint64_t> scratch) {
  const size_t n = keys.size();
  size_t start[4][kDigits] = {};
  for (const uint64_t key : keys) {
    for (int p = 0; p < 4; ++p) ++start[p][(key >> (32 + kDigitBits * p)) & (kDigits - 1)];
  }
  uint64_t* from = keys.data();
  uint64_t* to = scratch.data();
  for (int p = 0; p < 4; ++p) {
    // A digit all keys share (the top byte of one hash partition) needs no pass.
    if (std::find(std::begin(start[p]), std::end(start[p]), n) != std::end(start[p])) continue;
    size_t sum = 0;
    for (size_t& s : start[p]) {
      const size_t count = s;
      s = sum;
      sum += count;
    }
    const int shift = 32 + kDigitBits * p;
    for (size_t i = 0; i < n; ++i) {
      const uint64_t key = from[i];
      to[start[p][(key >> shift) & (kDigits - 1)]++] = key;
    }
    std::swap(from, to);
  }
  if (from != keys.data()) std::copy(from, from + n, keys.data());  // An odd number of passes.
}

}  // namespace claimdup
