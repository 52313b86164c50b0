// Speaker attribution rules of the twenty-third round (c), on real news (../shared/real/: the
// dump and article id are in each comment): attribution verbs the tail list missed (`"…,"
// Sessions charged.`, `"…," Robert Runck, a fourth-generation farmer, informs the paper.`) and
// a credit with no verb after a quote that ends in a comma (`"…," Neil Birrell, chief
// investment officer at fund manager Premier Asset Management.`) (docs/speaker_rounds.md,
// twenty-third round (c)). A joint byline (`"…," Josh Dawsey, Michael Scherer and Annie
// Linskey report.`) stays none.
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

// AllSides dev cz00ErVHWh7FUBwm (The Guardian, October jobs report): name and role, no verb.
TEST(SpeakerRulesRound23c, VerblessCreditWithRole) {
  const std::vector<std::string> speakers = Speakers(
      "The latest numbers appear to validates the opinion of US central bankers that the jobs "
      "market is \xE2\x80\x9Cstrong\xE2\x80\x9D and reinforces the Federal Reserve\xE2\x80\x99s "
      "hint that it will pause rate cuts after its third quarter-point reduction this "
      "month.\n\n\xE2\x80\x9CThe jobs data was distorted by the General Motors strike, one of "
      "the biggest this century, but the number of jobs created was quite a bit higher than "
      "expected,\xE2\x80\x9D Neil Birrell, chief investment officer at fund manager Premier "
      "Asset Management.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Neil Birrell");
}

// AllSides dev WLfFKg6SKJpiCSOo (Reuters, the Charleston church attack): title, name, party
// tag and the occasion, no verb.
TEST(SpeakerRulesRound23c, VerblessCreditWithOccasion) {
  const std::vector<std::string> speakers = Speakers(
      "Police in Charleston responded to multiple bomb threats around the city through the "
      "course of the day on Thursday.\n\nThree people survived the attack.\n\n\xE2\x80\x9CIt "
      "is a very, very sad day in South Carolina,\xE2\x80\x9D Governor Nikki Haley, a "
      "Republican, in a tearful statement.\n\nThat grief rang hollow for some civil-rights "
      "activists, who noted that the state capital in Columbia still flies the Confederate "
      "flag.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Nikki Haley");
}

// AllSides dev tHkncskGYYG9NF9m (Washington Post, The Health 202): three reporters credited
// for their story's words: a joint byline, nobody.
TEST(SpeakerRulesRound23c, JointBylineStaysNone) {
  const std::vector<std::string> speakers = Speakers(
      "PARTIES STRUGGLE TO PLAN CONVENTIONS: \xE2\x80\x9CThe Republican National Committee has "
      "asked the federal government to provide personal protective gear for political "
      "conventions this summer, underscoring the challenges of staging the quadrennial events "
      "during a pandemic,\xE2\x80\x9D Josh Dawsey, Michael Scherer and Annie Linskey "
      "report.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "");
}

// AllSides dev 8uqoF7ifLhqlSe3u (CBN, families separated at the border): `charged`.
TEST(SpeakerRulesRound23c, ChargedAttributes) {
  const std::vector<std::string> speakers = Speakers(
      "In a speech last week, Attorney General Jeff Sessions faulted the Obama administration "
      "for failing to prosecute all illegal border crossers.\n\n\"The previous administration "
      "wouldn't prosecute illegal aliens who entered the country with children. It was de "
      "facto open borders,\" Sessions charged.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Jeff Sessions");
}

// AllSides dev 4q1J7Xx5nHB9eFao (CBN, Planned Parenthood hearing): `charged` after a party tag.
TEST(SpeakerRulesRound23c, ChargedAfterPartyTag) {
  const std::vector<std::string> speakers = Speakers(
      "Just like Richards, congressional defenders of Planned Parenthood in the undercover "
      "video scandal attacked the undercover video production.\n\n\"This hearing today is "
      "promoted by a series of deceptively edited and purposely misleading videos,\" Rep. "
      "Carolyn Maloney, D-N.Y., charged.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Carolyn Maloney");
}

// AllSides dev jtTMDpOanRT6rsVi (Reason, soybean farmers and tariffs): `informs`.
TEST(SpeakerRulesRound23c, InformsAttributes) {
  const std::vector<std::string> speakers = Speakers(
      "With that in mind, The New York Times has dispatched a reporter to soybean "
      "country.\n\n\"If he doesn't understand what he's doing to the nation by doing what "
      "he's doing, he's going to be a one-term president, plain and simple,\" Robert Runck, a "
      "fourth-generation farmer, informs the paper.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Robert Runck");
}

// AllSides dev ryjMMTPMYCRW2X9o (The Hill, the Barr hearing; three sentences from the middle,
// the site's link text after each name dropped): Hirono's words quoted inside `When Hirono asked
// Barr to "…,"`; `Graham interrupted` is his reply, not their speaker. The new verbs attribute
// only a quote that opens its sentence.
TEST(SpeakerRulesRound23c, NotAQuoteInsideAnotherClause) {
  const std::vector<std::string> speakers = Speakers(
      "Judiciary Committee Chairman Lindsey Graham (R-S.C.), asked about the tone of the "
      "hearing, argued that Democrats are out to destroy anything related to Trump, as part of a "
      "revenge plot for losing the 2016 election.\n\nOne of the biggest pressure points was "
      "between Graham and Sen. Mazie Hirono (D-Hawaii), whom he accused of "
      "\xE2\x80\x9Cslandering\xE2\x80\x9D Barr.\n\nWhen Hirono asked Barr to "
      "\xE2\x80\x9Cgive us some credit for knowing what the hell is going on around here "
      "with you,\xE2\x80\x9D Graham interrupted, saying that "
      "Hirono had \xE2\x80\x9Cslandered this man every way you can.\xE2\x80\x9D");
  ASSERT_GE(speakers.size(), 1u);
  for (const std::string& s : speakers) EXPECT_NE(s, "Lindsey Graham");
}

}  // namespace
}  // namespace claimdup
