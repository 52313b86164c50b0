// Speaker attribution rules of the twenty-first round (f), on real news (../shared/real/: the
// dump and article id are in each comment): a quote a sentence introduces with a colon, whose
// only quoting verb stands in the clause the sentence opens with (docs/speaker_rounds.md,
// twenty-first round (f)).
//   `Asked about …, Cornyn was definitive: "…"`, `When asked by … to elaborate …, Soros
//   doubled down: "…"`: the verb before the comma belongs to the opening clause; the person
//   opening the clause after it introduces the quote. Not "he"/"she" there, not a run that a
//   role word splits (`African American scholar Robert C. Smith`), and not a verb after the
//   comma whose subject was refused (`Suddeth's mother, who …, told local media:`).
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

}  // namespace
}  // namespace claimdup
