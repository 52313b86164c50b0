// Speaker attribution rules of the eleventh round (d), each on real news (../shared/real/: the
// dump and article id are in each comment; "…" marks text left out). The rules come from
// reading partial quotes inside reported clauses of the AllSides dev half and the misses of
// random7 (docs/speaker_rounds.md, eleventh round (d)).
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

using V = std::vector<std::string>;

TEST(SpeakerRulesRound11dTest, SubjectOfAbsoluteWithParticipleSpeaks) {
  // AllSides Klq2104wnD28Ic0E: `…, with GOP Chairwoman Ronna McDaniel tweeting that it shows
  // "…"` had none.
  EXPECT_EQ(Speakers("Republicans seized on the remarks, with GOP Chairwoman Ronna McDaniel "
                     "tweeting that it shows \"Senate Democrats finally admit that they don’t "
                     "even care about getting to the truth.\""),
            (V{"Ronna McDaniel"}));
}

TEST(SpeakerRulesRound11dTest, BodyAfterWithSpeaksForReporting) {
  // event_days helsinki-13334: `with Kremlin-controlled Sputnik News reporting that Trump had
  // "…"` had none (random7).
  const V speakers = Speakers(
      "Russian state-run news and propaganda sites also quickly seized on the news, "
      "with Kremlin-controlled Sputnik News reporting that Trump had \"harshly "
      "criticized Washington's policy toward Moscow.\"");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_NE(speakers[0].find("Sputnik News"), std::string::npos) << speakers[0];
}

TEST(SpeakerRulesRound11dTest, WithAttachedToANounGivesNobody) {
  // AllSides FS0H0rKWyKUDSAbd: `its interview with Ford saying` is the interview's, not
  // Ford's (a first version gave "Christine Blasey Ford"); EOPNu2D3X5EfVzBE: `a black flag
  // with Arabic writing on it reading,` (a first version gave "Arabic").
  EXPECT_EQ(Speakers("Senate Judiciary Committee Chairman Chuck Grassley released a lengthy "
                     "statement after the Post published its "
                     "interview with Ford saying it was “disturbing” that the “uncorroborated "
                     "allegations from more than 35 years ago, during high school, would "
                     "surface on the eve of the committee vote.”"),
            (V{"Chuck Grassley"}));
  EXPECT_EQ(Speakers("They were holding up a black flag with Arabic writing on it reading, "
                     "\"The Islamic State will remain in the lands of the Prophet forever.\""),
            (V{""}));
}

TEST(SpeakerRulesRound11dTest, WithParticipleDoesNotReachPastAnotherQuote) {
  // AllSides dc1hKH5KMbkr3VmO: `with Yang tweeting that he "…" Bennet shot back: "…"` gave
  // the second quote to Yang in a first version; Wgx3Gui2MuAhHEmR: `with Mr. Sanders saying
  // that “…” and Ms. Warren dismissing … as “…”` gave Warren's words to Sanders.
  const V yang = Speakers(
      "The two gently mocked media coverage of the run-up to the debate on Twitter Friday "
      "when they engaged in a satirical feud, with Yang tweeting that he \"would like to "
      "signal to the press that I will be attacking Michael Bennet at next week's debate. "
      "Sorry @MichaelBennet but you know what you did.\" Bennet shot back: \"Andrew, how did "
      "you know I got a C in precalculus in high school — on the retake.\"");
  ASSERT_EQ(yang.size(), 2u);
  EXPECT_EQ(yang[0], "Yang");
  EXPECT_NE(yang[1], "Yang");
  const V warren = Speakers(
      "Both Ms. Warren and Mr. Sanders offered sweeping critiques of politics, with Mr. "
      "Sanders saying that “tinkering around the edges just won’t do what needs to be done” "
      "and Ms. Warren dismissing more modest policies as “a nibble here and a nibble "
      "there.”");
  ASSERT_EQ(warren.size(), 2u);
  EXPECT_EQ(warren[0], "Sanders");
  EXPECT_NE(warren[1], "Sanders");
}

TEST(SpeakerRulesRound11dTest, DescriptionOpeningTheSentenceSpeaksForItsParticiple) {
  // AllSides gnxSFYHLoUP80zxR: `The speaker started out by saying, “…”` had none.
  EXPECT_EQ(Speakers("So, Speaker Pelosi (a.k.a. “Nervous Nancy”) says she wants to see "
                     "President Trump behind bars. “I want to see him in prison,” the speaker "
                     "told a group of senior Democrats.\n\n"
                     "Democrats would prefer not to discuss the first part.\n\n"
                     "The speaker started out by saying, “I don’t want to see him impeached.” "
                     "She was prompted by Jerry Nadler, the Judiciary Committee chairman."),
            (V{"Pelosi", "Pelosi"}));
  // AllSides Rwx8qAIBtnYiWVDM: past a quote the participle belongs to another speaker (a
  // first version gave this to Obama); spWE6y73ZgAX6Iwm (random7): a description after an
  // opening phrase (`Back in March, the president tried …`) is left alone (a version that
  // read it gave "Barack Obama" for a "Mr. Trump" whom "the president" did not resolve to).
  for (const std::string& s :
       Speakers("Leon Panetta criticized President Barack Obama. The president too often "
                "\"relies on the logic of a law professor rather than the passion of a "
                "leader,\" the former defense chief added, saying that approach means "
                "Obama \"avoids the battle, complains and misses opportunities.\"")) {
    EXPECT_NE(s, "Barack Obama");
  }
  EXPECT_EQ(Speakers("Republicans blocked President Barack Obama’s nomination of Merrick B. "
                     "Garland. Mr. Trump has not helped efforts by Chief Justice Roberts to "
                     "tone down the political atmosphere surrounding the court. Back in March, "
                     "the president tried to whip up voters for 2018 by saying that Congress "
                     "needed more Republicans and that his party “must ALWAYS hold the Supreme "
                     "Court,” treating it as if it was just another branch of the legislature."),
            (V{""}));
}

TEST(SpeakerRulesRound11dTest, PossessiveOpeningNoDescriptionSpeaker) {
  // A possessive opens no description: `The president's lawyer … saying` is not the
  // president's (shape of AllSides NmgulDXgFQLEWSfe, the foundation's denial).
  EXPECT_EQ(
      Speakers(
          "President Donald Trump was sued on Friday. The president's lawyers "
          "dismissed the lawsuit, saying that it was “politically motivated and a waste of the "
          "court's time and of the taxpayers' money.”"),
      (V{""}));
}

TEST(SpeakerRulesRound11dTest, DescriptionTwoPeopleHoldGivesNobody) {
  // AllSides nkmgIhfF0TSjsMGX: two presidents introduced; "the president" went to Bush.
  EXPECT_EQ(Speakers("President Trump says he has chosen Christopher Wray, a former Justice "
                     "Department official during President George W. Bush's administration, to "
                     "head the FBI. Wray now works on white collar crime at an international law "
                     "firm.\n\n"
                     "The president named his pick via Twitter, writing Wednesday morning, \"I "
                     "will be nominating Christopher A. Wray, a man of impeccable credentials, to "
                     "be the new Director of the FBI. Details to follow.\""),
            (V{""}));
}

}  // namespace
}  // namespace claimdup
