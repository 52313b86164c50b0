// VerifyTokenPairs, on a block's own copy of the words, against VerifyPair on the claim's
// sets: the same Match for every pair, on any thread count.
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

TEST(VerifyTokenPairs, GivesVerifyPairsMatchOnTheBlocksOwnWords) {
  TokenPairs block;
  block.token_begin.push_back(0);
  for (const char* quote : kQuotes) {
    const std::vector<WordToken> w = Words(quote);
    block.tokens.insert(block.tokens.end(), w.begin(), w.end());
    block.token_begin.push_back(block.tokens.size());
    block.words.push_back(static_cast<uint32_t>(w.size()));
  }
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

}  // namespace
}  // namespace claimdup
