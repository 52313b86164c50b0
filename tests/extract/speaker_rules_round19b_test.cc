// Speaker attribution rules of the nineteenth round (b), on real news (../shared/real/: the
// dump and article id are in each comment): the subject of a sentence's first verb speaks a
// quote hung on a second verb joined to it by "and"/"but" or on a participle after a comma
// (`McConnell … called out Pelosi …, and said "…"`, `Then he claimed … and warned that "…"`,
// `Khan began …, calling Donald Trump "…"`), subject_first_verb.cc (docs/speaker_rounds.md,
// nineteenth round (b)).
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

// event_days helsinki-10765 (Reuters): `Then he claimed "total credit" for …, although …, and
// warned that "…"`: "he" after an opening adverb, a quoted phrase and a clause between the
// verbs; the pronoun resolves to Trump as usual.
TEST(SpeakerRulesRound19b, PronounAfterAnAdverbSpeaksTheSecondVerbsQuote) {
  const std::vector<std::string> speakers = Speakers(
      "Having questioned the value of NATO in tweets throughout the summit, Trump later told "
      "reporters that the 29-member military alliance \"was not doing what they were supposed "
      "to be doing\" until he came to Brussels and that he was \"extremely unhappy\" until his "
      "intervention.\n\n"
      "Then he claimed \"total credit\" for increases in defense spending, although they were "
      "in fact agreed in 2014, and warned that \"NATO is helping Europe more than it is helping "
      "us,\" in language that did not make a public case for unity.");
  ASSERT_FALSE(speakers.empty());
  EXPECT_EQ(speakers.back(), "Trump");
}

// AllSides dev 34oxGxPZd4Us5xIm (Politico): a surname the article never introduces with a
// given name or title opens the sentence; three verbs, a quote between them.
TEST(SpeakerRulesRound19b, UnintroducedSurnameSpeaksTheThirdVerbsQuote) {
  const std::vector<std::string> speakers = Speakers(
      "Meanwhile the two congressional leaders are going at it.\n\n"
      "McConnell repeatedly called out Pelosi this week for not passing the UMSCA, accused her "
      "of bowing to the \xE2\x80\x9C" "far left,\xE2\x80\x9D and said \xE2\x80\x9C" "the only "
      "thing that seems to really inspire House Democrats these days is their obsession with "
      "overturning the results of the 2016 election.\xE2\x80\x9D");
  ASSERT_EQ(speakers.size(), 1u);  // `far left` is too short to be a claim.
  EXPECT_EQ(speakers[0], "McConnell");
}

// AllSides dev KuIgg07Dxsov9MfG: `Khan began the war of words with an op-ed in the Observer,
// calling Donald Trump "…"`: a participle; Khan is named before only inside a quote.
TEST(SpeakerRulesRound19b, ParticipleTakesTheOpeningSurname) {
  const std::vector<std::string> speakers = Speakers(
      "Khan began the war of words with an op-ed in the Observer, calling Donald Trump \"one of "
      "the most egregious examples of a growing global threat.\"\n\n"
      "Khan blamed Trump for stoking the rise of the \"far right\" around the world.");
  ASSERT_GE(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Khan");
}

// AllSides dev 2dDNVrtLYLmkjP1K: lower-case role words before the name (`EU foreign affairs
// chief Federica Mogherini condemned the attack, calling it "…"`).
TEST(SpeakerRulesRound19b, RoleWordsBeforeTheName) {
  const std::vector<std::string> speakers = Speakers(
      "EU foreign affairs chief Federica Mogherini condemned the attack, calling it \"another "
      "reprehensible act of terrorism which deals a blow to efforts to bring peace and "
      "stability to Libya.\"");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Federica Mogherini");
}

// The guards, each a reading the rule gave before it (AllSides dev): words put in someone's
// mouth (WXQnwDF5GzZor1ZF, `if John Boehner stood up and said`), a second speech verb with a
// subject of its own between the verbs (GWZvJ77qOqQ8EspW, `Things turned absurdly partisan
// when Sen. Mazie Hirono demanded …, saying`: not "Things"), a plural noun before a plural
// verb (FpNOuXi7jEC1iSYe, `Groups have challenged …, arguing`; nlnqFl2XLYy3jMcK, `The Marines
// are assigned …, CENTCOM said, adding`, which the second-verb guard also stops), a joint
// subject (mqfos9LNmHi9sbSa, `Rudy Giuliani and Jay Sekulow echoed …, saying`).
TEST(SpeakerRulesRound19b, HypotheticalsSecondSubjectsAndJointSubjectsStayUnread) {
  std::vector<std::string> speakers = Speakers(
      "And I think if John Boehner stood up and said, \"We're going to make sure that the "
      "government stays open.\"");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "");
  speakers = Speakers(
      "Things turned absurdly partisan when Sen. Mazie Hirono demanded that Barr resign, saying "
      "he had sacrificed his \"once-decent reputation for the grifter and liar who sits in the "
      "Oval Office.\"");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_NE(speakers[0], "Things");
  speakers = Speakers(
      "Groups have challenged the legality of the program, arguing the program violates the "
      "state\xE2\x80\x99s constitution because \xE2\x80\x9Cit is giving out taxpayer dollars "
      "through non-government entities\xE2\x80\x9D.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "");
  speakers = Speakers(
      "The Marines are assigned to the Special Purpose Marine Air-Ground Task Force \xE2\x80\x94 "
      "Crisis Response \xE2\x80\x94 Central Command and will deploy from Kuwait, CENTCOM said, "
      "adding that this force is \"designed to move with speed and precision to support "
      "operations throughout the Middle East.\"");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_NE(speakers[0], "Marines");
  speakers = Speakers(
      "Mr Trump's personal lawyers Rudy Giuliani and Jay Sekulow echoed a similar sentiment, "
      "saying they were \"pleased\" the report had been delivered and trust Mr Barr to "
      "\"determine the appropriate next steps\".");
  ASSERT_EQ(speakers.size(), 1u);  // `pleased` is too short to be a claim.
  EXPECT_EQ(speakers[0], "");
}

}  // namespace
}  // namespace claimdup
