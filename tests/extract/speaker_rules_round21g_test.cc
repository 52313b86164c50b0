// Speaker attribution rules of the twenty-first round (g), on real news (../shared/real/: the
// dump and article id are in each comment): the misses of the fresh sets random20 and random21
// (docs/speaker_rounds.md, twenty-first round (g)).
//   `Zeldin, without calling out Trump specifically, said`: a participle aside after a comma
//   holds the verb's objects, not its subject.
//   `the former New York mayor said`: a place after "former" and before a role word is no
//   person, so "he" after it is not "New York".
//   `… on the president: Note this, from Tom Malinowski`: a title before a colon introduces no
//   one ("Note").
//   `"…," fret Emily Badger and Niraj Chokshi at the New York Times.`: an inverted verb in no
//   list, then a full name.
//   `House Speaker Kevin Cotter (R-Mt. Pleasant) complained that "…"`: an abbreviation after a
//   hyphen ends no sentence.
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

// BuzzFeed-Webis bfw-1328 (Politico): Zeldin's advice went to Trump, named inside the aside.
TEST(SpeakerRulesRound21g, ParticipleAsideHoldsNoSubject) {
  const std::vector<std::string> speakers = Speakers(
      "Trump doubled down on those comments in an interview on Fox News.\n\nAsked about "
      "Trump\xE2\x80\x99s pageant comments, Zeldin, without calling out Trump specifically, "
      "said his best advice \xE2\x80\x9C" "for anyone running for office is to focus on "
      "your policy, your vision.\xE2\x80\x9D");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Zeldin");
}

// BuzzFeed-Webis bfw-1251 (Politico): "he" after `the former New York mayor said` was
// "New York", a person introduced by the title word "former".
TEST(SpeakerRulesRound21g, PlaceAfterFormerBeforeRoleIsNoPerson) {
  const std::vector<std::string> speakers = Speakers(
      "One issue that Giuliani said Trump is not worried about coming up at the debate "
      "is the issue of his often inaccuracy-laden campaign rhetoric. Multiple media outlets, "
      "including POLITICO, have discovered numerous lies and half-truths in fact-checking "
      "Trump\xE2\x80\x99s remarks, but the former New York mayor said the GOP nominee stacks "
      "up well against Clinton when it comes to truthfulness.\n\n\xE2\x80\x9CI can't imagine "
      "that probably the biggest liar that ever ran for president of the United States "
      "is going to bring up lies,\xE2\x80\x9D he said.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Giuliani");
}

// event_days helsinki-13047 (Washington Post roundup): `president: Note` introduced "Note".
TEST(SpeakerRulesRound21g, TitleBeforeColonIntroducesNoOne) {
  const std::vector<std::string> speakers = Speakers(
      "* HOW DEMOCRATS ARE RUNNING: E.J. Dionne Jr.\xC2\xA0 talks to Democrats running "
      "for Congress in New Jersey and finds they are campaigning on the failures of Trump/GOP "
      "rule and the public desire for a check on the president: Note this, from Tom Malinowski, "
      "who\xE2\x80\x99s running in the 7th District:\n\n\xE2\x80\x9CWe\xE2\x80\x99re now "
      "the party of fiscal responsibility in America. We didn\xE2\x80\x99t just add $2 "
      "trillion to the national debt for that tax cut that\xC2\xA0Warren Buffett didn\xE2\x80\x99t "
      "want,\xE2\x80\x9D he tells me.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Tom Malinowski");
}

// AllSides dev uaYGz6Onntqwzd22 (Reason): `fret` and `marvels` are in no speech-verb list.
TEST(SpeakerRulesRound21g, InvertedUnlistedVerbBeforeFullName) {
  const std::vector<std::string> speakers = Speakers(
      "That has strong implications for a country in which political factions now view "
      "each other with undisguised contempt. \"Democratic and Republican voters\xE2\x80\xA6 "
      "despise each other, and to a degree that political scientists and pollsters say "
      "has gotten significantly worse over the last 50 years,\" fret Emily Badger and Niraj "
      "Chokshi at the New York Times. \"Democrats and Republicans hate each other more "
      "than they hate the Russians,\" marvels Reihan Salam at Slate.");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[0], "Emily Badger");
  EXPECT_EQ(speakers[1], "Reihan Salam");
}

// BuzzFeed-Webis bfw-0852 (Occupy Democrats): `R-Mt.` ended the sentence before `complained`.
TEST(SpeakerRulesRound21g, AbbreviationAfterHyphenEndsNoSentence) {
  const std::vector<std::string> speakers = Speakers(
      "House Speaker Kevin Cotter (R-Mt. Pleasant) complained that \xE2\x80\x9C" "a reckless "
      "lawsuit could throw the state budget into disarray and undermine everything we\xE2\x80\x99ve "
      "done for the city.\xE2\x80\x9D");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Kevin Cotter");
}

}  // namespace
}  // namespace claimdup
