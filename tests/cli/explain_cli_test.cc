// `claimdup explain` as a user runs it: output, exit codes and messages.
#include "gtest/gtest.h"
#include "test_util.h"

namespace claimdup {
namespace {

using testing::RunCommand;
using testing::TempDir;

const std::string kBin = CLAIMDUP_BINARY;

TEST(ExplainCliTest, ExplainsTwoClaimsOfAFinishedRun) {
  TempDir tmp;
  const std::string out = " --out " + tmp.path();
  ASSERT_EQ(RunCommand(kBin + " run " + testing::CorpusDir() + out + " --quiet").exit_code, 0);
  // Claims 0 and 32 of the bundled corpus: Lavrov on the Afghan withdrawal, DW and AFP.
  const auto r = RunCommand(kBin + " explain 0 32" + out);
  EXPECT_EQ(r.exit_code, 0) << r.output;
  EXPECT_NE(r.output.find("claim 0: \"As long as Afghanistan"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("wire AFP"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("rule: variant"), std::string::npos) << r.output;
}

TEST(ExplainCliTest, BadUseFailsWithExitCodeTwoAndSaysWhy) {
  TempDir tmp;
  auto r = RunCommand(kBin + " explain 1 --out " + tmp.path());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.output.find("explain needs two claim ids"), std::string::npos) << r.output;
  r = RunCommand(kBin + " explain 1 x --out " + tmp.path());
  EXPECT_EQ(r.exit_code, 2);
  r = RunCommand(kBin + " explain 1 2 --out " + tmp.File("missing"));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.output.find("no such folder"), std::string::npos) << r.output;
  r = RunCommand(kBin + " explain 1 2 --out " + tmp.path());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.output.find("is not the output folder of a finished run"), std::string::npos)
      << r.output;
  r = RunCommand(kBin + " explain --help");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.output.find("Usage: claimdup explain ID1 ID2 [--out DIR]"), std::string::npos)
      << r.output;
}

}  // namespace
}  // namespace claimdup
