#include "index/lsh.h"

#include <cstring>
#include <random>

#include "gtest/gtest.h"
#include "sketch/minhash.h"

namespace claimdup {
namespace {

TEST(LshTest, ChoosesBandsForThreshold) {
  const LshParams p = ChooseBandsRows(128, 0.8);
  EXPECT_LE(p.bands * p.rows, 128);
  // The S-curve's steep part sits near the threshold.
  EXPECT_GT(CollisionProbability(0.9, p), 0.99);
  EXPECT_GT(CollisionProbability(0.8, p), 0.8);
  EXPECT_LT(CollisionProbability(0.5, p), 0.05);
  const LshParams low = ChooseBandsRows(128, 0.5);
  EXPECT_GT(low.bands, p.bands);  // A lower threshold needs more, shorter bands.
}

// Recall of the banding on synthetic pairs of known Jaccard matches the S-curve, with 16-
// and 8-bit values (chance matches of 8-bit rows add (1 - J) / 256 per row: invisible here).
void CheckRecallMatchesSCurve(int bits) {
  constexpr int kPerms = 128;
  const LshParams params = ChooseBandsRows(kPerms, 0.8);
  const MinHasher hasher(false, kPerms, 99, bits);
  std::mt19937_64 rng(3);
  std::vector<uint32_t> scratch;
  for (double target : {0.6, 0.8, 0.9}) {
    constexpr int kTrials = 400;
    int found = 0;
    const int n = 100;
    // |A ∩ B| = s, |A ∪ B| = 2n - s, J = s / (2n - s)  ->  s = 2nJ / (1 + J).
    const int shared = static_cast<int>(std::lround(2.0 * n * target / (1.0 + target)));
    const double exact = static_cast<double>(shared) / (2 * n - shared);
    const size_t bytes = hasher.signature_bytes();
    std::vector<uint8_t> sigs(2 * bytes);
    for (int t = 0; t < kTrials; ++t) {
      std::vector<uint32_t> a, b;
      for (int i = 0; i < shared; ++i) {
        const uint32_t x = static_cast<uint32_t>(rng());
        a.push_back(x);
        b.push_back(x);
      }
      for (int i = shared; i < n; ++i) a.push_back(static_cast<uint32_t>(rng()));
      for (int i = shared; i < n; ++i) b.push_back(static_cast<uint32_t>(rng()));
      hasher.SketchStored(a, &scratch, sigs.data());
      hasher.SketchStored(b, &scratch, sigs.data() + bytes);
      const std::vector<uint32_t> items = {0, 1};
      const SignatureView view{sigs, {}, kPerms, bits};
      found += !CandidatePairs(view, params, items, CandidateOptions()).empty();
    }
    const double expected = CollisionProbability(exact, params);
    const double sd = std::sqrt(expected * (1 - expected) / kTrials);
    EXPECT_NEAR(static_cast<double>(found) / kTrials, expected, 4 * sd + 0.02)
        << target << " " << bits << " bits";
  }
}

TEST(LshTest, RecallMatchesSCurveOnSyntheticPairs) {
  CheckRecallMatchesSCurve(16);
  CheckRecallMatchesSCurve(8);
}

TEST(LshTest, GiantBucketIsNotExpandedQuadratically) {
  constexpr int kPerms = 16;
  constexpr uint32_t kItems = 20000;
  // Every item has the same signature: one bucket of 20000 in every band.
  std::vector<uint8_t> sigs(kPerms * kItems, 7);  // 8-bit values.
  std::vector<uint32_t> items(kItems);
  for (uint32_t i = 0; i < kItems; ++i) items[i] = i;
  CandidateOptions options;
  options.max_bucket = 64;
  options.window = 4;
  const auto pairs = CandidatePairs({sigs, {}, kPerms, 8}, {4, 4}, items, options);
  // At most window pairs per member instead of 2e8 pairs.
  EXPECT_LE(pairs.size(), static_cast<size_t>(kItems) * 4);
  EXPECT_GE(pairs.size(), static_cast<size_t>(kItems) - 1);  // Still connected in a chain.
}

TEST(LshTest, SmallBucketsGiveAllPairsOnce) {
  constexpr int kPerms = 8;
  std::vector<uint8_t> sigs(kPerms * 4, 1);                         // 8-bit values.
  for (int i = 0; i < kPerms; ++i) sigs[3 * kPerms + i] = 100 + i;  // Item 3 differs.
  const auto pairs = CandidatePairs({sigs, {}, kPerms, 8}, {2, 4},
                                    std::vector<uint32_t>{0, 1, 2, 3}, CandidateOptions());
  EXPECT_EQ(pairs, (std::vector<uint64_t>{(0ull << 32) | 1, (0ull << 32) | 2, (1ull << 32) | 2}));
}

TEST(LshTest, BandKeysHoldTheRowValuesExactlyWhenTheyFit) {
  const uint8_t sig8[8] = {1, 2, 3, 4, 5, 6, 7, 8};
  EXPECT_EQ(BandKey(sig8, 8, {2, 4}, 1), 0x05060708ull << 32 | 1);  // Band 1 in the low bits.
  const uint16_t values[4] = {0x1111, 0x2222, 0x3333, 0x4444};
  uint8_t sig16[8];
  std::memcpy(sig16, values, sizeof(values));
  EXPECT_EQ(BandKey(sig16, 16, {1, 4}, 0), 0x1111222233334444ull);  // 64 bits: no band.
  EXPECT_EQ(BandKey(sig16, 16, {2, 2}, 1), 0x33334444ull << 32 | 1);
}

// A bucket whose pairs the filter refuses keeps none of them and counts them.
TEST(LshTest, FilterDropsPairsAndCountsThem) {
  std::vector<uint8_t> sigs(8 * 4, 9);
  int64_t dropped = 0;
  const auto pairs = CandidatePairs(
      {sigs, {}, 8, 8}, {2, 4}, std::vector<uint32_t>{0, 1, 2, 3}, CandidateOptions(),
      [](uint32_t a, uint32_t) { return a == 0; }, &dropped);
  EXPECT_EQ(pairs, (std::vector<uint64_t>{1, 2, 3}));  // (0, 1), (0, 2), (0, 3).
  EXPECT_EQ(dropped, 3);                               // (1, 2), (1, 3), (2, 3).
}

}  // namespace
}  // namespace claimdup
