// Speaker attribution, sixteenth session (d): wrong credits that remained. A generational
// suffix set off by commas (`Donald Trump, Jr., touted …`, `Jerry Falwell, Jr., president of
// …`) stays part of the name, so the son is not credited as his father; a name with a Jr. is
// read whole (`Herman Baertschiger, Jr.` was "Jr"; `Martin Luther King Jr.` was "Luther King
// Jr"). A document named right after the quote with its issuer (`"…," a statement by the
// DHS said`, `"…," a statement from National Security Council spokesperson Ned Price said`)
// speaks for that issuer, or for nobody when the issuer has no name (never for the outlet
// after `according to`). Real news (../shared/real/: the article id is in each comment; "…" marks
// text left out).
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

using V = std::vector<std::string>;

TEST(SpeakerRulesRound16dTest, SuffixAfterACommaStaysWithTheName) {
  // AllSides 8HLIQK4zkztGBXTC (Politico): the president is quoted above; `Donald Trump, Jr.,
  // touted …` + `"…" he wrote. "…"`: the son (were "Donald Trump").
  const V speakers = Speakers(
      "\"Today we're delivering a clear message to the professors,\" President Donald Trump "
      "said at the White House.\n\n"
      "The Justice Department under the Trump administration, meanwhile, has backed lawsuits "
      "against colleges it believes are suppressing speech, including Berkeley.\n\n"
      "Donald Trump, Jr., touted the move on Twitter Thursday morning as \"A big momentous "
      "day!\"\n\n"
      "\"Super excited today that @realDonaldTrump is signing an executive order today to "
      "protect free speech rights for ALL students!\" he wrote. \"Great work by @TPUSA and "
      "@charliekirk11 who have been pushing this since the first time I met him years ago.\"");
  EXPECT_EQ(speakers, (V{"Donald Trump", "Donald Trump Jr", "Donald Trump Jr"}));
}

TEST(SpeakerRulesRound16dTest, SuffixAfterACommaBeforeAnAppositive) {
  // AllSides lz0mdwFkBKVixxVC (Fox News): `Jerry Falwell, Jr., president of Liberty
  // University, called the editorial "…" on Twitter: "…"`: Falwell Jr. (was "Jerry Falwell",
  // his late father).
  const V speakers = Speakers(
      "Jerry Falwell, Jr., president of Liberty University, called the editorial \"CT "
      "unmasked\" on Twitter: \"Less than 20 percent of evangelicals supported Hillary Clinton "
      "in 2016 but now @CTmagazine has removed any doubt that they are part of the same 17 "
      "percent or so of liberal evangelicals.\"");
  EXPECT_EQ(speakers, (V{"Jerry Falwell Jr"}));
}

TEST(SpeakerRulesRound16dTest, SurnameBeforeASuffixAfterATitle) {
  // AllSides qj9R5lNXVGyRhzXS (Mother Jones): `Senate Republican Leader Herman Baertschiger,
  // Jr. explained …` + `"…," he said. "…"`: Baertschiger (were "Jr").
  const V speakers = Speakers(
      "In a statement by Oregon Senate Republicans released Thursday, Senate Republican Leader "
      "Herman Baertschiger, Jr. explained the reason for the walk out, describing it as the "
      "will of the people of Oregon. \xE2\x80\x9CProtesting cap and trade by walking out today "
      "represents our constituency and exactly how we should be doing our job,\xE2\x80\x9D he "
      "said. \xE2\x80\x9CIt\xE2\x80\x99s time for the majority party to consider all "
      "Oregonians\xE2\x80\x94not just the ones in Portland.\xE2\x80\x9D");
  EXPECT_EQ(speakers, (V{"Herman Baertschiger Jr", "Herman Baertschiger Jr"}));
}

TEST(SpeakerRulesRound16dTest, FourWordNameWithASuffix) {
  // AllSides 7uD1X2wBfRZwMWR9: `Martin Luther King Jr. famously lamented the "white moderate"
  // who "…"`: the whole name (was "Luther King Jr": four words kept of five).
  const V speakers = Speakers(
      "In his \xE2\x80\x9CLetter From Birmingham Jail,\xE2\x80\x9D Martin Luther King Jr. "
      "famously lamented the \xE2\x80\x9Cwhite moderate\xE2\x80\x9D who "
      "\xE2\x80\x9Cprefers a negative peace which is the absence of tension to a positive peace "
      "which is the presence of justice.\xE2\x80\x9D He also acknowledged the importance of "
      "tension to achieving justice.");
  EXPECT_EQ(speakers, (V{"Martin Luther King Jr"}));
}

TEST(SpeakerRulesRound16dTest, TitleWordBeforeASuffixIsTheSurname) {
  // AllSides 8AFtxgffaRUWeobG: `As the Rev. Dr. Martin Luther King Jr. put it, "…"`: King, a
  // title word, is the surname before "Jr." (a guard: main found him through the bare "Jr";
  // a first version of this round's rule read "King" as a title and gave none).
  const V speakers = Speakers(
      "This gets to a fundamental point that is so often lost in our democratic debate: No "
      "matter how politically divided we are, we are all in this together. As the Rev. Dr. "
      "Martin Luther King Jr. put it, \"We are all caught in an inescapable network of "
      "mutuality, tied into a single garment of destiny.\"");
  EXPECT_EQ(speakers, (V{"Martin Luther King Jr"}));
}

TEST(SpeakerRulesRound16dTest, DocumentFromAPersonAfterTheQuote) {
  // AllSides AFLcRs1hMSqRbRBY: `"…," a statement from National Security Council spokesperson
  // Ned Price said`: Ned Price (was none).
  const V speakers = Speakers(
      "The U.S. condemned the \xE2\x80\x9Cheinous attack\xE2\x80\x9D in "
      "\xE2\x80\x9CIstanbul\xE2\x80\x99s historic heart.\xE2\x80\x9D\n\n"
      "\xE2\x80\x9CWe stand together with Turkey, a NATO ally, a strong partner and a valued "
      "member of the Counter-ISIL coalition, in the face of this attack,\xE2\x80\x9D a "
      "statement from National Security Council spokesperson Ned Price said.\n\n"
      "The explosion, which could be heard from several neighborhoods, was at a tourist site.");
  EXPECT_EQ(speakers, (V{"Ned Price"}));
}

TEST(SpeakerRulesRound16dTest, DocumentByABodyAfterTheQuote) {
  // AllSides gW7Q90ch5YwfnTEb: Theresa May speaks in the paragraph before; `"…," a statement
  // by the DHS said`: the DHS (was Theresa May).
  const V speakers = Speakers(
      "May said earlier she would chair an emergency security Cabinet session later Monday and "
      "that her thoughts were with the injured, their loved ones and emergency officials who "
      "responded to the incident.\n\n"
      "The Department of Homeland Security (DHS) has responded to the attack and said the "
      "Secretary of Homeland Security, John Francis Kelly, has been briefed.\n\n"
      "\xE2\x80\x9C"
      "DHS stands with our European allies in fighting back against all forms of "
      "terrorism, and we will continue to work together to keep our communities safe against "
      "violent extremists who target any of our people,\xE2\x80\x9D a statement by the DHS "
      "said.\n\n"
      "\xE2\x80\x9COur thoughts and prayers are with all affected by these violent and "
      "reprehensible attacks.\xE2\x80\x9D");
  EXPECT_EQ(speakers, (V{"DHS", "DHS"}));
}

TEST(SpeakerRulesRound16dTest, DocumentFromAnUnnamedIssuerIsNobodysNotTheOutlets) {
  // AllSides KciCPXQJnx5zcmaz: `"…," a statement from the U.S. military command in Baghdad
  // read, according to Military Times`: nobody by name (was Military Times, the outlet).
  const V speakers = Speakers(
      "The U.S. is deploying 2,500 additional troops to a staging base in Kuwait in support of "
      "the campaign against ISIS, Military Times reported.\n\n"
      "\"There are a number of options under consideration as the coalition looks for ways to "
      "accelerate the defeat of ISIS,\" a statement from the U.S. military command in Baghdad "
      "read, according to Military Times.");
  EXPECT_EQ(speakers, (V{""}));
}

TEST(SpeakerRulesRound16dTest, DocumentFromASurnameAfterTheQuote) {
  // AllSides Vjgp62imG2HwKN12: `a supportive statement from Kelly` + `"…," the statement from
  // Kelly read`: John Kelly (was none).
  const V speakers = Speakers(
      "Before the allegations first surfaced on Tuesday, the White House prepared a response "
      "defending Porter. White House chief of staff John Kelly spent much of Tuesday on Capitol "
      "Hill in immigration talks.\n\n"
      "\"Rob Porter is a man of true integrity and honor and I can't say enough good things "
      "about him. He is a friend, a confidante and a trusted professional.,\" the statement "
      "from Kelly read.");
  EXPECT_EQ(speakers, (V{"John Kelly"}));
}

TEST(SpeakerRulesRound16dTest, StatementFromARoleAndNameReadAccordingToAnOutlet) {
  // AllSides YPvozKzQto9S9oiq: `according to a statement from committee chairman Sen. Lamar
  // Alexander, R-Tenn., on Saturday` + `"…," the statement read, according to ABC News`: Lamar
  // Alexander (was none: the issuer reader took capitalized words only).
  const V speakers = Speakers(
      "Fauci is set to appear before the GOP-led Senate Committee on Health, Education Labor and "
      "Pensions, according to a statement from committee chairman Sen. Lamar Alexander, "
      "R-Tenn., on Saturday.\n\n"
      "\"Chairman Alexander looks forward to hearing from Dr. Fauci and other administration "
      "officials about the response to the pandemic,\" the statement read, according to ABC "
      "News.");
  EXPECT_EQ(speakers, (V{"Lamar Alexander"}));
}

}  // namespace
}  // namespace claimdup
