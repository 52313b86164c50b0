// Speaker attribution rules of the twelfth round (b), each on real news (../shared/real/: the
// dump and article id are in each comment; "…" marks text left out). The verbs come from
// benchmarks/attribution_words.py over the quotes claimdup left without a speaker on the
// AllSides dev half (docs/speaker_rounds.md, twelfth round (b)).
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

using V = std::vector<std::string>;

TEST(SpeakerRulesRound12bTest, MannerOfSpeakingVerbAfterQuoteAttributes) {
  // AllSides Znon8AJJS5ie9oAq: `"…," Baker admonished the Israeli leader.` went to the
  // article's source "Haber"; 0F2YHZGDAqOB5Ogn: `"…," Trump taunted` to Scarborough.
  EXPECT_EQ(Speakers("Haber recalled a menacing conversation Rabin had with then-US secretary "
                     "of state James Baker during which Baker became angry at Rabin.\n\n"
                     "\"America is right even when it is wrong,\" Baker admonished the Israeli "
                     "leader."),
            (V{"James Baker"}));
  EXPECT_EQ(Speakers("“Go to break, go to break,” an exasperated Scarborough said when Trump "
                     "filibustered the hosts.\n\n“Go to break, then, Joe. Go to break,” Trump "
                     "taunted before the segment abruptly ended."),
            (V{"Scarborough", "Trump"}));
}

TEST(SpeakerRulesRound12bTest, MannerOfSpeakingVerbBeforeQuoteAttributes) {
  // AllSides xbeDtL5AzhLEomke: `Guthrie protested: “…”` went to Sarah Huckabee Sanders, who
  // spoke before.
  const V speakers = Speakers(
      "“In the legal community, when you can’t convict somebody on something, you’re "
      "exonerating them, legally exonerating them,” Sarah Huckabee Sanders said. Guthrie "
      "protested: “I mean, you’re not. I mean, to say – just as a legal matter – to say that "
      "you can’t convict is not exoneration.”");
  EXPECT_EQ(speakers, (V{"Sarah Huckabee Sanders", "Guthrie"}));
}

TEST(SpeakerRulesRound12bTest, VerbsSpeakingOnlyAfterTheQuote) {
  // AllSides 7z0kSHwqQ1gk6tc8: `"…," Sanders began.` went to Clinton; jPeo4WSyQYkzAvNU:
  // `“…,” offered Mary Landrieu of Louisiana` to Mark Pryor, who spoke before.
  EXPECT_EQ(Speakers("Clinton answered him first.\n\n\"If you are talking about the Wall Street "
                     "bailout where some of your friends destroyed this economy,\" Sanders "
                     "began."),
            (V{"Sanders"}));
  EXPECT_EQ(Speakers("“The website has been a failure so far and that is unacceptable,” said "
                     "Mark Pryor of Arkansas, whose re-election race is expected to be one of the closest contests next year.\n\n“These "
                     "technical problems can be fixed, and they’re working very hard every day "
                     "to fix them,” offered Mary Landrieu of Louisiana, another top GOP "
                     "target."),
            (V{"Mark Pryor", "Mary Landrieu"}));
  // `states` was read and dropped: after a quote it is most often "the United States"
  // (w9mYCNRCOje3nz9A: Kevin Rudd's words went to "United" in a first version).
  EXPECT_EQ(Speakers("In an interview with the BBC, former Australian Prime Minister Kevin Rudd "
                     "said it would be \"grossly irresponsible in international humanitarian "
                     "terms\" for the United States to permanently withdraw its funding for the "
                     "WHO."),
            (V{"Kevin Rudd"}));
}

TEST(SpeakerRulesRound12bTest, PointsOutAndChimesInAttribute) {
  // AllSides KNxWAGudA1ofkLR1: `“…,” Wallace pointed out.` went to Hakeem Jeffries;
  // vRd3cYE3KfUys4Dm: `“…,” Sen. Patrick J. Toomey, R-PA, chimed in.` to "Advertisement".
  EXPECT_EQ(Speakers("Jeffries noted pieces of legislation on which Democrats had worked with "
                     "President Donald Trump.\n\n“You’ve also been talking about impeachment, a "
                     "lot of your members, since he took the oath of office,” Wallace pointed "
                     "out."),
            (V{"Wallace"}));
  EXPECT_EQ(Speakers("Advertisement:\n\n“I think this is a completely unprecedented level of "
                     "obstruction,” Sen. Patrick J. Toomey, R-PA, chimed in."),
            (V{"Patrick J Toomey"}));
}

TEST(SpeakerRulesRound12bTest, AllegedlyStandsBetweenSubjectAndVerb) {
  // AllSides 6612hM4z7hYYVrx6: `"…" Collins allegedly replied to the email.` went to
  // "Investigators".
  EXPECT_EQ(Speakers("Investigators said he was at the White House Congressional Picnic and was "
                     "stunned by the news.\n\n\"Wow. Makes no sense. How are these results even "
                     "possible???\" Rep. Chris Collins allegedly replied to the email."),
            (V{"Chris Collins"}));
}

TEST(SpeakerRulesRound12bTest, AnotherOpeningASentenceIsNoName) {
  // AllSides Gs5U1WQfpVRtfRVw: `Another seller based in Dallas … he demurred: “…”` gave
  // "Another" once `demurred` spoke.
  EXPECT_EQ(Speakers("Another seller based in Dallas — where cannabis is not legal — also "
                     "reported a big jump in their sales. When asked if he’s worried about his "
                     "supply, he demurred: “Not at all. I run with the wolves.”"),
            (V{""}));
}

}  // namespace
}  // namespace claimdup
