// The Hill's related-link boxes are blanked before extraction: quotes and speakers read as
// the article was written. Snippets are real news from ../shared/real/allsides_dev.jsonl.zst
// (ids in the comments).
#include "extract/link_boxes.h"

#include <string>

#include "extract/claim_extractor.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

std::string Blanked(std::string text, int* boxes = nullptr) {
  const size_t size = text.size();
  const int n = BlankLinkBoxes(&text);
  EXPECT_EQ(text.size(), size);  // Offsets stay valid.
  if (boxes != nullptr) *boxes = n;
  return CollapseSpaces(text);
}

TEST(LinkBoxesTest, FullNameGluedToHeadlines) {
  // 0J0SahCvBC5Kvd94
  int boxes = 0;
  EXPECT_EQ(Blanked("President Trump Donald John TrumpTrump faces high stakes in meeting with "
                    "Erdoğan amid impeachment drama Democrats worry they don't have right "
                    "candidate to beat Trump Trump threatening to fire Mulvaney: report MORE on "
                    "Sunday said that it was \"certainly possible\"",
                    &boxes),
            "President Trump on Sunday said that it was \"certainly possible\"");
  EXPECT_EQ(boxes, 1);
}

TEST(LinkBoxesTest, FullNameWithNicknameAndParty) {
  // 0RIB95UWMIy95wr9
  EXPECT_EQ(Blanked("“It’s another blow to the trans-Atlantic alliance,” said Sen. Bob Menendez "
                    "Robert (Bob) MenendezGraham blocks resolution recognizing Armenian genocide "
                    "after Erdoğan meeting Trump encounters GOP resistance to investigating "
                    "Hunter Biden Fairness, tradition, and the Constitution demand the "
                    "'whistleblower' step forward MORE (D-N.J.), ranking member"),
            "“It’s another blow to the trans-Atlantic alliance,” said Sen. Bob Menendez "
            "(D-N.J.), ranking member");
}

TEST(LinkBoxesTest, FullNameFollowedByASpace) {
  // 0LxoZ8TyFo53yEtD: no glue between the full name and the first headline.
  EXPECT_EQ(Blanked("to McConnell and Speaker Paul Ryan Paul Davis Ryan Retirees should say 'no "
                    "thanks' to Romney's Social Security plan California Governor Newsom and "
                    "family dress as 2020 Democrats for Halloween DC's liaison to rock 'n' roll "
                    "MORE (R-Wis.), and they’re not getting the job done."),
            "to McConnell and Speaker Paul Ryan (R-Wis.), and they’re not getting the job done.");
}

TEST(LinkBoxesTest, BoxWithoutHeadlinesAndPossessive) {
  // 3JVWxj2byhpVg1uM: MORE glued to the name.
  EXPECT_EQ(Blanked("Trump campaign manager Brad Parscale Bradley (Brad) James ParscaleMORE said "
                    "that the sign-ups"),
            "Trump campaign manager Brad Parscale said that the sign-ups");
  // 1GnbhScbUBR1s5EK: a possessive after the box.
  EXPECT_EQ(Blanked("President Obama Barack Hussein ObamaObama clip joking that GOP will want a "
                    "moat, alligators resurfaces after Trump report READ: Transcript of Pete "
                    "Buttigieg's exclusive interview with The Hill MORE’s vice president."),
            "President Obama’s vice president.");
}

TEST(LinkBoxesTest, CapitalMoreInProseIsNoBox) {
  // FEoKbOtRguYDWHfr, WiH212egtj2PyHJ2: Trump's capitals; a camel-case name is no repeat.
  for (const std::string text :
       {"“NATO countries must pay MORE, the United States must pay LESS. Very Unfair!”",
        "making Amazon richer and the Post Office dumber and poorer? Should be charging MUCH MORE!",
        "Senate Majority Leader Mitch McConnell said they want MORE time",
        "MOREOVER, Mitch McConnell said so",
        // ABC News, a headline in capitals.
        "AN AMERICAN IDOL RUNNER AIMS TO BE A RUNNER UP NO MORE",
        // National Review: one word per paragraph.
        "Advertisement\n\nAdvertisement\n\nREAD MORE"}) {
    int boxes = -1;
    EXPECT_EQ(Blanked(text, &boxes), text);
    EXPECT_EQ(boxes, 0) << text;
  }
  EXPECT_FALSE(MayHaveLinkBoxes("No capital more here."));
}

TEST(LinkBoxesTest, ExtractionReadsTheQuoteAndSpeakerWithoutTheBox) {
  // 0RIB95UWMIy95wr9: before, the speaker read as a fragment of the box.
  const std::string text =
      "“It’s another blow to the trans-Atlantic alliance,” said Sen. Bob Menendez Robert (Bob) "
      "MenendezGraham blocks resolution recognizing Armenian genocide after Erdoğan meeting "
      "Trump encounters GOP resistance to investigating Hunter Biden Fairness, tradition, and "
      "the Constitution demand the 'whistleblower' step forward MORE (D-N.J.), ranking member "
      "of the Senate Foreign Relations Committee.";
  ExtractCounts counts;
  const std::vector<ExtractedClaim> claims = ExtractClaims(text, ExtractOptions{}, &counts);
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].text, "It’s another blow to the trans-Atlantic alliance");
  EXPECT_EQ(claims[0].speaker, "Bob Menendez");
  EXPECT_EQ(counts.link_boxes, 1);
}

TEST(LinkBoxesTest, CommaAfterTheBoxStaysWithTheName) {
  // 7k9M4Sk3jJhgrFPJ (The Hill, 2020-07-01): the appositive after the box was read as no
  // appositive ("Fauci , director"), so the quote had no speaker.
  const std::string text =
      "\"We are now having 40-plus thousand new cases a day. I would not be surprised if we go "
      "up to 100,000 a day if this does not turn around. And so I am very concerned,\" Anthony "
      "Fauci Anthony FauciOvernight Healthcare: Fauci predicts 100,000 virus cases a day if US "
      "can't control outbreaks | Trump officials seek to reassure about safety of potential "
      "COVID-19 vaccine MORE, director of the National Institute for Allergy and Infectious "
      "Diseases, told a Senate panel on Tuesday.";
  EXPECT_EQ(Blanked(text.substr(text.find("Anthony"))),
            "Anthony Fauci, director of the National Institute for Allergy and Infectious "
            "Diseases, told a Senate panel on Tuesday.");
  ExtractCounts counts;
  const std::vector<ExtractedClaim> claims = ExtractClaims(text, ExtractOptions{}, &counts);
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].speaker, "Anthony Fauci");
  // 34Sh2j4d51LveB3N (The Hill): "Bloomberg, who", not "Bloomberg , who".
  EXPECT_EQ(Blanked("New York City Mayor Michael Bloomberg Michael Rubens BloombergSanders "
                    "defends Castro comments in wake of backlash from some Democrats Klobuchar "
                    "releases medical report that says she's in 'very good health' Buttigieg "
                    "proposes undoing SALT deduction cap MORE, who has been ascending in recent "
                    "polls, has"),
            "New York City Mayor Michael Bloomberg, who has been ascending in recent polls, has");
  // slRa3gnoONOnH8qh (The Hill): a period before a closing quote mark stays where it is, or
  // the quote mark after the blanked box would read as an opening one and the quote be lost.
  const std::string starr =
      "\"We had that with Richard Nixon. We did not have it with Bill Clinton William (Bill) "
      "Jefferson ClintonGOP senators balk at lengthy impeachment trial Keep your eye on "
      "essential facts MORE.\" He said so.";
  EXPECT_EQ(Blanked(starr),
            "\"We had that with Richard Nixon. We did not have it with Bill Clinton .\" He said so.");
  EXPECT_EQ(ExtractClaims(starr, ExtractOptions{}, &counts).size(), 1u);
}

}  // namespace
}  // namespace claimdup
