// Speaker attribution rules of the twenty-fourth round (g), on real news (../shared/real/: the
// dump and article id are in each comment): given names written with accents (José, Raúl,
// Renée, Julián) are looked up without them, so the article's people get their sex and their
// full names (docs/speaker_rounds.md, twenty-fourth round (g)).
#include <string>
#include <vector>

#include "extract/given_names.h"
#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

TEST(SpeakerRulesRound24g, AccentedGivenNamesHaveTheirSex) {
  EXPECT_EQ(GivenNameGender("Jos\u00E9"), Gender::kMale);
  EXPECT_EQ(GivenNameGender("Ren\u00E9e"), Gender::kFemale);
  EXPECT_EQ(GivenNameGender("MAR\u00CDA"), Gender::kFemale);
  EXPECT_TRUE(IsGivenName("Juli\u00E1n"));
  EXPECT_FALSE(IsGivenName("\u00C9lys\u00E9e"));  // the palace, dropped from the list
}

// AllSides dev 15iTQsmNnnS8BVk0 (The Atlantic): `she says` after `says Renée DiResta`; main,
// not knowing Renée, gave it to Kate Starbird two sentences up.
TEST(SpeakerRulesRound24g, SheIsReneeNotTheEarlierWoman) {
  const std::vector<std::string> speakers = Speakers(
      "\u201cThat\u2019s a dangerous way to communicate,\u201d says Kate Starbird at the "
      "University of Washington, who studies how information flows during a crisis.\n\n"
      "During news events like Trump\u2019s impeachment trial, people mostly share information "
      "to signal their beliefs, says Ren\u00E9e DiResta of Stanford, who studies how narratives "
      "spread online. But in a disaster, people tend to share information \u201cto be useful to "
      "their community,\u201d she says. Sharing offers agency.");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[0], "Kate Starbird");
  EXPECT_EQ(speakers[1], "Ren\u00E9e DiResta");
}

// AllSides dev LgnPNmDVvOxl6iVa (The Hill): the speaker is printed with his given name; main
// gave the bare `Grijalva`.
TEST(SpeakerRulesRound24g, FullNameWithAccentedGivenName) {
  const std::vector<std::string> speakers = Speakers(
      "Progressive Caucus co-Chairman Ra\u00FAl Grijalva (D-Ariz.), 70, said the generational "
      "fight has already arrived in his party.\n\n"
      "\u201cRobert F. Kennedy once said youth is not about time; it\u2019s about the mind,\u201d "
      "said Grijalva, who has served with Pelosi in the House for the past 15 years.");
  ASSERT_GE(speakers.size(), 1u);
  EXPECT_EQ(speakers.back(), "Ra\u00FAl Grijalva");
}

// AllSides dev hwsQgYETimznMzIt (BBC News): the Élysée Palace is no woman; with accents folded
// and "elysee" still listed, `the president said` went to it.
TEST(SpeakerRulesRound24g, ElyseePalaceIsNoSpeaker) {
  const std::vector<std::string> speakers = Speakers(
      "On Wednesday the Kremlin said the pair would hold a \"short working lunch\" at the "
      "\u00C9lys\u00E9e Palace in Paris, but the US contradicted that the same day.\n\n"
      "\"I don't think we have anything scheduled in Paris and I'm coming back very quickly,\" "
      "the president said.");
  for (const std::string& s : speakers) EXPECT_EQ(s.find("Palace"), std::string::npos) << s;
}

}  // namespace
}  // namespace claimdup
