// Speaker attribution rules of the twenty-first round (e), on real news (../shared/real/: the
// dump and article id are in each comment): the name a fact-checker copies out of the speakers
// table is the one the article prints. A name holding a possessive keeps its mark as written
// (`America’s Health Insurance Plans`, not "America Health Insurance Plans"); a body's name
// keeps the title word that opens it (`the Republican National Committee`, not "National
// Committee"), and a nationality before that (`the Vietnamese Foreign Ministry`, not "Foreign
// Ministry"); and a given name inside a body's name does not start it (`the Southern Poverty
// Law Center`, `the National Women’s Law Center`, not "Law Center") (docs/speaker_rounds.md,
// twenty-first round (e)).
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

// AllSides dev 9Q0MaljFPuE6Yfdh (Washington Times): the possessive mark was dropped, "America
// Health Insurance Plans".
TEST(SpeakerRulesRound21e, PossessiveMarkKeptInName) {
  const std::vector<std::string> speakers = Speakers(
      "\xE2\x80\x9CWe are simply making the data available to the public,\xE2\x80\x9D Shantanu "
      "Agrawal, deputy administrator and director of CMS\xE2\x80\x99s Center for Program "
      "Integrity, told reporters in a conference call.\n\n"
      "America\xE2\x80\x99s Health Insurance Plans, the main lobby group for insurers, said "
      "\xE2\x80\x9Cthe payments, while not nefarious in every case, are a perfect symbol for the "
      "misaligned incentives in our health care system.\xE2\x80\x9D");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[1], "America\xE2\x80\x99s Health Insurance Plans");
}

// AllSides dev EdFFGUC7JnwEx20J (BBC News): cut at the title word "Republican", the committee
// was "National Committee".
TEST(SpeakerRulesRound21e, BodyNameKeepsTitleWordOpeningIt) {
  const std::vector<std::string> speakers = Speakers(
      "But underscoring the long odds for him, party leaders promptly rejected his campaign.\n\n"
      "\"Any effort to challenge the president's nomination is bound to go absolutely nowhere,\" "
      "the Republican National Committee said in statement.\n\n"
      "According to the most recent Gallup poll, 89% of Republican voters approve of the "
      "president.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Republican National Committee");
}

// AllSides dev 3wtfqzErf9HCE0XR (USA TODAY): cut at the nationality, the ministry was "Foreign
// Ministry", one name for every country's.
TEST(SpeakerRulesRound21e, NationalityOpensBodyName) {
  const std::vector<std::string> speakers = Speakers(
      "Objections by Kim and his security personnel appear to have forced organizers to move the "
      "White House press filing center from the hotel where the North Korean leader is "
      "staying.\n\n"
      "\"The American Media Center will be relocated from Melia hotel to International Media "
      "Center,\" the Vietnamese Foreign Ministry tweeted just a few hours before the facility "
      "was supposed to open, and Kim was scheduled to arrive.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Vietnamese Foreign Ministry");
}

// AllSides dev ODOH7zRh5QNsJbjc (BBC News): "Law" is a given name; the name started there,
// "Law Center".
TEST(SpeakerRulesRound21e, GivenNameInsideBodyNameDoesNotStartIt) {
  const std::vector<std::string> speakers = Speakers(
      "Some observers say that Mr Trump's election to the White House has re-energised the far "
      "right across the US.\n\n"
      "The Southern Poverty Law Center, a civil rights organisation, says that \"Trump's run for "
      "office electrified the radical right, which saw in him a champion of the idea that "
      "America is fundamentally a white man's country.\"");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Southern Poverty Law Center");
}

// AllSides dev 9Fer0zgg66r2jKlE (Washington Times): after the possessive, `Law Center` read as
// a person's name (a given name and more) and cut the body there, "Law Center".
TEST(SpeakerRulesRound21e, BodyNameAfterPossessiveIsNoPerson) {
  const std::vector<std::string> speakers = Speakers(
      "Those groups said the new rules were a victory.\n\n"
      "\xE2\x80\x9CInsurance companies have been breaking the law and, today, the Obama "
      "administration underscored that it will not tolerate these violations,\xE2\x80\x9D the "
      "National Women\xE2\x80\x99s Law Center said.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "National Women\xE2\x80\x99s Law Center");
}

}  // namespace
}  // namespace claimdup
