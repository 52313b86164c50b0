// Speaker attribution rules of the twentieth round (d), on real news (../shared/real/: the
// dump and article id are in each comment): "he" resolved to a person named inside what someone
// else said or did (docs/speaker_rounds.md, twentieth round (d)).
//   A. `He also tried to downplay the idea that Bannon, who apparently disagrees with the
//      so-called “globalists” …` + `"…," he said`: a sentence led by the same pronoun goes on
//      about the same person even when someone in a relative clause (`, who disagrees`, or the
//      scare quote after it) speaks.
//   B. `Before the debate, one top Biden adviser predicted gleefully that … the Obama legacy …`
//      + `"…," he told me`: a sentence whose subject is an unnamed person speaking (`a`/`one`
//      + role + speech verb, not one of asking), with no named person speaking in it, gives the
//      pronoun no one.
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

// AllSides dev OAqsGs3KbokdeNTx (Fox News): McMaster's quotes were given to Bannon, the speaker
// of "disagrees" and of the scare quote “globalists” in the relative clause.
TEST(SpeakerRulesRound20d, PronounChainPastARelativeClausesSpeaker) {
  const std::vector<std::string> speakers = Speakers(
      "\xE2\x80\x9CThe administration is better off when we can serve the president by "
      "integrating and coordinating across all of our departments and agencies "
      "\xE2\x80\xA6 and present the president with multiple options,\xE2\x80\x9D McMaster "
      "also said Sunday. \xE2\x80\x9CWhat\xE2\x80\x99s important is to have an inclusive "
      "process \xE2\x80\xA6 not to try to advance your own agenda.\xE2\x80\x9D\n\nHe also "
      "tried to downplay the idea that Bannon, who apparently disagrees with the so-called "
      "\xE2\x80\x9Cglobalists\xE2\x80\x9D in Trump\xE2\x80\x99s inner circle, was the only "
      "concern.\n\n\xE2\x80\x9CI think this has been too hyped on one "
      "individual,\xE2\x80\x9D he said. \xE2\x80\x9CReports of feuding, this "
      "didn\xE2\x80\x99t happen.\xE2\x80\x9D");
  ASSERT_EQ(speakers.size(), 4u);
  EXPECT_EQ(speakers[2], "McMaster");
  EXPECT_EQ(speakers[3], "McMaster");
}

// AllSides dev w3Yjki7T9WEHq8Ku (Fox News): `But he noted … Tom Steyer, who’s repeatedly
// emphasized …` + `"…," he explained` is Luke Ehrhardt, not Steyer.
TEST(SpeakerRulesRound20d, PronounChainPastARelativeClausesSpeechVerb) {
  const std::vector<std::string> speakers = Speakers(
      "Luke Ehrhardt said that after watching the debate, \xE2\x80\x9CI was extremely "
      "impressed with Mayor Pete\xE2\x80\x99s ability to articulate clearly, his platform. "
      "There\xE2\x80\x99s a realism about his campaign and sort of presentation that "
      "resonated with me.\xE2\x80\x9D\n\nBut he noted he was also impressed with Warren "
      "and billionaire environmental and progressive advocate Tom Steyer, who\xE2\x80\x99s "
      "repeatedly emphasized that combating climate change is his top "
      "priority.\n\n\xE2\x80\x9CPrioritizing climate change is a big thing for "
      "me,\xE2\x80\x9D he explained.");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[0], "Luke Ehrhardt");
  EXPECT_EQ(speakers[1], "Luke Ehrhardt");
}

// AllSides dev oj8PyhvHwcr7n9zu (Politico): the adviser is unnamed; the quote was given to Obama,
// named in what the adviser predicted.
TEST(SpeakerRulesRound20d, PronounAfterAnUnnamedSpeakerIsNoOne) {
  const std::vector<std::string> speakers = Speakers(
      "So far Biden has had it easier. Barack Obama is the most popular figure in the "
      "Democratic Party and Biden embraces the man and his legacy with the kind of "
      "affection he previously reserved only for Amtrak or Corvettes.\n\nBefore the "
      "debate, one top Biden adviser predicted gleefully that there was little percentage "
      "for the other candidates in trying to attack aspects of the Obama legacy, even the "
      "parts where many on the left believe he wasn\xE2\x80\x99t bold enough. "
      "\xE2\x80\x9CPeople started down the road where they were going to separate "
      "themselves from Obama,\xE2\x80\x9D he told me, \xE2\x80\x9C" "and they immediately "
      "understood that that is a dead end in the Democratic Party.\xE2\x80\x9D");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[0], "");
  EXPECT_EQ(speakers[1], "");
}

// AllSides dev vW0a1MaShV7fbo0N (Fox News): the committee spokesman's question was given to
// Carney, whom the spokesman talks about.
TEST(SpeakerRulesRound20d, PronounAfterAnUnnamedSpokesmanIsNoOne) {
  const std::vector<std::string> speakers = Speakers(
      "\xE2\x80\x9CImmigration reform will reduce the deficit by $850 billion over the "
      "first 20 years,\xE2\x80\x9D Carney told reporters. \xE2\x80\x9CIt\xE2\x80\x99s good "
      "for the economy and the right thing to do. We hope the House will follow the Senate "
      "and take action.\xE2\x80\x9D\n\nA Senate Budget Committee spokesman said Carney "
      "delivered the talking points used by the business lobbyists pushing this "
      "immigration plan.\n\n\"But what does the Congressional Budget Office\xE2\x80\x99s "
      "report actually show?\" he asked. \"The immigration plan would increase on-budget "
      "deficits, spike unemployment and slash workers\xE2\x80\x99 wages.\"");
  ASSERT_EQ(speakers.size(), 4u);
  EXPECT_EQ(speakers[0], "Carney");
  EXPECT_EQ(speakers[2], "");
  EXPECT_EQ(speakers[3], "");
}

// BuzzFeed-Webis bfw-1291 (Politico): a reporter who asks is not who answers; the answer
// stays Trump's (a first draft gave it no one).
TEST(SpeakerRulesRound20d, AnUnnamedAskerLeavesTheAnswerToWhoWasAsked) {
  const std::vector<std::string> speakers = Speakers(
      "Donald Trump made his way into the spin room moments after the close of the debate "
      "and told reporters he was proud that he did not bring up former president Bill "
      "Clinton\xE2\x80\x99s extramarital affairs.\n\n\xE2\x80\x9CI\xE2\x80\x99m very happy "
      "that I was able to hold back on the indiscretions with respect to Bill "
      "Clinton,\xE2\x80\x9D Trump said to a gaggle of reporters. \xE2\x80\x9C" "Because I "
      "have a lot of respect for Chelsea Clinton and I just didn\xE2\x80\x99t want to say "
      "what I was going to say.\xE2\x80\x9D\n\nAnd what exactly, a reporter asked, was "
      "that going to be?\n\n\xE2\x80\x9CI\xE2\x80\x99ll tell you maybe at the next debate, "
      "we\xE2\x80\x99ll see,\xE2\x80\x9D he responded.");
  ASSERT_EQ(speakers.size(), 3u);
  EXPECT_EQ(speakers[2], "Donald Trump");
}

}  // namespace
}  // namespace claimdup
