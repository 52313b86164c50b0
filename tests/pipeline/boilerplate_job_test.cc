// Outlet boilerplate in a whole run (issue 14, defect 11): repeated news is not a template.
#include "gtest/gtest.h"
#include "pipeline/run_job.h"
#include "test_util.h"
#include "util/json_writer.h"

namespace claimdup {
namespace {

using testing::TempDir;
using testing::WriteFile;

const char kQuote[] =
    "\"This shield is a direct threat to our security and we will answer it firmly when the "
    "time comes,\" Lavrov told reporters on Friday.";

std::string Record(const std::string& id, const std::string& outlet, const std::string& text) {
  JsonLine line;
  line.Str("id", id).Str("text", text);
  if (!outlet.empty()) line.Str("outlet", outlet);
  return line.Finish() + "\n";
}

RunOptions Options(const std::string& out) {
  RunOptions o;
  o.out_dir = out;
  o.threads = 1;
  o.progress = false;
  return o;
}

TEST(BoilerplateJobTest, DumpWithoutOutletNamesKeepsItsRepeatedQuotes) {
  TempDir in, out;
  WriteFile(in.File("d.jsonl"),
            Record("a", "", std::string("Moscow story one.\n\n") + kQuote) +
                Record("b", "", std::string("A different story from Brussels.\n\n") + kQuote) +
                Record("c", "",
                       "\"Nothing else is repeated in this third article at all,\" "
                       "a spokesman said."));
  auto r = RunJob({in.File("d.jsonl")}, Options(out.path()), nullptr);
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(r->boilerplate_claims, 0);
  ASSERT_EQ(r->clusters.size(), 1u);
  EXPECT_EQ(r->clusters[0].members.size(), 2u);
}

TEST(BoilerplateJobTest, StoryAndItsUpdateKeepTheQuoteTheyShareWithAnotherOutlet) {
  TempDir in, out;
  const std::string story =
      std::string("NATO met in Brussels on Thursday.\n\n") + kQuote +
      "\n\n\"We are ready to talk about every part of the plan with our partners,\" the "
      "minister added.";
  WriteFile(in.File("d.jsonl"), Record("a1", "Outlet A", story) +
                                    Record("a2", "Outlet A", story + "\n\nUpdated at 18:00.") +
                                    Record("b1", "Outlet B", kQuote));
  auto r = RunJob({in.File("d.jsonl")}, Options(out.path()), nullptr);
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(r->boilerplate_claims, 0);
  int cross = 0;
  for (const ClusterInfo& c : r->clusters) cross += IsCrossOutlet(c);
  EXPECT_EQ(cross, 1);
}

}  // namespace
}  // namespace claimdup
