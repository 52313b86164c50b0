// Speaker attribution rules of the fourteenth round (a), each on real news (../shared/real/:
// the dump and article id are in each comment; "…" marks text left out). The rule comes from
// the fresh labelled set random11 and the unattributed quotes of BuzzFeed-Webis: CNN's pages,
// as scraped, glue their dateline tag to the first word (`(CNN)Donald Trump reacted …`,
// `Washington (CNN)Rep. John Lewis …`), so the article's first sentence opened with no name
// and the place before the tag ran into the name that follows it; and, from event_days, a
// sentence opening with a possessive and titles before the name (`Russia's Prime Minister
// Dmitry Medvedev reacted …, saying "…"`) and a title governing a place by "to" (`U.S.
// Ambassador to Russia Jon Huntsman said`) (docs/speaker_rounds.md, fourteenth round (a)).
// Each test fails without its rule but the guard of `(R-Ky.)`.
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

using V = std::vector<std::string>;

TEST(SpeakerRulesRound14aTest, GluedDatelineTagLeavesTheNameOpeningTheSentence) {
  // BuzzFeed-Webis bfw-0376: both quotes of the first sentence had none (`CNN)Donald`).
  EXPECT_EQ(Speakers("(CNN)Donald Trump reacted to the turmoil in Charlotte this week by "
                     "lamenting \"a lack of spirit between the white and the black,\" adding "
                     "that \"it's very divided, our country, and it's getting worse, so I'm not "
                     "overly surprised to see it.\""),
            (V{"Donald Trump", "Donald Trump"}));
}

TEST(SpeakerRulesRound14aTest, PlaceBeforeAGluedDatelineTagIsNoPartOfTheName) {
  // BuzzFeed-Webis bfw-0263: the quote went to "Washington".
  EXPECT_EQ(Speakers("Washington (CNN)New York Gov. Andrew Cuomo said Tuesday that Republican "
                     "presidential candidate Donald Trump is wrong to suggest that the New York "
                     "bombing suspect shouldn't receive medical care.\n\n"
                     "\"I understand the anger that Donald Trump is speaking to (but) this is "
                     "America and this is our system and you are innocent until proven guilty "
                     "and you have a right to counsel and that is the Constitution,\" Cuomo "
                     "said."),
            (V{"Andrew Cuomo"}));
}

TEST(SpeakerRulesRound14aTest, GluedDatelineTagBeforeASubordinateOpening) {
  // BuzzFeed-Webis bfw-0533 (the sentence is the article's first; "…" a clause left out):
  // `CNN)As Hillary Clinton` read as a name; the man leaning into the microphone asks.
  EXPECT_EQ(Speakers("(CNN)As Hillary Clinton on Monday night reeled off a litany of insults "
                     "he had leveled against women through the years, including some nasty "
                     "nicknames for a former Miss Universe, Donald Trump leaned into his "
                     "microphone and asked repeatedly, \"Where did you find this? Where did you "
                     "find this?\""),
            (V{"Donald Trump"}));
}

TEST(SpeakerRulesRound14aTest, TagsInParenthesesStandingApartAreUnchanged) {
  // Issue 13's example (a real article of the AllSides dump): `(R-Ky.)` stands apart from the
  // words around it and is no dateline tag; the guard that the rule leaves it alone.
  EXPECT_EQ(Speakers("“If you look at the shape the world's in,” McConnell (R-Ky.) said on "
                     "Louisville radio on Monday."),
            (V{"McConnell"}));
}

TEST(SpeakerRulesRound14aTest, TitlesAfterAPossessiveOpeningBeforeTheNameWithAParticiple) {
  // event_days helsinki-5492: both quotes had none (`Russia's Prime Minister …, saying`).
  EXPECT_EQ(Speakers("Russia's Prime Minister Dmitry Medvedev reacted strongly to the bill's "
                     "signing, saying it showed a \"fully-fledged trade war (has been) declared "
                     "against Russia\" and that \"the Trump administration demonstrated complete "
                     "impotence, in the most humiliating manner, transferring executive powers "
                     "to Congress.\""),
            (V{"Dmitry Medvedev", "Dmitry Medvedev"}));
}

TEST(SpeakerRulesRound14aTest, TitlesAfterAPossessiveOpeningBeforeTheNameWithAColon) {
  // AllSides rvfFj3ZmRxWmoaJH: `Minnesota's Governor Tim Walz said …, adding: "…"` had none.
  EXPECT_EQ(Speakers("Minnesota's Governor Tim Walz said the motive of the driver was unclear, "
                     "adding: \"To not have tragedy and many deaths is simply an amazing "
                     "thing.\""),
            (V{"Tim Walz"}));
}

TEST(SpeakerRulesRound14aTest, TitleToAPlaceBeforeTheNameAfterAQuote) {
  // event_days helsinki-1693: both parts of Huntsman's statement had none (`Ambassador to
  // Russia` read `Russia Jon Huntsman` as the object of "to").
  EXPECT_EQ(Speakers("“Right now, there’s no trust in the relationship, and because of that, "
                     "problem-solving is practically impossible,” U.S. Ambassador to Russia Jon "
                     "Huntsman said Sunday on NBC’s “Meet the Press.” “So this is an attempt to "
                     "see if we can defuse and take some of the drama, and quite frankly some of "
                     "the danger, out of the relationship right now.”"),
            (V{"Jon Huntsman", "Jon Huntsman"}));
}

TEST(SpeakerRulesRound14aTest, TitleToAPlaceBeforeTheNameOpeningTheSentence) {
  // AllSides QLS0f6751qjvVb9q: `U.S. Ambassador to Ukraine Geoffrey Pyatt told CNN … that "…"`
  // had none.
  EXPECT_EQ(Speakers("U.S. Ambassador to Ukraine Geoffrey Pyatt told CNN on Thursday that "
                     "\"extremes on both sides are gathering strength\" because of the "
                     "instability."),
            (V{"Geoffrey Pyatt"}));
}

}  // namespace
}  // namespace claimdup
