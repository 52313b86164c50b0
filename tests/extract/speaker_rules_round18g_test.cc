// Speaker attribution rules of the eighteenth round (g), on real news (../shared/real/: the
// dump and article id are in each comment): an organization's name keeps the acronym or the
// ordinal before its generic last word (`ABC News`, `the 9th Circuit`); that word alone
// (`News`, `Office`) names no speaker, and `the Court` names the court the article named
// before; no body is "he" or "she" (docs/speaker_rounds.md, eighteenth round (g)).
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

// AllSides dev 5mBezNnq3KHi89pu (three paragraphs of it): with `CBS News` named before,
// ABC's report went to "News", the two networks' shared last word.
TEST(SpeakerRulesRound18g, AnAcronymStaysInABodysName) {
  const std::vector<std::string> speakers = Speakers(
      "CBS News reported that US officials were confident that Iran shot down Flight 752.\n\n"
      "CNN confirmed CBS and Newsweek's reporting, and US officials told The Associated Press "
      "that it was \"highly likely\" that the aircraft was downed by an Iranian anti-aircraft "
      "missile.\n\n"
      "Citing a US official, ABC News reported that US intelligence was confident that Iran "
      "\"painted the Ukrainian airliner with radar and fired two surface-to-air missiles that "
      "brought down the aircraft.\"");
  ASSERT_EQ(speakers.size(), 1u);  // "highly likely" is too short to be a claim.
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

// AllSides dev yZc2LRTOd5JRXcNF: Satyarthi's `he said` went to the RFK Center, the speaker
// of the quote before.
TEST(SpeakerRulesRound18g, HeIsNoCenter) {
  const std::vector<std::string> speakers = Speakers(
      "\"Since 1980, he has led the rescue of over 75,000 bonded and child slaves in India and "
      "developed a successful model for their education and rehabilitation. Kailash has "
      "emancipated thousands of children from bonded labor, a form of slavery where a desperate "
      "family typically borrows needed funds from a lender (sums as little as $35) and is forced "
      "to hand over a child as surety until the funds can be repaid,\" the RFK Center says.\n\n"
      "Speaking to NPR in 2011, Satyarthi decried the rise of female feticide \u2014 or "
      "so-called selective abortions \u2014 in India, explaining: \"The parents feel that the boy "
      "is a help for the future, where the girl is a liability.\n\n"
      "\"If we spend money on her, then we have to spend money on her marriage, dowry probably, "
      "and then if something goes wrong, then we are always sufferers. So better that that girl "
      "is not born,\" he said, explaining the reasoning of some parents in India.");
  ASSERT_GE(speakers.size(), 2u);
  EXPECT_EQ(speakers[0], "RFK Center");
  for (size_t i = 1; i < speakers.size(); ++i) EXPECT_NE(speakers[i], "RFK Center");
}

// BuzzFeed-Webis bfw-0395 (`the Court said`, as in AllSides dev AiDG0DDXKZsQSr5H): the
// Massachusetts court's words went to "Court".
TEST(SpeakerRulesRound18g, TheCourtAloneIsNoSpeaker) {
  const std::vector<std::string> speakers = Speakers(
      "\"Rather, the finding that black males in Boston are disproportionately and repeatedly "
      "targeted\" the Court said, \"suggests a reason for flight totally unrelated to "
      "consciousness of guilt.\"\n\n"
      "Lovins hopes that this case will influence trial judges down the road that just because "
      "a black man is fleeing that doesn't necessarily mean he is guilty.");
  ASSERT_GE(speakers.size(), 1u);
  for (const std::string& s : speakers) EXPECT_EQ(s, "");
}

// BuzzFeed-Webis bfw-0395 (its first two paragraphs, then the quote eleven paragraphs on):
// `the Court said` is the Supreme Judicial Court the article named first.
TEST(SpeakerRulesRound18g, TheCourtIsTheCourtNamedBefore) {
  const std::vector<std::string> speakers = Speakers(
      "(CNN)As Charlotte becomes the latest city to erupt in racial tension, Massachusetts' "
      "highest court ruled this week that just because a black suspect flees police, it does "
      "not necessarily signify guilt.\n\n"
      "The Supreme Judicial Court held unanimously that a black male in Boston, when approached "
      "by the police, \"might just as easily be motivated by the desire to avoid the recurring "
      "indignity of being racially profiled as by the desire to hide criminal activity.\"\n\n"
      "\"Rather, the finding that black males in Boston are disproportionately and repeatedly "
      "targeted\" the Court said, \"suggests a reason for flight totally unrelated to "
      "consciousness of guilt.\"");
  ASSERT_GE(speakers.size(), 2u);
  EXPECT_EQ(speakers[speakers.size() - 1], "Supreme Judicial Court");
  EXPECT_EQ(speakers[speakers.size() - 2], "Supreme Judicial Court");
}

}  // namespace
}  // namespace claimdup
