// Speaker attribution rules of the twenty-first round (d), on real news (../shared/real/: the
// dump and article id are in each comment): missed speakers of blog, wire and event styles. A
// quote opening the sentence right after `X issued a statement condemning the attack.` is the
// issuer's, unless the statement is joint or its issuer reads as a place or a possessive
// (docs/speaker_rounds.md, twenty-first round (d)).
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

// AllSides dev zPHu5e2HibWgifVZ (NPR): the quote paragraph after the issuing sentence.
TEST(SpeakerRulesRound21d, QuoteAfterIssuedStatementSentence) {
  const std::vector<std::string> speakers = Speakers(
      "\"We can confirm that the attack has ended,\" national security spokesman Ned Price "
      "said in a statement. \"We extend our deep condolences to the families and loved ones "
      "of those who have been killed in this heinous attack.\"\n\nSecretary of State John "
      "Kerry issued a statement condemning the attack and thanking people who helped the "
      "victims.\n\n\"We thank the first responders, especially Malian Forces and U.N., French, "
      "and U.S. security personnel, including U.S. Diplomatic Security, who assisted with "
      "evacuating hostages and transporting them to safe locations.\"\n\nUpdated at 3:15 p.m. "
      "ET");
  ASSERT_EQ(speakers.size(), 3u);
  EXPECT_EQ(speakers[2], "John Kerry");
}

// AllSides dev JoehZPAXUpxzj0aR (CNN): `"…," Sanders' statement read.` after the issuing
// sentence; the second part continues it.
TEST(SpeakerRulesRound21d, StatementReadAfterIssuedStatementSentence) {
  const std::vector<std::string> speakers = Speakers(
      "Earlier on Tuesday, Sanders released a statement suggesting that his supporters were "
      "justified in feeling like the party has given them a raw deal.\n\n\"If the Democratic "
      "Party is to be successful in November, it is imperative that all state parties treat "
      "our campaign supporters with fairness and the respect that they have earned,\" "
      "Sanders' statement read. \"Unfortunately, that was not the case at the Nevada "
      "convention. At that convention the Democratic leadership used its power to prevent a "
      "fair and transparent process from taking place.\"");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[0], "Sanders");
  EXPECT_EQ(speakers[1], "Sanders");
}

// event_days helsinki-3953 (Daily Mail): `made the statement`, single quotation marks, and a
// tail verb no list holds (`Trump volunteered`).
TEST(SpeakerRulesRound21d, MadeTheStatementInAnInterview) {
  const std::vector<std::string> speakers = Speakers(
      "Trump's praise for Finland came after he called the European Union  \xE2\x80\x93 of "
      "which Finland is a member \xE2\x80\x93 a 'foe.'\n\nTrump made the statement in an "
      "interview with CBS News, mentioning the EU when asked to name who he considered the "
      "nation's biggest foe.\n\n'Well I think we have a lot of foes. I think the European "
      "Union is a foe, what they do to us in trade,' Trump volunteered.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Trump");
}

// AllSides dev KRYZHgw6JOJMVTZ9 (CNN): the issuer holds `in`, read as the place after it
// (`United States`); nobody rather than the place.
TEST(SpeakerRulesRound21d, IssuerWithAPlaceIsNotThePlace) {
  const std::vector<std::string> speakers = Speakers(
      "The Russian Embassy in the United States also issued a statement Friday criticizing "
      "the sanctions.\n\n\"Washington once again struck at the Russian-American relations, "
      "now the captains of Russian business who refused to play by the Washington scenario "
      "got under the sanctions,\" it said in a statement posted on its Facebook page.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "");
}

// AllSides dev XMFpCqgznVnA7zBW (Fox News): `the Terry's` are the parents, not their son.
TEST(SpeakerRulesRound21d, PossessiveIssuerIsNobody) {
  const std::vector<std::string> speakers = Speakers(
      "The interview comes a day after the Terry's released a statement expressing "
      "disappointment with the Obama's administration's latest actions.\n\n\"Attorney General "
      "Eric Holder's refusal to fully disclose the documents associated with Operation Fast "
      "and Furious and President Obama's assertion of executive privilege serves to compound "
      "this tragedy,\" they said.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "");
}

// National Review pTgQjpamyuG6XxVE (AllSides dev): `"…," Sasse’s statement read.` (`read` is
// no speech verb; the issuing sentence holds a quote, so the rule above does not read it).
TEST(SpeakerRulesRound21d, OwnersStatementReadAfterTheQuote) {
  const std::vector<std::string> speakers = Speakers(
      "Republican Senator Ben Sasse released a short statement in the wake of the "
      "\xE2\x80\x9Ctremendous news\xE2\x80\x9D of Baghdadi\xE2\x80\x99s death.\n\n"
      "\xE2\x80\x9CThe President made the right call to take out this bloodthirsty monster "
      "who led ISIS as it raped and pillaged its way through Iraq and Syria,\xE2\x80\x9D "
      "Sasse\xE2\x80\x99s statement read.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Ben Sasse");
}

// AllSides dev o8afdq4k0htGXBQC (Christian Science Monitor): `Ms. Stutzman's letter reads`
// after a quote; the outlet reported on her fine, not the letter.
TEST(SpeakerRulesRound21d, OwnersLetterReadsAfterTheQuote) {
  const std::vector<std::string> speakers = Speakers(
      "Arlene's Flowers and Gifts owner Barronelle Stutzman was given 60 days to pay the "
      "state, the Associated Press reported. The fine was originally more than $2,000, but "
      "the state's Attorney General Bob Ferguson lowered the amount.\n\nShe wrote back.\n\n"
      "\xE2\x80\x9CWashington's constitution guarantees us \xE2\x80\x98" "freedom of "
      "conscience in all matters of religious sentiment.\xE2\x80\x99 I cannot sell that "
      "precious freedom,\xE2\x80\x9D Ms. Stutzman's letter reads. \xE2\x80\x9CYour offer "
      "reveals that you don't really understand me or what this conflict is all about. It's "
      "about freedom, not money.\xE2\x80\x9D");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[0], "Barronelle Stutzman");
  EXPECT_EQ(speakers[1], "Barronelle Stutzman");
}

// AllSides dev tBRfq2r7wvuxn8Rg (Fox News): `"…," Barr's memo said.` after a page line (the
// article's first paragraph, which names him, and a later one).
TEST(SpeakerRulesRound21d, OwnersMemoSaidAfterTheQuote) {
  const std::vector<std::string> speakers = Speakers(
      "Attorney General Bill Barr has instructed federal prosecutors to \"be on the lookout\" "
      "for overly restrictive state and local shutdown orders that may infringe on people's "
      "constitutional rights.\n\nBarr said in his memo that he is placing the head of the Justice Department\xE2\x80\x99s "
      "civil rights division and the U.S. attorney for the Eastern District of Michigan in "
      "charge of coordinating the department\xE2\x80\x99s efforts to monitor state and local "
      "policies and take action if needed.\n\nCLICK HERE TO GET THE FOX NEWS APP\n\n\"Many "
      "policies that would be unthinkable in regular times have become commonplace in recent "
      "weeks, and we do not want to unduly interfere with the important efforts of state and "
      "local officials to protect the public,\" Barr's memo said. \"But the Constitution is "
      "not suspended in times of crisis.\"");
  ASSERT_EQ(speakers.size(), 2u);  // `"be on the lookout"` is too short to keep.
  EXPECT_EQ(speakers[0], "Bill Barr");
  EXPECT_EQ(speakers[1], "Bill Barr");
}

}  // namespace
}  // namespace claimdup
