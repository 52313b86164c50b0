// Speaker attribution rules of the fourteenth round (c): persons the article names right there
// but attribution missed, each on real news (../shared/real/: the dump and article id are in
// each comment; "…" marks text left out). docs/speaker_rounds.md, fourteenth round (c).
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

using V = std::vector<std::string>;

TEST(SpeakerRulesRound14cTest, PronounAfterAnOpeningPhraseIsItsPossessor) {
  // AllSides 15MDxO2C3ut9t1fv: `But at one of President Trump’s daily press briefings, he said
  // that “…,” adding, “…”`: nobody named before but Trump, whose briefing it is.
  const V speakers = Speakers(
      "Should you wear a mask when you go out in public? Yes, according to revised guidelines "
      "issued by the Centers for Disease Control and Prevention. But at one of President "
      "Trump\u2019s daily press briefings, he said that \u201cIt\u2019s only a "
      "recommendation,\u201d adding, \u201cI don\u2019t think I am going to be doing "
      "it.\u201d What about taking hydroxychloroquine, an antimalarial drug, to fight "
      "COVID-19?");
  // The first quote has four words: too short a claim to be listed.
  EXPECT_EQ(speakers, (V{"Trump"}));
}

TEST(SpeakerRulesRound14cTest, PossessorOfAnOpeningInPhraseSpeaks) {
  // AllSides bupRWTYYsgqR6q4T (the article's first sentence): `In George Washington’s 1796
  // farewell address, he argued that of “…”`.
  const V speakers = Speakers(
      "In George Washington\u2019s 1796 farewell address, he argued that of \u201call the "
      "dispositions and habits which lead to political prosperity, religion and morality are "
      "indispensable supports.\u201d In Barack Obama\u2019s farewell address, he congratulated "
      "himself for undermining them.");
  EXPECT_EQ(speakers, (V{"George Washington"}));
}

TEST(SpeakerRulesRound14cTest, PossessorInsideALongerOpeningPhraseIsNoOwner) {
  // AllSides 852ol4ODWdaUsv7N: `Consider John Adams’s two letters … In the morning, he
  // described … After a day spent deliberating on Jefferson’s draft …, he wrote again,
  // predicting that … “…”`: Adams writes, not Jefferson. Only a possessor right after the
  // opening preposition owns the phrase (and "after" opens none).
  const V speakers = Speakers(
      "Consider John Adams\u2019s two letters to his beloved wife Abigail on July 3, 1776. In "
      "the morning, he described the momentous vote taken the day before.\n\n"
      "After a day spent deliberating on Jefferson\u2019s draft of the Declaration of "
      "Independence, he wrote again, predicting that a heavy price would have to be paid in "
      "\u201ctoil, and blood, and treasure to maintain this declaration.\u201d");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_NE(speakers[0], "Jefferson");
}

TEST(SpeakerRulesRound14cTest, RomanNumeralSuffixEndsAName) {
  // AllSides c7HABgMZvf1XuPts: `Former State Department legal adviser John Bellinger III said
  // the law has become "…"`: "III" is no acronym ending the subject.
  const V head = Speakers(
      "Baher Azmy, legal director of the Center for Constitutional Rights, said the statute "
      "has been an important tool.\n\n"
      "Former State Department legal adviser John Bellinger III said the law has become \"the "
      "bane of the existence of corporations\" because suits filed under the law are lengthy "
      "and expensive.");
  EXPECT_EQ(head, (V{"John Bellinger"}));
  // AllSides EeKElmyvvpKCiLkH: `"…," said John Philip Sousa IV, who chairs a super Political
  // Action Committee …`.
  const V tail = Speakers(
      "\u201cAnd then give these people time to answer the question,\u201d said John Philip "
      "Sousa IV, who chairs a super Political Action Committee backing Mr. Carson\u2019s "
      "presidential bid.");
  EXPECT_EQ(tail, (V{"John Philip Sousa"}));
  // AllSides s3DDLTzn21fpAwGi: `"…," said Sen. John D. Rockefeller IV, West Virginia
  // Democrat.`
  const V titled = Speakers(
      "\u201cWe\u2019ll review carefully the independent inspector general report and tackle "
      "the issues,\u201d said Sen. John D. Rockefeller IV, West Virginia Democrat.");
  ASSERT_EQ(titled.size(), 1u);
  EXPECT_EQ(titled[0], "John D Rockefeller");  // Initials lose their dots (article_people.h).
}

TEST(SpeakerRulesRound14cTest, EvenBeforeTheNameOpeningTheSentence) {
  // AllSides Xs72Tsr2cjRPorNT: `But even Sandoval appeared to encourage more exploration of
  // the idea, saying that his veto "…"`.
  const V sandoval = Speakers(
      "Nevada's legislature recently passed a bill to allow state residents to buy into its "
      "Medicaid program; the plan was vetoed at the last moment by Republican Gov. Brian "
      "Sandoval. But even Sandoval appeared to encourage more exploration of the idea, saying "
      "that his veto \"does not end the conversation about potential coverage gaps or "
      "possible solutions, including Medicaid-like solutions.\"");
  EXPECT_EQ(sandoval, (V{"Brian Sandoval"}));
  // AllSides 0mEsIP06fBHZrI6Y: `On the latter, even columnist Ruth Marcus -- certainly no fan
  // of Clinton's -- recently wrote in The Washington Post that '…'`.
  const V marcus = Speakers(
      "So they have seized on talking points like Benghazi and her email scandal. On the "
      "latter, even columnist Ruth Marcus -- certainly no fan of Clinton's -- recently wrote "
      "in The Washington Post that 'there is no clear evidence that Clinton knew (or even "
      "should have known) that the information was classified.'");
  EXPECT_EQ(marcus, (V{"Ruth Marcus"}));
}

}  // namespace
}  // namespace claimdup
