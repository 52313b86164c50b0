// Speaker attribution rules of the fourteenth round (e): wrong names, each on real news
// (../shared/real/: the dump and article id are in each comment; "…" marks text left out).
// The rules come from reading the labelled wrong speakers and the dev half's possessive
// owners taken for speakers (docs/speaker_rounds.md, fourteenth round (e)).
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

using V = std::vector<std::string>;

TEST(SpeakerRulesRound14eTest, OwnersDoctorIsNotTheOwner) {
  // BuzzFeed-Webis bfw-0333 (ABC News): `Trump's doctor has said` was read as "the doctor",
  // resolved to the person who spoke before: Trump. The doctor is not named: nobody.
  // (Two paragraphs of the article left out between the first and the second.)
  const V speakers = Speakers(
      "(CNN)Even though Donald Trump has said he does not exercise, his supporters can still "
      "break a sweat in campaign style.\n\n\"We need a president in good health, and the "
      "results of Donald Trump's latest physical show he is ready to lead,\" the email "
      "reads.\n\nBut despite the lack of exercise and high consumption of fast food, Trump's "
      "doctor has said in the past that if elected, Trump would be \"healthiest individual "
      "ever elected to the presidency.\"");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[1], "");
}

TEST(SpeakerRulesRound14eTest, OwnersLawyersAreNotTheOwner) {
  // AllSides C1QaPSBhac3Ycg9d (Reuters): `Ford’s lawyers said “…”` went to Ford; the lawyers
  // are not named.
  const V speakers = Speakers(
      "Ford, a psychology professor at Palo Alto University in California, has said Kavanaugh "
      "sexually assaulted her in 1982 when both were high school students in Maryland.\n\n"
      "There are still unresolved procedural and logistical issues regarding Ford\u2019s "
      "testimony, her lawyers said, including whether the Judiciary Committee\u2019s "
      "Republican senators, who are all male, or staff attorneys would question her. "
      "Ford\u2019s lawyers said \u201cvarious senators have been dismissive of her account "
      "and should have to shoulder their responsibility to ask her questions.\u201d");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "");
}

TEST(SpeakerRulesRound14eTest, OwnersAidesAreNotThePersonBefore) {
  // AllSides XoUQyx9qDRSA4vQ8: `Clinton’s aides said he did “…”` went to Sanders in the
  // article (to Robby Mook in this excerpt): "the aides" read as someone named before.
  const V speakers = Speakers(
      "Meanwhile, Robby Mook and Charlie Baker sat down with Jeff Weaver and other Sanders "
      "operatives, eager to find a way for Sanders to again play peacemaker. Sanders seemed "
      "willing.\n\nClinton\u2019s campaign said no. He had been given his due on Monday and "
      "Tuesday was meant to mark a pivot to Clinton and her record.\n\nSanders didn\u2019t "
      "push it. Indeed, Clinton\u2019s aides said he did \u201ceverything we asked of him.\u201d");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "");
}

TEST(SpeakerRulesRound14eTest, OwnersAgentNamedAfterTheCommaSpeaks) {
  // AllSides y5mw9fhvDtBHFeDC: the role followed by a comma and the agent's name is that
  // person's (the rule must leave it).
  const V speakers = Speakers(
      "But Sen. Chris Murphy of Connecticut, Cassidy's Democratic partner on the bill gaining "
      "traction in the Senate and a progressive who is pushing separate gun control "
      "legislation, is not on board with incorporating Cornyn's measures.\n\n"
      "\u201cUltimately, he believes the final product has the greatest chance of passage if "
      "it maintains its singular focus on mental health, rather than venturing into other "
      "complex issues,\u201d Murphy\u2019s spokesman, Chris Harris, said.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Chris Harris");
}

TEST(SpeakerRulesRound14eTest, OwnersFatherIsNotTheOwner) {
  // AllSides Vw8NhLtZBkUESlZz (Breitbart): `Khan’s father said` went to the son, Capt. Humayun
  // Khan, named in the first paragraph.
  const V speakers = Speakers(
      "Donald Trump is embroiled in another media controversy, this time over his reaction "
      "when asked about the emotional speech at the Democratic National Convention by the "
      "bereaved parents of Capt. Humayun Khan, an immigrant soldier who died in Iraq in "
      "2004.\n\nUpdate: Making the circuit of the Sunday morning shows, Khan\u2019s father "
      "said terror has \u201cnothing to do with Islam.\u201d");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "");
}

TEST(SpeakerRulesRound14eTest, PersonInOpeningSpeakingPhraseIsNoAntecedent) {
  // AllSides chnC4Q90tZEQA7gU (BBC): `Speaking on the BBC's Andrew Marr show, he said` gave
  // "he" to Andrew Marr, named in the phrase; "he" is the one named before: Corbyn.
  const V speakers = Speakers(
      "Jeremy Corbyn said he did not think Mrs May had any credibility and it was "
      "\"unclear\" what kind of programme the Conservatives would be able to put forward.\n\n"
      "He said there was a \"possibility\" of voting down the Queen's Speech and Labour were "
      "going to \"push all the way\" to achieve that.\n\nImage copyright Reuters Image "
      "caption Jeremy Corbyn picks up the post-election newspapers in his Islington "
      "constituency\n\nSpeaking on the BBC's Andrew Marr show, he said Labour would put down "
      "a \"substantial amendment to the Queen's speech\" based on the main policies in its "
      "general election manifesto.");
  ASSERT_FALSE(speakers.empty());
  EXPECT_EQ(speakers.back(), "Jeremy Corbyn");
}

}  // namespace
}  // namespace claimdup
