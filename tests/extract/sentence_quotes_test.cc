// Quote marks at the edges of sentence claims, on sentences from real articles
// (../shared/real/allsides_dev.jsonl.zst and event_days.jsonl.zst).
#include "extract/sentence_quotes.h"

#include <string>

#include "gtest/gtest.h"

namespace claimdup {
namespace {

std::string Trimmed(const std::string& s) {
  return std::string(TrimUnbalancedQuotes(s, {0, static_cast<uint32_t>(s.size())}).In(s));
}

TEST(SentenceQuotesTest, DropsOpeningMarkOfAQuotationsFirstSentence) {
  EXPECT_EQ(Trimmed("“It’s not going to happen."), "It’s not going to happen.");
  EXPECT_EQ(Trimmed("\"The new evidence reveals that Dr."), "The new evidence reveals that Dr.");
  EXPECT_EQ(Trimmed("‘‘President Obama thought that Crooked Hillary was going to win."),
            "President Obama thought that Crooked Hillary was going to win.");
}

TEST(SentenceQuotesTest, DropsClosingMarkOfAQuotationsLastSentence) {
  EXPECT_EQ(Trimmed("No one is above the law.”"), "No one is above the law.");
  EXPECT_EQ(Trimmed("I hope you can let this go.’’"), "I hope you can let this go.");
}

TEST(SentenceQuotesTest, KeepsBalancedMarksApostrophesAndInnerMarks) {
  for (const std::string s :
       {"“I really think the world wants to see us get along.”",
        "'Biden went about bragging that he stopped the prosecution,' the president said.",
        "Bush said it was “the right thing” to do.",
        "There’s no question about that,” Dunham says.",  // Inner mark: not at an edge.
        "It was a win for the students’", "The Clintons’ foundation said it was ‘reviewing’ it."}) {
    EXPECT_EQ(Trimmed(s), s);
  }
}

TEST(SentenceQuotesTest, BalancesAQuotationTheSentenceEndsOrOpens) {
  // Top cross-outlet sentences of event_days and the AllSides dev half: the quotation began
  // in the sentence before, or goes on in the next one.
  EXPECT_EQ(BalanceQuoteMarks("But I will absolutely, firmly ask the question,” Trump said."),
            "“But I will absolutely, firmly ask the question,” Trump said.");
  EXPECT_EQ(BalanceQuoteMarks("There won't be a Perry Mason here , I don't think,\" Trump said "
                              "Friday."),
            "\"There won't be a Perry Mason here , I don't think,\" Trump said Friday.");
  EXPECT_EQ(BalanceQuoteMarks("It means that they are competitive,' Trump said."),
            "'It means that they are competitive,' Trump said.");
  EXPECT_EQ(BalanceQuoteMarks("I said, ‘what kind of a man is this?’” he said."),
            "“I said, ‘what kind of a man is this?’” he said.");
  EXPECT_EQ(BalanceQuoteMarks("This prompted Mr. Trump to say, “I see the disinfectant where it "
                              "knocks it out in a minute."),
            "This prompted Mr. Trump to say, “I see the disinfectant where it knocks it out in "
            "a minute.”");
  EXPECT_EQ(BalanceQuoteMarks("Just found out that Obama had my “wires tapped” in Trump Tower "
                              "just before the victory,” Mr. Trump tweeted at 6:35 a.m. “Nothing "
                              "found."),
            "“Just found out that Obama had my “wires tapped” in Trump Tower just before the "
            "victory,” Mr. Trump tweeted at 6:35 a.m. “Nothing found.”");
}

TEST(SentenceQuotesTest, BalancingLeavesApostrophesAndBalancedSentences) {
  for (const std::string s :
       {"“I really think the world wants to see us get along.”",
        "'Biden went about bragging that he stopped the prosecution,' the president said.",
        "Bush said it was “the right thing” to do.", "It was a win for the students’ union.",
        "The Clintons’ foundation said it was ‘reviewing’ it.",
        "Democrats' leaders met in the ’90s and O'Brien's aides said so.",
        "He said \"no\" and left.",
        "“Wouldn’t I be foolish to tell you right here, on ’60 Minutes.’”",
        "“He said \"no\" to it.”",
        "Frazier said: “With the lack of resources we have medically, this is our best tool,\" "
        "he told CNN."}) {
    EXPECT_EQ(BalanceQuoteMarks(s), s);
  }
}

TEST(SentenceQuotesTest, WholeQuotationOpensAndClosesWithOneQuote) {
  EXPECT_TRUE(IsWholeQuotation("“I really think the world wants to see us get along.”"));
  EXPECT_TRUE(IsWholeQuotation("\"He is the President of the United States.\""));
  EXPECT_TRUE(IsWholeQuotation("‘It’s great to be with you!’"));
  EXPECT_FALSE(
      IsWholeQuotation("“I think we will end up having an extraordinary relationship,” "
                       "he told Mr. Putin."));
  EXPECT_FALSE(IsWholeQuotation("“We will win,” he said, “and soon.”"));
  EXPECT_FALSE(IsWholeQuotation("Bush said it was “the right thing” to do."));
  EXPECT_FALSE(IsWholeQuotation("“"));
}

}  // namespace
}  // namespace claimdup
