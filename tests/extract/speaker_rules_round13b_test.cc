// Speaker attribution rules of the thirteenth round (b): wrong names, each on real news
// (../shared/real/: the dump and article id are in each comment; "…" marks text left out).
// The rules come from reading misattribution leads and wrong speakers of the AllSides dev half
// (docs/speaker_rounds.md, thirteenth round (b)).
#include <cstdint>
#include <string>
#include <vector>

#include "extract/speaker_names.h"
#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

using V = std::vector<std::string>;

TEST(SpeakerRulesRound13bTest, PronounSkipsAPrepositionsObjectAndARelativeClausesSpeaker) {
  // AllSides 0BaIi2ZwHw3pfTwe: `Unlike Mr. Obama, who said …, Mr. Romney …` — "he" was given
  // to Obama, who only speaks in the relative clause; the sentence's subject is Romney.
  const V speakers = Speakers(
      "DENVER \u2014 Claiming he\u2019s the true champion of a middle class that\u2019s being "
      "\u201ccrushed\u201d under President Obama, Mitt Romney went straight at the president "
      "Wednesday in the first debate of the campaign, saying his four years in office have "
      "doubled the deficit and left the economy gasping.\n\n"
      "Unlike Mr. Obama, who said he wanted to look forward, Mr. Romney repeatedly pointed back "
      "to the last four years, laying a devastating litany of failures on Mr. Obama\u2019s "
      "doorstep.\n\n"
      "\u201cWhat we\u2019re seeing right now is a trickle-down government approach which has "
      "government thinking it can do a better job than people pursuing their dreams. It\u2019s "
      "not working,\u201d he said.");
  ASSERT_FALSE(speakers.empty());
  EXPECT_EQ(speakers.back(), "Mitt Romney");
}

TEST(SpeakerRulesRound13bTest, PronounIsNotTheNameAfterAccordingTo) {
  // AllSides s3HQq0rrJBhOl6KK: `According to the Daily Beast's Ronald Radosh, Bannon gave …
  // He called himself …` — "He" went to Radosh, the source; Bannon is the subject.
  const V speakers = Speakers(
      "But over the past week and a half of Trump\u2019s young presidency, a narrative has been "
      "gaining steam in the media and among political observers that it is not Trump but in "
      "fact White House chief strategist Steve Bannon who is actually running the show.\n\n"
      "According to the Daily Beast\u2019s Ronald Radosh, Bannon gave an even more grandiose "
      "statement of his motivations a few years back. He called himself a \u201cLeninist\u201d "
      "because \u201cLenin wanted to destroy the state, and that\u2019s my goal too. I want to "
      "bring everything crashing down, and destroy all of today\u2019s establishment.\u201d");
  EXPECT_EQ(speakers.back(), "Steve Bannon");
}

TEST(SpeakerRulesRound13bTest, PronounAfterAnInvertedSaidIsItsSpeaker) {
  // AllSides oiga8USYMltEiB37: `The gunman, Mohammed Saeed Alshamrani, had … , said FBI
  // Director Christopher A. Wray.` + `"…," he said` was given to the gunman.
  const V speakers = Speakers(
      "The gunman, Mohammed Saeed Alshamrani, had extensive contact with al Qaeda in the "
      "Arabian Peninsula (AQAP) operatives before the attack and before arriving in the U.S., "
      "said FBI Director Christopher A. Wray.\n\n"
      "\u201cThe evidence we\u2019ve been able to develop from the killer\u2019s devices shows "
      "that the Pensacola attack was actually the brutal culmination of years of planning and "
      "preparation by a longtime AQAP associate,\u201d he said.");
  ASSERT_EQ(speakers.size(), 1u);
  // The full name with its middle initial, which no longer ends the name (nineteenth round
  // (a)); "Wray" before.
  EXPECT_EQ(speakers[0], "Christopher A Wray");
}

TEST(SpeakerRulesRound13bTest, TwoPossessorsLeaveThePronounUnresolved) {
  // AllSides pbqLivd3SiObNCkB: `But Rouhani's tone differed from Putin's, …` + `"…," he said`
  // was given to Putin; either could be "he" by grammar, so nobody is credited.
  const V speakers = Speakers(
      "Iranian President Hassan Rouhani made his case Thursday to the American people and the "
      "world for \"a constructive approach\" to contentious issues including his nation's "
      "nuclear program, arguing that failing to engage \"leads to everyone's loss.\"\n\n"
      "Just last week, for instance, Russian President Vladimir Putin argued against "
      "international military intervention in Syria and jabbed his U.S. counterpart for saying "
      "Americans should consider themselves \"exceptional\" -- a remark that quickly elicited "
      "derision from across the U.S. political spectrum.\n\n"
      "But Rouhani's tone differed from Putin's, echoing the theme of \"prudence and hope\" and "
      "the promise of more positive engagement with the rest of the world that helped propel "
      "him to an election win in June.\n\n"
      "\"To move beyond impasses, ... we need to aim higher,\" he said.");
  ASSERT_FALSE(speakers.empty());
  EXPECT_EQ(speakers.back(), "");
}

TEST(SpeakerRulesRound13bTest, RoleFirstAppositiveIntroducesTheFullName) {
  // AllSides 1IEA2h97ZoPeM8RB (Fox) and g7Zb6HynfCQPUG1C (The Guardian): `The head of Egypt's
  // state-run provider …, Ehab Azmy, told` was not read as an introduction, so `Azmy said`
  // stayed a bare surname that the run folded onto another Azmy (Baher Azmy).
  const V speakers = Speakers(
      "The head of Egypt's state-run provider of air navigation services, Ehab Azmy, told The "
      "Associated Press Monday that the plane did not swerve or lose altitude before it "
      "disappeared.\n\n"
      "\"There was no turning to the right or left, and it was fine when it entered Egypt's FIR "
      "(flight information region), which took nearly a minute or two before it "
      "disappeared,\" Azmy said.");
  EXPECT_EQ(speakers, (V{"Ehab Azmy"}));
}

TEST(SpeakerRulesRound13bTest, QuoteAfterThatClosesItsSentence) {
  // AllSides 5NFWE4uFu7qo9STj: `Lerner's lawyer William Taylor said in a statement that "…
  // rights." Lerner has said she has broken no laws.` — the next sentence was read as the
  // quote's attribution, giving Lois Lerner her lawyer's words.
  const V speakers = Speakers(
      "The House voted to hold Lois Lerner in contempt of Congress, just three days before the "
      "anniversary of the day the former IRS official ignited the tea party targeting "
      "furor.\n\n"
      "Lerner\u2019s lawyer William Taylor said in a statement that \u201cit is unfortunate "
      "that the majority party in the House has put politics before a citizen\u2019s "
      "constitutional rights.\u201d Lerner has said she has broken no laws.");
  EXPECT_EQ(speakers, (V{"William Taylor"}));
}

TEST(SpeakerRulesRound13bTest, RareFullNameDoesNotAbsorbACommonBareSurnameAcrossTheRun) {
  // AllSides dev run: the bare "McMaster" (57 claims in 19 articles, H.R. McMaster, whom those
  // articles name by title) was folded onto "Henry McMaster" (South Carolina's governor: 4
  // claims in 2 articles), the only full name with that surname; "China" (13 articles) onto
  // "Will China" (1), "Azmy" onto "Baher Azmy" (1 article; the EgyptAir reports name Ehab).
  const V names = {"", "Henry McMaster", "McMaster", "Will China", "China", "Barack Obama",
                   "Obama"};
  const std::vector<int64_t> claims = {0, 4, 57, 1, 19, 1833, 2188};
  const auto canon = CanonicalSpeakers(names, claims, {0, 2, 19, 1, 13, 572, 716});
  EXPECT_EQ(names[canon[2]], "McMaster");
  EXPECT_EQ(names[canon[4]], "China");
  EXPECT_EQ(names[canon[6]], "Barack Obama");  // 572 articles name him in full: common.
  // Without article counts the share of claims alone decides, as before.
  EXPECT_EQ(names[CanonicalSpeakers(names, claims)[2]], "Henry McMaster");
}

}  // namespace
}  // namespace claimdup
