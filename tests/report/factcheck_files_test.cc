// The fact-checking reports on real text: tests/data/factcheck_excerpts.jsonl holds the
// paragraphs around two quotes of ../shared/real/allsides_dev.jsonl.zst as ten outlets
// carried them: Obama endorsing Clinton ("I don't think there's ever been someone so
// qualified to hold this office") and Biden's 2019 video ("Social norms have begun to
// change..."). The lead left is a speaker-extraction error a fact-checker would dismiss on
// reading: Vanity Fair's "the president ... said" follows "a meeting with Sanders" and is
// credited to Bernie Sanders. Vox's "he said" (Biden) went to Barack Obama, a second lead,
// until the thirteenth speaker round (b) (docs/speaker_rounds.md).
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

class FactCheckFilesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    const absl::Status run = testing::RunInto(SourceDir() + "/tests/data/factcheck_excerpts.jsonl", dir_->path());
    ASSERT_TRUE(run.ok()) << run;
  }
  static void TearDownTestSuite() { delete dir_; }
  static std::string File(const std::string& name) { return ReadFile(dir_->File(name)); }
  // The quotes.jsonl line whose text starts with `text`.
  static std::string QuoteLine(const std::string& text) {
    for (absl::string_view line : absl::StrSplit(File("quotes.jsonl"), '\n')) {
      if (absl::StrContains(line, "\"text\":\"" + text)) return std::string(line);
    }
    return "";
  }
  static TempDir* dir_;
};
TempDir* FactCheckFilesTest::dir_ = nullptr;

TEST_F(FactCheckFilesTest, MisattributedListsEachPersonOfALead) {
  const std::string csv = File("misattributed.csv");
  // Biden's statement is his in every outlet now: no lead.
  EXPECT_FALSE(absl::StrContains(csv, "Social norms"));
  // "Biden": since the nineteenth round (b) the Guardian's `“…,” he said` after `Biden
  // confronted the allegations in a video, and vowed …` is his too, and the bare surname, in
  // more articles than "Joe Biden", no longer folds onto it (speaker_names.h).
  EXPECT_TRUE(absl::StrContains(QuoteLine("Social norms have begun to change"),
                                "\"speaker\":\"Biden\""));
  // The Washington Times' "the president said" is Obama's too (a description resolved by its
  // role since the fifth speaker round), and its article comes first on the day.
  EXPECT_TRUE(absl::StartsWith(csv,
                               "cluster,speaker,outlets,claims,first_date,first_outlet,rank,quote\n"
                               "2,Barack Obama,4,4,2016-06-09,Washington Times,1,"));
  EXPECT_TRUE(absl::StrContains(csv, "\n2,Bernie Sanders,1,1,,Vanity Fair,1,"));
}

TEST_F(FactCheckFilesTest, QuotesJsonlSaysHowEachOutletEditedTheQuote) {
  // Fox News: "In fact, I don't think there's ever been..." against the Guardian's "I'm
  // with her. I don't think there has ever been...".
  EXPECT_TRUE(absl::StrContains(QuoteLine("In fact, I don’t think there’s ever been"),
                                "\"edit\":\"truncated_start,replaced:1,added:2\""));
  // Vanity Fair quotes Trump's tweet whole.
  EXPECT_TRUE(absl::StrContains(QuoteLine("Obama just endorsed Crooked Hillary."),
                                "\"edit\":\"verbatim\""));
  // Reuters: one sentence from the middle of Biden's statement, "I get it" said twice.
  EXPECT_TRUE(absl::StrContains(QuoteLine("The boundaries of protecting personal space"),
                                "\"edit\":\"excerpt,added:3\""));
}

TEST_F(FactCheckFilesTest, OutletEditsCountsVerbatimExcerptsAndChanges) {
  EXPECT_EQ(File("outlet_edits.csv"),
            "outlet,members,verbatim,excerpt,changed,ellipsis,words_replaced,words_dropped,"
            "words_added\n"
            // Fox and Reuters each split Biden's statement around "he said"; their parts
            // meet (an overlap and an excerpt), so Reuters' first part is measured against
            // Fox's longer joined wording: another stretch of it, hence the large diff.
            "Fox News,4,0,1,3,0,1,0,10\n"
            "Reuters,3,0,1,2,0,8,64,3\n"
            "The Guardian,3,0,3,0,0,0,0,0\n"
            "Washington Times,3,0,2,1,0,1,0,0\n"
            "Townhall,2,0,2,0,0,0,0,0\n"
            "Vanity Fair,2,1,0,1,0,1,0,0\n"
            "Vox,2,0,2,0,0,0,0,0\n"
            "CNN (Web News),1,0,0,1,0,1,0,0\n");
}

TEST_F(FactCheckFilesTest, SummaryCountsLeadsAndEdits) {
  EXPECT_TRUE(absl::StrContains(
      File("summary.json"),
      "\"fact_check\":{\"misattributed_clusters\":2,\"misattribution_left_out_quoting\":0,"
      "\"misattribution_left_out_organization\":0,\"misattribution_left_out_unknown\":0,"
      "\"edited_members\":20,\"edits_verbatim\":1,"
      "\"edits_excerpt\":11,\"edits_changed_words\":8,\"edits_ellipsis\":0}"));
}

TEST_F(FactCheckFilesTest, ReportHtmlShowsTheLeads) {
  const std::string html = File("report.html");
  EXPECT_TRUE(absl::StrContains(html, "<section id=\"misattributed\">"));
  EXPECT_TRUE(absl::StrContains(html, "<b>Bernie Sanders</b> (1, Vanity Fair)"));
  EXPECT_TRUE(absl::StrContains(html, "<b>Barack Obama</b> (4, Washington Times 2016-06-09)"));
}

}  // namespace
}  // namespace claimdup
