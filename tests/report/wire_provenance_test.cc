// Wire provenance in the reports, on real text: tests/data/wire_excerpts.jsonl holds six
// articles of ../shared/real/event_days.jsonl.zst quoting Trump's tweet of 2018-07-16. Two
// are Associated Press reprints (The Seattle Times: "The Associated Press" and a "HELSINKI
// (AP) —" dateline; the Omaha World-Herald: "THE ASSOCIATED PRESS"), one a Reuters page on
// news.google.com ("Reuters", "WASHINGTON (Reuters) -"), and three the outlets' own
// reporting (The Washington Post's carries an AP photo credit, which is no wire credit).
#include <string>

#include "absl/strings/match.h"
#include "absl/strings/str_split.h"
#include "gtest/gtest.h"
#include "pipeline/run_job.h"
#include "run_util.h"
#include "test_util.h"

namespace claimdup {
namespace {

using testing::ReadFile;
using testing::SourceDir;
using testing::TempDir;

class WireProvenanceTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    const absl::Status run = testing::RunInto(SourceDir() + "/tests/data/wire_excerpts.jsonl", dir_->path());
    ASSERT_TRUE(run.ok()) << run;
  }
  static void TearDownTestSuite() { delete dir_; }
  static std::string File(const std::string& name) { return ReadFile(dir_->File(name)); }
  // The lines of `name` holding `text`.
  static std::vector<std::string> Lines(const std::string& name, const std::string& text) {
    std::vector<std::string> out;
    for (absl::string_view line : absl::StrSplit(File(name), '\n')) {
      if (absl::StrContains(line, text)) out.emplace_back(line);
    }
    return out;
  }
  static TempDir* dir_;
};
TempDir* WireProvenanceTest::dir_ = nullptr;

TEST_F(WireProvenanceTest, QuotesJsonlListsTheWiresOfEachArticle) {
  for (const std::string& line : Lines("quotes.jsonl", "\"outlet\":\"seattletimes.com\"")) {
    EXPECT_TRUE(absl::EndsWith(line, ",\"wire\":[\"AP\"]}")) << line;
  }
  for (const std::string& line : Lines("quotes.jsonl", "\"outlet\":\"news.google.com\"")) {
    EXPECT_TRUE(absl::EndsWith(line, ",\"wire\":[\"Reuters\"]}")) << line;
  }
  const auto post = Lines("quotes.jsonl", "\"outlet\":\"washingtonpost.com\"");
  ASSERT_EQ(post.size(), 1u);
  EXPECT_TRUE(absl::EndsWith(post[0], ",\"wire\":[]}")) << post[0];
}

TEST_F(WireProvenanceTest, ClusterSaysWhetherItsOutletsCarriedItThroughAWire) {
  const auto tweet = Lines("clusters.jsonl", "\"root\":\"Our relationship with Russia");
  ASSERT_EQ(tweet.size(), 1u);
  // Three of its six outlets credit a wire: mixed.
  EXPECT_TRUE(absl::EndsWith(tweet[0],
                             ",\"wire\":[\"AP\",\"Reuters\"],\"wire_outlets\":3,"
                             "\"carried\":\"mixed\"}"))
      << tweet[0];
}

TEST_F(WireProvenanceTest, OutletPairsCountSharingNoCommonWireExplains) {
  const std::string csv = File("outlet_pairs.csv");
  EXPECT_TRUE(absl::StartsWith(
      csv, "outlet_a,outlet_b,shared_clusters,a_first,b_first,jaccard,shared_not_wire\n"));
  // Two AP reprints: explained. AP against Reuters, or against own reporting: not.
  EXPECT_TRUE(absl::StrContains(csv, "\nomaha.com,seattletimes.com,1,0,0,1,0\n"));
  EXPECT_TRUE(absl::StrContains(csv, "\nnews.google.com,seattletimes.com,1,0,0,1,1\n"));
  EXPECT_TRUE(absl::StrContains(csv, "\ncnbc.com,washingtonpost.com,1,0,0,1,1\n"));
}

TEST_F(WireProvenanceTest, ReportHtmlSwitchesTheHeatmapAndShowsTheShares) {
  const std::string html = File("report.html");
  EXPECT_TRUE(absl::StrContains(html, "id=\"heat-switch\""));
  EXPECT_TRUE(absl::StrContains(html, "data-n=\"1\" data-w=\"0\""));  // omaha x seattletimes
  EXPECT_TRUE(absl::StrContains(html, "<section id=\"wire\"><h2>Wire copy or own reporting"));
  EXPECT_TRUE(absl::StrContains(html,
                                "Of 1 cross-outlet quotes, <b>0</b> (0.0%) were carried "
                                "through a wire by every outlet, <b>1</b> (100.0%) by some"));
}

}  // namespace
}  // namespace claimdup
