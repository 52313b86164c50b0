// Speaker attribution rules of the twentieth round (h), on real news (../shared/real/: the
// dump and article id are in each comment): a possessive inside an organization's name does
// not cut it to its last word when the article writes that word only right after the
// possessive (`America’s Voice`, `Building America’s Future`; a surname the article also
// writes elsewhere, `Fox's Starnes` + `Todd Starnes`, is still cut, round (c)), nor a party's
// adjective (`Florida's Democratic congressional delegation`); and a possessive written with
// the apostrophe alone (`Marcus' line that "…"`) names who said the quote its speech noun
// introduces (docs/speaker_rounds.md, twentieth round (h)).
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

// AllSides dev XZ60kZmtxEIX0zIW (Washington Times): cut at the possessive, the group was
// "Voice".
TEST(SpeakerRulesRound20h, GroupNameHoldingPossessive) {
  const std::vector<std::string> speakers = Speakers(
      "The Obama administration, which faced its own surge of illegal immigrant families in 2014 "
      "and 2015, tried to open family detention centers but was met with fierce opposition by "
      "immigrant-rights advocates who said it was cruel to keep families detained.\n\n"
      "They renewed those objections Wednesday.\n\n"
      "\xE2\x80\x9C" "Even if families are detained together, it is just as harmful as family "
      "separation,\xE2\x80\x9D said America\xE2\x80\x99s Voice, a leading advocacy group, citing "
      "psychologists.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "America\xE2\x80\x99s Voice");
}

// AllSides dev q4oJ5SqX0tRP9kVU (Politico): cut to "Future", the group's pledge went to one
// of its chairs, Michael Bloomberg.
TEST(SpeakerRulesRound20h, GroupNameHoldingPossessiveBeforeDash) {
  const std::vector<std::string> speakers = Speakers(
      "The group Building America\xE2\x80\x99s Future \xE2\x80\x94 chaired by Democratic former "
      "Pennsylvania Gov. Ed Rendell, former Transportation Secretary Ray LaHood and former New "
      "York Mayor Michael Bloomberg \xE2\x80\x94 pledged to work with Trump and Congress "
      "\xE2\x80\x9Cto tackle this unifying issue in the first 100 days.\xE2\x80\x9D");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Building America\xE2\x80\x99s Future");
}

// AllSides dev SuJidG99ILmtK38n (Salon): `Democratic` after `Florida's` is the delegation's
// adjective; read as a name it gave "Florida Democratic".
TEST(SpeakerRulesRound20h, PartyAdjectiveAfterPossessiveIsNoName) {
  const std::vector<std::string> speakers = Speakers(
      "Florida's Democratic congressional delegation wrote a letter to DeSantis last week, which "
      "questioned the \"inconsistencies between COVID-19 death tracking methods used by the "
      "Florida Department of Health and county medical examiners.\"\n\n"
      "\"We ask that you work with the Department of Health and county medical examiners to "
      "ensure that COVID-19 cases are detected and reported accurately,\" they said.");
  for (const std::string& s : speakers) EXPECT_NE(s, "Florida Democratic");
}

// AllSides dev pETmszDfb0Zcoqwd (Salon): `Marcus'` was no possessive to PossessorOfSpeech.
TEST(SpeakerRulesRound20h, BareApostrophePossessiveBeforeSpeechNoun) {
  const std::vector<std::string> speakers = Speakers(
      "Two separate Washington Post columnists essentially wrote exactly this column.\n\n"
      "Ruth Marcus' is perhaps most representative. It begins by explaining, with admirable "
      "clarity, how we got here.\n\n"
      "It's easy to agree with Marcus' line that \"the filibuster should be a "
      "break-in-case-of-emergency tool for judicial nominees,\" but that's not how it has "
      "existed for years now.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Ruth Marcus");
}

}  // namespace
}  // namespace claimdup
