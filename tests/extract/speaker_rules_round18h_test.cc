// Speaker attribution rules of the eighteenth round (h), on real news (../shared/real/: the
// dump and article id are in each comment): a sentence end glued to the next sentence
// (`it will occur.The Senate`, `last October.Brownfield told`), which scraped text carries
// where it lost the space after a sentence (docs/speaker_rounds.md, eighteenth round (h)).
#include <string>
#include <vector>

#include "extract/sentences.h"
#include "extract/speakers_of.h"
#include "extract/word_tokens.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

std::vector<WordSpan> Tokens(const std::string& text) {
  return TokenizeWords(text, {{0, static_cast<uint32_t>(text.size())}}, {});
}

std::vector<std::string> Sentences(const std::string& text) {
  std::vector<std::string> out;
  for (const Span& s : SplitSentences(text, {0, static_cast<uint32_t>(text.size())})) {
    out.emplace_back(s.In(text));
  }
  return out;
}

std::vector<std::string> Words(const std::string& text) {
  std::vector<std::string> out;
  for (const WordSpan& t : Tokens(text)) out.emplace_back(t.span.In(text));
  return out;
}

// AllSides dev jwjBeKvRDTx163an (random15's Brownfield miss): `last October.Brownfield told
// reporters that nations should "…" and "…"`. Read as one word, `October.Brownfield` hid the
// subject of `told`.
TEST(SpeakerRulesRound18h, GluedPeriodBeforeTheSpeakerEndsTheSentence) {
  const std::vector<std::string> speakers = Speakers(
      "Their concerns are shared by United Nations officials, who spoke out after Assistant "
      "Secretary of State William Brownfield called for a \"flexible interpretation\" of UN "
      "Drug Control Conventions last October.Brownfield told reporters that nations should "
      "\"accept the fact that some countries will have very strict drug approaches\" and \"we "
      "must have some tolerance for those differing\" policies.After the November elections, "
      "Yury Fedotov, executive director of the United Nations Office on Drugs and Crime, said.");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[0], "William Brownfield");
  EXPECT_EQ(speakers[1], "William Brownfield");
}

// AllSides dev lx0mGMWu01kBiygN (Newsmax): `he believes it will occur.The Senate hasn't yet
// passed`: the period ends `occur`'s sentence, and `The` opens the next one.
TEST(SpeakerRulesRound18h, GluedPeriodBetweenWordsEndsTheSentence) {
  const std::string text =
      "Ryan said House Republicans are still working on plans to replace the sequester but "
      "said that with just two weeks before it starts he believes it will occur.The Senate "
      "hasn't yet passed a spending bill to replace the sequester, Ryan said.";
  const std::vector<std::string> words = Words(text);
  const std::vector<WordSpan> tokens = Tokens(text);
  size_t occur = 0;
  while (occur < words.size() && words[occur] != "occur") ++occur;
  ASSERT_LT(occur + 1, words.size());
  EXPECT_TRUE(tokens[occur].sentence_end);
  EXPECT_EQ(words[occur + 1], "The");
  EXPECT_TRUE(tokens[occur + 1].capitalized);
}

// The same article: `said Woodward.“But everyone has their fingerprints on this,” he added`:
// a period and an opening mark glued to the next quote; `Woodward.“But` was read as the name.
TEST(SpeakerRulesRound18h, GluedPeriodBeforeAnOpeningMarkEndsTheSentence) {
  const std::vector<std::string> speakers = Speakers(
      "Washington Post associate editor Bob Woodward, sitting on the discussion panel on Fox "
      "News Sunday, also said the sequester was the White House's idea.\u201cIt was the White "
      "House, it was Obama and Jack Lew and Rob Nabors who went to the Democratic leader in the "
      "Senate Harry Reid and said this is the solution,\u201d said Woodward.\u201cBut everyone "
      "has their fingerprints on this,\u201d he added.");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[0], "Bob Woodward");
  EXPECT_EQ(speakers[1], "Bob Woodward");
}

// AllSides dev DrbwLREZRvdWACkh (160's Hutchinson label): `…that sort of mentality."But
// Princeton professor … Julian Zelizer disagreed, saying "…"`: the straight mark glued
// between the period and `But` closes Hutchinson's quote; read as neither opening nor closing,
// it let the quote run on over Zelizer's words to `saying "` (in the article Zelizer was then
// read as its speaker), and Zelizer's own quote after `1968."Even` was lost.
TEST(SpeakerRulesRound18h, GluedStraightMarkAfterAPeriodClosesTheQuote) {
  const std::vector<std::string> speakers = Speakers(
      "\"We had the riots, we had cities burning, the rise of the Black Panther Party, "
      "turbulence in the country,\" broadcaster and writer Earl Ofari Hutchinson told The Hill. "
      "\"But driving everything \u2014 the thing that stuck out \u2014 was the polarization, the "
      "division. We fast forward almost 50 years later and we are seeing a return of that sort "
      "of mentality.\"But Princeton professor of history and public affairs Julian Zelizer "
      "disagreed, saying \"many things have changed\" since 1968.\"Even the violence we saw "
      "last night pales by comparison with the rioting that took place throughout the 1960s,\" "
      "Zelizer said Friday.");
  ASSERT_EQ(speakers.size(), 3u);
  EXPECT_EQ(speakers[0], "Earl Ofari Hutchinson");
  EXPECT_EQ(speakers[1], "Earl Ofari Hutchinson");
  EXPECT_EQ(speakers[2], "Julian Zelizer");
}

// `--unit sentences` splits the same glued ends (AllSides dev lx0mGMWu01kBiygN): `occur.The
// Senate`, and `out there.”In his` after a closing mark; not `can have...Its` (an ellipsis
// in a quote, AllSides dev) nor `St.Louis`.
TEST(SpeakerRulesRound18h, SentenceModeSplitsGluedSentenceEnds) {
  EXPECT_EQ(Sentences("Ryan said he believes it will occur.The Senate hasn't yet passed a "
                      "spending bill, Ryan said, noting Obama \u201chasn't put any details out "
                      "there.\u201dIn his State of the Union Address on Feb. 12, the president "
                      "explained it."),
            (std::vector<std::string>{
                "Ryan said he believes it will occur.",
                "The Senate hasn't yet passed a spending bill, Ryan said, noting Obama "
                "\u201chasn't put any details out there.\u201d",
                "In his State of the Union Address on Feb. 12, the president explained it."}));
  EXPECT_EQ(Sentences("He said they \"erase the most precious thing a nation can have...Its "
                      "moral values.\" A rally in St.Louis followed."),
            (std::vector<std::string>{"He said they \"erase the most precious thing a nation "
                                      "can have...Its moral values.\"",
                                      "A rally in St.Louis followed."}));
}

// AllSides dev gqmr0XPmzzrhO5WO (Vox, a tweet): `after hearing Repeal & Replace for 7 years,
// he failed!That should NEVER have happened!`: an exclamation mark glued so ends its sentence
// too. (A glued question mark, `the pattern?Liberals`, is not split: docs, round 18h.)
TEST(SpeakerRulesRound18h, GluedExclamationMarkEndsTheSentence) {
  const std::string text =
      "The only problem I have with Mitch McConnell is that, after hearing Repeal & Replace for "
      "7 years, he failed!That should NEVER have happened!";
  const std::vector<std::string> words = Words(text);
  const std::vector<WordSpan> tokens = Tokens(text);
  size_t failed = 0;
  while (failed < words.size() && words[failed] != "failed") ++failed;
  ASSERT_LT(failed + 1, words.size());
  EXPECT_TRUE(tokens[failed].sentence_end);
  EXPECT_EQ(words[failed + 1], "That");
}

// Not a sentence end: an address (Wall Street Journal bylines, `HealthCare.Gov`,
// `www.TheTrumpContract.com`), `Yahoo!News`, and an abbreviation split from its name
// (`St.Louis`, `Rep.Tom`), which ends no sentence.
TEST(SpeakerRulesRound18h, AddressesAndAbbreviationsAreNoSentenceEnds) {
  EXPECT_EQ(Words("Write to Rebecca.Ballhaus@wsj.com today."),
            (std::vector<std::string>{"Write", "to", "Rebecca.Ballhaus@wsj.com", "today"}));
  EXPECT_EQ(Words("sign up at HealthCare.Gov, they said"),
            (std::vector<std::string>{"sign", "up", "at", "HealthCare.Gov", "they", "said"}));
  EXPECT_EQ(Words("at www.TheTrumpContract.com now"),
            (std::vector<std::string>{"at", "www.TheTrumpContract.com", "now"}));
  EXPECT_EQ(Words("told Yahoo!News today"),
            (std::vector<std::string>{"told", "Yahoo!News", "today"}));
  const std::string text = "a rally in St.Louis on Friday";
  const std::vector<WordSpan> tokens = Tokens(text);
  ASSERT_EQ(tokens.size(), 7u);
  EXPECT_EQ(tokens[3].span.In(text), "St");
  EXPECT_FALSE(tokens[3].sentence_end);
  EXPECT_EQ(tokens[4].span.In(text), "Louis");
}

}  // namespace
}  // namespace claimdup
