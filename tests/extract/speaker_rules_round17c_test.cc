// Speaker attribution rules of the seventeenth round (c): `X, who … said, "…"` and statements
// named before a colon, each on real news (../shared/real/: the dump and article id are in each
// comment; "…" marks text left out). The shapes were tallied on the AllSides dev half
// (docs/speaker_rounds.md, seventeenth round (c)).
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

using V = std::vector<std::string>;

TEST(SpeakerRulesRound17cTest, WhoBeforeATimePhrase) {
  // AllSides UqeV6M0aZBSxRvdR (Guest Writer - Right): `X, who in 1984 told a crowd, "…"`,
  // `X, who in 2004 said, "…"`: the time phrase stands between "who" and its verb.
  const V speakers = Speakers(
      "It also goes for Walter Mondale, who in 1984 told a crowd, \"This is the most important "
      "election of our lives.\" (Ronald Reagan lost a single state to Mondale, and the outcome "
      "was never really in doubt.) It goes for John Kerry, who in 2004 said, \"My fellow "
      "Americans, this is the most important election of our lifetime.\" It goes for Joe "
      "Biden.");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[0], "Walter Mondale");
  EXPECT_EQ(speakers[1], "John Kerry");
}

TEST(SpeakerRulesRound17cTest, WhoAfterANamesParenthesizedTag) {
  // AllSides 9JGXwP3BlpOqPs0j (Politico): the aside after the name carries the comma before
  // "who" (main gave the quote to Sessions, the name opening the sentence).
  const V speakers = Speakers(
      "Sessions maintains the critical support of Senate Majority Leader Mitch McConnell "
      "(R-Ky.), who told reporters Tuesday, \u201cI have total confidence in the attorney "
      "general; I think he ought to stay exactly where he is.\u201d McConnell\u2019s No. 2, "
      "Majority Whip John Cornyn (R-Texas), has joined Sen. Ben Sasse (R-Neb.) in making "
      "the case.");
  ASSERT_GE(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Mitch McConnell");
}

TEST(SpeakerRulesRound17cTest, WhoForAPersonAfterOf) {
  // AllSides 9l6WVeXGFUWGGejh (American Spectator): `got the attention of Donald Trump Jr.,
  // who tweeted:` names a person after "of", not an employer (`a physician at Stanford Health
  // Care, who said`).
  const V speakers = Speakers(
      "That campaign ensnared him this week, when his personal Facebook account was suspended. "
      "Kassam\u2019s ban got the attention of Donald Trump Jr., who tweeted: \u201cI\u2019m sure "
      "this was an \u2018accident\u2019 like I\u2019ve been hearing from the social media "
      "masters. Funny that the accidents only happen one way.\u201d Shortly afterwards, "
      "Kassam\u2019s account was restored.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Donald Trump Jr");
}

TEST(SpeakerRulesRound17cTest, WhoAfterAnAppositive) {
  // AllSides HSihOCIFof6TJWq8 (NPR): `X, a retired Marine general, who once told lawmakers,`:
  // "who" stands for the person the appositive describes.
  const V speakers = Speakers(
      "Critics argue the administration's single-minded focus on hard power is short-sighted. "
      "They point to past comments from Defense Secretary James Mattis, a retired Marine "
      "general, who once told lawmakers, \"If you don't fund the State Department fully, then "
      "I need to buy more ammunition, ultimately.\"\n\nThe White House blueprint does not "
      "address major safety net programs.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "James Mattis");
}

TEST(SpeakerRulesRound17cTest, WhoPhraseWithAVerbOfItsOwnIsNoTimePhrase) {
  // AllSides KEziivACDx962B9Y (American Spectator): `who in 2002 began suggesting … after it
  // ruled "…"`: the quote is the court's ruling, not Gingrich's words (a guard: none on main
  // too).
  const V speakers = Speakers(
      "That effort came amid a decade-long advocacy by Newt Gingrich, who in 2002 began "
      "suggesting abolishing the Ninth Circuit after it ruled \u201cthat \u2018one nation under "
      "God,\u2019 in the Pledge of Allegiance, was unconstitutional.\u201d\n\nGingrich\u2019s "
      "idea was for Congress to subpoena the judges.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "");
}

TEST(SpeakerRulesRound17cTest, StatementReleasedBeforeAColon) {
  // AllSides 7PiRWKRB4gT2RLUe (NPR): `X released a statement that read in part:` + the quote
  // paragraph.
  const V speakers = Speakers(
      "Update at 11:02 p.m. ET. Echo Beyond Wisconsin:\n\nRepublican presidential candidate "
      "Mitt Romney released a statement that read in part:\n\n\"Tonight's results will echo "
      "beyond the borders of Wisconsin. Governor Walker has shown that citizens and taxpayers "
      "can fight back.\"\n\nThe polls closed at nine.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Mitt Romney");
}

TEST(SpeakerRulesRound17cTest, OrganizationIssuedAStatement) {
  // AllSides SfZdQ65cjujlkOfk (Washington Times): a company issues the statement.
  const V speakers = Speakers(
      "It was not immediately known which company employed him.\n\nLater, computer company "
      "Hewlett-Packard issued a statement: \u201cWe are deeply saddened by today\u2019s tragic "
      "events at the Washington Navy Yard. Our thoughts and sympathies are with all those who "
      "have been affected.\u201d");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Hewlett-Packard");
}

TEST(SpeakerRulesRound17cTest, TranslationOfAStatementInTheSentenceBefore) {
  // event_days helsinki-375 (CNN live blog): `X gave a brief statement …` + `Here's the
  // translation:` + the quote paragraph (random13's miss).
  const V speakers = Speakers(
      "Vladimir Putin gave a brief statement in Russian when he posed with President Trump for "
      "a photo before their meeting.\n\nHere's the translation:\n\n\u201cDistinguished "
      "president, I am delighted to be able to meet you here in Finland. We have been in "
      "continual contact by telephone since the last time.\u201d");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Vladimir Putin");
}

TEST(SpeakerRulesRound17cTest, ItSaidAfterAStatementIssued) {
  // AllSides Lb0p0nh3a58Tp75s (Politico): `X issued a brief statement that … . It said: "…"`.
  const V speakers = Speakers(
      "North Korea showed off long-range missiles during a massive parade on Saturday.\n\n"
      "Defense Secretary James Mattis issued a brief statement that, oddly, appeared to speak on "
      "Trump's behalf. It said: \"The president and his military team are aware of North "
      "Korea's most recent unsuccessful missile launch. The president has no further "
      "comment.\"\n\nIt's unusual for the Defense Department to speak for the White House.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "James Mattis");
}

TEST(SpeakerRulesRound17cTest, StatementOfSeveralIssuersNamesNobody) {
  // AllSides tu1GGOdVMbAcd8Xq (Fox News): two parents release the statement; no one of them
  // (a guard: none on main too).
  const V speakers = Speakers(
      "Fred and Cindy Warmbier released a brief statement on Friday morning reiterating their "
      "long-held claim that the regime is responsible for their son\u2019s death:\n\n\u201cWe "
      "have been respectful during this summit process. Now we must speak out.\u201d");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "");
}

}  // namespace
}  // namespace claimdup
