#include "extract/sentences.h"

#include "extract/paragraphs.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

std::vector<std::string> Sentences(const std::string& text) {
  std::vector<std::string> out;
  for (const Span& p : SplitParagraphs(text)) {
    for (const Span& s : SplitSentences(text, p)) out.emplace_back(s.In(text));
  }
  return out;
}

using V = std::vector<std::string>;

TEST(SentencesTest, SplitsOnTerminalPunctuation) {
  EXPECT_EQ(Sentences("One here. Two there! Three? Four."),
            (V{"One here.", "Two there!", "Three?", "Four."}));
}

TEST(SentencesTest, AbbreviationsTitlesAndInitialsDoNotSplit) {
  EXPECT_EQ(Sentences("Mr. Lavrov met Dr. Smith on Dec. 3 in Washington. J. R. Smith left."),
            (V{"Mr. Lavrov met Dr. Smith on Dec. 3 in Washington.", "J. R. Smith left."}));
}

TEST(SentencesTest, DottedAcronyms) {
  EXPECT_EQ(Sentences("U.S. Secretary of State Hillary Clinton spoke. She left."),
            (V{"U.S. Secretary of State Hillary Clinton spoke.", "She left."}));
  // A dotted acronym ending a sentence before a common sentence start.
  EXPECT_EQ(Sentences("He moved to the U.S. The plan failed."),
            (V{"He moved to the U.S.", "The plan failed."}));
}

TEST(SentencesTest, DecimalsAndClosingQuotes) {
  EXPECT_EQ(Sentences("Growth was 3.5 percent. \"We are done.\" He left."),
            (V{"Growth was 3.5 percent.", "\"We are done.\"", "He left."}));
}

TEST(SentencesTest, LowercaseAfterPeriodDoesNotSplit) {
  EXPECT_EQ(Sentences("The talks ended at 5 p.m. on Thursday."),
            (V{"The talks ended at 5 p.m. on Thursday."}));
}

TEST(SentencesTest, ParagraphsAlwaysEndSentences) {
  EXPECT_EQ(Sentences("A headline without a period\nBody sentence."),
            (V{"A headline without a period", "Body sentence."}));
}

TEST(ParagraphsTest, MenuLikeLines) {
  EXPECT_TRUE(IsMenuLike("1. Skip to content"));
  EXPECT_TRUE(IsMenuLike("Accessibility links"));
  EXPECT_TRUE(IsMenuLike("Tensions over NATO shield plans"));
  EXPECT_TRUE(IsMenuLike(". | . |"));
  EXPECT_TRUE(IsMenuLike("pfd/mz (dpa, AFP)"));
  EXPECT_FALSE(
      IsMenuLike("Rasmussen repeated verbal assurances that Moscow need not be concerned."));
  EXPECT_FALSE(IsMenuLike("\"Security in Europe exists only with, not against Russia,\" he said."));
  EXPECT_FALSE(IsMenuLike("This is what he had to say:"));
}

TEST(ParagraphsTest, CountWords) {
  EXPECT_EQ(CountWords("It's definitely not artificial"), 4);
  EXPECT_EQ(CountWords("  -- well-known (ISAF) \u2026 "), 2);
  EXPECT_EQ(CountWords(""), 0);
}

}  // namespace
}  // namespace claimdup
