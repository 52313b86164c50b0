// Speaker attribution rules of the twenty-first round (i), on real news (../shared/real/: the
// dump and article id are in each comment): missed speakers of mainstream news. Scraped text
// that set a comma apart from a linked name (`said Benjamin Todd Jealous , the president of
// the N.A.A.C.P.`) reads as the clean text would; a manner adjective between "said a" and a
// named person (`said an emotional House Speaker John Boehner`) hides no one
// (docs/speaker_rounds.md, twenty-first round (i)).
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

// AllSides dev JHhBpUPGaAUHmRKq (New York Times): the comma after the name, split quote.
TEST(SpeakerRulesRound21i, CommaSetApartAfterTailName) {
  const std::vector<std::string> speakers = Speakers(
      "The worm was declared ready to test against the real target: Iran\xE2\x80\x99s "
      "underground enrichment plant.\n\n\xE2\x80\x9CPrevious cyberattacks had effects limited "
      "to other computers,\xE2\x80\x9D Michael V. Hayden , the former chief of the C.I.A., "
      "said, declining to describe what he knew of these attacks when he was in office. "
      "\xE2\x80\x9CThis is the first attack of a major nature in which a cyberattack was used "
      "to effect physical destruction,\xE2\x80\x9D rather than just slow another computer, or "
      "hack into it to steal data.");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[0], "Michael V Hayden");
  EXPECT_EQ(speakers[1], "Michael V Hayden");
}

// AllSides dev 3KlKBmcLgB1ivNA6 (New York Times): `said NAME , the president of …`.
TEST(SpeakerRulesRound21i, CommaSetApartAfterSaidName) {
  const std::vector<std::string> speakers = Speakers(
      "Other black leaders said Mr. Romney would need more than an economic message to "
      "improve on Senator John McCain \xE2\x80\x99s dismal level of black support in 2008 and "
      "return to the 11 percent that George W. Bush won in 2004, according to exit polls.\n\n"
      "\xE2\x80\x9CRomney could do much better than John McCain,\xE2\x80\x9D said Benjamin "
      "Todd Jealous , the president of the N.A.A.C.P. But his message on jobs and the economy "
      "\xE2\x80\x9Cis not resonating with our base,\xE2\x80\x9D Mr. Jealous said.");
  ASSERT_GE(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Benjamin Todd Jealous");
}

// AllSides dev GiHEYVsAO3A9oTeM (MarketWatch): the name opening a colon sentence, then a
// relative clause (`Sen. Mitt Romney , who has criticized Trump in the past, had this to say
// on Jan. 13:`); without the comma Collins was "Susan" and Romney nobody.
TEST(SpeakerRulesRound21i, CommaSetApartBeforeWhoClause) {
  const std::vector<std::string> speakers = Speakers(
      "Here\xE2\x80\x99s what the four Republican senators, often viewed as moderates, have "
      "said so far on the issue:\n\nSen. Susan Collins , who is in a closely watched "
      "re-election race, said the following in a statement Tuesday: \xE2\x80\x9C" "As I said "
      "last week, while I need to hear the case argued and the questions answered, I "
      "anticipate that I would conclude that having additional information would be "
      "helpful.\xE2\x80\x9D Sen. Mitt Romney , who has criticized Trump in the past, had this "
      "to say on Jan. 13: \xE2\x80\x9CI\xE2\x80\x99ve said I\xE2\x80\x99" "d like to hear from "
      "John Bolton. I expect that, barring some kind of surprise, I\xE2\x80\x99ll be voting in "
      "favor of hearing from witnesses.\xE2\x80\x9D");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[0], "Susan Collins");
  EXPECT_EQ(speakers[1], "Mitt Romney");
}

// AllSides dev isDXjCPlV8Lu1oll (CNN): `said an emotional House Speaker John Boehner.`
TEST(SpeakerRulesRound21i, MannerAdjectiveBeforeTitledName) {
  const std::vector<std::string> speakers = Speakers(
      "House Speaker John Boehner faced questions in a press conference Tuesday over how "
      "Congress will respond in support of federal aid efforts, given some in the GOP's "
      "resistance to robustly backing previous relief legislation without cutting spending "
      "elsewhere.\n\n\"We'll work with the administration on making sure they have the "
      "resources they need to help the people of Oklahoma,\" said an emotional House Speaker "
      "John Boehner.\n\nThe Federal Emergency Management Agency has deployed an incident team "
      "to the state.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "John Boehner");
}

// AllSides dev 4XccQUgKcbx7clZM (Politico): the name's party tag in parentheses, split quote.
TEST(SpeakerRulesRound21i, MannerAdjectiveBeforeNameWithPartyTag) {
  const std::vector<std::string> speakers = Speakers(
      "But given how much heat the GOP took in 2016 over McConnell\xE2\x80\x99s stance, they "
      "believe they have no option but to finish what the GOP leader started in February "
      "2016.\n\n\xE2\x80\x9COur base wants him confirmed,\xE2\x80\x9D said a dour Sen. John "
      "McCain (R-Ariz.), \xE2\x80\x9C" "and would not understand if we did not get him "
      "confirmed.\xE2\x80\x9D\n\nElana Schor contributed to this report.");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[0], "John McCain");
  EXPECT_EQ(speakers[1], "John McCain");
}

// BuzzFeed-Webis bfw-0353 (CNN): `says a surprised Ruffalo.`, a surname the article named.
TEST(SpeakerRulesRound21i, MannerAdjectiveBeforeSurname) {
  const std::vector<std::string> speakers = Speakers(
      "The PSA also has the stars jokingly telling those watching that if they vote, Mark "
      "Ruffalo will do a nude scene in his next movie.\n\n\"Wait, what?\" says a surprised "
      "Ruffalo. \"They should just vote because it matters.\"");
  ASSERT_EQ(speakers.size(), 1u);  // "Wait, what?" is too short to be a claim.
  EXPECT_EQ(speakers[0], "Mark Ruffalo");
}

// AllSides dev mf6mXi58Doa4PtFg and doTwCnRCTDwKsIiH (Politico): no person the article names
// after the adjective, or a lower-case noun after the name: nobody named.
TEST(SpeakerRulesRound21i, MannerAdjectiveWithoutNamedPersonStaysUnnamed) {
  const std::vector<std::string> speakers = Speakers(
      "\xE2\x80\x9CWe have this need to feel well-loved every four years,\xE2\x80\x9D said "
      "an uncommitted New Hampshire Democrat. \xE2\x80\x9CIf other candidates begin to make "
      "inroads, Clinton\xE2\x80\x99s absence will be noted.\xE2\x80\x9D\n\nFlynn backed "
      "Trump early. \xE2\x80\x9C" "Flynn was by far the most accomplished of all of them and, "
      "in the land of the blind, the one-eyed man is king,\xE2\x80\x9D said a former George W. "
      "Bush national security official.");
  ASSERT_EQ(speakers.size(), 3u);
  EXPECT_EQ(speakers[0], "");
  EXPECT_EQ(speakers[1], "");
  EXPECT_EQ(speakers[2], "");
}

}  // namespace
}  // namespace claimdup
