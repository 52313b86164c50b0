// Speaker attribution rules of the thirteenth round (d): a quote in the clause of a speech
// participle (`…, telling Fox News that …`, `…, saying, "…"`) whose subject opens the sentence
// as a description with a capitalized office (`The President`), and the participles of any
// speech verb (`noting`, `insisting`, `tweeting`) after a comma or "by", each on real news (../shared/real/: the dump and
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

TEST(SpeakerRulesRound13dTest, ParticipleOfAnySpeechVerbAfterACommaQuotes) {
  // AllSides BWd42bmHHmetu8Pd: `Kristof pivoted to moral truth, noting that “…”`: "noting"
  // is in no quoting list, but "noted" is a speech verb.
  const V speakers = Speakers(
      "\u201cJesus is a symbol of victims of violence, not of authoritarians who erect "
      "statues,\u201d explained New York Times columnist Nicholas Kristof to his two million "
      "Twitter followers.\n\n"
      "When confronted with these facts, Kristof pivoted to moral truth, noting that \u201cone "
      "of the points of Christianity is to apply a basic lesson of Scripture\u201d and "
      "\u201cJesus spoke up for the poor and marginalized.\u201d");
  ASSERT_GE(speakers.size(), 2u);
  EXPECT_EQ(speakers[1], "Nicholas Kristof");
}

TEST(SpeakerRulesRound13dTest, ParticipleAfterByQuotesForTheSentencesSubject) {
  // AllSides vHxXGDsZBaWAy9mC (BBC): `Jeremy Corbyn reacted to the result by tweeting that Mr
  // Johnson had "…"`: Corbyn, not Johnson.
  const V speakers = Speakers(
      "Guy Verhofstadt, the European Parliament's chief Brexit co-ordinator, said the "
      "parliament would hold an extraordinary meeting on Wednesday in response to Mr Johnson's "
      "election.\n\n"
      "Jeremy Corbyn reacted to the result by tweeting that Mr Johnson had \"won the support "
      "of fewer than 100,000 unrepresentative Conservative Party members\".");
  ASSERT_FALSE(speakers.empty());
  EXPECT_EQ(speakers.back(), "Jeremy Corbyn");
}

TEST(SpeakerRulesRound13dTest, ParticipleOpeningASentenceOrAGerundLeavesTheVerbBefore) {
  // AllSides LxFIw92PYoKeBF4Z: `Announcing that Britain had recaptured …, Thatcher appealed to
  // nationalist sentiments, advising the press: "…"`: the opening participle is no attribution.
  const V thatcher = Speakers(
      "The United Kingdom fought a short, sharp war against Argentina over the Falklands "
      "Islands under Margaret Thatcher in 1982.\n\n"
      "Announcing that Britain had recaptured South Georgia Island from Argentina, Thatcher "
      "appealed to nationalist sentiments, advising the press: \"Just rejoice at the news and "
      "congratulate our forces.\"");
  ASSERT_FALSE(thatcher.empty());
  EXPECT_EQ(thatcher.back(), "Margaret Thatcher");
  // AllSides 4JF7cYtCxUy9Ufg3: `Attorney General William Barr has said that Trump tweeting
  // about … cases make it “…”`: Barr says it; "Trump tweeting" is a gerund.
  const V barr = Speakers(
      "After the worst week in the history of an independent Justice Department, Donald Trump "
      "pardoned 11 people. The president continued to tweet at the federal judge, even though "
      "his own Attorney General William Barr has said that Trump tweeting about ongoing "
      "criminal investigations and cases make it \u201cimpossible for me to do my job.\u201d");
  ASSERT_FALSE(barr.empty());
  EXPECT_EQ(barr.back(), "William Barr");
  // AllSides r6RPZk04oboqmF6C: `When Flake responded to … by tweeting "…"`: no subject for
  // the participle; "responded" decides, as before.
  const V flake = Speakers(
      "Consider soon-to-retire Sen. Jeff Flake (R-Ariz.), a possible primary challenger to "
      "Donald Trump in 2020. When Flake responded to the administration's brutish comments "
      "about Canadian Prime Minister Justin Trudeau by tweeting \"Fellow Republicans, this is "
      "not who we are,\" the condemnation was swift and brutal.");
  ASSERT_FALSE(flake.empty());
  EXPECT_EQ(flake.front(), "Jeff Flake");
}

}  // namespace
}  // namespace claimdup
