// Speaker attribution rules of the fifteenth round (a), each on real news (../shared/real/:
// the dump and article id are in each comment). From the fresh labelled set random12 and the
// quotes of all four dumps whose speaker changed: a quote that ends its sentence with a period
// inside the marks, followed by a sentence opening with a conjunction (`…being breached." But
// NPR's Leila Fadel says …`), had that next sentence read as its attribution, so it went to
// the next sentence's subject; and a participle with no subject of its own (`…, saying, "…"`)
// took the subject of an earlier sentence, when the words before the quote ran back past a
// quote that ended that sentence (docs/speaker_rounds.md, fifteenth round (a)). Each test
// fails without its rule.
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

using V = std::vector<std::string>;

TEST(SpeakerRulesRound15aTest, ConjunctionAfterAQuotesPeriodOpensANewSentence) {
  // AllSides dev TLRM9aKGBnrnvFtp (NPR): the second quote went to Leila Fadel.
  EXPECT_EQ(Speakers("On Wednesday, Romney stood by his remarks, calling the State Department's "
                     "early statement \"inappropriate and disgraceful.\"\n\n"
                     "\"It's terrible ... for America to stand in apology for our values,\" he "
                     "said.\n\n"
                     "Romney said that the State Department issued the statement as \"our "
                     "grounds [were] being attacked and being breached.\" But NPR's Leila Fadel "
                     "says the U.S. statement was issued at noon in Cairo, long before "
                     "protesters assaulted the embassy compound there or anyone was killed in "
                     "Libya."),
            (V{"", "Romney"}));
}

TEST(SpeakerRulesRound15aTest, AndOpeningTheNextSentenceIsNoAttribution) {
  // AllSides dev nq5vMFo78UQDBdkY (Washington Times): Allen's quote went to Josh Mandel.
  EXPECT_EQ(Speakers("Former Sen. George Allen, challenging Mr. Kaine in Virginia, said in a "
                     "radio ad that Mr. Kaine supported “Obamacare—a government takeover of "
                     "health care.” And Ohio Treasurer Josh Mandel has said Sen. Brown cast the "
                     "deciding vote on the “government takeover of health care.”"),
            (V{"George Allen", "Josh Mandel"}));
  // AllSides dev 3eACOXS7VwNWNIoS (Associated Press): Pelosi's quote went to Chuck Schumer.
  EXPECT_EQ(Speakers("House Speaker Nancy Pelosi, D-Calif., said the firing “threatens to have "
                     "a chilling effect against all willing to speak truth to power.” And Senate "
                     "Democratic leader Chuck Schumer, D-N.Y., said Trump “fires people for "
                     "telling the truth.”"),
            (V{"Nancy Pelosi", "Chuck Schumer"}));
}

TEST(SpeakerRulesRound15aTest, ParticipleTakesTheSubjectOfItsOwnSentence) {
  // AllSides dev 1E6ib7Fsd6GT8ALU (Vox): the Bezos quote had none (the first quote's
  // attribution, read through the dash aside, is not this rule's).
  const V got = Speakers(
      "Sen. Bernie Sanders, who was campaigning with one of his key surrogates — Rep. "
      "Alexandria Ocasio-Cortez — in Iowa, told supporters, “You’re not going to buy this "
      "election by spending hundreds of millions of dollars on media in California.” "
      "Ocasio-Cortez later told reporters, “They’ve got class solidarity. The billionaires are "
      "looking out for each other. They’re willing to transcend difference and background and "
      "even politics.” And Sanders echoed that sentiment, saying, “Jeff Bezos, worth $150 "
      "billion, supporting Mike Bloomberg, who’s worth only $50 billion, that’s real class "
      "solidarity.”");
  ASSERT_EQ(got.size(), 3u);
  EXPECT_EQ(got[1], "Alexandria Ocasio-Cortez");
  EXPECT_EQ(got[2], "Bernie Sanders");
}

TEST(SpeakerRulesRound15aTest, ParticipleAfterAnEarlierQuotedPhraseIsTheNewSubjects) {
  // AllSides dev XWSh6eRgdAVucBlo (Fox): Murray's quote went to Paul Ryan.
  EXPECT_EQ(Speakers("Rep. Paul Ryan, R-Wis., one of the bill's chief negotiators, said it "
                     "\"will stop Washington's lurch from crisis to crisis.\" Rep. Patty Murray "
                     "of Washington, the key negotiator on the Democratic side, echoed Ryan, "
                     "saying, \"we are now one step closer to a bipartisan budget that would "
                     "prevent another crisis.\""),
            (V{"Paul Ryan", "Patty Murray"}));
}

TEST(SpeakerRulesRound15aTest, PronounSubjectOfTheParticiplesOwnSentence) {
  // AllSides dev UmoWYYv0iydImVgg (NPR; the first sentence is the article's, paragraphs
  // apart): the second quote had none.
  EXPECT_EQ(Speakers("Hours later, though, Trump took a softer line during a face-to-face "
                     "photo op with German Chancellor Angela Merkel.\n\n"
                     "Merkel bristled at the idea that the gas deal has left her country "
                     "\"captive\" to Moscow. The chancellor, who grew up in the former East "
                     "Germany, told reporters, \"I have experienced myself how a part of "
                     "Germany was controlled by the Soviet Union.\" She insisted that Germany "
                     "today makes its decisions independently of Moscow, adding: \"That is very "
                     "good, especially for people in eastern Germany.\""),
            (V{"Angela Merkel", "Angela Merkel"}));
}

}  // namespace
}  // namespace claimdup
