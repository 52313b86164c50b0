// VerifyTokenPairs and DescribeTokenPairs, on a block's own copy of the words, against
// VerifyPair and RootRuns on the claims' sets: the same results, on any thread count.
#include "cluster/token_pairs.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "text/normalize.h"
#include "text/shingle.h"

namespace claimdup {
namespace {

std::vector<WordToken> Words(const std::string& text) {
  std::string normalized;
  NormalizeForMatching(text, NormalizeOptions{}, &normalized);
  std::vector<WordToken> tokens;
  WordTokens(normalized, &tokens);
  return tokens;
}

// Quotes of the bundled corpus (dw-2012-04-19-concerns-about-nato-plans.txt and
// rferl-2009-12-04-nato-russia-paper-over-differences.txt), a copy with one word replaced
// and an excerpt.
const char* const kQuotes[] = {
    "As long as Afghanistan is not able to ensure by itself the security in the country, the "
    "artificial timelines of withdrawal are not correct and they should not be set this way,",
    "As long as Afghanistan is not able to ensure by itself the security in the country, the "
    "artificial deadlines of withdrawal are not correct and they should not be set this way,",
    "the artificial timelines of withdrawal are not correct and they should not be set this way",
    "Even if the cooperation on missile defense is stagnating, the cooperation in many "
    "practical questions is going very well, for example with the fight against terrorism in "
    "Afghanistan,",
};

// A block holding kQuotes' words as its items, with no pairs yet.
TokenPairs BlockOfQuotes() {
  TokenPairs block;
  block.token_begin.push_back(0);
  for (const char* quote : kQuotes) {
    const std::vector<WordToken> w = Words(quote);
    block.tokens.insert(block.tokens.end(), w.begin(), w.end());
    block.token_begin.push_back(block.tokens.size());
    block.words.push_back(static_cast<uint32_t>(w.size()));
  }
  return block;
}

TEST(VerifyTokenPairs, GivesVerifyPairsMatchOnTheBlocksOwnWords) {
  TokenPairs block = BlockOfQuotes();
  // Every ordered pair of distinct items, in both orders.
  for (uint64_t a = 0; a < block.num_items(); ++a) {
    for (uint64_t b = 0; b < block.num_items(); ++b) {
      if (a != b) block.pairs.push_back(a << 32 | b);
    }
  }
  const VerifyParams params;
  std::vector<Match> expected;
  std::vector<uint32_t> set_a, set_b;
  for (const uint64_t p : block.pairs) {
    const uint32_t a = static_cast<uint32_t>(p >> 32), b = static_cast<uint32_t>(p);
    ShinglesOfTokens(block.token_seq(a), 3, 7, &set_a);
    ShinglesOfTokens(block.token_seq(b), 3, 7, &set_b);
    expected.push_back(VerifyPair(set_a, set_b, block.token_seq(a), block.token_seq(b),
                                  block.words[a], block.words[b], params));
  }
  // The rule's own outcomes on this text: one replaced word is the same quote, the second
  // half an excerpt, the other quote nothing.
  EXPECT_EQ(expected[0], Match::kJaccard);      // (0, 1)
  EXPECT_EQ(expected[1], Match::kContainment);  // (0, 2)
  EXPECT_EQ(expected[2], Match::kNone);         // (0, 3)
  for (const int threads : {1, 2, 5}) {
    EXPECT_EQ(VerifyTokenPairs(block, 3, 7, params, threads), expected) << threads << " threads";
  }
}

TEST(DescribeTokenPairs, GivesEachMemberItsCoverOfTheRoot) {
  TokenPairs block = BlockOfQuotes();
  // Root 0 with its variant (1) and its excerpt (2), then root 3 with 0 as an excerpt.
  block.pairs = {uint64_t{1} << 32 | 0, uint64_t{2} << 32 | 0, uint64_t{0} << 32 | 3};
  block.variant = {1, 0, 0};
  std::vector<uint32_t> root_set, member_set;
  std::vector<RootCover> expected;
  for (size_t i = 0; i < block.pairs.size(); ++i) {
    const uint32_t m = static_cast<uint32_t>(block.pairs[i] >> 32);
    const uint32_t r = static_cast<uint32_t>(block.pairs[i]);
    ShinglesOfTokens(block.token_seq(r), 3, 7, &root_set);
    ShinglesOfTokens(block.token_seq(m), 3, 7, &member_set);
    RootRuns runs;
    runs.Reset(block.token_seq(r), root_set);
    expected.push_back(runs.Describe(block.token_seq(m), member_set, block.variant[i] != 0));
  }
  const uint32_t root_words = block.words[0];
  // The variant covers the whole root; the excerpt its last words, from "the artificial
  // timelines" (word 16) to the end, all its shingles in the root; the other quote shares no
  // 4-word run: not located.
  EXPECT_EQ(expected[0].root_begin, 0u);
  EXPECT_EQ(expected[0].root_end, root_words);
  EXPECT_GT(expected[0].similarity, 0.8f);
  EXPECT_EQ(expected[1].root_begin, 16u);
  EXPECT_EQ(expected[1].root_end, root_words);
  EXPECT_EQ(expected[1].similarity, 1.0f);
  EXPECT_EQ(expected[2].root_end, 0u);
  for (const int threads : {1, 2, 3}) {
    const std::vector<RootCover> got = DescribeTokenPairs(block, 3, 7, threads);
    ASSERT_EQ(got.size(), expected.size());
    for (size_t i = 0; i < got.size(); ++i) {
      EXPECT_EQ(got[i].similarity, expected[i].similarity) << i;
      EXPECT_EQ(got[i].root_begin, expected[i].root_begin) << i;
      EXPECT_EQ(got[i].root_end, expected[i].root_end) << i;
    }
  }
}

}  // namespace
}  // namespace claimdup
