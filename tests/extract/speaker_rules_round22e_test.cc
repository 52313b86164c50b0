// Speaker attribution rules of the twenty-second round (e), on real news (../shared/real/: the
// dump and article id are in each comment): a dash glued between a capitalized word and a
// lower-case one (`Perkins—who says`, `Jeff Longbine—a Republican`) ends the word, as a spaced
// dash does, so the speaker is no `Perkins—who` and the name before the dash is read
// (docs/speaker_rounds.md, twenty-second round (e)).
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

// AllSides dev vpXZ6UKN8bGv6bZ1 (The Dispatch): the speaker was "Perkins—who".
TEST(SpeakerRulesRound22e, GluedDashAfterSurname) {
  const std::vector<std::string> speakers = Speakers(
      "Oregon Senate primary winner Jo Rae Perkins is also an avowed QAnon believer. She was "
      "eager to talk to The Dispatch about her affinity for Trumpism and hatred of the "
      "mainstream media.\n\nPerkins\xE2\x80\x94who says she gets her news from the Epoch Times, "
      "Fox News, and various podcasts\xE2\x80\x94" "explained that QAnon uses the Socratic method "
      "to crowdsource information. \xE2\x80\x9CWe\xE2\x80\x99re encouraged to do our own "
      "critical thinking and our own research,\xE2\x80\x9D she said in solidarity with the "
      "movement.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Jo Rae Perkins");
}

// AllSides dev IiwrtorHFgP6eSN3 (Salon): the quote had no speaker.
TEST(SpeakerRulesRound22e, GluedDashAfterFullNameBeforeVerb) {
  const std::vector<std::string> speakers = Speakers(
      "Officials raised the specter of either a 6.2 percent across-the-board cut, which would "
      "cost schools nearly $200 million, or a veto of budgets for the state\xE2\x80\x99s regents "
      "universities.\n\nAnd Sen. Jeff Longbine\xE2\x80\x94" "a Republican representing "
      "Emporia\xE2\x80\x94said, \xE2\x80\x9CI am sick of being blackmailed.\xE2\x80\x9D\n\n"
      "Kansas City Star opinion writer Yael T. Abouhalkah provided more details in his blog.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Jeff Longbine");
}

}  // namespace
}  // namespace claimdup
