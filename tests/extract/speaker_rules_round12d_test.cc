// Speaker attribution rules of the twelfth round (d), each on real news (../shared/real/: the
// dump and article id are in each comment; "…" marks text left out). The rule comes from
// reading `he said`/`she said` quotes given to a person named only as an object or possessor
// in the AllSides dev half (docs/speaker_rounds.md, twelfth round (d)).
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

using V = std::vector<std::string>;

TEST(SpeakerRulesRound12dTest, TailPronounIsTheSpeechSubjectNotWhomItReports) {
  // AllSides 9xQkjibsFWntrpLO: `Graham said Trump must emphasize …, "…," he said` gave the
  // quote to Trump, the nearest name, who stands in what Graham said.
  const V speakers = Speakers(
      "Sen. Lindsey Graham said Friday President Donald Trump informed about the \"potential\" "
      "operation that ended with the death of Iranian General Qassem Soleimani when he was in "
      "Florida at the president's Mar-a-Lago resort during the holiday break. \u2026\n\n"
      "Graham added that Soleimani is dead because he \"miscalculated\" what Trump would do "
      "about aggressions on U.S. citizens, and he called on the president to threaten Iran's "
      "oil refineries if the regime retaliates.\n\n"
      "Iranian President Hassan Rouhani has vowed to respond to Soleimani's killing with "
      "\"harsh retaliation,\" and Graham said Trump must emphasize that an escalation of "
      "violence will result in strikes to Iran's oil refineries, \"the last thing they have in "
      "terms of an economy,\" he said.\n\n"
      "\"They are going to come after us with a vengeance if we do not reset the table "
      "quickly,\" Graham said.");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[0], "Lindsey Graham");
  EXPECT_EQ(speakers[1], "Lindsey Graham");
}

TEST(SpeakerRulesRound12dTest, TailPronounIsWhoToldNotWhomHeToldAbout) {
  // AllSides UVuMYyBv0bnqpYPt: `Mr. Graham told The Times that he doesn't have any concerns
  // about Mr. Kerry — "…," he said` gave the quote to Kerry.
  const V speakers = Speakers(
      "Sen. John F. Kerry, Massachusetts Democrat, is also reportedly under consideration for "
      "Mrs. Clinton\u2019s job.\n\n"
      "Mr. Graham told The Times that he doesn\u2019t have any concerns about Mr. Kerry \u2014 "
      "\u201cIf the president thought that John Kerry could serve his administration and "
      "country, I\u2019d be very inclined to support him,\u201d he said.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Graham");
}

}  // namespace
}  // namespace claimdup
