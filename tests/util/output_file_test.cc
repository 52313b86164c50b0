// CopyFileAt and FileBytes: how the ranks of a distributed run place their parts of a report.
#include "util/output_file.h"

#include <string>

#include "gtest/gtest.h"
#include "test_util.h"

namespace claimdup {
namespace {

using testing::ReadFile;
using testing::TempDir;
using testing::WriteFile;

TEST(CopyFileAtTest, PlacesEveryByteAtItsOffsetInAnyOrder) {
  TempDir tmp;
  std::string big;
  for (int i = 0; big.size() < (3u << 20); ++i) big += "line " + std::to_string(i) + "\n";
  WriteFile(tmp.File("to"), "first\n");
  WriteFile(tmp.File("part"), big);
  WriteFile(tmp.File("other"), "other\n");
  WriteFile(tmp.File("empty"), "");
  // The later part first (past the end: the file grows), then the earlier one, as ranks that
  // finish in any order do.
  const int64_t first = 6, second = first + static_cast<int64_t>(big.size());
  ASSERT_TRUE(CopyFileAt(tmp.File("other"), tmp.File("to"), second).ok());
  ASSERT_TRUE(CopyFileAt(tmp.File("empty"), tmp.File("to"), first).ok());
  ASSERT_TRUE(CopyFileAt(tmp.File("part"), tmp.File("to"), first).ok());
  EXPECT_TRUE(ReadFile(tmp.File("to")) == "first\n" + big + "other\n");
  auto bytes = FileBytes(tmp.File("to"));
  ASSERT_TRUE(bytes.ok());
  EXPECT_EQ(*bytes, second + 6);
}

TEST(CopyFileAtTest, MissingFilesAreNamed) {
  TempDir tmp;
  WriteFile(tmp.File("to"), "x");
  const absl::Status no_part = CopyFileAt(tmp.File("nope"), tmp.File("to"), 1);
  EXPECT_FALSE(no_part.ok());
  EXPECT_NE(no_part.message().find(tmp.File("nope") + ": cannot open"), std::string::npos);
  const absl::Status no_target = CopyFileAt(tmp.File("to"), tmp.File("dir/missing"), 0);
  EXPECT_FALSE(no_target.ok());
  EXPECT_NE(no_target.message().find("dir/missing: cannot open"), std::string::npos);
  EXPECT_EQ(ReadFile(tmp.File("to")), "x");
  const auto no_size = FileBytes(tmp.File("nope"));
  EXPECT_FALSE(no_size.ok());
  EXPECT_NE(no_size.status().message().find(tmp.File("nope") + ": cannot stat"),
            std::string::npos);
}

}  // namespace
}  // namespace claimdup
