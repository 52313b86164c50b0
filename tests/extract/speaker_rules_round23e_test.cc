// Speaker attribution rules of the twenty-third round (e), on real news (../shared/real/: the
// dump and article id are in each comment): speaker strings as the article prints the name
// (docs/speaker_rounds.md, twenty-third round (e)).
//   A CNN photo gallery glues each caption's subject to the gallery's title (`Photos: Attorney
//   General Eric Holder Holder talks with his father`): a word repeated right after itself ends
//   a name of two words or more, and a two-word name under a `Photos:` label (`Pope Francis
//   Francis speaks`); `Abdullah Abdullah`, printed so in running text, stays. A label in
//   capitals (`TRUMP: "…"`) names the person the article introduced with that surname.
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

// AllSides dev Oup4UpGqvn6rS2k3 (CNN, Holder's resignation): the gallery's captions made the
// article's fullest form of Holder `Eric Holder Holder`.
TEST(SpeakerRulesRound23e, GalleryCaptionDoesNotDoubleTheSurname) {
  const std::vector<std::string> speakers = Speakers(
      "Hide Caption 1 of 16 Photos: Attorney General Eric Holder Holder talks with his father, "
      "Eric Holder Sr., after being sworn in as the U.S. attorney for the District of Columbia "
      "in 1993. Hide Caption 2 of 16\n\n\"We have been great colleagues, but the bonds between "
      "us are much deeper than that,\" Holder said Thursday in a joint statement with Obama, "
      "announcing his departure. \"I'm proud to call you my friend.\"");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[0], "Eric Holder");
  EXPECT_EQ(speakers[1], "Eric Holder");
}

// AllSides dev iuk0Jf6Dorc1zxcm (CNN, the Pope before Congress): `Photos: Pope Francis Francis
// speaks …`, a two-word run under a gallery's label, made him `Francis Francis`.
TEST(SpeakerRulesRound23e, GalleryLabelCutsATwoWordDouble) {
  const std::vector<std::string> speakers = Speakers(
      "Hide Caption 25 of 44 Photos: Pope Francis Francis speaks with US President Barack "
      "Obama at the Vatican in March 2014. Hide Caption 26 of 44\n\nThen, citing Scripture "
      "to drive home his argument, Francis said: \"Let us remember the Golden Rule: 'Do "
      "unto others as you would have them do to you.'\"");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Francis");
}

// AllSides dev 1iv1pCODglj1bBaJ (USA Today, the Kabul bombing): Afghanistan's chief executive
// is Abdullah Abdullah, printed so in running text; his name stays whole (read by the
// appositive `Abdullah Abdullah, the nation's chief executive,`: a guard, which passes
// without the `Photos:` condition too).
TEST(SpeakerRulesRound23e, DoubledNameInRunningTextStays) {
  const std::vector<std::string> speakers = Speakers(
      "Abdullah Abdullah, the nation's chief executive, condemned the attack in the Dasht-i-Barchi "
      "neighborhood.\n\n\"I stand with those affected by this coward attack,\" he tweeted. "
      "\"Our resolve for fair and transparent election will continue, and terrorists won't "
      "win against the will of the Afghan people.\"");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[0], "Abdullah Abdullah");
  EXPECT_EQ(speakers[1], "Abdullah Abdullah");
}

// AllSides dev la4FwZYO6YR6lZHH (Christian Science Monitor, White House spokespeople): `Dee Dee
// Myers`, a given name printed twice, is no gallery caption; cutting every doubled word made
// her `Dee Myers`.
TEST(SpeakerRulesRound23e, DoubledGivenNameOutsideAGalleryStays) {
  const std::vector<std::string> speakers = Speakers(
      "When Bill Clinton first took office, his administration lacked a communication director, "
      "instead relying on officials like George Stephanopoulos and Dee Dee Myers.\n\n\xE2\x80\x9CI "
      "thought that part of the problem with the White House was there were too many people "
      "responsible for talking to the press,\xE2\x80\x9D Ms. Myers told PBS\xE2\x80\x99s "
      "\xE2\x80\x9C" "Frontline\" in 2000. \xE2\x80\x9CIt wasn't that there weren't enough, "
      "there were too many.\xE2\x80\x9D");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[0], "Dee Dee Myers");
  EXPECT_EQ(speakers[1], "Dee Dee Myers");
}

// AllSides dev QOp9z5N50R18DqIU (BBC, the Trump call transcripts): the analysis labels his
// words `TRUMP:`; he is Donald Trump, as the article names him, not a second speaker `TRUMP`.
TEST(SpeakerRulesRound23e, LabelInCapitalsIsThePersonIntroduced) {
  const std::vector<std::string> speakers = Speakers(
      "US President Donald Trump urged the Mexican president to stop publicly saying he "
      "would not pay for a proposed border wall, according to transcripts.\n\nHere are some "
      "key quotes, with analysis by the BBC's Anthony Zurcher.\n\nOn Mexico phone call\n\nTRUMP: "
      "\"I won New Hampshire because New Hampshire is a drug-infested den.\"");
  ASSERT_FALSE(speakers.empty());
  EXPECT_EQ(speakers.back(), "Donald Trump");
}

// AllSides dev vGcfEFCH541JOsoW (CNN, Clinton on unifying the party): the gallery's `Hide
// Caption 43 of 43`, read as a person, is the name nearest before `she said`; it names no one.
TEST(SpeakerRulesRound23e, GalleryControlIsNoSpeaker) {
  const std::vector<std::string> speakers = Speakers(
      "Hide Caption 42 of 43 Photos: Hillary Clinton's life in the spotlight After conceding "
      "the presidency to Trump in a phone call earlier, Clinton addresses supporters and "
      "campaign workers in New York on Wednesday, November 9. Her defeat marked a stunning "
      "end to a campaign that appeared poised to make her the first woman elected US president. "
      "Hide Caption 43 of 43\n\nOn Sunday, she said there will be an \"obvious need of us "
      "to unify the party\" once she becomes the presumptive nominee.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "");
}

// AllSides dev lg3ugt73xie7PYzT (compulsory voting): the reporter's `Stockholm-based` is no
// part of the institute's name.
TEST(SpeakerRulesRound23e, ModifierBeforeAnOrganizationIsCut) {
  const std::vector<std::string> speakers = Speakers(
      "\"Can a country be considered to practice compulsory voting if the mandatory voting "
      "laws are ignored and irrelevant to the voting habits of the electorate?\" asks the "
      "Stockholm-based International Institute for Democracy and Electoral Assistance.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "International Institute for Democracy and Electoral Assistance");
}

}  // namespace
}  // namespace claimdup
