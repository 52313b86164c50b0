#include "core/radix_sort.h"

#include <algorithm>
#include <utility>

namespace claimdup {
namespace {

constexpr int kDigitBits = 8;
constexpr int kDigits = 1 << kDigitBits;
constexpr int kLastShift = 40;     // Three digits (the top 24 bits), then std::sort.
constexpr size_t kSmallPart = 64;  // Parts this small go to std::sort at once.

// Places keys[0, n) in order of the digit at `shift` (American flag sort: each key is
// swapped straight into its digit's next free slot; 256 slots stay in cache), then orders
// each part by the next digit or by std::sort.
void FlagSort(uint64_t* keys, size_t n, int shift) {
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
    if (m > kSmallPart && shift > kLastShift) {
      FlagSort(keys + start[d], m, shift - kDigitBits);
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
  FlagSort(keys.data(), keys.size(), 64 - kDigitBits);
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
  // Four passes: the result is back in `keys`.
}

}  // namespace claimdup
