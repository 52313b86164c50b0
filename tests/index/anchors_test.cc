#include "index/anchors.h"

#include <cstdint>
#include <vector>

#include "gtest/gtest.h"

namespace claimdup {
namespace {

std::vector<WordToken> Words(int first, int count) {
  std::vector<WordToken> w;
  for (int i = 0; i < count; ++i) w.push_back(static_cast<WordToken>(first + i));
  return w;
}

uint64_t Pair(uint32_t a, uint32_t b) { return (uint64_t{a} << 32) | b; }

TEST(AnchorsTest, QueryGramsAreWinnowedAndNeverEmpty) {
  AnchorOptions o;
  EXPECT_TRUE(QueryGrams(Words(0, 3), o).empty());  // Shorter than a gram.
  EXPECT_EQ(QueryGrams(Words(0, 4), o).size(), 1u);
  EXPECT_EQ(QueryGrams(Words(0, 6), o).size(), 1u);  // 3 grams < window: their minimum.
  const auto q = QueryGrams(Words(100, 60), o);
  // Winnowing keeps about 2 / (window + 1) of the 57 grams, at least one per window.
  EXPECT_GE(q.size(), 57u / o.window);
  EXPECT_LE(q.size(), 57u);
  for (size_t k = 1; k < q.size(); ++k) {
    EXPECT_LT(q[k - 1], q[k]);
    EXPECT_LE(q[k] - q[k - 1], static_cast<uint32_t>(o.window));
  }
}

TEST(AnchorsTest, AShortExcerptFindsTheLongQuoteHoldingIt) {
  // 12 words out of a 60-word statement, and an unrelated quote.
  std::vector<std::vector<WordToken>> items = {Words(1000, 60), Words(1030, 12), Words(5000, 20)};
  const std::vector<uint32_t> ids = {0, 1, 2};
  const auto pairs = AnchorPairs(
      ids, [&](uint32_t i) { return absl::MakeConstSpan(items[i]); }, AnchorOptions());
  EXPECT_EQ(pairs, (std::vector<uint64_t>{Pair(0, 1)}));
}

TEST(AnchorsTest, EveryExcerptLengthIsFound) {
  for (int len = 4; len <= 40; ++len) {
    for (int at = 0; at + len <= 50; at += 7) {
      std::vector<std::vector<WordToken>> items = {Words(1, 50), Words(1 + at, len)};
      const std::vector<uint32_t> ids = {0, 1};
      const auto pairs = AnchorPairs(
          ids, [&](uint32_t i) { return absl::MakeConstSpan(items[i]); }, AnchorOptions());
      EXPECT_EQ(pairs, (std::vector<uint64_t>{Pair(0, 1)})) << len << " words at " << at;
    }
  }
}

TEST(AnchorsTest, AStockPhraseInManyQuotesStaysLinear) {
  // 20,000 quotes sharing one 6-word phrase, each otherwise its own: the phrase's grams
  // are posted by more than max_df items and propose nothing; each quote's own grams
  // propose nothing either. No pair, and no quadratic work.
  std::vector<std::vector<WordToken>> items;
  std::vector<uint32_t> ids;
  for (int i = 0; i < 20000; ++i) {
    std::vector<WordToken> w = Words(7, 6);  // The phrase.
    const std::vector<WordToken> own = Words(10 + 3 * i, 3);
    w.insert(w.begin(), own.begin(), own.end());
    items.push_back(w);
    ids.push_back(i);
  }
  AnchorOptions o;
  const auto pairs = AnchorPairs(ids, [&](uint32_t i) { return absl::MakeConstSpan(items[i]); }, o);
  EXPECT_TRUE(pairs.empty());
  // Under the cap, each query meets at most max_holders items.
  o.max_df = 1 << 30;
  const auto capped =
      AnchorPairs(ids, [&](uint32_t i) { return absl::MakeConstSpan(items[i]); }, o);
  EXPECT_LE(capped.size(), ids.size() * o.max_holders * 6);
}

TEST(AnchorsTest, RefusedProposalsAreCounted) {
  std::vector<std::vector<WordToken>> items = {Words(1, 30), Words(5, 10)};
  const std::vector<uint32_t> ids = {0, 1};
  int64_t refused = 0;
  auto pairs = AnchorPairs(ids, [&](uint32_t i) { return absl::MakeConstSpan(items[i]); },
                           AnchorOptions(), &refused);
  FilterContainerPairs(
      &pairs, [&](uint32_t i) { return static_cast<uint32_t>(items[i].size()); },
      [](uint32_t, uint32_t) { return false; }, 1, &refused);
  EXPECT_TRUE(pairs.empty());
  EXPECT_GT(refused, 0);
}

}  // namespace
}  // namespace claimdup
