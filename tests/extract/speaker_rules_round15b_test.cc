// Speaker attribution rules of the fifteenth round (b): documents and outlets taken for
// speakers, each on real news (../shared/real/allsides_dev.jsonl.zst: the article id is in
// each comment; "…" marks text left out). An outlet named with `according to` carried the
// words; it speaks only when nothing else in the sentence does (docs/speaker_rounds.md,
// fifteenth round (b)).
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

using V = std::vector<std::string>;

TEST(SpeakerRulesRound15bTest, PersonWhoSaidItBeatsOutletAfterAccordingTo) {
  // AllSides JaqSBtPE0ETUKING (TheBlaze): `Schiff said Tuesday that "…," according to NPR`
  // went to NPR, which only reported Schiff's words.
  const V speakers = Speakers(
      "The bill is sponsored by Adam Schiff (D-Calif.) in the House and Richard Blumenthal "
      "(D-Conn.) in the Senate.\n\nSpeaking to reporters on Capitol Hill, Schiff said Tuesday "
      "that \"responsible actors in the gun industry don't need this limitation on "
      "liability,\" according to NPR.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Adam Schiff");
}

TEST(SpeakerRulesRound15bTest, PopeWhoSaidItBeatsOutletAfterAccordingTo) {
  // AllSides PoDDepw6dw8dE02u (Christian Science Monitor): `The pope also said "…," according
  // to NBC News. "…"` went to NBC News, both parts.
  const V speakers = Speakers(
      "During the meeting, Francis gave Davis a rosary, Pope Francis's spokesman said.\n\n"
      "The pope also said \"Conscientious objection is a right that is a part of every human "
      "right,\" according to NBC News. \"And if a person does not allow others to be a "
      "conscientious objector, he denies a right.\"");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[0], "Francis");
  EXPECT_EQ(speakers[1], "Francis");
}

TEST(SpeakerRulesRound15bTest, DocumentClauseBeforeAccordingToIsTheAuthors) {
  // AllSides hAwATXgOwsEr2six (BBC News; random11): `"…," the department proposed in the
  // memo, according to the Times.` + `"…," the memo allegedly says.` went to the New York
  // Times, which only saw the memo: the department (HHS) wrote it.
  const V speakers = Speakers(
      "The news report published by the New York Times on Sunday said a memo the newspaper had "
      "seen from the Department of Health and Human Services (HHS) proposed establishing a "
      "legal and fixed definition of sex under Title IX.\n\n\"Sex means a person's status as "
      "male or female based on immutable biological traits identifiable by or before birth,\" "
      "the department proposed in the memo, according to the Times.\n\n\"The sex listed on a "
      "person's birth certificate, as originally issued, shall constitute definitive proof of "
      "a person's sex unless rebutted by reliable genetic evidence,\" the memo allegedly "
      "says.");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[0], "Department of Health and Human Services");
  EXPECT_EQ(speakers[1], "Department of Health and Human Services");
}

TEST(SpeakerRulesRound15bTest, LetterBeforeAccordingToIsNotTheOutlets) {
  // AllSides wsXtpajhA4W24KEg (Vice): `"…," the letter reads, according to the Post.` went to
  // the Washington Post; the field organizers wrote the letter, and no one is named as its
  // author: nobody.
  const V speakers = Speakers(
      "Field organizers for Bernie\u2019s campaign say they work 60 hours per week, according "
      "to ongoing wage negotiations reported by the Washington Post Thursday.\n\n\u201cGiven "
      "our campaign\u2019s commitment to fighting for a living wage of at least $15.00 an hour, "
      "we believe it is only fair that the campaign would carry through this commitment to its "
      "own field team,\u201d the letter reads, according to the Post.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "");
}

TEST(SpeakerRulesRound15bTest, MemoWithNoAuthorBeforeOutletNamesNobody) {
  // AllSides ScdjZj3ytxTzAJdE (USA Today): `The memo also warned that an "…," according to
  // the Times` went to the New York Times; the memo is unsigned: nobody.
  const V speakers = Speakers(
      "The second memo, which was addressed to Trump and was unsigned, laid the ground work "
      "for supplemental requests from Congress, the New York Times reported.\n\nThe memo also "
      "warned that an \u201cincreasing probability of a full-blown COVID-19 pandemic that could "
      "infect as many as 100 million Americans,\" according to the Times.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "");
}

TEST(SpeakerRulesRound15bTest, PersonAfterAccordingToStillSpeaks) {
  // AllSides jM2vNAgOmqGin2MX (random4): `… – as … Sen. John McCain called his colleagues –
  // and their "…," according to former Republican U.S. Rep. Steve LaTourette`: the person
  // after `according to` speaks; the outlet rule leaves persons there alone (a guard: passes
  // on main, failed with a first version of the rule).
  const V speakers = Speakers(
      "Chaos in the streets, pure pandemonium -- all because of those Tea Party \u201cwacko "
      "birds\u201d \u2013 as the distinguished Republican Sen. John McCain called his "
      "colleagues \u2013 and their \u201cdangerous game of political chicken,\u201d according "
      "to former Republican U.S. Rep. Steve LaTourette.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Steve LaTourette");
}

TEST(SpeakerRulesRound15bTest, DocumentObtainedByOutletIsNotTheOutlets) {
  // AllSides NPanwdHDONwRKNME: `an email obtained by the Washington Free Beacon said …` +
  // `"…," the email read.` went to the Free Beacon, which only obtained the email; its author
  // is not named: nobody.
  const V speakers = Speakers(
      "Hours after Trump signed the $2 trillion CARES Act into law Friday, an email obtained by "
      "the Washington Free Beacon said 96 members of the National Symphony Orchestra will no "
      "longer receive paychecks after April 3.\n\n\u201cThe Covid-19 Advisory Committee was "
      "broadsided today during our conversation with [Kennedy Center President] Deborah "
      "Rutter,\u201d the email read.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "");
}

TEST(SpeakerRulesRound15bTest, ResolutionObtainedByOutletSaysNotThePlace) {
  // AllSides g7W7ojy57orlaW6U (NPR): `The resolution, obtained by NPR, says the U.S. "…"` went
  // to "U.S": the resolution speaks, its sponsors not named in this sentence.
  const V speakers = Speakers(
      "Cost estimates for the sprawling proposal range into the trillions.\n\nThe resolution, "
      "obtained by NPR, says the U.S. \u201chas historically been responsible for a "
      "disproportionate amount of greenhouse gas emissions\u201d and calls for the U.S. to take "
      "a \u201cleading role in reducing emissions through economic transformation.\u201d");
  ASSERT_GE(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "");
}

}  // namespace
}  // namespace claimdup
