// Speaker attribution rules of the twenty-third round (h), on real news (../shared/real/: the
// dump and article id are in each comment): holidays are not names (docs/speaker_rounds.md,
// twenty-third round (h)), and given names the list sexed wrongly.
//   `Back in 2018 — right around Halloween — Clinton was asked` read "Halloween Clinton" as
//   one person, who then took Hillary Clinton's answers.
//   `Taylor West, spokeswoman for …` + `"…," she told Foxnews.com`: the list read "Taylor" as a
//   man's name, so "she" reached nobody; Taylor, Avery, Kendal(l), Torrey, Madison and Ami
//   now take either pronoun, Andrei a man's.
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

// AllSides dev 2cfusXGGLTgaxpf5 (The Daily Wire, Hillary Clinton on 2020; its second
// paragraph, then from its fifth): the answers after `right around Halloween — Clinton was asked` went to
// "Halloween Clinton".
TEST(SpeakerRulesRound23h, AHolidayBeforeASurnameIsNoGivenName) {
  const std::vector<std::string> speakers = Speakers(
      "Hillary Clinton is the undead. Nearly three years after her humiliating defeat to "
      "President Trump, the two-time loser is the talk of the political world.\n\n"
      "Just days before All Hallow\xE2\x80\x99s Eve, Clinton is rising from the dead to "
      "skulk across the misty moors.\n\nClinton and daughter Chelsea were at Revolution "
      "Hall in Portland, Oregon, on Saturday hawking their new book when a moderator "
      "brought up 2020. \xE2\x80\x9C" "All that matters is that we win,\xE2\x80\x9D Clinton "
      "said, according to KGW8-TV.\n\n\xE2\x80\x9CI hate to be so, you know, simplistic "
      "about it. We have to nominate the best \xE2\x80\x94\xE2\x80\x9D she said. Just then, "
      "an audience member interrupted, yelling: "
      "\xE2\x80\x9CYou!\xE2\x80\x9D\n\n\xE2\x80\x9COh, my. Well, thank you,\xE2\x80\x9D "
      "Clinton said with a smile. But instead of shooting down the notion, she plowed "
      "straight into a campaign speech. \xE2\x80\x9CI just feel so strongly that, look, I "
      "just want to say a little bit more about this, because what\xE2\x80\x99s going on "
      "now with the impeachment inquiry is not a choice; it was an obligation under the "
      "Constitution.\xE2\x80\x9D\n\nThis has become an annual ritual. Back in 2018 "
      "\xE2\x80\x94 right around Halloween \xE2\x80\x94 Clinton was asked, \xE2\x80\x9C" "Do "
      "you want to run again?\xE2\x80\x9D\n\n\xE2\x80\x9CNo, no,\xE2\x80\x9D she replied, "
      "prompting laughter. Then she added: \xE2\x80\x9CI\xE2\x80\x99" "d like to be "
      "president.\xE2\x80\x9D");
  ASSERT_FALSE(speakers.empty());
  for (const std::string& s : speakers) EXPECT_NE(s, "Halloween Clinton");
  EXPECT_EQ(speakers.back(), "Hillary Clinton");
}

// AllSides dev euTDSlyIaD8QYU87 (Fox News, marijuana ads in newspapers): "she" after
// `Taylor West, spokeswoman …` found no one while the list gave Taylor a man's pronoun.
TEST(SpeakerRulesRound23h, TaylorCanBeShe) {
  const std::vector<std::string> speakers = Speakers(
      "Taylor West, spokeswoman for the National Cannabis Industry Association, which "
      "represents marijuana-related businesses throughout the U.S., says this is the latest "
      "salvo in the struggle between the federal government and states\xE2\x80\x99 "
      "rights.\n\n\xE2\x80\x9CThis is another example of how conflict between federal and "
      "state law ends up harassing legitimate businesses,\xE2\x80\x9D she told Foxnews.com. "
      "\xE2\x80\x9C(They) are licensed by the state, abide by state laws and are "
      "contributing taxes. But by issuing this directive and threatening to enforce the "
      "law, they are basically treating these businesses like criminals.\xE2\x80\x9D");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[0], "Taylor West");
  EXPECT_EQ(speakers[1], "Taylor West");
}

}  // namespace
}  // namespace claimdup
