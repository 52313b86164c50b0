#include "pipeline/distributed_tables.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "pipeline/run_job.h"
#include "report/csv_reports.h"
#include "report/factcheck_files.h"
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
    RunOptions o;
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
    for (int r = 1; r < ranks; ++r) ASSERT_TRUE(WriteTableRows(messages[r]).ok());
    EXPECT_EQ(testing::ReadFile(dir.File("pairs")), one_pairs);
    EXPECT_EQ(testing::ReadFile(dir.File("speakers")), testing::ReadFile(one_.File("speakers")));
    EXPECT_EQ(testing::ReadFile(dir.File("misattributed")), one_misattributed);
  }
}

TEST_F(TableRowsTest, WithoutPathsEveryRankGetsAnEmptyMessage) {
  const std::vector<std::string> messages = TableRowsMessages(result_, tables_, nullptr, 4);
  ASSERT_EQ(messages.size(), 4u);
  for (int r = 1; r < 4; ++r) {
    EXPECT_EQ(messages[r].size(), 1u);
    EXPECT_TRUE(WriteTableRows(messages[r]).ok());
  }
}

TEST_F(TableRowsTest, AFileThatCannotBeWrittenIsAnError) {
  const TablePaths paths{run_.File("none/pairs"), run_.File("none/speakers"),
                         run_.File("none/misattributed")};
  const std::vector<std::string> messages = TableRowsMessages(result_, tables_, &paths, 2);
  EXPECT_FALSE(WriteTableRows(messages[1]).ok());
}

}  // namespace
}  // namespace claimdup
