// ShingleTable against sets built one at a time with ShinglesOfTokens.
#include "cluster/shingle_table.h"

#include <random>
#include <vector>

#include "gtest/gtest.h"
#include "text/shingle.h"

namespace claimdup {
namespace {

TEST(ShingleTable, HoldsEachWantedItemsSetAndNoOther) {
  std::mt19937 rng(11);
  // Lengths 0..40 words over a small vocabulary, so sets repeat shingles and shrink.
  std::vector<std::vector<WordToken>> words(300);
  for (auto& w : words) {
    w.resize(rng() % 41);
    for (WordToken& t : w) t = static_cast<WordToken>(rng() % 12);
  }
  std::vector<uint8_t> wanted(words.size());
  for (uint8_t& x : wanted) x = rng() % 3 != 0;
  auto tokens = [&](uint32_t id) { return absl::MakeConstSpan(words[id]); };
  for (const int threads : {1, 2, 3}) {
    const ShingleTable table(wanted, tokens, 3, 42, threads);
    std::vector<uint32_t> expected;
    for (uint32_t id = 0; id < words.size(); ++id) {
      ASSERT_EQ(table.has(id), wanted[id] != 0) << id;
      if (!wanted[id]) {
        EXPECT_TRUE(table.set(id).empty());
        continue;
      }
      ShinglesOfTokens(words[id], 3, 42, &expected);
      EXPECT_EQ(std::vector<uint32_t>(table.set(id).begin(), table.set(id).end()), expected)
          << "item " << id << ", " << threads << " threads";
    }
    EXPECT_FALSE(table.has(static_cast<uint32_t>(words.size())));
  }
}

}  // namespace
}  // namespace claimdup
