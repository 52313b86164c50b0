// Speaker attribution rules of the twentieth round (k), on real news (../shared/real/: the
// dump and article id are in each comment): an organization's acronym heading a branch before
// a role and a name (docs/speaker_rounds.md, twentieth round (k)).
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

// AllSides dev euKnaH1pAldtA34Q: `said ACLU of Texas staff attorney Anjali Salvador` was given to
// "ACLU" (the name stopped at "of", and only words like University or Union head a body there).
TEST(SpeakerRulesRound20k, AcronymOfPlaceThenRoleAndName) {
  const std::vector<std::string> speakers = Speakers(
      "\"As a result of being designated criminal, Plaintiffs are prohibited from "
      "operating, speaking, and associating within these cities,\" the lawsuit contends. "
      "\"Consequently, Plaintiffs are hampered from countering or clarifying the confusion "
      "created by the ordinances as to the legality of abortion services.\"\n\n\"These "
      "ordinances are unconstitutional,\" said ACLU of Texas staff attorney Anjali "
      "Salvador in a statement. \"Abortion is legal in every state and city in the "
      "country. Cities cannot punish pro-abortion organizations for carrying out their "
      "important work \xE2\x80\x93 especially when they do so in a way that violates the "
      "First Amendment.\"");
  ASSERT_EQ(speakers.size(), 4u);
  EXPECT_EQ(speakers[2], "Anjali Salvador");
  EXPECT_EQ(speakers[3], "Anjali Salvador");
}

// AllSides dev gOo3QfYWKH0v53l3: `said the CEO of All Sides` names a role, not a body called
// "CEO of All Sides".
TEST(SpeakerRulesRound20k, TitleAcronymIsNoBody) {
  const std::vector<std::string> speakers = Speakers(
      "The night that Donald Trump won the presidential election, technology executive "
      "John Gable was having dinner with his family. Ordinarily, Gable would host a party "
      "at his house with finger foods and drinks on election night, an event that he liked "
      "to refer to as \xE2\x80\x9CThe Superbowl of politics.\xE2\x80\x9D But this year the "
      "family stayed in. Gable was too nervous about the results to "
      "socialize.\n\n\xE2\x80\x9CWe\xE2\x80\x99re voting for Trump because we judge the "
      "leadership of our country to have failed,\xE2\x80\x9D Thiel said in a press "
      "conference at the National Press Club.\n\nGable agreed.\n\n\xE2\x80\x9C" "Donald "
      "Trump scares Democrats and Republicans,\xE2\x80\x9D said the CEO of All Sides, a "
      "website that collects and compares headlines from the left, right and center to "
      "create a discussion around different perspectives.");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_NE(speakers[1], "CEO of All Sides");
}

}  // namespace
}  // namespace claimdup
