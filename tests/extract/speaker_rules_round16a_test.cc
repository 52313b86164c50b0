// Speaker attribution rules of the sixteenth round (a), on real news (../shared/real/: the
// dump and article id are in each comment). From the fresh labelled set random13: a person the
// article only ever calls by one name that no given-name list reads (`said Ehsan`) was no
// antecedent of "he", so `Ehsan claims …` + `"…," he said` went to the speaker of an earlier
// quote; and a word after `by` or `on` (`the allegations made by Ehsan`) was read as a place,
// never a person (docs/speaker_rounds.md, sixteenth round (a)).
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

using V = std::vector<std::string>;

// AllSides dev 1mtCFNoybUHljVf1 (Al Jazeera), shortened: the last two quotes went to Yousufzai.
constexpr char kEhsan[] =
    "\"The way that Daesh was handling the media and its propaganda, there was definitely a "
    "race within groups to join them,\" said Ehsan. \"It seemed a solid and attractive "
    "organisation.\"\n\n"
    "Ghafoor did not reveal any details of how Ehsan was captured at the time, but the military "
    "did release a video \"confession\" by him.\n\n"
    "\"As a spokesperson, he was giving statements and defending policies, as is required of "
    "the position,\" said Yousufzai.\n\n"
    "'Broken' agreements, easy escapes\n\n"
    "Ehsan claims the agreement with Pakistani security forces granted him full legal immunity "
    "from any prosecution related to Pakistani Taliban or JuA attacks.\n\n"
    "\"Yes, I had an agreement with Pakistan's Military Intelligence [MI],\" he said.\n\n"
    "Ehsan alleges Pakistan's military reneged on the deal, placing him, his wife and two "
    "children under house arrest in a safe house in a residential area of Peshawar.\n\n"
    "\"It was a safe house in a residential area, where all the needs of life were available,\" "
    "he said.";

TEST(SpeakerRulesRound16aTest, LoneNameSpeakerIsAnAntecedentOfHe) {
  EXPECT_EQ(Speakers(kEhsan), (V{"Ehsan", "Ehsan", "Yousufzai", "Ehsan", "Ehsan"}));
}

TEST(SpeakerRulesRound16aTest, NameAfterByIsAPersonNotAPlace) {
  // The same article's earlier paragraph `… the allegations made by Ehsan in this interview`:
  // before, that made Ehsan a place wherever he stood.
  const std::string text =
      "Pakistan's military was provided with a detailed list of the allegations made by Ehsan "
      "in this interview, but offered no comment.\n\n" +
      std::string(kEhsan);
  EXPECT_EQ(Speakers(text), (V{"Ehsan", "Ehsan", "Yousufzai", "Ehsan", "Ehsan"}));
}

}  // namespace
}  // namespace claimdup
