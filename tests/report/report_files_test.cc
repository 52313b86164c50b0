// Every report file of a run on the bundled corpus, read as a user would.
#include <regex>

#include "gtest/gtest.h"
#include "pipeline/run_job.h"
#include "report/csv_writer.h"
#include "run_util.h"
#include "test_util.h"
#include "util/json_writer.h"

namespace claimdup {
namespace {

using testing::ReadFile;
using testing::TempDir;

class CorpusReportTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    const absl::Status run = testing::RunInto(testing::CorpusDir(), dir_->path());
    ASSERT_TRUE(run.ok()) << run;
  }
  static void TearDownTestSuite() { delete dir_; }
  static std::string File(const std::string& name) { return ReadFile(dir_->File(name)); }
  static TempDir* dir_;
};
TempDir* CorpusReportTest::dir_ = nullptr;

TEST_F(CorpusReportTest, OutletPairsSayWhoSharesWhichQuotes) {
  // DW and SpaceWar.com (AFP) share the two Lavrov quotes, RFE/RL and SpaceWar.com the
  // Rasmussen quote; DW and RFE/RL share nothing, so no row. Same-day: nobody was first.
  EXPECT_EQ(File("outlet_pairs.csv"),
            "outlet_a,outlet_b,shared_clusters,a_first,b_first,jaccard,shared_not_wire\n"
            "Deutsche Welle,SpaceWar.com,2,0,0,0.666667,2\n"
            "RFE/RL,SpaceWar.com,1,0,0,0.333333,1\n");
}

TEST_F(CorpusReportTest, OutletQuotesIsTidyLongFormat) {
  EXPECT_EQ(File("outlet_quotes.csv"),
            "outlet,cluster,claims,first_date,is_first\n"
            "Deutsche Welle,0,1,2012-04-19,true\n"
            "SpaceWar.com,0,1,2012-04-19,false\n"
            "Deutsche Welle,5,2,2012-04-19,true\n"
            "SpaceWar.com,5,1,2012-04-19,false\n"
            "RFE/RL,19,2,2012-04-19,true\n"
            "SpaceWar.com,19,1,2012-04-19,false\n");
}

TEST_F(CorpusReportTest, SpeakersWhoseWordsTravel) {
  EXPECT_EQ(File("speakers.csv"),
            "speaker,clusters,outlets,claims\n"
            "Sergei Lavrov,2,4,17\n"
            "Anders Fogh Rasmussen,1,3,13\n"
            "Guido Westerwelle,0,1,2\n");
}

TEST_F(CorpusReportTest, ClustersJsonlCarriesFirstAppearance) {
  const std::string clusters = File("clusters.jsonl");
  EXPECT_EQ(std::count(clusters.begin(), clusters.end(), '\n'), 3);
  EXPECT_NE(
      clusters.find(R"("cluster":19,"size":3,"n_outlets":2,"outlets":["RFE/RL","SpaceWar.com"])"),
      std::string::npos);
  EXPECT_NE(
      clusters.find(R"("first":{"outlet":"RFE/RL","date":"2012-04-19","doc":"rferl-2012-04-19"})"),
      std::string::npos);
}

TEST_F(CorpusReportTest, SummaryJsonHasCountsParametersTimesAndMemory) {
  const std::string s = File("summary.json");
  for (const char* key :
       {R"("documents":5)", R"("claims":33)", R"("skipped_short":11)", R"("boilerplate_claims":0)",
        R"("clusters":3)", R"("cross_outlet_clusters":3)", R"("threshold":0.8)",
        R"("num_perms":128)", R"("shingle_size":3)", R"("stage_seconds":{)", R"("peak_rss_bytes":)",
        R"("lsh_rows":)"}) {
    EXPECT_NE(s.find(key), std::string::npos) << key;
  }
}

TEST_F(CorpusReportTest, HtmlIsSelfContained) {
  const std::string html = File("report.html");
  EXPECT_EQ(html.find("http://"), html.find("http://www.w3.org/2000/svg"));  // Only the SVG ns.
  EXPECT_EQ(html.find("https://"), std::string::npos);
  EXPECT_EQ(html.find("<script src"), std::string::npos);
  EXPECT_EQ(html.find("<link"), std::string::npos);
  EXPECT_NE(html.find(R"(data-a="Deutsche Welle" data-b="SpaceWar.com" data-n="2")"),
            std::string::npos);
}

// The page in a real browser: Chromium runs the script and we read the resulting DOM.
TEST_F(CorpusReportTest, HtmlRendersInHeadlessChromium) {
  const auto which = testing::RunCommand("command -v chromium");
  if (which.exit_code != 0) {
    GTEST_SKIP() << "chromium is not installed (.ci/run installs it)";
  }
  TempDir profile;
  const std::string flags =
      "--headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking "
      "--disable-component-update --disable-sync --user-data-dir=" +
      profile.path();
  const std::string url = "file://" + dir_->File("report.html");
  const auto dom =
      testing::RunCommand("timeout 120 chromium " + flags + " --dump-dom " + url + " 2>/dev/null");
  ASSERT_EQ(dom.exit_code, 0) << dom.output.substr(0, 2000);
  // Heatmap cells with the right numbers.
  EXPECT_NE(dom.output.find(R"(data-a="Deutsche Welle" data-b="SpaceWar.com" data-n="2")"),
            std::string::npos);
  EXPECT_NE(dom.output.find(R"(data-a="SpaceWar.com" data-b="RFE/RL" data-n="1")"),
            std::string::npos);
  EXPECT_NE(dom.output.find(R"(data-a="Deutsche Welle" data-b="RFE/RL" data-n="0")"),
            std::string::npos);
  // The script filled the quotes table: three cross-outlet quotes, two outlets each.
  const std::regex row(R"re(<tr class="qrow" data-cluster="(\d+)" data-outlets="2">)re");
  const auto rows = std::distance(std::sregex_iterator(dom.output.begin(), dom.output.end(), row),
                                  std::sregex_iterator());
  EXPECT_EQ(rows, 3);
  EXPECT_NE(dom.output.find("Page 1 of 1 · 3 quotes"), std::string::npos);
  // The per-outlet view opened on SpaceWar.com, which shares with two outlets.
  const std::regex orow(R"re(<tr class="orow"><td>(Deutsche Welle|RFE/RL)</td>)re");
  EXPECT_EQ(std::distance(std::sregex_iterator(dom.output.begin(), dom.output.end(), orow),
                          std::sregex_iterator()),
            2);
  // A screenshot for people to look at.
  const std::string shot = std::string(CLAIMDUP_BINARY_DIR) + "/report_screenshot.png";
  const auto png = testing::RunCommand("timeout 120 chromium " + flags +
                                       " --window-size=1280,1600 --screenshot=" + shot + " " + url +
                                       " 2>/dev/null");
  EXPECT_EQ(png.exit_code, 0);
  EXPECT_GT(ReadFile(shot).size(), 10000u);
}

TEST(CsvWriterTest, QuotesFieldsThatNeedIt) {
  EXPECT_EQ(CsvRow().Add("plain").Add("a,b").Add("say \"hi\"").Add(int64_t{3}).Add(0.5).Finish(),
            "plain,\"a,b\",\"say \"\"hi\"\"\",3,0.5\n");
}

TEST(CsvWriterTest, AppendedFieldsFollowTheRowsOwnOnce) {
  CsvRow tail;
  tail.Add(int64_t{7}).Add("a \"quote\", escaped once");
  EXPECT_EQ(CsvRow().Add("Joe Biden").Add(int64_t{2}).Append(tail).Finish(),
            "Joe Biden,2,7,\"a \"\"quote\"\", escaped once\"\n");
  EXPECT_EQ(CsvRow().Append(tail).Finish(), "7,\"a \"\"quote\"\", escaped once\"\n");
  EXPECT_EQ(CsvRow().Add("x").Append(CsvRow()).Add("y").Finish(), "x,y\n");
}

TEST(JsonWriterTest, EscapesControlCharactersAndQuotes) {
  JsonLine line;
  line.Str("t", "a\"b\\c\nd\x01").StrOrNull("e", "").Int("n", -3).Bool("b", true);
  EXPECT_EQ(line.Finish(), R"({"t":"a\"b\\c\nd\u0001","e":null,"n":-3,"b":true})");
}

}  // namespace
}  // namespace claimdup
