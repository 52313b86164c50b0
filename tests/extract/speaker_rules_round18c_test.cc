// Speaker attribution rules of the eighteenth round (c): a quoted phrase of a few words inside
// the words around a quote, an owner's staff named by a possessive, and dash credits naming a
// document, each on real news (../shared/real/: the dump and article id are in each comment;
// "…" marks text left out). docs/speaker_rounds.md, eighteenth round (c), has the counts.
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

using V = std::vector<std::string>;

TEST(SpeakerRulesRound18cTest, QuotedWordInsideATailsAppositive) {
  // AllSides Y3c4uWMhQZ2Vnqma (Washington Times; random14's miss): the quoted "yes" inside the
  // appositive ended the tail's reading before "told".
  const V speakers = Speakers(
      "Sen. John Cornyn of Texas, the second-ranking Republican, then switched to join Mr. "
      "McConnell in opposing the filibuster. He and other allies then went to try to persuade "
      "other Republicans to join them in a show of solidarity.\n\n"
      "\u201c" "All right, let\u2019s go \u2014 come on down,\u201d Sen. Bob Corker, a Tennessee "
      "Republican who voted \u201cyes\u201d to break the filibuster, told his colleagues.\n\n");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Bob Corker");
}

TEST(SpeakerRulesRound18cTest, QuotedPhraseBeforeASharedParticiple) {
  // AllSides fWLVFCRxhktDwar6 (Townhall; random14's miss): `The Speaker called Trump's speech a
  // "manifesto of mistruths" in a statement afterward, saying it "…"`: the quoted phrase
  // stopped the opening description from sharing its subject with "saying".
  const V speakers = Speakers(
      "House Speaker Nancy Pelosi showed her contempt for President Trump in the starkest of "
      "terms Tuesday night when she promptly ripped up his speech the moment he finished\u2014and "
      "as the cameras were still focused on the dais.\n\n"
      "In explaining her decision to reporters afterward, Pelosi said \"It was the courteous "
      "thing to do considering the alternative.\"\n\n"
      "The Speaker called Trump's speech a \"manifesto of mistruths\" in a statement afterward, "
      "saying it \"should be a call to action for everyone who expects truth from the President "
      "and policies worthy of his office and the American people.\"\n\n"
      "While her decision to shred the speech may have gone over well among the Democratic "
      "base, not all members of the party were applauding.");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[0], "Nancy Pelosi");
  EXPECT_EQ(speakers[1], "Nancy Pelosi");
}

TEST(SpeakerRulesRound18cTest, QuotedPhraseWithNoCommaAfterItEndsTheTail) {
  // AllSides 6318vL21DDt73fGZ (USA TODAY), a guard: `while "…," the kind of "originalist"
  // judges that Cruz has said he would appoint …` goes on past the quote with a verb of its
  // own; a first version of the rule read "Cruz has said" and gave Tribe's words to Cruz.
  const V speakers = Speakers(
      "During the debate, Trump repeatedly referred to another legal scholar, Laurence Tribe, a "
      "constitutional law professor at Harvard who once had Cruz as a student.\n\n"
      "In an opinion piece penned for the Boston Globe on Jan. 11, Tribe opined that while "
      "\u201cno real court is likely to keep Cruz off the ballot, much less remove him from the "
      "White House if he were to win,\u201d the kind of \u201coriginalist\u201d judges that Cruz "
      "has said he would appoint to the Supreme Court are the very ones most likely to conclude "
      "he is ineligible.\n\n");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_NE(speakers[0], "Ted Cruz");
  EXPECT_NE(speakers[0], "Cruz");
}

TEST(SpeakerRulesRound18cTest, OfficeAfterAnInvertedVerbThenItsHolder) {
  // AllSides muxpPrtuwvHsC22h (Reuters): with the quoted phrase "shows contempt" read as words,
  // the tail reaches `said the Grand Mufti of …, Mohammed Hussein,`: the holder speaks, not
  // the office read as a name ("Grand Mufti", the first version's change).
  const V speakers = Speakers(
      "While mainstream Muslim leaders around the world have strongly condemned the attack that "
      "killed 12 people, many said the decision to print a new cartoon of Mohammad was a "
      "provocation that would create a further backlash.\n\n"
      "Such cartoons \u201c" "fuel feelings of hatred and resentment among people\u201d and "
      "publishing them \u201cshows contempt\u201d for Muslim feelings, said the Grand Mufti of "
      "Jerusalem and Palestinian lands, Mohammed Hussein, in a statement.\n\n");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Mohammed Hussein");
}

TEST(SpeakerRulesRound18cTest, OwnersSpokesmanNamed) {
  // AllSides Kj2RRRQKO2Kkw5Uu (TheBlaze.com): `Sen. McConnell's spokesman David Popp issued a
  // statement …, saying, "…"`: the spokesman named after the owner's possessive speaks.
  const V speakers = Speakers(
      "How did the senator respond?\n\n"
      "Sen. McConnell's spokesman David Popp issued a statement following the ordeal, saying, "
      "\"The Leader and Sec. Chao enjoyed their meal in Louisville last night and they "
      "appreciate those who spoke up against incivility.\"\n\n");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "David Popp");
}

TEST(SpeakerRulesRound18cTest, DashCreditOfAStatementFromAPerson) {
  // AllSides fd8x14Jf5gpJJuDz (Fox News First): `"…" – Statement from former Gov. John H.
  // Sununu, R-N.H.`: the document's author.
  const V speakers = Speakers(
      "Honey Badger don\u2019t care about Dem denials \u2013 \u201cSerious questions have been "
      "raised about potential illegal coordination between Sen. Harry Reid and Sen. Jeanne "
      "Shaheen, and now a federal investigation is pending. \u2026 Until we know for sure what "
      "has happened, these ads must come down.\u201d \u2013 Statement from former Gov. John H. "
      "Sununu, R-N.H.\n\n"
      "N.C. PRIMARY LOOKS LIKE A NAIL-BITER\n\n");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "John H Sununu");
}

TEST(SpeakerRulesRound18cTest, DashCreditOfALetterFromNoPerson) {
  // AllSides wbukOHKMfvNaGyki (Fox News First): `-- A letter from 20 Republican senators to
  // President Obama …`: nobody; main gave the quote to "Florida" (`the Florida senator` in the
  // credit before).
  const V speakers = Speakers(
      "\"Marco Rubio is being thoroughly vetted as part of our process.\"\n\n"
      "-- Republican presidential nominee Mitt Romney in answer to a reporter\u2019s question "
      "about an ABC News report that said the Florida senator was not being vetted by Romney\u2019s "
      "campaign as a possible running mate.\n\n"
      "\u201c" "As president you swore to uphold and defend the constitution and enforce laws. Your "
      "recently announced directive runs counter to that responsibility.\u201d\n\n"
      "-- A letter from 20 Republican senators to President Obama asking for an explanation of "
      "Obama\u2019s decision to exempt certain illegal immigrants \u2013 those under the age of 30 "
      "who came to the United States as minors \u2013 from immigration laws.\n\n");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[1], "");
}

}  // namespace
}  // namespace claimdup
