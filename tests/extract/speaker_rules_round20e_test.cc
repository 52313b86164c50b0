// Speaker attribution rules of the twentieth round (e), on real news (../shared/real/: the
// dump and article id are in each comment): descriptions as the subjects of speech verbs
// (docs/speaker_rounds.md, twentieth round (e)).
//   A. `"…," said the president.` / `said the California senator.`: a definite description
//      of an office after an inverted speech verb, closed by the sentence's end or a comma, is
//      read as `the president said` is (subject_names_after.cc InvertedDescription); not when a
//      name follows its comma (`said the spokesman, Stephen Lawson`), nor before `who did not
//      want to be identified` (unnamed).
//   B. `A second Democratic senator said …` + `"…," the second lawmaker said`: a lawmaker's
//      description does not reach back past a sentence opening with an unnamed person of a
//      role (antecedent_roles.cc OpensWithUnnamedPerson); an appositive (`Sen. Tom Carper,
//      another member of the bipartisan group, said`) is no unnamed person.
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

// AllSides dev xLYZRFIah9hJNG0d (CBN): `said the president.` was read as no one.
TEST(SpeakerRulesRound20e, InvertedThePresident) {
  const std::vector<std::string> speakers = Speakers(
      "As President Donald Trump begins his second month in office, national security, ISIS "
      "and immigration top his agenda.\n\nThe president will be joined at the White House "
      "by his new national security advisor, H.R. McMaster.\n\n\"He's a man of tremendous "
      "talent and tremendous experience,\" said the president.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Donald Trump");
}

// AllSides dev oI7Nv9lXaJ9skpqQ (The Daily Wire): a state before the role
// (`said the California senator.`) was read as an unnamed person.
TEST(SpeakerRulesRound20e, InvertedQualifiedSenator) {
  const std::vector<std::string> speakers = Speakers(
      "Senator Dianne Feinstein (D-CA) vowed Thursday to push individual states toward "
      "adopting a mask mandate by introducing a legislative amendment in the Senate to "
      "prohibit states without mask requirements from receiving federal coronavirus relief "
      "in the next round of funding.\n\n\xE2\x80\x9CResearch shows that masks reduce "
      "transmission of the coronavirus,\xE2\x80\x9D said the California senator.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Dianne Feinstein");
}

// AllSides dev YcYi8J51N9m9FSjx (CNN): the senator did not want to be identified; not Cory
// Gardner, the senator named before.
TEST(SpeakerRulesRound20e, InvertedDescriptionKeptAnonymous) {
  const std::vector<std::string> speakers = Speakers(
      "Sen. Cory Gardner, a Republican from Colorado up for reelection next year, said "
      "Wednesday he is concerned \"it's just a lot of money and at some point, things "
      "become so free, we can't afford it.\"\n\nOne GOP senator on the fence acknowledged "
      "that some of his colleagues would like to vote against it to publicly demonstrate "
      "they are fiscally prudent while privately hoping it passes so there can be orderly "
      "governing out of Washington.\n\n\"There are a lot of people who will vote 'no' who "
      "hope to heck it passes,\" said the senator, who did not want to be identified.");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[0], "Cory Gardner");
  EXPECT_EQ(speakers[1], "");
}

// AllSides dev OF6XHWahqFR9LQDC (NBC News): the spokesman is named after his comma; he is
// not Sen. Kelly Loeffler, the one senator named.
TEST(SpeakerRulesRound20e, InvertedDescriptionBeforeAnAppositiveName) {
  const std::vector<std::string> speakers = Speakers(
      "A spokesman for Sen. Kelly Loeffler, R-Ga., confirmed that she had been informed "
      "that the Justice Department had dropped an inquiry into her trades and called the "
      "allegations \"politically motivated.\"\n\n\"Today's clear exoneration by the "
      "Department of Justice affirms what Senator Loeffler has said all along \xE2\x80\x94 "
      "she did nothing wrong. This was a politically-motivated attack shamelessly promoted "
      "by the fake news media and her political opponents. Senator Loeffler will continue "
      "to focus her full attention on delivering results for Georgians,\" said the "
      "spokesman, Stephen Lawson.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_NE(speakers[0], "Kelly Loeffler");
}

// AllSides dev IVnKbHNDB8ka2Qa4 (The Hill): `A second Democratic senator said …` is the
// lawmaker of the next quotes, unnamed; main gave them to Jeff Flake, named before.
TEST(SpeakerRulesRound20e, LawmakerAfterAnUnnamedSenator) {
  const std::vector<std::string> speakers = Speakers(
      "(Alaska) and Jeff Flake Jeffrey (Jeff) Lane FlakeFlake tells GOP: Trump 'does not "
      "deserve reelection' Republicans show signs of discomfort in defense of Trump Cindy "
      "McCain: I can see Arizona 'going Democrat' in 2020 MORE (Ariz.) \xE2\x80\x94 make "
      "their positions known.\n\n\xE2\x80\x9CHe\xE2\x80\x99s telling them, \xE2\x80\x98Keep "
      "your powder dry.\xE2\x80\x99 That means you don\xE2\x80\x99t have to decide this "
      "\xE2\x80\x94 wait and see how it plays out. There\xE2\x80\x99s some speculation that "
      "Kavanaugh may not last,\xE2\x80\x9D the lawmaker said. \xE2\x80\x9CThey always vow "
      "to stay right until they don\xE2\x80\x99t.\xE2\x80\x9D\n\nA second Democratic "
      "senator said there\xE2\x80\x99s widespread disbelief in the caucus that Kavanaugh is "
      "holding on.\n\n\xE2\x80\x9CI just had a conversation with a colleague who said they "
      "couldn\xE2\x80\x99t believe he hasn\xE2\x80\x99t dropped out yet,\xE2\x80\x9D the "
      "second lawmaker said Monday evening. \xE2\x80\x9CThere was a time he could have done "
      "it gracefully and could have protected the Supreme Court.\xE2\x80\x9D");
  ASSERT_EQ(speakers.size(), 4u);
  EXPECT_EQ(speakers[2], "");
  EXPECT_EQ(speakers[3], "");
}

// AllSides dev lwtWtvCS3skSk9bu (CNN): `Sen. Tom Carper, another member of …, said` names its
// subject; `the Delaware Democrat` is he.
TEST(SpeakerRulesRound20e, AppositiveIsNoUnnamedPerson) {
  const std::vector<std::string> speakers = Speakers(
      "Sen. Tom Carper, another member of the bipartisan group, said Republicans appeared "
      "ready to compromise by accepting a rate cap.\n\n\"There is a good spirit and I think "
      "the interest is in finding a way to yes,\" the Delaware Democrat said.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Tom Carper");
}

}  // namespace
}  // namespace claimdup
