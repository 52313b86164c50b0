// Speaker attribution rules of the nineteenth round (d), on real news (../shared/real/: the
// dump and article id are in each comment): quotes left without a speaker because the titled
// name that attributes them is long (docs/speaker_rounds.md, nineteenth round (d)).
//   A. `"…?" Oversight and Reform Committee Chairwoman Carolyn B. Maloney (D-N.Y.) said.`: after
//      a quote that ends its sentence, the words after it are its attribution when a speech
//      verb follows within 8 words, or within 14 when every word before the verb belongs to a
//      titled name and the verb ends the clause.
//   B. `"…," Assistant Secretary of State for East Asian and Pacific Affairs Danny Russel said`:
//      a name after "for"/"to"/"and" inside a title phrase that is the whole subject speaks.
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

// pac_pairs STORY_93_DOCUMENT_0 (Los Angeles Times; random13's Maloney miss): nine words
// between the closing mark and `said`.
TEST(SpeakerRulesRound19d, LongTitledNameAfterQuoteEndingItsSentence) {
  const std::vector<std::string> speakers = Speakers(
      "The CDC estimates that 3 in 5 of those deaths are preventable. \xE2\x80\x9CHow does one "
      "of the most medically advanced nations in the world continue to fail Black birthing "
      "people at such high rates?\xE2\x80\x9D Oversight and Reform Committee Chairwoman "
      "Carolyn B. Maloney (D-N.Y.) said. \xE2\x80\x9CTo understand, we have to take the "
      "blinders off our history and acknowledge that our healthcare system \xE2\x80\x94 "
      "including reproductive healthcare \xE2\x80\x94 was built on a legacy of systemic "
      "racism.\xE2\x80\x9D");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[0], "Carolyn B Maloney");
  EXPECT_EQ(speakers[1], "Carolyn B Maloney");
}

// AllSides dev 1SipFLEfOaNqFxEo (BuzzFeed News): a long titled name whose verb goes on (`told
// BuzzFeed News Friday that …`) opens news of its own; Garza's quote stays his.
TEST(SpeakerRulesRound19d, LongTitledNameWithItsOwnClauseOpensASentence) {
  const std::vector<std::string> speakers = Speakers(
      "\xE2\x80\x9CRight now people are staying at home, depressed, it weakens your immune "
      "system,\xE2\x80\x9D Garza said. \xE2\x80\x9C" "But if they come to church, they're "
      "encouraged, they're joyful, their immune system receives like a B-12.\xE2\x80\x9D "
      "American Psychological Association Director of Clinical Research and Quality Vaile "
      "Wright told BuzzFeed News Friday that there was \xE2\x80\x9C" "certainly no "
      "evidence\xE2\x80\x9D to suggest that attending church could boost your immune system.");
  ASSERT_GE(speakers.size(), 2u);
  EXPECT_EQ(speakers[1], "Garza");
}

// AllSides dev 1SKK278vQwiVPyzi (USA TODAY): `for` and `and` inside the title made the name
// after them an object (`a spokesman for the Department of Health and Human Services`).
TEST(SpeakerRulesRound19d, NameAfterForAndAndInsideATitle) {
  const std::vector<std::string> speakers = Speakers(
      "A top US. diplomat for the Asia-Pacific region said this week that a fifth nuclear test "
      "by North Korea could prompt even harsher sanctions against Pyongyang.\n\n\"Like a "
      "regimen of medicine, the dosage can be upped when the effects fall short of what's "
      "required,\" Assistant Secretary of State for East Asian and Pacific Affairs Danny "
      "Russel said, according to Reuters.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Danny Russel");
}

// AllSides dev HSihOCIFof6TJWq8 (NPR): `Office of Management and Budget Director`.
TEST(SpeakerRulesRound19d, NameAfterABodysNameWithAnd) {
  const std::vector<std::string> speakers = Speakers(
      "The blueprint was designed to \"send a message to our allies and our potential "
      "adversaries that this is a strong-power administration,\" Office of Management and "
      "Budget Director Mick Mulvaney explained on Wednesday as he previewed the document in a "
      "briefing with reporters.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Mick Mulvaney");
}

// AllSides dev KZFHZTbpwoqNddhb (USA TODAY): `Ohio Right to Life President`.
TEST(SpeakerRulesRound19d, NameAfterToInsideABodysName) {
  const std::vector<std::string> speakers = Speakers(
      "To many anti-abortion voices, legal challenges are the point.\n\n\xE2\x80\x9CThe "
      "heartbeat bill is the next incremental step in our strategy to overturn Roe v. "
      "Wade,\xE2\x80\x9D Ohio Right to Life President Mike Gonidakis told the Associated Press "
      "last month.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Mike Gonidakis");
}

// Guards of B: a lower-case role word makes the name an object (`a spokesman for … Secretary
// Alex Azar said`), and a second given name in the run a second person.
TEST(SpeakerRulesRound19d, TitleRunGuards) {
  EXPECT_EQ(Speakers("\"The department will review every one of these grants before the end of "
                     "the year,\" a spokesman for Health and Human Services Secretary Alex Azar "
                     "said.")[0],
            "");
}

// AllSides dev IZh70xgz6Xtyikyc (AP): `Aides to Sen. Chuck Grassley, R-Iowa, …, said`: the
// aides speak for him; the quote after, `said a tweet from Grassley's staff`, is not his.
TEST(SpeakerRulesRound19d, AidesToASenatorAreNotTheSenator) {
  const std::vector<std::string> speakers = Speakers(
      "Aides to Sen. Chuck Grassley, R-Iowa, who chaired the Kavanaugh hearings, said Ramirez's "
      "allegations were investigated and found to be wanting.\n\n\"The committee's review "
      "found no verifiable evidence to support the claims,\" said a tweet from Grassley's "
      "staff.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_NE(speakers[0], "Chuck Grassley");
}

}  // namespace
}  // namespace claimdup
