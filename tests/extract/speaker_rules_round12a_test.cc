// Speaker attribution rules of the twelfth round (a), each on real news (../shared/real/: the
// dump and article id are in each comment; "…" marks text left out). The rules come from
// reading the misses of random9 and the unattributed quotes of the AllSides dev half
// (docs/speaker_rounds.md, twelfth round (a)).
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

using V = std::vector<std::string>;

TEST(SpeakerRulesRound12aTest, NameBeforeLongAppositiveSpeaks) {
  // AllSides ewMBZG2fINuEpcAB (random9) and JpIXto50r2DcoX9C: the verb stands 17-19 words
  // after the quote, past an appositive with a relative clause; both had none.
  EXPECT_EQ(Speakers("“Every data point was altered to present the best picture possible,” Bob "
                     "Crowley, a US Army colonel who served as a senior counterinsurgency "
                     "adviser in 2013 and 2014, told the government interviewers."),
            (V{"Bob Crowley"}));
  EXPECT_EQ(Speakers("“Everything was covered in smoke; there were a lot of firefighters,” Maria "
                     "Smirnova, who was travelling in the next train behind the one where the "
                     "bomb detonated, told TV Rain."),
            (V{"Maria Smirnova"}));
}

TEST(SpeakerRulesRound12aTest, LongAppositiveNamesThePersonNotTheBody) {
  // AllSides 4Klx0EvXNIkjiC9B: the continued quote went to "Center" (of the Tahirih Justice
  // Center in the appositive).
  EXPECT_EQ(Speakers("“Remain in Mexico leaves individuals and families fleeing persecution "
                     "stranded on the other side of the border, when what they need and deserve "
                     "under our laws is protection in America,” Archi Pyati, chief of policy for "
                     "the Tahirih Justice Center, one of the plaintiffs in the lawsuit, said in a "
                     "statement. \"This policy goes against basic tenets of fairness, and makes "
                     "it all but impossible for us to do our jobs. We are glad to see justice served.”"),
            (V{"Archi Pyati", "Archi Pyati"}));
}

}  // namespace
}  // namespace claimdup
