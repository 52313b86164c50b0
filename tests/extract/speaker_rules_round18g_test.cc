// Speaker attribution rules of the eighteenth round (g), on real news (../shared/real/: the
// dump and article id are in each comment): an organization's name keeps the acronym before
// its generic last word (`ABC News`, `GEO Group`) and the ordinal before it (`the 9th
// Circuit`), and that word alone (`News`, `Office`,
// `Circuit`, `the Court`) names no speaker, nor is a body "he" or "she"
// (docs/speaker_rounds.md, eighteenth round (g)).
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

// AllSides dev 5mBezNnq3KHi89pu (cut): with `CBS News` named before, ABC's report went to
// "News", the two networks' shared last word.
TEST(SpeakerRulesRound18g, AnAcronymStaysInABodysName) {
  const std::vector<std::string> speakers = Speakers(
      "CBS News reported that US intelligence officials were confident the plane had been "
      "shot down.\n\nCiting a US official, ABC News reported that US intelligence was "
      "confident that Iran \"painted the Ukrainian airliner with radar and fired two "
      "surface-to-air missiles that brought down the aircraft.\"");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "ABC News");
}

// AllSides dev EzYvB0YNQ4ZwEQPe: `News reports that …` opens a sentence with a common noun;
// the quote is Sommers' (`he concludes`), and it went to "News".
TEST(SpeakerRulesRound18g, NewsAloneIsNoSpeaker) {
  const std::vector<std::string> speakers = Speakers(
      "Based on his own findings, Sommers estimated that 6.2 million Americans leave "
      "nongroup coverage each year under typical circumstances. News reports that as many as "
      "4.7 million adults had their policies canceled in 2013 \u201care likely capturing a "
      "great deal of the normal turnover in this market,\u201d he concludes.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_NE(speakers[0], "News");
}

// AllSides dev BFrubolXobsn7iI5: `the 9th Circuit noted` went to "Circuit"; the ordinal is
// the court's name's first word.
TEST(SpeakerRulesRound18g, AnOrdinalStaysInACourtsName) {
  const std::vector<std::string> speakers = Speakers(
      "The 9th Circuit in 2018 ruled that the law must be struck down because it is overly "
      "broad and criminalizes even simple speech that is protected by the First Amendment. "
      "For instance, a grandmother could theoretically be charged under the law for telling "
      "her grandson whose visa has expired, \u201cI encourage you to stay,\u201d the 9th "
      "Circuit noted.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "9th Circuit");
}

// AllSides dev 0ghmqJ1SlvZ6dL5H: an unnamed spokesman's `he said` went to "Office", cut
// from the Sheriff's Office he speaks for.
TEST(SpeakerRulesRound18g, HeIsNoOffice) {
  const std::vector<std::string> speakers = Speakers(
      "Earlier, a spokesman for the East Baton Rouge Sheriff's Office said police and "
      "sheriff's deputies were involved in the shooting incident, which occurred around 9 "
      "a.m. local time.\n\n\"Multiple officers from both agencies sustained injuries and were "
      "transported to local hospitals,\" he said in an email.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "");
}

// AllSides dev yZc2LRTOd5JRXcNF (cut): Satyarthi's `he said` went to the RFK Center, the
// speaker of the quote before.
TEST(SpeakerRulesRound18g, HeIsNoCenter) {
  const std::vector<std::string> speakers = Speakers(
      "\"Since 1980, he has led the rescue of over 75,000 bonded and child slaves in India,\" "
      "the RFK Center says.\n\nSpeaking to NPR in 2011, Satyarthi decried the rise of female "
      "feticide in India, explaining: \"The parents feel that the boy is a help for the "
      "future,\" he said, explaining the reasoning of some parents in India.");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[0], "RFK Center");
  EXPECT_NE(speakers[1], "RFK Center");
}

// BuzzFeed-Webis bfw-0395 (`the Court said`, as in AllSides dev AiDG0DDXKZsQSr5H): a state
// court's words went to "Court".
TEST(SpeakerRulesRound18g, TheCourtAloneIsNoSpeaker) {
  const std::vector<std::string> speakers = Speakers(
      "Lovins hopes that this case will influence trial judges.\n\n\"Rather, the finding that "
      "black males in Boston are disproportionately and repeatedly targeted\" the Court said, "
      "\"suggests a reason for flight totally unrelated to consciousness of guilt.\"");
  ASSERT_GE(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "");
}

}  // namespace
}  // namespace claimdup
