// Speaker attribution rules of the twenty-first round (f), on real news (../shared/real/: the
// dump and article id are in each comment): a quote a sentence introduces with a colon, whose
// only quoting verb stands in the clause the sentence opens with (docs/speaker_rounds.md,
// twenty-first round (f)).
//   `Asked about …, Cornyn was definitive: "…"`, `When asked by … to elaborate …, Soros
//   doubled down: "…"`: the verb before the comma belongs to the opening clause; the person
//   opening the clause after it introduces the quote. Not "he"/"she" there, not a run that a
//   role word splits (`African American scholar Robert C. Smith`), and not a verb after the
//   comma whose subject was refused (`Suddeth's mother, who …, told local media:`).
//   `his adviser Kellyanne Conway was more blunt: "…"`, `UFCW Local 400 President Mark P.
//   Federici offered a more cautious assessment: "…"`: a colon sentence (or the clause after
//   such an opening) whose clause opens with roles, owners and determiners, then a person's
//   full name right before its first other word; not `The New York Times`, not `University of
//   North Carolina law professor …`.
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

// AllSides dev 1ZBReCgHDERR8u4u (Politico): the second quote had no speaker.
TEST(SpeakerRulesRound21f, OpeningAskedClauseThenNamedSubject) {
  const std::vector<std::string> speakers = Speakers(
      "\xE2\x80\x9CIt remains to be seen,\xE2\x80\x9D said Senate Majority Whip John Cornyn "
      "(R-Texas) in an interview. \xE2\x80\x9CWhat I would like to see is a plan for how the "
      "money would be spent and a good faith discussion about what border security is really "
      "composed of. We haven\xE2\x80\x99t had that.\xE2\x80\x9D\n\nAsked about the prospects "
      "for a lapse in government funding, Cornyn was definitive: \xE2\x80\x9CThere\xE2\x80\x99s "
      "not going to be a shutdown.\xE2\x80\x9D\n\nThe White House made an initial request "
      "earlier this month for $1.4 billion in wall funding.");
  ASSERT_EQ(speakers.size(), 3u);
  EXPECT_EQ(speakers[0], "John Cornyn");
  EXPECT_EQ(speakers[2], "John Cornyn");
}

// BuzzFeed-Webis bfw-1507 (Right Wing News): Soros's answer to the Independent had none.
TEST(SpeakerRulesRound21f, WhenAskedClauseThenSurnameOfSomeoneNamed) {
  const std::vector<std::string> speakers = Speakers(
      "George Soros claims he is a god and \xE2\x80\x9Cthe creator of everything,\xE2\x80\x9D "
      "however the billionaire globalist also warns he is a \xE2\x80\x9Cself-centred\xE2\x80\x9D "
      "god.\n\nWhen asked by Britain\xE2\x80\x99s Independent newspaper to elaborate on that "
      "statement, Soros doubled down: \xE2\x80\x9CIt is a sort of disease when you consider "
      "yourself some kind of god, the creator of everything, but I feel comfortable about it "
      "now since I began to live it out.\xE2\x80\x9D");
  ASSERT_EQ(speakers.size(), 1u);  // The two short phrases are no quotes.
  EXPECT_EQ(speakers[0], "George Soros");
}

// AllSides dev W5yGHguVXv8vcK0c (Christian Science Monitor): the run before the role word is
// no person ("African American" would be printed as the speaker); none, as before.
TEST(SpeakerRulesRound21f, RoleWordBetweenTwoRunsGivesNone) {
  const std::vector<std::string> speakers = Speakers(
      "When asked to assess Obama\xE2\x80\x99s legacy as the first black president, African "
      "American scholar Robert C. Smith strikes the tone of a realist: \xE2\x80\x9CI would say "
      "Obama did the best he could on race, given the resources at his disposal.\xE2\x80\x9D");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "");
}

// AllSides dev vzCEFt04ikQRIqde (The Guardian): the verb after the commas has an unnamed
// subject (the mother); the son named in the sentence before is no speaker.
TEST(SpeakerRulesRound21f, RefusedSubjectAfterTheCommaGivesNone) {
  const std::vector<std::string> speakers = Speakers(
      "In Montana, agents on patrol shot Jeff Suddeth, a US citizen who they said had a stun "
      "gun. At the inquest which cleared agents of wrongdoing, Suddeth\xE2\x80\x99s mother, who "
      "described her son as bipolar, told local media: \xE2\x80\x9CHe lived 36 years, and in 15 "
      "minutes they took his life. I guess that\xE2\x80\x99s the law.\xE2\x80\x9D");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "");
}

// AllSides dev D7BS5YuJh3dgYIiO (Vanity Fair): the union president's quote had no speaker.
TEST(SpeakerRulesRound21f, ColonSentenceOpenedByTitledName) {
  const std::vector<std::string> speakers = Speakers(
      "The campaign chose to recognize its unionized workers after 44 employees signed union "
      "cards. Sanders himself tweeted support:\n\nUFCW Local 400 President Mark P. Federici "
      "offered a more cautious assessment: \xE2\x80\x9CWe expect (unionizing) will mean pay "
      "parity and transparency on the campaign, with no gender bias or harassment, and equal "
      "treatment for every worker.\xE2\x80\x9D Sanders\xE2\x80\x99 2016 campaign was "
      "previously accused of both sexual harassment and pay disparity.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Mark P Federici");
}

// AllSides dev ilTp8SzKUf14lZ8M (Townhall): a newspaper opening the colon sentence is no
// person ("York" is a given name; this gave "York Times"); the quote keeps no speaker.
TEST(SpeakerRulesRound21f, ColonSentenceOpenedByNewspaperGivesNone) {
  const std::vector<std::string> speakers = Speakers(
      "So is all this the indelible stain that the sustained media outrage would suggest? The "
      "New York Times deserves credit for posing the question:\n\n\"The question was whether he "
      "had reached a genuine turning point or simply endured another one of those episodes that "
      "seems decisive but ultimately fades into the next one.\"\n\nWhat makes this feel "
      "different is that some commentators are actually accusing Trump of being a traitor.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "");
}

// AllSides dev gZnjU6Czqe3ogy5W (Media Matters): a place after "of" is no person (this gave
// "North Carolina"; "North" is a given name).
TEST(SpeakerRulesRound21f, PlaceAfterOfGivesNoName) {
  const std::vector<std::string> speakers = Speakers(
      "Many experts say the Trump administration\xE2\x80\x99s stonewalling of oversight "
      "constitutes or approaches a constitutional crisis; others say that won\xE2\x80\x99t be "
      "the case unless Trump refuses a court order\n\nUniversity of North Carolina law "
      "professor William Marshall: \xE2\x80\x9CThere\xE2\x80\x99s nothing in history that "
      "comes even close to\xE2\x80\x9D what Trump is doing.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_NE(speakers[0], "North Carolina");
}

}  // namespace
}  // namespace claimdup
