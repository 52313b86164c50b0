// The binary under careless use (issue 14, defects 1, 2, 4): standard input and pipes as
// input, failed writes failing the run, outputs that are inputs refused.
#include "gtest/gtest.h"
#include "test_util.h"
#include "util/json_writer.h"

namespace claimdup {
namespace {

using testing::ReadFile;
using testing::RunCommand;
using testing::TempDir;
using testing::WriteFile;

const std::string kBin = CLAIMDUP_BINARY;

TEST(HostileCliTest, StandardInputAndPipesAreReadLikeFiles) {
  TempDir tmp;
  WriteFile(tmp.File("d.jsonl"), testing::CorpusDumpJsonl());
  const std::string in = tmp.File("d.jsonl");
  for (const std::string& cmd :
       {"cat " + in + " | " + kBin + " run - --quiet --out " + tmp.File("o1"),
        "cat " + in + " | " + kBin + " run /dev/stdin --quiet --out " + tmp.File("o2"),
        "gzip -c " + in + " | " + kBin + " run - --quiet --out " + tmp.File("o3"),
        "mkfifo " + tmp.File("fifo") + " && (cat " + in + " > " + tmp.File("fifo") + " &) && " +
            kBin + " run " + tmp.File("fifo") + " --quiet --out " + tmp.File("o4")}) {
    const auto r = RunCommand(cmd);
    EXPECT_EQ(r.exit_code, 0) << cmd << "\n" << r.output;
  }
  const std::string expected = ReadFile(tmp.File("o1/quotes.jsonl"));
  EXPECT_NE(expected.find("\"doc\":\"dw-2012"), std::string::npos);
  for (const char* out : {"o2", "o3", "o4"}) {
    EXPECT_EQ(ReadFile(tmp.File(std::string(out) + "/quotes.jsonl")), expected) << out;
  }
}

TEST(HostileCliTest, DedupRefusesAPipeItCannotReadTwice) {
  TempDir tmp;
  WriteFile(tmp.File("d.jsonl"), testing::CorpusDumpJsonl());
  const auto r = RunCommand("cat " + tmp.File("d.jsonl") + " | " + kBin + " dedup - --out " +
                            tmp.File("o.jsonl"));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.output.find("dedup reads its input twice"), std::string::npos) << r.output;
}

TEST(HostileCliTest, FailedWritesFailTheRun) {
  TempDir tmp;
  const std::string corpus = testing::CorpusDir();
  EXPECT_NE(RunCommand(kBin + " extract " + corpus + " > /dev/full").exit_code, 0);
  EXPECT_NE(RunCommand(kBin + " extract " + corpus + " --out /dev/full").exit_code, 0);
  EXPECT_NE(
      RunCommand(kBin + " run " + corpus + " --out " + tmp.File("o") + " > /dev/full").exit_code,
      0);
  EXPECT_NE(RunCommand(kBin + " --help > /dev/full").exit_code, 0);
  EXPECT_NE(RunCommand(kBin + " run --help > /dev/full").exit_code, 0);
  EXPECT_EQ(RunCommand(kBin + " extract " + corpus + " > /dev/null").exit_code, 0);
}

TEST(HostileCliTest, OutputEqualToAnInputIsRefusedAndTheInputKept) {
  TempDir tmp;
  WriteFile(tmp.File("d.jsonl"), testing::CorpusDumpJsonl());
  for (const char* cmd : {"dedup", "extract"}) {
    const auto r =
        RunCommand(kBin + " " + cmd + " " + tmp.File("d.jsonl") + " --out " + tmp.File("d.jsonl"));
    EXPECT_EQ(r.exit_code, 2) << cmd << ": " << r.output;
    EXPECT_NE(r.output.find("is also an input"), std::string::npos) << r.output;
    EXPECT_EQ(ReadFile(tmp.File("d.jsonl")), testing::CorpusDumpJsonl()) << cmd;
  }
}

TEST(HostileCliTest, ExtractOutputIsReplacedOnlyWhenTheRunSucceeds) {
  TempDir tmp;
  WriteFile(tmp.File("claims.jsonl"), "previous\n");
  const auto bad = RunCommand(kBin + " extract " + tmp.File("missing.jsonl") + " --out " +
                              tmp.File("claims.jsonl"));
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_EQ(ReadFile(tmp.File("claims.jsonl")), "previous\n");
  const auto good = RunCommand(kBin + " extract " + testing::CorpusDir() + " --quiet --out " +
                               tmp.File("claims.jsonl"));
  EXPECT_EQ(good.exit_code, 0) << good.output;
  EXPECT_NE(ReadFile(tmp.File("claims.jsonl")).find("\"quote_group\""), std::string::npos);
}

TEST(HostileCliTest, HelpForAnUnknownCommandIsAnError) {
  const auto r = RunCommand(kBin + " help frobnicate");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.output.find("unknown command 'frobnicate'"), std::string::npos) << r.output;
  EXPECT_EQ(RunCommand(kBin + " help run").exit_code, 0);
}

TEST(HostileCliTest, NoBoilerplateOptionKeepsEveryClaim) {
  TempDir tmp;
  const auto r = RunCommand(kBin + " run " + testing::CorpusDir() +
                            " --unit sentences --no-boilerplate --quiet --out " + tmp.path());
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_NE(ReadFile(tmp.File("summary.json")).find("\"boilerplate_claims\":0"), std::string::npos);
}

}  // namespace
}  // namespace claimdup
