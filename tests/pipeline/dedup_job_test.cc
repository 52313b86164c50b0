#include "pipeline/dedup_job.h"

#include "gtest/gtest.h"
#include "ingest/document_stream.h"
#include "test_util.h"
#include "util/json_writer.h"

namespace claimdup {
namespace {

using testing::ReadFile;
using testing::TempDir;
using testing::WriteFile;

std::string Record(const std::string& id, const std::string& outlet, const std::string& date,
                   const std::string& text, const std::string& extra = "") {
  JsonLine line;
  line.Str("id", id).Str("source", outlet).Str("date", date).Str("text", text);
  if (!extra.empty()) line.Str("extra_field", extra);
  return line.Finish();
}

class DedupTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string dw =
        ReadFile(testing::CorpusFile("dw-2012-04-19-concerns-about-nato-plans.txt"));
    const std::string afp =
        ReadFile(testing::CorpusFile("spacewar-2012-04-19-afp-nato-russia.txt"));
    std::string edited = dw;  // The same story republished with a new first line.
    edited.replace(0, 30, "Republished by a partner site.");
    a_ = Record("a", "DW", "2012-04-20", dw, "kept \"verbatim\" \u00e9");
    b_ = Record("b", "Partner", "2012-04-19", edited);
    c_ = Record("c", "AFP", "2012-04-19", afp);
    WriteFile(tmp_.File("in.jsonl"), a_ + "\n" + b_ + "\n" + c_ + "\n");
    options_.progress = false;
  }
  TempDir tmp_;
  std::string a_, b_, c_;
  RunOptions options_;
};

TEST_F(DedupTest, KeepsEarliestOfEachGroupAndWritesRecordsUnchanged) {
  auto r = RunDedupJob({tmp_.File("in.jsonl")}, options_, tmp_.File("out/dedup.jsonl"));
  ASSERT_FALSE(r.ok());  // The output folder does not exist: a clear error, not a crash.
  std::filesystem::create_directories(tmp_.File("out"));
  r = RunDedupJob({tmp_.File("in.jsonl")}, options_, tmp_.File("out/dedup.jsonl"));
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(r->documents, 3);
  EXPECT_EQ(r->kept, 2);
  EXPECT_EQ(r->removed, 1);
  // "b" is dated a day earlier than "a": b is kept, a removed; c is a different story.
  EXPECT_EQ(ReadFile(tmp_.File("out/dedup.jsonl")), b_ + "\n" + c_ + "\n");
  const std::string removed = ReadFile(tmp_.File("out/removed.jsonl"));
  EXPECT_NE(removed.find(R"({"id":"a","outlet":"DW","date":"2012-04-20","duplicate_of":"b")"),
            std::string::npos)
      << removed;
  EXPECT_NE(removed.find(R"("similarity":0.9)"), std::string::npos) << removed;
}

TEST_F(DedupTest, ZstdOutputReadsBackAndKeepsExtraFields) {
  options_.match.threshold = 0.5;
  WriteFile(tmp_.File("in2.jsonl"), c_ + "\n" + a_ + "\n");
  auto r = RunDedupJob({tmp_.File("in2.jsonl")}, options_, tmp_.File("out.jsonl.zst"));
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(r->removed, 0);
  IngestOptions ingest;
  ingest.keep_raw = true;
  auto stream = DocumentStream::Open({tmp_.File("out.jsonl.zst")}, ingest);
  ASSERT_TRUE(stream.ok());
  Document d;
  ASSERT_TRUE(*(*stream)->Next(&d));
  EXPECT_EQ(d.raw, c_);
  ASSERT_TRUE(*(*stream)->Next(&d));
  EXPECT_EQ(d.raw, a_);
  EXPECT_NE(d.raw.find("kept \\\"verbatim\\\""), std::string::npos);
}

TEST_F(DedupTest, TextFilesBecomeJsonRecords) {
  auto r = RunDedupJob({testing::CorpusDir()}, options_, tmp_.File("corpus.jsonl"));
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(r->kept, 5);  // Five different stories.
  const std::string out = ReadFile(tmp_.File("corpus.jsonl"));
  EXPECT_EQ(std::count(out.begin(), out.end(), '\n'), 5);
  EXPECT_EQ(out.substr(0, 61), R"({"id":"dw-2012-04-19","outlet":"Deutsche Welle","date":"2012-)");
}

}  // namespace
}  // namespace claimdup
