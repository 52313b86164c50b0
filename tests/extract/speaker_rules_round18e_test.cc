// Speaker attribution rules of the eighteenth round (e), on real news (../shared/real/: the
// dump and article id are in each comment): passive and `as`-clause credits (`As stated by
// X, …, "…"`, `As X wrote in …, "…"`), the owner of a text that speaks (`Harris' tweet reads,
// "…"`), manner verbs in an inverted tail (`smiled Captain Paul Ryan smarmily`, `sighs X`),
// and a quote's second fragment (`"…" and "…"`) (docs/speaker_rounds.md, eighteenth round (e)).
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

// BuzzFeed-Webis bfw-0577 (random15's Gottinger miss): a passive credit with an appositive.
TEST(SpeakerRulesRound18e, AsStatedByCreditsTheNameAfterBy) {
  const std::vector<std::string> speakers = Speakers(
      "In 2014, the outlet noted, it was reported that 74 percent of all terror-related "
      "casualties occurred in Iraq, Nigeria, Afghanistan, Pakistan, or Syria. As stated by Paul "
      "Gottinger, a staff reporter for Reader Supported News, out of the aforementioned "
      "countries, \u201conly Nigeria did not experience either U.S. air strikes or a military "
      "occupation in that year.\u201d\n\n"
      "Omitted from that assessment is the fact that the U.S. has been meddling in Nigeria.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Paul Gottinger");
}

// AllSides dev 7YxEMFEOy2OJOB6q: `As pointed out by X, …, "…"`.
TEST(SpeakerRulesRound18e, AsPointedOutByCreditsTheNameAfterBy) {
  const std::vector<std::string> speakers = Speakers(
      "Green and fellow journalists blamed the demise of religious-news coverage partly on "
      "falling ad revenues. As pointed out by Bobby Ross Jr., chief correspondent of the "
      "Christian Chronicle, \u201cthe Dallas Morning News has multiple sports reporters and "
      "shallow religion coverage in an area where religion is tremendously important.\u201d");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Bobby Ross Jr");
}

// AllSides dev rfgJp2CbEtfAAzr7: `As X said in …, "…"`, the as-clause closed by a comma.
TEST(SpeakerRulesRound18e, AsNameSaidCreditsTheName) {
  const std::vector<std::string> speakers = Speakers(
      "Simply put, the more we physically see each other, the less likely we are to be awful "
      "to each other. As Louis CK said in an interview about youth and technology, \u201cThey "
      "don\u2019t look at people when they talk to them and they don\u2019t build empathy. You "
      "know, kids are mean, and it\u2019s cause they\u2019re trying it out.\u201d");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "CK");  // The name reader keeps the all-caps word of `Louis CK`.
}

// AllSides dev 26g2vcACpmygBamE: `as X has written, <a clause>, they'll be positioned "…"`.
TEST(SpeakerRulesRound18e, AsNameHasWrittenCreditsTheName) {
  const std::vector<std::string> speakers = Speakers(
      "Even with control of the Senate, the GOP can't stop Obama from following through on his "
      "promise. But as Brian Beutler has written, with the Senate in Republican hands come the "
      "New Year, they'll be positioned \"to place 'executive amnesty' at the center of "
      "proximate fights over funding the government and increasing the debt limit.\"");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Brian Beutler");
}

// PAC pairs STORY_27_DOCUMENT_0 (random15's Harris miss): the owner of a tweet that reads.
TEST(SpeakerRulesRound18e, APossessiveTweetReadsIsItsOwners) {
  const std::vector<std::string> speakers = Speakers(
      "Sen. Kamala Harris and former Vice President Joe Biden both tweeted about the attack. "
      "However, on Thursday, a jury found that Smollett lied about the attack. Biden's tweet "
      "reads, \"What happened today to @JussieSmollett must never be tolerated in this country. "
      "We are with you, Jussie.\" Harris' tweet reads, \".@JussieSmollett is one of the "
      "kindest, most gentle human beings I know. I'm praying for his quick recovery.\"");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[0], "Joe Biden");
  EXPECT_EQ(speakers[1], "Kamala Harris");
}

// AllSides dev 5jwB8SlE8iZkX20Z (random15's Ryan miss, satire): `"…," smiled X ADVERB as …`
// after a quote too short to be kept; the quote right after in its paragraph is X's.
TEST(SpeakerRulesRound18e, SmiledWithAMannerAdverbIsATail) {
  const std::vector<std::string> speakers = Speakers(
      "\u201cEverything\u2019s fine,\u201d smiled Captain Paul Ryan smarmily as he steered the "
      "Titanic into an iceberg. \u201cNow, let me get back to shafting our own voting base via "
      "my incomprehensible determination to cancel the tax deductions!\u201d\n\n"
      "We are sailing toward disaster in 2018 and no one seems to want to acknowledge it.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Paul Ryan");
}

// AllSides dev tw6MztMEKCS1CrFk: `"…," sighs X, <appositive>.`
TEST(SpeakerRulesRound18e, SighsIsATail) {
  const std::vector<std::string> speakers = Speakers(
      "Mr. Cantor will receive a reported $3.5 million in cash and stock.\n\n"
      "\u201cThe news that Eric Cantor has taken a job on Wall Street comes as little "
      "surprise,\u201d sighs Kevin Broughton, national communications director for the Tea "
      "Party Patriots Citizens Fund.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Kevin Broughton");
}

// AllSides dev xhyETN3cZDcfKqAw: `"…" and "…"`: the second fragment is the first one's.
TEST(SpeakerRulesRound18e, ASecondFragmentAfterAndIsTheFirstOnes) {
  const std::vector<std::string> speakers = Speakers(
      "\u201cIn a campaign, you talk about what people are interested in,\u201d said Sen. Chuck "
      "Grassley (R-Iowa). \u201cI keep notes on all my town meetings\u201d and \u201ctax cuts "
      "haven\u2019t come up.\u201d\n\n"
      "It\u2019s a turnabout for a party sometimes mocked as maniacally focused on tax cuts.");
  ASSERT_EQ(speakers.size(), 3u);
  EXPECT_EQ(speakers[0], "Chuck Grassley");
  EXPECT_EQ(speakers[1], "Chuck Grassley");
  EXPECT_EQ(speakers[2], "Chuck Grassley");
}

// AllSides dev BWd42bmHHmetu8Pd: `X pivoted …, noting that "…" and "…"`.
TEST(SpeakerRulesRound18e, ASecondFragmentOfAThatClauseIsTheFirstOnes) {
  const std::vector<std::string> speakers = Speakers(
      "\u201cJesus is a symbol of victims of violence, not of authoritarians who erect "
      "statues,\u201d explained New York Times columnist Nicholas Kristof to his two million "
      "Twitter followers.\n\n"
      "When confronted with these facts, Kristof pivoted to moral truth, noting that \u201cone "
      "of the points of Christianity is to apply a basic lesson of Scripture\u201d and "
      "\u201cJesus spoke up for the poor and marginalized.\u201d");
  ASSERT_EQ(speakers.size(), 3u);
  EXPECT_EQ(speakers[1], "Nicholas Kristof");
  EXPECT_EQ(speakers[2], "Nicholas Kristof");
}

// Guards, passing before and after the rules (changes read on the dev half, eighteenth round
// (e)). BuzzFeed-Webis bfw-1520: `as reported by X` inside a sentence names the outlet that
// carried the report's words, not who said them.
TEST(SpeakerRulesRound18e, ReportedByAnOutletMidSentenceIsNoCredit) {
  const std::vector<std::string> speakers = Speakers(
      "According to the final House Benghazi Committee Report released three months ago, as "
      "reported by Politico, Mills also tainted \u201cthe findings of an internal State "
      "Department review of the 2012 Benghazi terrorist attack.\u201d Why in the hell would "
      "you grant this woman immunity?");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_NE(speakers[0], "Politico");
}

// AllSides dev 4sPXscgtvZ3w1GSe: a speech participle after the `as`-clause gives the quote
// to its own subject (the Bush White House), not to the outlet of the credit.
TEST(SpeakerRulesRound18e, ASpeechVerbAfterTheCreditWins) {
  const std::vector<std::string> speakers = Speakers(
      "But as CNN reported at the time, the Bush White House balked at that, claiming that "
      "\u201cthe bill would otherwise limit presidential ability to protect Americans from a "
      "terrorist attack.\u201d The president threatened to veto the bill.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_NE(speakers[0], "CNN");
}

// AllSides dev ytZCcfoGbvkTE6m3: `noted Clinton recently wore a "…"`: an adverb of the next
// verb does not close a name after a speech verb; the columnists' words are not Clinton's.
TEST(SpeakerRulesRound18e, AnAdverbOfAnotherVerbClosesNoName) {
  const std::vector<std::string> speakers = Speakers(
      "Here is a small sample of what readers of Times columns have learned about Hillary "
      "Clinton this year.\n\n"
      "Times columnists have noted Clinton recently wore a \"forced smile, which was "
      "practically cemented in place,\" she seems \"like an annoyed queen, radiating "
      "irritation at anyone who tries to hold you accountable.\"");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_NE(speakers[0], "Hillary Clinton");
  EXPECT_NE(speakers[1], "Hillary Clinton");
}

}  // namespace
}  // namespace claimdup
