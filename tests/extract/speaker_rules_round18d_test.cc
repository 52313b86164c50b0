// Speaker attribution rules of the eighteenth round (d), on real news (../shared/real/: the
// dump and article id are in each comment): a plural common noun opening a sentence
// (`Respondents`, `Colleagues`, `Hours`) is no one's name (docs/speaker_rounds.md,
// eighteenth round (d)).
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

// PAC pairs STORY_75_DOCUMENT_0: a Gallup survey's question; it went to "Respondents".
TEST(SpeakerRulesRound18d, APluralNounAskedIsNoName) {
  const std::vector<std::string> speakers = Speakers(
      "Gallup suggests this is untrue. The vast majority of Americans of all races and "
      "ethnicities don\u2019t want the police to leave their communities. Respondents were "
      "asked: \u201cWould you rather the police spend more time, the same amount of time or "
      "less time as they currently spend in your area?\u201d Sixty-one percent of black "
      "respondents said they wanted the same amount of time.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "");
}

// AllSides dev QMUhrRfk3FfBLZxT: `he told CNN` is Paul Dillon, not "Colleagues", the
// sentence-opening plural between them.
TEST(SpeakerRulesRound18d, APluralNounIsNoAntecedent) {
  const std::vector<std::string> speakers = Speakers(
      "Paul Dillon, a spokesman for the International Organization for Migration, saw "
      "\"hundreds of people pouring out of ... buildings (amid) a lot of confusion, a lot of "
      "anxiety\" as he drove around Kathmandu. Colleagues reported many collapsed buildings "
      "and others on the verge.\n\n\"You never get used to seeing telephone poles swaying and "
      "surfing past you,\" he told CNN. \"Or buildings just wobbling ... as the earth moves "
      "beneath your feet.\"");
  ASSERT_EQ(speakers.size(), 3u);
  EXPECT_EQ(speakers[1], "Paul Dillon");
  EXPECT_EQ(speakers[2], "Paul Dillon");
}

// AllSides dev 5xo4EG91WTL8YbSS: `Hours earlier, Trump took to Twitter to say that "…"`;
// it went to "Hours".
TEST(SpeakerRulesRound18d, ATimeSpanOpeningTheSentenceIsNoName) {
  const std::vector<std::string> speakers = Speakers(
      "\u201cWe are winning and the press is refusing to report it. Don't let them fool you- "
      "get out and vote! #DrainTheSwamp on November 8th!\u201d Trump wrote on his Twitter "
      "account Monday morning before an event with farmers near West Palm Beach, where he "
      "repeated to the crowd, \u201cI believe we are actually winning.\u201d\n\nHours earlier, "
      "Trump took to Twitter to say that \u201cthe Dems are making up phony polls in order to "
      "suppress\u201d his vote share.");
  ASSERT_EQ(speakers.size(), 3u);
  EXPECT_EQ(speakers[2], "Trump");
}

}  // namespace
}  // namespace claimdup
