// Speaker attribution rules of the eighteenth round (a), on real news (../shared/real/: the
// dump and article id are in each comment): a quote that closes its sentence after a speech
// verb before it (`X, who …, said "…."`) ends that sentence, so the next sentence's speech
// clause (`Y said …`) is no attribution of it: the head wins over a tail across the closing
// period (docs/speaker_rounds.md, eighteenth round (a)).
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

// AllSides dev 3eACOXS7VwNWNIoS (Associated Press): Schiff's quote went to Pelosi, whose
// sentence after its closing period looked like its attribution.
TEST(SpeakerRulesRound18a, AWhoHeadBeatsTheNextSentencesSpeaker) {
  const std::vector<std::string> speakers = Speakers(
      "House Intelligence Committee Chairman Adam Schiff, D-Calif., who led the House "
      "impeachment inquiry, said \u201cthe president\u2019s dead of night decision puts our "
      "country and national security at even greater risk.\u201d House Speaker Nancy Pelosi, "
      "D-Calif., said the firing \u201cthreatens to have a chilling effect against all willing "
      "to speak truth to power.\u201d And Senate Democratic leader Chuck Schumer, D-N.Y., said "
      "Trump \u201cfires people for telling the truth.\u201d");
  ASSERT_EQ(speakers.size(), 3u);
  EXPECT_EQ(speakers[0], "Adam Schiff");
  EXPECT_EQ(speakers[1], "Nancy Pelosi");
  EXPECT_EQ(speakers[2], "Chuck Schumer");
}

// AllSides dev Gc4jtwWuuQaLX3I3: the question went to Obama, whose reply opens the next
// sentence.
TEST(SpeakerRulesRound18a, AQuestionIsTheAskersNotTheReplier) {
  const std::vector<std::string> speakers = Speakers(
      "In a 2009 interview with George Stephanopoulos, Obama was asked repeatedly whether his "
      "legislation was a tax. At one point Stephanopoulos said, \"But you reject that it's a "
      "tax increase?\" Obama replied, \"I absolutely reject that notion.\"");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[0], "George Stephanopoulos");
  EXPECT_EQ(speakers[1], "Obama");
}

// AllSides dev EkxXUA8i8b1f3pc4: `X said Democrats "…."` + `Newsom said Democrats are …`: the
// quote went to Newsom.
TEST(SpeakerRulesRound18a, ASaidClauseBeforeAQuoteFragmentBeatsTheNextSentence) {
  const std::vector<std::string> speakers = Speakers(
      "Maine Gov. Janet Mills said the Mueller report on Russian interference in the 2016 "
      "election is so serious that it is \u201can issue that cannot be dropped,\u201d while "
      "Wisconsin Gov. Tony Evers said Democrats \u201ccan walk and chew gum at the same "
      "time.\u201d Newsom said Democrats are \u201cwell positioned to pivot,\u201d and Pritzker "
      "said the 2020 Democratic primary field, though \u201ca cacophony at the moment\u201d "
      "will re-focus once the field narrows.");
  ASSERT_GE(speakers.size(), 2u);
  EXPECT_EQ(speakers[1], "Tony Evers");
}

// Guard, AllSides dev 1q2kkR5ufA5OJHWX: `the notes reads` holds no speech verb (`notes` is a
// noun after "the"), so the tail across the period still speaks: Parnas's notes.
TEST(SpeakerRulesRound18a, ANounAfterTheIsNoSpeechVerb) {
  const std::vector<std::string> speakers = Speakers(
      "\u201c[T]rying to get us mr Z,\u201d Lev Parnas told Giuliani at the time, appearing to "
      "reference a meeting with Ukrainian President Volodymyr Zelensky. One bullet in the notes "
      "reads, \u201cget Zalensky to Annonce that the Biden case will Be Investigated.\u201d In "
      "another, Parnas says to \u201cstart commun[icating] with\u201d Zelensky without involving "
      "two Ukrainian oligarchs.");
  ASSERT_GE(speakers.size(), 2u);
  EXPECT_EQ(speakers[1], "Lev Parnas");
}

// Guard, event_days helsinki-7440: `Politico reports . "…" Trump tweeted`: the period standing
// apart ends the sentence of "reports", so the tweet stays Trump's.
TEST(SpeakerRulesRound18a, APeriodStandingApartEndsTheHead) {
  const std::vector<std::string> speakers = Speakers(
      "Trump's respite in Scotland before the flight to Helsinki gave him another opportunity "
      "for a common pastime of his presidency \u2014 promoting a Trump-branded property \u2014 "
      "in this case his money-losing golf course in Turnberry, Politico reports . \u201cThe "
      "weather is beautiful, and this place is incredible!\u201d Donald Trump tweeted "
      "Saturday.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Donald Trump");
}

// Guard, AllSides dev f3oFzCofNq6fDIUB: with no head, a tail after the closing period
// (`"…." Gillibrand said.`) still speaks, and the quote after it continues hers.
TEST(SpeakerRulesRound18a, ATailAfterTheClosingPeriodSpeaksWithNoHead) {
  const std::vector<std::string> speakers = Speakers(
      "Today, Sen. Kirsten Gillibrand criticized Obama for failing to show leadership on the "
      "fight against military sex crimes.\n\n"
      "\u201cA year has long passed and we haven\u2019t seen the kind of changes that we "
      "need.\u201d Gillibrand said. \u201cI do not believe they are taking the issue as "
      "seriously as they should.\u201d");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[0], "Kirsten Gillibrand");
  EXPECT_EQ(speakers[1], "Kirsten Gillibrand");
}

// AllSides dev 5rpt3CjwrP3JS8LH (random14's miss): the pundit an event moved to speak says
// it, not the sentence's subject (Trump).
TEST(SpeakerRulesRound18a, TheObjectOfPromptingToDeclareSpeaks) {
  const std::vector<std::string> speakers = Speakers(
      "Trump made his debut in the House with an address to a joint session of Congress two "
      "years ago. In contrast to his roistering campaign rallies, he struck a sombre tone as he "
      "honoured the widow of a dead Navy Seal, prompting the Democratic pundit Van Jones to "
      "declare grandiloquently on CNN: \u201cHe became president of the United States in that "
      "moment, period.\u201d");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Van Jones");
}

// AllSides dev SXU1ThcZecrgs6TC: `which led Matthew Continetti to say, "…"`: Continetti, not
// Jill Abramson, whose firing led him to.
TEST(SpeakerRulesRound18a, TheObjectOfLedToSaySpeaks) {
  const std::vector<std::string> speakers = Speakers(
      "Aside from Weiss\u2019 experience and the defenestration of Bennet, there have been "
      "numerous events such as the firing of executive editor Jill Abramson, which led Matthew "
      "Continetti to say, \u201cGossipy, catty, insular, cliquey, stressful, immature, "
      "cowardly, moody, underhanded, spiteful \u2014 the New York Times gives new meaning to "
      "the term \u2018hostile workplace.\u2019\u201d");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Matthew Continetti");
}

}  // namespace
}  // namespace claimdup
