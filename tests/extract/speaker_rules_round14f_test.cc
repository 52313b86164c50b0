// Speaker attribution rules of the fourteenth round (f): names missed because a dash aside
// stands between the speaker and the speech verb, each on real news (../shared/real/: the dump
// and article id are in each comment; "…" marks text left out). docs/speaker_rounds.md,
// fourteenth round (f).
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

using V = std::vector<std::string>;

TEST(SpeakerRulesRound14fTest, DoubleHyphenAsideBeforeTheVerb) {
  // AllSides xXxEMlJ05hZtIhH9: `Commonwealth’s Attorney Jackie Steele -- also a Republican --
  // said it would be an “…” by the pardons.`
  const V speakers = Speakers(
      "The pardons also drew a rebuke from Kentucky's most powerful Republican, Senate Majority "
      "Leader Mitch McConnell.\n\n"
      "Commonwealth\u2019s Attorney Jackie Steele -- also a Republican -- said it would be an "
      "\u201cunderstatement to say I am aggrieved\u201d by the pardons. He noted that in the "
      "Baker case, Bevin did not pardon Baker\u2019s co-conspirators in the robbery and "
      "homicide.");
  EXPECT_EQ(speakers, (V{"Jackie Steele"}));
}

TEST(SpeakerRulesRound14fTest, EmDashAsideBeforeTheVerb) {
  // AllSides x6fD8x9MAa0ist8o: `The chain Juice Press — which already requires smoothie-makers
  // to wear gloves — says, “…”`. (A dash glued to its words, `Sen. Jeff Longbine—a Republican
  // representing Emporia—said`, is one token with them and still reads as no attribution.)
  const V speakers = Speakers(
      "\u201cThis is best practice all the time,\u201d says Gibson, \u201cThat\u2019s just "
      "cleanliness.\u201d\n\n"
      "Many outlets have stepped up sanitary precautions. The chain Juice Press \u2014 which "
      "already requires smoothie-makers to wear gloves \u2014 says, \u201cWe have increased "
      "the frequency of cleaning and disinfecting our stores . . . and surfaces\u201d in an "
      "e-mail to The Post.");
  EXPECT_EQ(speakers, (V{"Gibson", "Gibson", "Juice Press"}));
}

TEST(SpeakerRulesRound14fTest, EnDashAsideAfterAnOrganization) {
  // Guardian via AllSides Sr7TnSpkc5Wvx2dd: `GNYHA – a lobbying group for hospital systems,
  // including some that own nursing homes – said it “…”`.
  const V speakers = Speakers(
      "And then came Cuomo\u2019s annual budget, which included a little-noticed passage.\n\n"
      "GNYHA \u2013 a lobbying group for hospital systems, including some that own nursing "
      "homes \u2013 said it \u201cdrafted and aggressively advocated for the immunity provision "
      "in the budget\u201d last spring.");
  EXPECT_EQ(speakers, (V{"GNYHA"}));
}

}  // namespace
}  // namespace claimdup
