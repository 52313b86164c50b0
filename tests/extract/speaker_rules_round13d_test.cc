// Speaker attribution rules of the thirteenth round (d): a quote in the clause of a speech
// participle (`…, telling Fox News that …`, `…, saying, "…"`) whose subject opens the sentence
// as a description with a capitalized office (`The President`), each on real news (../shared/real/: the dump and
// article id are in each comment; "…" marks text left out). docs/speaker_rounds.md,
// thirteenth round (d).
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

using V = std::vector<std::string>;

TEST(SpeakerRulesRound13dTest, CapitalizedTitleDescriptionSharesItsParticiple) {
  // AllSides ppMZwmc0TLpt5lbo: `The President has since distanced himself from Cohen, …,
  // telling Fox News last week that Cohen had overseen "…"`: the President (Trump) speaks.
  const V speakers = Speakers(
      "President Donald Trump repaid his lawyer Michael Cohen for a payment to a porn star, "
      "his new lawyer said.\n\n"
      "Trump said last month that he didn't know about the payment and deferred questions "
      "about the matter to Cohen.\n\n"
      "The President has since distanced himself from Cohen, who was formerly a top "
      "confidant, telling Fox News last week that Cohen had overseen \"a tiny, tiny little "
      "fraction\" of his legal work.");
  ASSERT_FALSE(speakers.empty());
  EXPECT_EQ(speakers.back(), "Donald Trump");
}

TEST(SpeakerRulesRound13dTest, CapitalizedPresidentSharesItsParticipleAfterAComma) {
  // AllSides vDrjDSqlgBObVNBB: `The President also promoted the tax cut law in an editorial …,
  // saying, "…"`: the President (Trump) writes it.
  const V speakers = Speakers(
      "President Trump is praising the strength of the economy and his tax overhaul.\n\n"
      "Democrats are still criticizing the tax law as a giveaway to the rich.\n\n"
      "The President also promoted the tax cut law in an editorial in today's USA Today, "
      "saying, \"On this Tax Day, America is strong and roaring back. Paychecks are "
      "climbing.\"");
  ASSERT_FALSE(speakers.empty());
  EXPECT_EQ(speakers.back(), "Trump");
}

TEST(SpeakerRulesRound13dTest, CapitalizedPartyOrCandidacyOpensNoDescription) {
  // AllSides g4JynaPvFgniheHN: `The Republican certainly contributed to such media coverage by
  // calling the women liars and charging that … “…”` went to Hillary Clinton, and AllSides
  // DP0sjLFURbDZUIyo: `The President-elect dismissed the poll findings on Twitter : "…"` to
  // Barack Obama, when read as descriptions; no name is better than those.
  const V republican = Speakers(
      "Donald Trump on Saturday outlined his plans for his first 100 days in office, pledging "
      "to rid Washington of corruption and denouncing Hillary Clinton and her cronies.\n\n"
      "But much of Mr. Trump\u2019s pitch was lost as headlines instead focused on his vow to "
      "sue the 11 women that have come forward in recent weeks. The Republican certainly "
      "contributed to such media coverage by calling the women liars and charging that the "
      "news media presented their claims \u201cwith virtually no fact-checking "
      "whatsoever.\u201d");
  ASSERT_FALSE(republican.empty());
  EXPECT_NE(republican.back(), "Hillary Clinton");
  const V elect = Speakers(
      "Donald Trump will become president Friday with an approval rating of just 40%, 44 "
      "points below that of President Barack Obama, the 44th president.\n\n"
      "The President-elect dismissed the poll findings on Twitter : \"The same people who did "
      "the phony election polls, and were so wrong, are now doing approval rating polls.\"");
  ASSERT_FALSE(elect.empty());
  EXPECT_NE(elect.back(), "Barack Obama");
}

}  // namespace
}  // namespace claimdup
