// RadixSortInPlace sorts like std::sort: uniform keys, skewed keys (all in one partition,
// the partition bits all equal) and small inputs.
#include "core/radix_sort.h"

#include <algorithm>
#include <random>
#include <vector>

#include "gtest/gtest.h"

namespace claimdup {
namespace {

void ExpectSortsLikeStdSort(std::vector<uint64_t> keys) {
  std::vector<uint64_t> expected = keys;
  std::sort(expected.begin(), expected.end());
  RadixSortInPlace(absl::MakeSpan(keys));
  EXPECT_EQ(keys, expected);
}

TEST(RadixSortTest, SortsUniformKeys) {
  std::mt19937_64 rng(7);
  std::vector<uint64_t> keys(200000);
  for (uint64_t& k : keys) k = rng();
  ExpectSortsLikeStdSort(keys);
}

TEST(RadixSortTest, SortsKeysSharingTheirTopBitsAndDuplicates) {
  std::mt19937_64 rng(8);
  std::vector<uint64_t> keys(50000);
  for (uint64_t& k : keys) k = (uint64_t{0xABCD} << 48) | (rng() % 1000);
  for (size_t i = 0; i < 10000; ++i) keys.push_back(rng() >> (i % 64));
  ExpectSortsLikeStdSort(keys);
}

TEST(RadixSortTest, SortsNarrowRangesAndEqualKeys) {
  // Anchor proposals: (query << 32 | holder) with ids below 2^19 and one partition's query
  // prefix; keys differing in their low bits only; all keys equal.
  std::mt19937_64 rng(9);
  std::vector<uint64_t> pairs(100000), low(5000), equal(300, uint64_t{0x1234} << 40);
  for (uint64_t& k : pairs) k = ((uint64_t{37} << 11 | rng() % 2048) << 32) | (rng() % (1 << 19));
  for (uint64_t& k : low) k = (uint64_t{0xFFFF} << 48) | (rng() % 3);
  ExpectSortsLikeStdSort(pairs);
  ExpectSortsLikeStdSort(low);
  ExpectSortsLikeStdSort(equal);
}

TEST(RadixSortTest, SortsSmallAndEmptyInputs) {
  ExpectSortsLikeStdSort({});
  ExpectSortsLikeStdSort({3, 1, 2});
}

TEST(RadixSortTest, HighHalfSortIsStableOnTheLowHalf) {
  std::mt19937_64 rng(9);
  std::vector<uint64_t> keys(100000);
  for (size_t i = 0; i < keys.size(); ++i) keys[i] = (rng() % 5000) << 32 | (i * 7 % 100000);
  std::vector<uint64_t> expected = keys;
  std::stable_sort(expected.begin(), expected.end(),
                   [](uint64_t a, uint64_t b) { return (a >> 32) < (b >> 32); });
  std::vector<uint64_t> scratch(keys.size());
  RadixSortByHighHalf(absl::MakeSpan(keys), absl::MakeSpan(scratch));
  EXPECT_EQ(keys, expected);
}

}  // namespace
}  // namespace claimdup
