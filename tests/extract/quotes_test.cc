#include "extract/quotes.h"

#include "extract/paragraphs.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

std::vector<std::string> QuoteTexts(const std::string& text, QuoteScanCounts* counts = nullptr,
                                    QuoteOptions options = QuoteOptions()) {
  QuoteScanCounts local;
  const auto paragraphs = SplitParagraphs(text);
  std::vector<std::string> out;
  for (const QuoteSpan& q : FindQuotes(text, paragraphs, options, counts ? counts : &local)) {
    out.push_back(QuoteText(text, q));
  }
  return out;
}

using V = std::vector<std::string>;

TEST(QuotesTest, StraightDoubleQuotes) {
  EXPECT_EQ(QuoteTexts(R"("We need clear guarantees," Lavrov said.)"),
            V{"We need clear guarantees"});
}

TEST(QuotesTest, CurlyDoubleQuotes) {
  EXPECT_EQ(QuoteTexts("He said “we are ready” today."), V{"we are ready"});
}

TEST(QuotesTest, MismatchedStraightOpenCurlyClose) {
  // From the RFE/RL 2009 article.
  EXPECT_EQ(QuoteTexts("\"We have agreed to launch a joint review,\u201D Rasmussen said. "
                       "\u201CThe aim is to agree.\""),
            (V{"We have agreed to launch a joint review", "The aim is to agree."}));
}

TEST(QuotesTest, MismatchedCurlyOpenStraightClose) {
  EXPECT_EQ(QuoteTexts("NATO \u201Cministers made it clear they are open to discuss it.\""),
            V{"ministers made it clear they are open to discuss it."});
}

TEST(QuotesTest, SingleCurlyQuotesAreToldApartFromApostrophes) {
  EXPECT_EQ(QuoteTexts("\u2018No arms cuts without progress\u2019 \u2013 Lavrov said Russia\u2019s "
                       "stance hasn\u2019t changed since the \u201990s."),
            V{"No arms cuts without progress"});
  EXPECT_TRUE(QuoteTexts("Russia\u2019s foreign minister didn\u2019t agree with the "
                         "ministers\u2019 meeting.")
                  .empty());
}

TEST(QuotesTest, StraightApostrophesAreNotQuotes) {
  EXPECT_TRUE(QuoteTexts("It's Russia's view that the ministers' talks won't help.").empty());
}

TEST(QuotesTest, NestedSingleQuotesStayInsideTheOuterQuote) {
  EXPECT_EQ(QuoteTexts("\"They called it a 'fresh start' for us,\" he said."),
            V{"They called it a 'fresh start' for us"});
}

TEST(QuotesTest, GuillemetsAndGermanMarks) {
  EXPECT_EQ(QuoteTexts("Lavrov a dit: «Nous sommes pr\u00EAts.»"), V{"Nous sommes pr\u00EAts."});
  EXPECT_EQ(QuoteTexts("Lawrow sagte: \u201EWir sind bereit\u201C, und ging."),
            V{"Wir sind bereit"});
  EXPECT_EQ(QuoteTexts("Er sagte: \u00AB Wir sind bereit \u00BB."), V{"Wir sind bereit"});
}

TEST(QuotesTest, QuoteRunningOverParagraphsIsOneQuote) {
  const std::string text =
      "Lavrov said:\n\n\"The first paragraph of the statement ends here.\n\n"
      "\"The second paragraph continues it and closes.\"\n\nThen the story goes on.";
  QuoteScanCounts counts;
  const auto paragraphs = SplitParagraphs(text);
  const auto quotes = FindQuotes(text, paragraphs, QuoteOptions(), &counts);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(QuoteText(text, quotes[0]),
            "The first paragraph of the statement ends here. The second paragraph continues it "
            "and closes.");
  EXPECT_EQ(quotes[0].pieces.size(), 2u);
  EXPECT_EQ(quotes[0].first_paragraph, 1u);
  EXPECT_EQ(quotes[0].last_paragraph, 2u);
}

TEST(QuotesTest, UnbalancedMarkDoesNotSwallowTheArticle) {
  QuoteScanCounts counts;
  const auto quotes = QuoteTexts(
      "He said \"this never closes.\n\nNext paragraph has a \"real quote\" in it.\n\n"
      "And another \"closed one here\".",
      &counts);
  EXPECT_EQ(quotes, (V{"real quote", "closed one here"}));
  EXPECT_EQ(counts.unbalanced, 1);
}

TEST(QuotesTest, QuoteCrossingTooManyParagraphsIsRejected) {
  std::string text = "Intro:";
  for (int i = 0; i < 8; ++i) text += "\n\"Paragraph " + std::to_string(i) + " of a speech.";
  text += "\"\n";
  QuoteScanCounts counts;
  QuoteOptions options;
  options.max_paragraphs = 5;
  EXPECT_TRUE(QuoteTexts(text, &counts, options).empty());
  EXPECT_EQ(counts.unbalanced, 1);
}

TEST(QuotesTest, OverlongQuoteIsRejectedAndCounted) {
  std::string body;
  for (int i = 0; i < 50; ++i) body += "word ";
  QuoteScanCounts counts;
  QuoteOptions options;
  options.max_words = 20;
  EXPECT_TRUE(QuoteTexts("\"" + body + "\" he said.", &counts, options).empty());
  EXPECT_EQ(counts.overlong, 1);
}

TEST(QuotesTest, TrailingCommaAndSpacesAreNotPartOfTheQuote) {
  const std::string text = "\"Security in Europe exists only with Russia ,  \" he said.";
  QuoteScanCounts counts;
  const auto paragraphs = SplitParagraphs(text);
  const auto quotes = FindQuotes(text, paragraphs, QuoteOptions(), &counts);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].content.In(text), "Security in Europe exists only with Russia");
  EXPECT_EQ(quotes[0].marks.begin, 0u);
}

}  // namespace
}  // namespace claimdup
