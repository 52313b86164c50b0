// Speaker attribution rules of the twenty-first round (i), on real news (../shared/real/: the
// dump and article id are in each comment): missed speakers of mainstream news. Scraped text
// that set a comma apart from a linked name (`said Benjamin Todd Jealous , the president of
// the N.A.A.C.P.`) reads as the clean text would (docs/speaker_rounds.md, twenty-first round
// (i)).
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

}  // namespace
}  // namespace claimdup
