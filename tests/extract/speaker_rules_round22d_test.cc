// Speaker attribution rules of the twenty-second round (d), on real news (../shared/real/:
// the dump and article id are in each comment): leftover attribution shapes. A lone "New",
// the first word of `New York City Mayor …` or `New reports this week …`, names no one: a
// pronoun reaching it goes on to the person the sentence names, or stays none; and a title
// whose body holds "and" (`Housing and Urban Development Secretary`) is no joint of two people
// (docs/speaker_rounds.md, twenty-second round (d)).
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

// AllSides dev hX4nnhqLkjEHpgTc (CNN): `he said` after `New York City Mayor Bill de Blasio
// called …` was "New".
TEST(SpeakerRulesRound22d, PronounAfterPlaceLedTitleIsTheMayor) {
  const std::vector<std::string> speakers = Speakers(
      "But by midmorning, snow wasn't even falling in New York City. By then, travel bans "
      "in New Jersey and New York -- even places like Long Island's Islip, which got more "
      "than 20 inches of snow -- had been lifted.\n\nNew York City Mayor Bill de Blasio "
      "called all the warning and preparations \"a better-safe-than-sorry scenario.\"\n\n"
      "\"We've dodged the bullet,\" he said. \"This is nothing like we feared it would "
      "be.\"\n\nBut for some in the state, the storm proved dangerous.");
  ASSERT_GE(speakers.size(), 2u);
  EXPECT_EQ(speakers[speakers.size() - 2], "Bill de Blasio");
  EXPECT_EQ(speakers.back(), "Bill de Blasio");
}

// AllSides dev NE14pvPn4EMAUxJL (New York Times): `the president said` resolved to the
// first word of `New reports this week by the Congressional Budget Office found`.
TEST(SpeakerRulesRound22d, RoleNeverResolvesToLoneNew) {
  const std::vector<std::string> speakers = Speakers(
      "New reports this week by the Congressional Budget Office found that the automatic "
      "tax increases and spending cuts would cut the deficit by $503 billion through next "
      "September. But the reports said that the austerity could cause the economy to "
      "shrink by 0.5 percent next year, and would lead to the loss of millions of jobs.\n\n"
      "The Congressional leaders will be heading to "
      "the White House on Friday, administration officials said, just before Mr. Obama "
      "leaves for Cambodia , Myanmar and Thailand , where he will attend economic "
      "meetings with world leaders.\n\n\xE2\x80\x9C""It\xE2\x80\x99""s time to get back "
      "to work,\xE2\x80\x9D"" the president said at the White House. \xE2\x80\x9C""And "
      "there is plenty of work to do.\xE2\x80\x9D""");
  ASSERT_GE(speakers.size(), 1u);
  for (const std::string& s : speakers) EXPECT_NE(s, "New");
}

// AllSides dev FIzA9w73mFP1U7VE (CBS News): `Housing and Urban Development` is no joint of
// two people ("Urban" is a given name); the title's holder speaks.
TEST(SpeakerRulesRound22d, BodyWithAndBeforeTitleIsNoJointSubject) {
  const std::vector<std::string> speakers = Speakers(
      "Former Housing and Urban Development Secretary Juli\xC3\xA1""n Castro suggested to "
      "O'Keefe that the president's efforts were redundant. \"The president should do his "
      "homework,\" he said. \"We already have a citizenship question on the American "
      "communities survey that we do every year.\"");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[0], "Juli\xC3\xA1""n Castro");
  EXPECT_EQ(speakers[1], "Juli\xC3\xA1""n Castro");
}

}  // namespace
}  // namespace claimdup
