#include "extract/word_tokens.h"

#include <random>
#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace claimdup {
namespace {

std::vector<std::string> Words(const std::string& text, const std::vector<WordSpan>& tokens) {
  std::vector<std::string> out;
  for (const WordSpan& t : tokens) out.emplace_back(t.span.In(text));
  return out;
}

TEST(TokenizeWordsTest, RealSentenceFlagsAndSpans) {
  // AllSides dev (NPR): a name, a party tag, a comma, a possessive and a period.
  const std::string text =
      "\xE2\x80\x9CWe will act,\xE2\x80\x9D Sen. Jack Reed, D-R.I., told CNN\xE2\x80\x99s "
      "reporters on Sunday.";
  const std::vector<Span> paragraphs = {{0, static_cast<uint32_t>(text.size())}};
  const std::vector<WordSpan> t = TokenizeWords(text, paragraphs, {});
  EXPECT_EQ(Words(text, t), (std::vector<std::string>{"We", "will", "act", "Sen", "Jack",
                                                      "Reed", "D-R.I", "told", "CNN",
                                                      "reporters", "on", "Sunday"}));
  EXPECT_TRUE(t[2].comma_after);
  EXPECT_FALSE(t[3].sentence_end);  // "Sen." is an abbreviation.
  EXPECT_TRUE(t[5].comma_after);
  EXPECT_TRUE(t[8].possessive);
  EXPECT_TRUE(t[11].sentence_end);
}

// Words of every length run over the 16-byte blocks the scan reads at a time: each word is
// found whole, wherever its end falls, and a control byte inside a word does not end it.
TEST(TokenizeWordsTest, WordEndsAreFoundAtEveryOffset) {
  std::mt19937 rng(5);
  for (int round = 0; round < 300; ++round) {
    std::string text;
    std::vector<std::string> expected;
    const int n = 1 + static_cast<int>(rng() % 12);
    for (int k = 0; k < n; ++k) {
      std::string word(1 + rng() % 23, 'x');
      for (char& c : word) c = static_cast<char>('a' + rng() % 26);
      if (word.size() > 2 && rng() % 4 == 0) word[1] = '\x01';
      expected.push_back(word);
      if (k > 0) text += (rng() % 3 == 0) ? "\t" : (rng() % 2 == 0) ? ", " : " ";
      text += word;
    }
    const std::vector<Span> paragraphs = {{0, static_cast<uint32_t>(text.size())}};
    EXPECT_EQ(Words(text, TokenizeWords(text, paragraphs, {})), expected) << text;
  }
}

}  // namespace
}  // namespace claimdup
