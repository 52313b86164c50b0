// Speaker attribution rules of the eighteenth round (d), on real news (../shared/real/: the
// dump and article id are in each comment): a plural common noun opening a sentence
// (`Respondents`, `Colleagues`, `Hours`) is no one's name; an inverted `…, says NAME, a …`
// names NAME; a parenthetical (`, by contrast,`) leaves a quoted clause going on; a colon ends
// a name and a handle glued to a title names the person (docs/speaker_rounds.md, eighteenth
// round (d)).
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

// PAC pairs STORY_75_DOCUMENT_0: a Gallup survey's question; it went to "Respondents".
TEST(SpeakerRulesRound18d, APluralNounAskedIsNoName) {
  const std::vector<std::string> speakers = Speakers(
      "Gallup suggests this is untrue. The vast majority of Americans of all races and "
      "ethnicities don\u2019t want the police to leave their communities. Respondents were "
      "asked: \u201cWould you rather the police spend more time, the same amount of time or "
      "less time as they currently spend in your area?\u201d Sixty-one percent of black "
      "respondents said they wanted the same amount of time.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "");
}

// AllSides dev QMUhrRfk3FfBLZxT: `he told CNN` is Paul Dillon, not "Colleagues", the
// sentence-opening plural between them.
TEST(SpeakerRulesRound18d, APluralNounIsNoAntecedent) {
  const std::vector<std::string> speakers = Speakers(
      "Paul Dillon, a spokesman for the International Organization for Migration, saw "
      "\"hundreds of people pouring out of ... buildings (amid) a lot of confusion, a lot of "
      "anxiety\" as he drove around Kathmandu. Colleagues reported many collapsed buildings "
      "and others on the verge.\n\n\"You never get used to seeing telephone poles swaying and "
      "surfing past you,\" he told CNN. \"Or buildings just wobbling ... as the earth moves "
      "beneath your feet.\"");
  ASSERT_EQ(speakers.size(), 3u);
  EXPECT_EQ(speakers[1], "Paul Dillon");
  EXPECT_EQ(speakers[2], "Paul Dillon");
}

// AllSides dev IHtW6TgHxlfrPJsk: the Supreme Court's words after `Hours later,`; they went
// to "Hours".
TEST(SpeakerRulesRound18d, ATimeSpanOpeningTheSentenceIsNoName) {
  const std::vector<std::string> speakers = Speakers(
      "Hours later, the Supreme Court issued an unsigned majority opinion saying that \"the "
      "plaintiffs have not established that they are likely to succeed on the merits of their "
      "Eighth Amendment claim\" and \"that claim faces an exceedingly high bar.\"");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_NE(speakers[0], "Hours");
  EXPECT_NE(speakers[1], "Hours");
}

// AllSides dev wxLmr662PTU57lp7 (the Christian Science Monitor): the `she` after an inverted
// `…, says Angie Gutierrez, a Ph.D. candidate …` went to "Arizona", the word before `says`.
TEST(SpeakerRulesRound18d, AnInvertedSaysNamesTheOneAfterIt) {
  const std::vector<std::string> speakers = Speakers(
      "It\u2019s not clear if and when Latino votes might reshape the presidential electoral map. "
      "Key red states to watch are Texas and Arizona, says Angie Gutierrez, a Ph.D. candidate "
      "studying the issue at the University of California, Los Angeles.\n\nIn Texas \u201cwe "
      "saw a lot of Latinos go to the polls in the midterm election. I think this is an "
      "indication that Texas might not be staying with the Republican Party as long as some "
      "might think,\u201d she says.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Angie Gutierrez");
}

// AllSides dev FABEVzGxzJD31ZkA: `…, said Jessica Levinson, a professor at …` then `she
// said`; it went to "Midwestern".
TEST(SpeakerRulesRound18d, AnInvertedSaidBeforeAnAppositive) {
  const std::vector<std::string> speakers = Speakers(
      "States are allowed to limit ballot access by requiring candidates to pay filing fees or "
      "gather a certain number of signatures. They couldn\u2019t, however, require that "
      "candidates be Protestant or Midwestern, said Jessica Levinson, a professor at Loyola Law "
      "School in Los Angeles who focuses on election law.\n\n\u201cThis looks a little bit "
      "like something in between,\u201d she said.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Jessica Levinson");
}

// AllSides dev Y1KMvb6xtLa3u9Bl: Rubio's `Romney, by contrast, would "…," he said` went to
// Romney, the subject of the clause the quote goes on from.
TEST(SpeakerRulesRound18d, AParentheticalAfterTheQuotedClausesSubject) {
  const std::vector<std::string> speakers = Speakers(
      "The video says Romney called Obama\u2019s \u201cbiggest mistake.\u201d\n\n\u201cIt\u2019s "
      "time to stop fighting over there and start rebuilding here,\u201d the narrators says at "
      "the end of the 30-second spot.\n\nOver the weekend, Florida Sen. Marco Rubio, arguing "
      "for the Republicans, faulted Obama for \"his failure to outline broad goals, real goals, "
      "a real view of what America's role in the world should be.\" Romney, by contrast, would "
      "\"use America's role in the world as a catalyst for peace, prosperity and freedom,\" he "
      "said.");
  ASSERT_EQ(speakers.size(), 3u);  // "biggest mistake." is too short a quote.
  EXPECT_EQ(speakers[2], "Marco Rubio");
}

// AllSides dev NoDiCRU94iML7HOp (ABC's note, "Who's tweeting?"): a tweet's author, then the
// handle it quotes, went to "ClaudeBrodesser GovChristie"; the handle names Christie.
TEST(SpeakerRulesRound18d, ATweetQuotingAHandle) {
  const std::vector<std::string> speakers = Speakers(
      "WHO\u2019S TWEETING?\n\n@jaketapper: .@BenSasse says President Trump is \u201cweaponizing "
      "distrust\u201d with his attacks on the media. #CNNsotu http://cnn.it/2ugET0G\n\n"
      "@luisalonsolugo: My @AP_politics story with @colvinj: @realDonaldTrump 's @WhiteHouse is "
      "all but ignoring #Spanish speakers http://wapo.st/2uBk6o1\n\n@ClaudeBrodesser: "
      ".@GovChristie: \"I didn\u2019t get any sun today.\" http://goo.gl/3NHhdL Gov. Christie "
      "spox: \u201cHe did not get any sun. He had a baseball hat on.\"");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[0], "Christie");
}

// AllSides dev HjEvE2AVlccio3ML: a chat transcript's speaker label, then the name the line
// quotes, went to "Peter Nancy Pelosi".
TEST(SpeakerRulesRound18d, AColonEndsAName) {
  const std::vector<std::string> speakers = Speakers(
      "Peter: Nancy Pelosi paraphrase again: \u201cYou don\u2019t want this behavior to be "
      "normalized.\u201d\n\nJess: Would you say it worked?");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_NE(speakers[0], "Peter Nancy Pelosi");
}

}  // namespace
}  // namespace claimdup
