// A job never destroys its input, never reads its own output, and a reader of the output
// folder never sees a half-written or mixed set of files (issue 14, defects 1, 7, 8, 10).
#include <unistd.h>

#include <filesystem>

#include "gtest/gtest.h"
#include "pipeline/dedup_job.h"
#include "pipeline/run_job.h"
#include "report/output_set.h"
#include "test_util.h"
#include "util/json_writer.h"

namespace claimdup {
namespace {

namespace fs = std::filesystem;
using testing::CorpusDir;
using testing::ReadFile;
using testing::TempDir;
using testing::WriteFile;

RunOptions Options(const std::string& out) {
  RunOptions o;
  o.out_dir = out;
  o.threads = 1;
  o.progress = false;
  return o;
}

TEST(OutputSafetyTest, DedupRefusesAnOutputThatIsAnInputAndLeavesItIntact) {
  TempDir tmp;
  WriteFile(tmp.File("d.jsonl"), testing::CorpusDumpJsonl());
  fs::create_symlink(tmp.File("d.jsonl"), tmp.File("link.jsonl"));
  for (const std::string& out :
       {tmp.File("d.jsonl"), tmp.File("link.jsonl"), tmp.File("./sub/../d.jsonl")}) {
    auto r = RunDedupJob({tmp.File("d.jsonl")}, Options(tmp.path()), out);
    ASSERT_FALSE(r.ok()) << out;
    EXPECT_NE(r.status().message().find("is also an input"), std::string::npos) << r.status();
  }
  // removed.jsonl is written beside --out: it may not be an input either.
  WriteFile(tmp.File("dir/removed.jsonl"), testing::CorpusDumpJsonl());
  auto r = RunDedupJob({tmp.File("dir/removed.jsonl")}, Options(tmp.path()),
                       tmp.File("dir/clean.jsonl"));
  EXPECT_FALSE(r.ok());
  EXPECT_EQ(ReadFile(tmp.File("d.jsonl")), testing::CorpusDumpJsonl());
  EXPECT_EQ(ReadFile(tmp.File("dir/removed.jsonl")), testing::CorpusDumpJsonl());
}

TEST(OutputSafetyTest, DedupIntoItsInputFolderNeverReadsItsOwnOutput) {
  TempDir tmp;
  WriteFile(tmp.File("dir/d.jsonl"), testing::CorpusDumpJsonl());
  for (int run = 0; run < 2; ++run) {  // The second run finds the first run's files there.
    auto r = RunDedupJob({tmp.File("dir")}, Options(tmp.path()), tmp.File("dir/clean.jsonl"));
    ASSERT_TRUE(r.ok()) << r.status();
    EXPECT_EQ(r->documents, 2) << "run " << run;
  }
}

TEST(OutputSafetyTest, RunRefusesAnOutputFolderThatIsOrHoldsAnInput) {
  TempDir tmp;
  WriteFile(tmp.File("dir/quotes.jsonl"), testing::CorpusDumpJsonl());
  auto same = RunJob({tmp.File("dir")}, Options(tmp.File("dir")), nullptr);
  ASSERT_FALSE(same.ok());
  EXPECT_NE(same.status().message().find("choose a separate folder"), std::string::npos);
  auto holds = RunJob({tmp.File("dir/quotes.jsonl")}, Options(tmp.File("dir")), nullptr);
  EXPECT_FALSE(holds.ok());
  EXPECT_EQ(ReadFile(tmp.File("dir/quotes.jsonl")), testing::CorpusDumpJsonl());
}

TEST(OutputSafetyTest, RunTwiceIntoAFolderInsideTheInputReadsTheSameArticles) {
  TempDir tmp;
  WriteFile(tmp.File("in/d.jsonl"), testing::CorpusDumpJsonl());
  for (int run = 0; run < 2; ++run) {
    auto r = RunJob({tmp.File("in")}, Options(tmp.File("in/claimdup-out")), nullptr);
    ASSERT_TRUE(r.ok()) << r.status();
    EXPECT_EQ(r->ingest.documents, 2) << "run " << run;
  }
}

TEST(OutputSafetyTest, SecondRunIntoALockedFolderFailsClearly) {
  TempDir tmp;
  auto held = OutputSet::Open(tmp.path());
  ASSERT_TRUE(held.ok()) << held.status();
  auto r = RunJob({CorpusDir()}, Options(tmp.path()), nullptr);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_NE(r.status().message().find("another claimdup run is writing to this folder"),
            std::string::npos);
  held->reset();
  EXPECT_TRUE(RunJob({CorpusDir()}, Options(tmp.path()), nullptr).ok());
}

TEST(OutputSafetyTest, UncommittedFilesNeverReplaceThePreviousRunAndLeftoversGo) {
  TempDir tmp;
  WriteFile(tmp.File("quotes.jsonl"), "previous run\n");
  WriteFile(tmp.File(".clusters.jsonl.partial"), "left by a killed run");
  {
    auto set = OutputSet::Open(tmp.path());
    ASSERT_TRUE(set.ok());
    EXPECT_FALSE(fs::exists(tmp.File(".clusters.jsonl.partial")));
    WriteFile((*set)->Stage("quotes.jsonl"), "half writ");
    // Interrupted: never committed.
  }
  EXPECT_EQ(ReadFile(tmp.File("quotes.jsonl")), "previous run\n");
  EXPECT_FALSE(fs::exists(tmp.File(".quotes.jsonl.partial")));

  auto r = RunJob({CorpusDir()}, Options(tmp.path()), nullptr);
  ASSERT_TRUE(r.ok()) << r.status();
  for (const auto& entry : fs::directory_iterator(tmp.path())) {
    EXPECT_EQ(entry.path().filename().string().find(".partial"), std::string::npos) << entry.path();
  }
  EXPECT_NE(ReadFile(tmp.File("quotes.jsonl")), "previous run\n");
  EXPECT_TRUE(fs::exists(tmp.File("summary.json")));
}

TEST(OutputSafetyTest, SymlinkInTheOutputFolderIsReplacedNotWrittenThrough) {
  TempDir tmp;
  WriteFile(tmp.File("victim.txt"), "precious");
  fs::create_directories(tmp.File("out"));
  fs::create_symlink(tmp.File("victim.txt"), tmp.File("out/quotes.jsonl"));
  ASSERT_TRUE(RunJob({CorpusDir()}, Options(tmp.File("out")), nullptr).ok());
  EXPECT_EQ(ReadFile(tmp.File("victim.txt")), "precious");
  EXPECT_FALSE(fs::is_symlink(tmp.File("out/quotes.jsonl")));
}

}  // namespace
}  // namespace claimdup
