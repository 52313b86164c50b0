// Speaker attribution rules of the twelfth round (c), each on real news (../shared/real/: the
// dump and article id are in each comment; "…" marks text left out). The rules come from
// reading `the president said` and relatives' names in the AllSides dev half
// (docs/speaker_rounds.md, twelfth round (c)).
#include <cstdint>
#include <string>
#include <vector>

#include "extract/speaker_names.h"
#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

using V = std::vector<std::string>;

TEST(SpeakerRulesRound12cTest, VicePresidentIsNotThePresident) {
  // AllSides QPXXFdCI4MzQLsza: "the president" went to `Vice President Mike Pence`, who holds
  // every word of the description but not the office.
  EXPECT_EQ(Speakers("President Donald Trump recalled attending a Billy Graham Crusade at "
                     "Yankee Stadium as a young boy with his parents.\n\n"
                     "It was a solemn, but joyful ceremony in the beautiful Capitol Rotunda. In "
                     "attendance were Graham's family, President Trump and first lady Melania "
                     "Trump, Vice President Mike Pence and Karen Pence, along with leaders and "
                     "members of the House and Senate.\n\n"
                     "\"Here in this room we are reminded that America is a land sustained by "
                     "prayer,\" the president said, referring to the works of art that line the "
                     "dome and tell the story of America."),
            (V{"Donald Trump"}));
}

TEST(SpeakerRulesRound12cTest, FirstLadyDoesNotTakeThePresidentsSurname) {
  // AllSides c35zhipWkILwXmrG: `President Obama` and `first lady Michelle Obama` were folded
  // into one person named "Michelle Obama", so "the president said" gave her.
  EXPECT_EQ(Speakers("President Obama on Saturday led a national day of remembrance for the "
                     "victims of the fatal Sandy Hook elementary school shootings while renewing "
                     "his call for tighter gun control and more focus on mental-health care, on "
                     "the anniversary of the tragic event.\n\n"
                     "\u201cWe have to do more to keep dangerous people from getting their hands "
                     "on a gun so easily. We have to do more to heal troubled minds,\u201d the "
                     "president said in his weekly radio address, before he and first lady "
                     "Michelle Obama remembered the shooting victims."),
            (V{"Obama"}));
}

TEST(SpeakerRulesRound12cTest, LoneSurnameIsNotTheRelativeNamedFirst) {
  // AllSides 739zJIX2D6RHPHMs: `first lady Melania Trump` opens the article; `President
  // Trump` and a later `Trump said` are her husband, not her.
  const V speakers = Speakers(
      "The White House convened a summit on the opioid epidemic Thursday, where first lady "
      "Melania Trump said she is proud of the what the administration has already "
      "accomplished on the issue, but that \"we all know there is much work still to be "
      "done.\"\n\n"
      "Although he had not been expected to participate, President Trump briefly joined the "
      "event.\n\n"
      "After introducing a personal friend who lost a son to drugs, the president addressed "
      "his administration's plans for battling the opioid epidemic. \"The administration is "
      "going to be rolling out policy over the next three weeks, and it will be very, very "
      "strong,\" Trump said.");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[1], "Trump");
}

TEST(SpeakerRulesRound12cTest, MisterIsNotTheFirstLady) {
  // AllSides 7GL7XV2TYadvmR1b: `Mr. Trump said` gave "Melania Trump", named once as the first
  // lady in the gallery.
  EXPECT_EQ(Speakers("\u201cWe need only look at the depraved character of the North Korean "
                     "regime to understand the nature of the nuclear threat it could pose to "
                     "America and our allies,\u201d Mr. Trump said.\n\n"
                     "Seated in the gallery with first lady Melania Trump were the parents of "
                     "Otto Warmbier.\n\n"
                     "\u201cYou are powerful witnesses to a menace that threatens our world, and "
                     "your strength truly inspires us all,\u201d Mr. Trump said."),
            (V{"Trump", "Trump"}));
}

TEST(SpeakerRulesRound12cTest, LowerCaseMissIsAVerbNoTitle) {
  // AllSides l91rkpQ2tmnfU47f: `going to miss Ryan` introduced a "Miss Ryan", a woman, who is
  // no longer House Speaker Paul Ryan.
  EXPECT_EQ(Speakers("Washington (CNN) House Speaker Paul Ryan is not seeking re-election and "
                     "will retire from Congress after this year, the Wisconsin Republican "
                     "announced Wednesday.\n\n"
                     "Republicans say they're going to miss Ryan\n\n"
                     "\"I like to think I've done my part, my little part in history to set us "
                     "on a better course,\" Ryan said."),
            (V{"Paul Ryan"}));
}

TEST(SpeakerRulesRound12cTest, CourtesyTitlePicksThePersonOfThatSex) {
  // AllSides O7Hs6YmXG8kW8Fjj: once `President Obama` and `first lady Michelle Obama` are two
  // people, `Mrs. Obama said` must pick her (it gave the bare "Obama", his).
  const V speakers = Speakers(
      "With his new emphasis on creating government policy through executive fiat, President "
      "Obama is betting he will fire up his Democratic base more than he will infuriate "
      "Republican voters in this year\u2019s midterm elections.\n\n"
      "While the president has been vowing to work without Congress whenever possible, first "
      "lady Michelle Obama was telling wealthy donors to give heavily to Democratic candidates "
      "because the president cannot move on his agenda without Congress.\n\n"
      "\u201cWrite the biggest check you can possibly write,\u201d Mrs. Obama said. "
      "\u201cWriting the checks is the single most impactful thing you can do right now to "
      "affect the outcome of those midterms. We need you to max out today.\u201d");
  ASSERT_FALSE(speakers.empty());
  EXPECT_EQ(speakers[0], "Michelle Obama");
}

TEST(SpeakerRulesRound12cTest, JuniorFoldsApartFromHisFather) {
  // AllSides dev half (claimdup run): "Trump Jr" 63 claims and "Donald Trump Jr" 36 were two
  // speakers, both apart from "Donald Trump" (9,046) and "Trump" only by the parse of "Jr" as
  // the surname.
  const std::vector<std::string> names = {"",         "Donald Trump",    "Trump", "Donald Trump Jr",
                                          "Trump Jr", "Jesse Jackson Jr"};
  const auto canon = CanonicalSpeakers(names, {0, 9046, 2756, 36, 63, 4});
  EXPECT_EQ(canon[2], 1u);
  EXPECT_EQ(canon[3], 3u);
  EXPECT_EQ(canon[4], 3u);  // "Trump Jr" is Donald Trump Jr, not Donald Trump.
  EXPECT_EQ(canon[5], 5u);
}

}  // namespace
}  // namespace claimdup
