// Speaker attribution rules of the twenty-second round (d), on real news (../shared/real/:
// the dump and article id are in each comment): leftover attribution shapes. A lone "New",
// the first word of `New York City Mayor …` or `New reports this week …`, names no one: a
// pronoun reaching it goes on to the person the sentence names, or stays none. Two people
// joined by "and" before the verb (`Sanders and Khanna said in a joint statement`, `Mauer and
// Nellis explained:`) are a joint subject: nobody speaks alone, not the second of them
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

// AllSides dev bKAeghG9IivyCkG8 (The Hill; the two introductions kept, their link boxes
// cut): a joint statement after the quote was "Ro Khanna" for both parts.
TEST(SpeakerRulesRound22d, JointSubjectAfterQuoteIsNobody) {
  const std::vector<std::string> speakers = Speakers(
      "The Trump campaign is stepping up its attacks on Bernie Sanders, a reflection of the "
      "Independent Vermont senator\xE2\x80\x99""s momentum in the race for the Democratic "
      "nomination.\n\n\xE2\x80\x9C""You know you\xE2\x80\x99""re doing well when you get "
      "attacked in politics, and the biggest concern in politics is if you "
      "don\xE2\x80\x99""t get any attacks because then you\xE2\x80\x99""re "
      "irrelevant,\xE2\x80\x9D"" said Rep. Ro Khanna.\n\n"
      "Sanders and Khanna released new legislation this week to limit Trump\xE2\x80\x99""s "
      "options on Iran while blasting the lawmakers who voted to authorize a $738 billion "
      "military budget.\n\n\xE2\x80\x9C""We know that it will ultimately be the children "
      "of working-class families who will have to fight and die in a new Middle East "
      "conflict, not the children of the billionaire class,\xE2\x80\x9D"" Sanders and Khanna "
      "said in a joint statement. \xE2\x80\x9C""At a time when we face the urgent need to "
      "rebuild our crumbling infrastructure, we as a nation, must get our priorities "
      "right.\xE2\x80\x9D""");
  ASSERT_EQ(speakers.size(), 3u);
  EXPECT_EQ(speakers[0], "Ro Khanna");
  EXPECT_EQ(speakers[1], "");
  EXPECT_EQ(speakers[2], "");
}

// AllSides dev 32sNvY4NFkgNX0qg (Vox): two authors introducing a colon quote was "Ashley
// Nellis".
TEST(SpeakerRulesRound22d, JointSubjectBeforeColonIsNobody) {
  const std::vector<std::string> speakers = Speakers(
      "Capping prison sentences at 20 years \xE2\x80\x94 an idea that I first heard from "
      "Sentencing Project executive director Marc Mauer \xE2\x80\x94 is a really "
      "consequential policy change.\n\nIn The Meaning of Life: The Case for Abolishing Life "
      "Sentences, Mauer and Ashley Nellis wrote that the number of people sentenced to "
      "prison for life grew from 34,000 in 1984 to nearly 162,000 in 2016. The US is a huge "
      "outlier, Mauer and Nellis explained: \xE2\x80\x9C""A comprehensive 2016 international "
      "analysis of life imprisonment found that the number of people serving life "
      "imprisonment in the United States is higher than the combined total in the other "
      "113 countries.\xE2\x80\x9D""");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "");
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
