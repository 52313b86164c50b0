// `claimdup explain` on a finished run of real text: tests/data/wire_excerpts.jsonl holds
// six articles of ../shared/real/event_days.jsonl.zst quoting Trump's tweet of 2018-07-16
// ("Our relationship with Russia has NEVER been worse thanks to many years of U.S.
// foolishness..."): The Washington Post, CNBC, click2houston and a Reuters reprint quote it
// whole; two AP reprints (The Seattle Times, Omaha World-Herald) split it around "Trump
// tweeted Monday morning, blaming".
#include "pipeline/explain_job.h"

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
using testing::WriteFile;

class ExplainJobTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    const absl::Status run = testing::RunInto(SourceDir() + "/tests/data/wire_excerpts.jsonl", dir_->path());
    ASSERT_TRUE(run.ok()) << run;
  }
  static void TearDownTestSuite() { delete dir_; }
  // The id of the quotes.jsonl line whose text starts with `text`, or -1.
  static int64_t IdOf(const std::string& text) {
    for (absl::string_view line : absl::StrSplit(ReadFile(dir_->File("quotes.jsonl")), '\n')) {
      if (!absl::StrContains(line, "\"text\":\"" + text)) continue;
      int64_t id = -1;
      sscanf(std::string(line).c_str(), "{\"id\":%ld,", &id);
      return id;
    }
    return -1;
  }
  static TempDir* dir_;
};
TempDir* ExplainJobTest::dir_ = nullptr;

TEST_F(ExplainJobTest, TwoWholeCopiesAreVariants) {
  const int64_t post = IdOf("Our relationship with Russia has NEVER been worse thanks");
  const int64_t reuters = IdOf(
      "Our relationship with Russia has NEVER been worse thanks to many "
      "years of US");
  ASSERT_GE(post, 0);
  ASSERT_GE(reuters, 0);
  auto text = ExplainPair(dir_->path(), post, reuters);
  ASSERT_TRUE(text.ok()) << text.status();
  EXPECT_TRUE(absl::StrContains(*text, "normalized (24 words")) << *text;
  EXPECT_TRUE(absl::StrContains(*text, "rule: variant: words in order")) << *text;
  EXPECT_TRUE(absl::StrContains(*text, "they also match directly")) << *text;
}

TEST_F(ExplainJobTest, TwoPartsOfASplitQuoteMeetThroughTheRoot) {
  // The Seattle Times' first part and the Omaha World-Herald's second.
  const int64_t first = IdOf("Our relationship with Russia has NEVER been worse\"");
  const int64_t second = IdOf("many years of U.S. foolishness");  // The Seattle Times' first.
  ASSERT_GE(first, 0);
  ASSERT_GE(second, 0);
  auto text = ExplainPair(dir_->path(), first, second);
  ASSERT_TRUE(text.ok()) << text.status();
  EXPECT_TRUE(absl::StrContains(*text, "rule: none:")) << *text;
  EXPECT_TRUE(absl::StrContains(*text, "joined through the root")) << *text;
  EXPECT_TRUE(absl::StrContains(*text, "recorded as part (one part of a split quote")) << *text;
  EXPECT_TRUE(absl::StrContains(*text, "wire AP")) << *text;
}

TEST_F(ExplainJobTest, ClearErrors) {
  EXPECT_TRUE(absl::IsNotFound(ExplainPair(dir_->File("nowhere"), 0, 1).status()));
  const auto unknown = ExplainPair(dir_->path(), 0, 999999);
  EXPECT_TRUE(absl::IsNotFound(unknown.status()));
  EXPECT_TRUE(absl::StrContains(unknown.status().message(), "claim 999999 is not in"));
  TempDir other;
  WriteFile(other.File("summary.json"), "{\"version\":\"0.0.1\",\"parameters\":{}}\n");
  const auto old = ExplainPair(other.path(), 0, 1);
  EXPECT_TRUE(absl::IsFailedPrecondition(old.status())) << old.status();
  EXPECT_TRUE(absl::StrContains(old.status().message(), "written by claimdup 0.0.1"));
}

}  // namespace
}  // namespace claimdup
