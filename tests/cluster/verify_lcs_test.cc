// LongestCommonSubsequence (bit-parallel) against the textbook dynamic program.
#include <algorithm>
#include <random>
#include <vector>

#include "cluster/verify.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

size_t ReferenceLcs(const std::vector<WordToken>& a, const std::vector<WordToken>& b) {
  std::vector<std::vector<size_t>> t(a.size() + 1, std::vector<size_t>(b.size() + 1, 0));
  for (size_t i = 1; i <= a.size(); ++i) {
    for (size_t j = 1; j <= b.size(); ++j) {
      t[i][j] = a[i - 1] == b[j - 1] ? t[i - 1][j - 1] + 1 : std::max(t[i - 1][j], t[i][j - 1]);
    }
  }
  return t[a.size()][b.size()];
}

TEST(LongestCommonSubsequence, MatchesTheDynamicProgramOnRandomSequences) {
  std::mt19937 rng(7);
  // Small alphabets repeat words (many matches, long carries); sizes cross the 64-bit words.
  for (const int alphabet : {2, 5, 40, 60000}) {
    for (int trial = 0; trial < 150; ++trial) {
      std::uniform_int_distribution<size_t> len(1, kMaxLcsWords);
      std::uniform_int_distribution<int> word(1, alphabet);
      std::vector<WordToken> a(len(rng)), b(trial % 3 == 0 ? a.size() : len(rng));
      for (WordToken& w : a) w = static_cast<WordToken>(word(rng));
      for (WordToken& w : b) w = static_cast<WordToken>(word(rng));
      if (trial % 5 == 0) {  // A near copy: b is a with a few words changed.
        b = a;
        for (int k = 0; k < 3; ++k) b[rng() % b.size()] = static_cast<WordToken>(word(rng));
      }
      ASSERT_EQ(LongestCommonSubsequence(a, b), ReferenceLcs(a, b))
          << "alphabet " << alphabet << " trial " << trial << " sizes " << a.size() << " "
          << b.size();
    }
  }
}

TEST(LongestCommonSubsequence, EdgesAndLimits) {
  const std::vector<WordToken> empty, one = {5}, many(64, 5), over(kMaxLcsWords + 1, 5);
  EXPECT_EQ(LongestCommonSubsequence(empty, one), 0u);
  EXPECT_EQ(LongestCommonSubsequence(one, one), 1u);
  EXPECT_EQ(LongestCommonSubsequence(many, many), 64u);  // A full 64-bit word.
  EXPECT_EQ(LongestCommonSubsequence(one, many), 1u);
  EXPECT_EQ(LongestCommonSubsequence(over, one), 0u);  // Longer than kMaxLcsWords: not computed.
}

}  // namespace
}  // namespace claimdup
