// Word-level edits of a member against its root wording, on real wordings from
// tests/data/real_excerpts.jsonl (Trump's "CHAOS" tweet as Fox, The Hill and BBC carried
// it; Obama's Cuba statement as Politico and USA TODAY quoted it).
#include "cluster/quote_edits.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "text/normalize.h"

namespace claimdup {
namespace {

const char kTweet[] =
    "The new Fake News narrative is that there is CHAOS in the White House. Wrong! People will "
    "always come & go, and I want strong dialogue before making a final decision. I still have "
    "some people that I want to change (always seeking perfection). There is no Chaos, only "
    "great Energy.";
const char kPolitico[] =
    "We will end an outdated approach that for decades has failed to advance our interests,";

std::vector<WordToken> Words(const std::string& text) {
  std::string normalized;
  NormalizeForMatching(text, NormalizeOptions(), &normalized);
  std::vector<WordToken> out;
  WordTokens(normalized, &out);
  return out;
}

std::string Edit(const std::string& root, const std::string& member) {
  DiffScratch scratch;
  return EditName(DiffWords(Words(root), Words(member), HasEllipsis(member), &scratch));
}

TEST(QuoteEditsTest, SameWordsInOtherPunctuationAndCaseAreVerbatim) {
  EXPECT_EQ(Edit(kPolitico,
                 "we will end an outdated approach that, for decades, has failed to advance our "
                 "interests."),
            "verbatim");
}

TEST(QuoteEditsTest, LeavingOutTheOpeningWordsTruncatesTheStart) {
  // USA TODAY: "an outdated approach that, for decades, has failed to advance our interests."
  EXPECT_EQ(Edit(kPolitico,
                 "an outdated approach that, for decades, has failed to advance our interests."),
            "truncated_start");
}

TEST(QuoteEditsTest, LeavingOutTheLastWordsTruncatesTheEnd) {
  EXPECT_EQ(Edit(kPolitico, "We will end an outdated approach"), "truncated_end");
}

TEST(QuoteEditsTest, ASentenceFromTheMiddleIsAnExcerpt) {
  // BBC News quoted one clause of the 50-word tweet.
  EXPECT_EQ(Edit(kTweet, "I still have some people that I want to change"), "excerpt");
}

TEST(QuoteEditsTest, ReplacedWordsPairWithTheRootWordsTheyStandFor) {
  EXPECT_EQ(Edit(kPolitico,
                 "We will end an old approach that for decades has failed to serve our interests,"),
            "replaced:2");
}

TEST(QuoteEditsTest, WordsLeftOutInsideWithAnEllipsisAreDroppedAndMarked) {
  // The tweet without its second and third sentences, marked "...".
  EXPECT_EQ(Edit(kTweet,
                 "The new Fake News narrative is that there is CHAOS in the White House ... I "
                 "still have some people that I want to change (always seeking perfection). "
                 "There is no Chaos, only great Energy."),
            "ellipsis,dropped:16");
}

TEST(QuoteEditsTest, WordsOnlyTheMemberHasAreAdded) {
  EXPECT_EQ(Edit(kPolitico,
                 "We will end, today, an outdated approach that for decades has failed to "
                 "advance our interests,"),
            "added:1");
}

TEST(QuoteEditsTest, EditsCombineTruncationAndChangedWords) {
  EXPECT_EQ(Edit(kPolitico, "an outdated policy that for decades has failed to advance"),
            "excerpt,replaced:1");
}

TEST(QuoteEditsTest, WordingsTooFarApartAreOneReplacedBlock) {
  // Past kMaxEditDistance edits the middle is not diffed word by word: the cost stays
  // O((N+M) * 64) whatever the lengths.
  std::string a, b;
  for (int i = 0; i < 200; ++i) {
    a += "alpha" + std::to_string(i) + " ";
    b += "beta" + std::to_string(i) + " ";
  }
  DiffScratch scratch;
  const QuoteEdit e =
      DiffWords(Words("start " + a + "end"), Words("start " + b + "end"), false, &scratch);
  EXPECT_EQ(e.replaced, 200);
  EXPECT_EQ(e.dropped, 0);
  EXPECT_EQ(e.added, 0);
}

TEST(QuoteEditsTest, EditNameOfAClaimOutsideClustersIsEmpty) {
  EXPECT_EQ(EditName(QuoteEdit()), "");
}

TEST(QuoteEditsTest, ComputeQuoteEditsDiffsAnExcerptAgainstTheRootWordsItCovers) {
  ClaimTable claims;
  claims.docs.push_back({"fox", claims.InternOutlet("Fox"), "2018-03-06", "", ""});
  claims.docs.push_back({"bbc", claims.InternOutlet("BBC"), "2018-03-06", "", ""});
  claims.docs.push_back({"hill", claims.InternOutlet("The Hill"), "2018-03-07", "", ""});
  claims.AddClaim(0, 0, 0, 50, 0, 0, 0, kTweet, ClaimSketch());
  claims.AddClaim(1, 0, 0, 10, 1, 0, 0, "I still have some people that I want to change",
                  ClaimSketch());
  claims.AddClaim(2, 0, 0, 7, 2, 0, 0, "some people that I want to change,", ClaimSketch());
  ClusterRelations rel;
  rel.relation = {Relation::kVariant, Relation::kExcerpt, Relation::kExcerpt};
  rel.similarity = {1, 1, 1};
  // "I still have ..." is root words [30, 40); The Hill's 7 words are [33, 40).
  rel.root_begin = {0, 30, 33};
  rel.root_end = {50, 40, 40};
  ClusterInfo c;
  c.id = 0;
  c.members = {0, 1, 2};
  c.outlets = {0, 1, 2};
  c.canonical = 0;
  const std::vector<QuoteEdit> edits = ComputeQuoteEdits(claims, {c}, rel);
  ASSERT_EQ(edits.size(), 3u);
  EXPECT_EQ(EditName(edits[0]), "verbatim");
  EXPECT_EQ(EditName(edits[1]), "excerpt");
  EXPECT_EQ(EditName(edits[2]), "excerpt");
  EXPECT_EQ(Words(kTweet).size(), 50u);  // "&" reads as "and".
}

}  // namespace
}  // namespace claimdup
