// AppendFile: how a distributed run joins the ranks' parts of a report.
#include "util/output_file.h"

#include <string>

#include "gtest/gtest.h"
#include "test_util.h"

namespace claimdup {
namespace {

using testing::ReadFile;
using testing::TempDir;
using testing::WriteFile;

TEST(AppendFileTest, AppendsEveryByteAfterWhatTheFileHolds) {
  TempDir tmp;
  std::string big;
  for (int i = 0; big.size() < (3u << 20); ++i) big += "line " + std::to_string(i) + "\n";
  WriteFile(tmp.File("to"), "first\n");
  WriteFile(tmp.File("part"), big);
  WriteFile(tmp.File("empty"), "");
  ASSERT_TRUE(AppendFile(tmp.File("part"), tmp.File("to")).ok());
  ASSERT_TRUE(AppendFile(tmp.File("empty"), tmp.File("to")).ok());
  ASSERT_TRUE(AppendFile(tmp.File("part"), tmp.File("to")).ok());
  EXPECT_TRUE(ReadFile(tmp.File("to")) == "first\n" + big + big);
}

TEST(AppendFileTest, MissingFilesAreNamed) {
  TempDir tmp;
  WriteFile(tmp.File("to"), "x");
  const absl::Status no_part = AppendFile(tmp.File("nope"), tmp.File("to"));
  EXPECT_FALSE(no_part.ok());
  EXPECT_NE(no_part.message().find(tmp.File("nope") + ": cannot open"), std::string::npos);
  const absl::Status no_target = AppendFile(tmp.File("to"), tmp.File("dir/missing"));
  EXPECT_FALSE(no_target.ok());
  EXPECT_NE(no_target.message().find("dir/missing: cannot open"), std::string::npos);
  EXPECT_EQ(ReadFile(tmp.File("to")), "x");
}

}  // namespace
}  // namespace claimdup
