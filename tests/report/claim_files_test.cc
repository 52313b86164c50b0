// quotes.jsonl written in parts (report/claim_files.h QuoteFacts): the facts of any ranges
// of a run's claims, written one after the other, make the file of the whole run.
#include "report/claim_files.h"

#include <algorithm>

#include "gtest/gtest.h"
#include "pipeline/run_job.h"
#include "test_util.h"

namespace claimdup {
namespace {

using testing::ReadFile;
using testing::TempDir;

class QuoteFactsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    RunOptions o;
    o.out_dir = tmp_.path();
    o.progress = false;
    auto r = ComputeClusters({testing::CorpusDir()}, o, nullptr);
    ASSERT_TRUE(r.ok()) << r.status();
    result_ = std::move(*r);
    ASSERT_GT(result_.clusters.size(), 2u);
  }
  std::string Whole(bool only_repeated) {
    const std::string path = tmp_.File("whole.jsonl");
    EXPECT_TRUE(WriteQuotesJsonl(result_.claims, result_.cluster_of, result_.relations,
                                 only_repeated, path, result_.quote_edits)
                    .ok());
    return ReadFile(path);
  }
  // The lines of claims [from, to), their speakers renumbered into a list of their own (as a
  // rank of a distributed run is sent them).
  std::string Part(const QuoteFactSource& source, uint32_t from, uint32_t to) {
    std::vector<QuoteFacts> facts;
    source.Append(from, to, &facts);
    std::vector<std::string> names;
    for (QuoteFacts& f : facts) {
      names.push_back(result_.claims.speakers[f.speaker]);
      f.speaker = static_cast<uint32_t>(names.size() - 1);
    }
    const std::string path = tmp_.File("part.jsonl");
    EXPECT_TRUE(WriteQuoteFactsJsonl(result_.claims, names, facts, false, path).ok());
    return ReadFile(path);
  }
  TempDir tmp_;
  RunResult result_;
};

TEST_F(QuoteFactsTest, PartsInOrderMakeTheWholeFile) {
  const QuoteFactSource source(result_.claims, result_.cluster_of, result_.relations,
                               result_.quote_edits, false);
  const uint32_t n = static_cast<uint32_t>(result_.claims.size());
  const std::string whole = Whole(false);
  EXPECT_EQ(std::count(whole.begin(), whole.end(), '\n'), n);
  // Cut inside a cluster: its members' facts come from the run, not from the part.
  const uint32_t cut = result_.clusters[0].members[1];
  EXPECT_EQ(Part(source, 0, cut) + Part(source, cut, n), whole);
  EXPECT_EQ(Part(source, 0, 0), "");
}

TEST_F(QuoteFactsTest, OnlyRepeatedListsTheSameClaimsInParts) {
  const QuoteFactSource source(result_.claims, result_.cluster_of, result_.relations,
                               result_.quote_edits, true);
  const uint32_t n = static_cast<uint32_t>(result_.claims.size());
  const std::string whole = Whole(true);
  // Repeated: in a cluster of 2+, whose id is its smallest member's.
  std::vector<int> size(n, 0);
  for (uint32_t c : result_.cluster_of) ++size[c];
  int64_t repeated = 0;
  for (uint32_t i = 0; i < n; ++i) repeated += size[result_.cluster_of[i]] > 1;
  EXPECT_GT(repeated, 2);
  EXPECT_LT(repeated, n);
  EXPECT_EQ(std::count(whole.begin(), whole.end(), '\n'), repeated);
  EXPECT_EQ(Part(source, 0, n / 2) + Part(source, n / 2, n), whole);
}

}  // namespace
}  // namespace claimdup
