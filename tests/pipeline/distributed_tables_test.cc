#include "pipeline/distributed_tables.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "pipeline/run_job.h"
#include "pipeline/run_options.h"
#include "report/csv_reports.h"
#include "report/factcheck_files.h"
#include "report/html_report.h"
#include "report/outlet_tables.h"
#include "test_util.h"

namespace claimdup {
namespace {

// outlet_pairs.csv, speakers.csv and misattributed.csv written by the ranks from the rows
// rank 0 sends them (through the message bytes), against the files one process writes.
// The run: the bundled corpus and real excerpt files from the dev half, among them
// misattributed_excerpts.jsonl (Coretta Scott King's 1986 letter on Jeff Sessions, credited
// to King by the Washington Times and Politico and to Elizabeth Warren, who read it out,
// by Reason and Politico), so every table has rows, names and quotes to quote.
class TableRowsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    RunOptions& o = options_;
    o.out_dir = run_.path();
    o.progress = false;
    const std::string data = testing::SourceDir() + "/tests/data/";
    auto r = ComputeClusters({testing::CorpusDir(), data + "real_excerpts.jsonl",
                              data + "factcheck_excerpts.jsonl", data + "wire_excerpts.jsonl",
                              data + "misattributed_excerpts.jsonl"},
                             o, nullptr);
    ASSERT_TRUE(r.ok()) << r.status();
    result_ = std::move(*r);
    tables_ = BuildOutletTables(result_.claims, result_.clusters);
    ASSERT_FALSE(tables_.pairs.empty());
    ASSERT_FALSE(tables_.speakers.empty());
    ASSERT_FALSE(result_.misattribution.clusters.empty());
    // One process's files.
    ASSERT_TRUE(WriteOutletPairsCsv(result_.claims, tables_, one_.File("pairs")).ok());
    ASSERT_TRUE(WriteSpeakersCsv(result_.claims, tables_, one_.File("speakers")).ok());
    ASSERT_TRUE(WriteMisattributedCsv(result_.claims, result_.relations, result_.misattribution,
                                      one_.File("misattributed"))
                    .ok());
  }

  testing::TempDir run_, one_;
  RunOptions options_;
  RunResult result_;
  OutletTables tables_;
};

TEST_F(TableRowsTest, RanksWriteTheFilesOneProcessWrites) {
  const std::string one_pairs = testing::ReadFile(one_.File("pairs"));
  const std::string one_misattributed = testing::ReadFile(one_.File("misattributed"));
  // The King letter is a lead, with both people and its quote.
  ASSERT_NE(one_misattributed.find("Warren"), std::string::npos);
  ASSERT_NE(one_misattributed.find("King"), std::string::npos);
  for (int ranks : {2, 3, 4, 16}) {
    SCOPED_TRACE(ranks);
    testing::TempDir dir;
    const TablePaths paths{dir.File("pairs"), dir.File("speakers"), dir.File("misattributed")};
    const std::vector<std::string> messages =
        TableRowsMessages(result_, tables_, &paths, ranks);
    ASSERT_EQ(messages.size(), static_cast<size_t>(ranks));
    for (int r = 1; r < ranks; ++r) ASSERT_TRUE(WriteTableRows(ReadTableRows(messages[r])).ok());
    EXPECT_EQ(testing::ReadFile(dir.File("pairs")), one_pairs);
    EXPECT_EQ(testing::ReadFile(dir.File("speakers")), testing::ReadFile(one_.File("speakers")));
    EXPECT_EQ(testing::ReadFile(dir.File("misattributed")), one_misattributed);
  }
}

// report.html with its outlet sections (the heatmap, the wire section) rendered by rank
// N - 1 from its message and sent back as bytes, against the page one process renders. The
// excerpts include wire_excerpts.jsonl (AP and Reuters credits from the dev half), so the
// wire section counts wire, mixed and own clusters and the heatmap has cells.
TEST_F(TableRowsTest, RankNMinus1RendersReportHtmlsOutletSectionsAsOneProcess) {
  const ReportOptions report = ReportOptionsOf(options_);
  const std::string one = RenderHtmlReport(report, result_, tables_);
  const HtmlOutletSections own = RenderOutletSections(result_.claims.outlets, tables_);
  ASSERT_NE(own.heatmap.find("<rect class=\"cell\""), std::string::npos);
  ASSERT_NE(own.wire.find("<section id=\"wire\">"), std::string::npos);
  ASSERT_NE(one.find(own.wire), std::string::npos);
  ASSERT_GT(tables_.wire_carry[1] + tables_.wire_carry[2], 0);  // Mixed or wire clusters.
  const TablePaths paths{run_.File("pairs"), run_.File("speakers"), run_.File("misattributed")};
  for (int ranks : {2, 3, 4, 16}) {
    SCOPED_TRACE(ranks);
    const std::vector<std::string> messages = TableRowsMessages(result_, tables_, &paths, ranks);
    for (int r = 1; r + 1 < ranks; ++r) EXPECT_EQ(HtmlSectionsMessage(ReadTableRows(messages[r])), "");
    const std::string bytes = HtmlSectionsMessage(ReadTableRows(messages[ranks - 1]));
    ASSERT_FALSE(bytes.empty());
    const HtmlOutletSections sections = ReadHtmlSections(bytes);
    EXPECT_EQ(sections.heatmap, own.heatmap);
    EXPECT_EQ(sections.wire, own.wire);
    EXPECT_EQ(RenderHtmlReport(report, result_, tables_, &sections), one);
  }
  // Without paths (rank 0 writes the files itself) no rank renders them.
  for (const std::string& m : TableRowsMessages(result_, tables_, nullptr, 4)) {
    EXPECT_EQ(HtmlSectionsMessage(ReadTableRows(m)), "");
  }
}

TEST_F(TableRowsTest, WithoutPathsEveryRankGetsAnEmptyMessage) {
  const std::vector<std::string> messages = TableRowsMessages(result_, tables_, nullptr, 4);
  ASSERT_EQ(messages.size(), 4u);
  for (int r = 1; r < 4; ++r) {
    EXPECT_EQ(messages[r].size(), 1u);
    EXPECT_TRUE(WriteTableRows(ReadTableRows(messages[r])).ok());
  }
}

TEST_F(TableRowsTest, AFileThatCannotBeWrittenIsAnError) {
  const TablePaths paths{run_.File("none/pairs"), run_.File("none/speakers"),
                         run_.File("none/misattributed")};
  const std::vector<std::string> messages = TableRowsMessages(result_, tables_, &paths, 2);
  EXPECT_FALSE(WriteTableRows(ReadTableRows(messages[1])).ok());
}

}  // namespace
}  // namespace claimdup
