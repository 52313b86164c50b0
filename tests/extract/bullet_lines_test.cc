// Bullet summaries in sentence mode, on real articles (tests/data/bullet_summaries.jsonl:
// two Daily Mail reprints of one Helsinki-summit story, from event_days.jsonl.zst, whose
// bullet lines carry no end punctuation, and a Detroit News share widget from the same dump).
#include "extract/bullet_lines.h"

#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "extract/paragraphs.h"
#include "gtest/gtest.h"
#include "pipeline/run_job.h"
#include "test_util.h"

namespace claimdup {
namespace {

using testing::SourceDir;
using testing::TempDir;

TEST(BulletLinesTest, AnUnpunctuatedSentenceCaseLineIsABulletLine) {
  EXPECT_TRUE(IsBulletLine("He meets the Russian president for 90 minutes one-on-one", 5));
  EXPECT_TRUE(
      IsBulletLine("Said that would apply even if 'I was given the great city of Moscow'", 5));
}

TEST(BulletLinesTest, MenusTitleCaseHeadlinesShortLinesAndProseAreNot) {
  EXPECT_FALSE(IsBulletLine("FacebookEmail Twitter Google+ LinkedIn Pinterest", 5));
  EXPECT_FALSE(IsBulletLine(
      "Trump Plays Golf in Scotland Before Putin Summit Amid Russian Meddling Charges", 5));
  EXPECT_FALSE(IsBulletLine("Post to Facebook", 5));
  // A sentence is not menu-like to begin with.
  EXPECT_FALSE(IsBulletLine(
      "The Justice Department indicted 12 Russian military intelligence officers Friday.", 5));
}

std::vector<std::string> KeptLines(const std::string& text) {
  const std::vector<Span> paragraphs = SplitParagraphs(text);
  std::vector<bool> menu(paragraphs.size());
  for (size_t p = 0; p < paragraphs.size(); ++p) menu[p] = IsMenuLike(paragraphs[p].In(text));
  KeepBulletSummaries(text, paragraphs, 5, &menu);
  std::vector<std::string> kept;
  for (size_t p = 0; p < paragraphs.size(); ++p) {
    if (!menu[p]) kept.emplace_back(paragraphs[p].In(text));
  }
  return kept;
}

TEST(BulletLinesTest, ThreeBulletLinesInARowAreText) {
  EXPECT_EQ(KeptLines("Home News Sport Weather\n"
                      "President Trump is in Helsinki Monday for his summit with Vladimir Putin\n"
                      "He meets the Russian president for 90 minutes one-on-one\n"
                      "He began Monday by bashing the Mueller probe\n"
                      "Share this article\n"),
            (std::vector<std::string>{
                "President Trump is in Helsinki Monday for his summit with Vladimir Putin",
                "He meets the Russian president for 90 minutes one-on-one",
                "He began Monday by bashing the Mueller probe"}));
}

TEST(BulletLinesTest, AHeadlineAndItsDeckAloneStayDropped) {
  // The Detroit News share widget: headline and deck are sentence case, but two lines.
  EXPECT_EQ(KeptLines("FacebookEmail Twitter Google+ LinkedIn Pinterest\n\n"
                      "Lawyers: Docs show census changed to give Republicans edge\n\n"
                      "A trove of newly discovered documents revealed longtime Republican "
                      "gerrymandering guru played key role in pushing to include a citizenship "
                      "question\n\nPost to Facebook\n"),
            std::vector<std::string>{});
}

class RealBulletSummaryTest : public ::testing::Test {
 protected:
  static RunResult Run(ClaimUnit unit) {
    RunOptions o;
    o.out_dir = dir_->path();
    o.threads = 2;
    o.progress = false;
    o.extract.unit = unit;
    if (unit == ClaimUnit::kSentences) UseSentenceDefaults({}, &o.match);
    auto r = RunJob({SourceDir() + "/tests/data/bullet_summaries.jsonl"}, o, nullptr);
    EXPECT_TRUE(r.ok()) << r.status();
    return std::move(*r);
  }
  static void SetUpTestSuite() { dir_ = new TempDir(); }
  static void TearDownTestSuite() { delete dir_; }
  static TempDir* dir_;
};
TempDir* RealBulletSummaryTest::dir_ = nullptr;

TEST_F(RealBulletSummaryTest, TheDailyMailReprintIsAnArticlePair) {
  const RunResult r = Run(ClaimUnit::kSentences);
  ASSERT_EQ(r.reuse.pairs.size(), 1u);
  const ArticlePair& p = r.reuse.pairs[0];
  EXPECT_EQ(r.claims.docs[p.earlier].id, "helsinki-8316");
  EXPECT_EQ(r.claims.docs[p.later].id, "helsinki-12615");
  EXPECT_EQ(p.shared, 15u);           // Every bullet of the later summary.
  EXPECT_EQ(p.later_sentences, 16u);  // Its 15 bullets and its headline.
  // The share widget's lines stay menu lines: no sentence of census-7624 but the one
  // ending in a period.
  int widget = 0;
  for (size_t i = 0; i < r.claims.size(); ++i) {
    widget += r.claims.docs[r.claims.doc(i)].id == "census-7624";
  }
  EXPECT_EQ(widget, 2);
}

TEST_F(RealBulletSummaryTest, QuotesModeStillDropsTheBulletLines) {
  // Quote mode keeps the menu rule as it was: the bullets' 'quoted' bits are no claims.
  const RunResult r = Run(ClaimUnit::kQuotes);
  EXPECT_EQ(r.claims.size(), 0u);
}

}  // namespace
}  // namespace claimdup
