#include "pipeline/distributed_summaries.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "pipeline/cluster_ranges.h"
#include "pipeline/run_job.h"
#include "test_util.h"

namespace claimdup {
namespace {

// Clusters of the bundled corpus and two files of real excerpts (canonical excerpts, short
// excerpts dated early), summarized one range at a time through the bytes the ranks
// exchange, against one process's summaries.
class SummaryRangeTest : public ::testing::Test {
 protected:
  void SetUp() override {
    RunOptions o;
    o.out_dir = tmp_.path();
    o.progress = false;
    const std::string data = testing::SourceDir() + "/tests/data/";
    auto r = ComputeClusters({testing::CorpusDir(), data + "real_excerpts.jsonl",
                              data + "factcheck_excerpts.jsonl"},
                             o, nullptr);
    ASSERT_TRUE(r.ok()) << r.status();
    result_ = std::move(*r);
    ASSERT_GT(result_.clusters.size(), 10u);
  }

  // Summaries made range by range, `parts` ranges, with `relation`.
  std::vector<ClusterInfo> ByRanges(const std::vector<Relation>& relation, int parts) {
    std::vector<ClusterInfo> clusters = GatherClusters(result_.claims, result_.cluster_of, 2);
    std::vector<uint32_t> members;
    for (const ClusterInfo& c : clusters) members.push_back(c.members.size());
    const std::vector<size_t> bound = SplitByMembers(members, parts);
    for (int w = 0; w < parts; ++w) {
      const auto range = absl::MakeSpan(clusters).subspan(bound[w], bound[w + 1] - bound[w]);
      std::string bytes;
      PackSummaryRange(result_.claims, relation, kShortWords, range, &bytes);
      TakeSummaryRange(SummarizeRange(bytes), range);
    }
    return clusters;
  }

  static void ExpectSame(const std::vector<ClusterInfo>& a, const std::vector<ClusterInfo>& b) {
    ASSERT_EQ(a.size(), b.size());
    for (size_t k = 0; k < a.size(); ++k) {
      EXPECT_EQ(a[k].id, b[k].id);
      EXPECT_EQ(a[k].members, b[k].members);
      EXPECT_EQ(a[k].outlets, b[k].outlets) << "cluster " << a[k].id;
      EXPECT_EQ(a[k].docs, b[k].docs) << "cluster " << a[k].id;
      EXPECT_EQ(a[k].speakers, b[k].speakers) << "cluster " << a[k].id;
      EXPECT_EQ(a[k].canonical, b[k].canonical) << "cluster " << a[k].id;
      EXPECT_EQ(a[k].first, b[k].first) << "cluster " << a[k].id;
    }
  }

  static constexpr uint32_t kShortWords = 8;
  testing::TempDir tmp_;
  RunResult result_;
};

TEST_F(SummaryRangeTest, RangesSummarizedFromTheirBytesAreOneProcesssSummaries) {
  const std::vector<Relation>& relation = result_.relations.relation;
  ASSERT_EQ(relation.size(), result_.claims.size());
  // The excerpts' texts travel: some cluster has one.
  size_t excerpts = 0;
  for (const Relation r : relation) excerpts += r == Relation::kExcerpt;
  ASSERT_GT(excerpts, 0u);
  const std::vector<ClusterInfo> whole =
      SummarizeClusters(result_.claims, result_.cluster_of, relation, 2, kShortWords);
  for (int parts : {1, 2, 3, 7}) ExpectSame(ByRanges(relation, parts), whole);
}

TEST_F(SummaryRangeTest, WithoutRelationsTooEveryMemberAVariant) {
  const std::vector<ClusterInfo> whole =
      SummarizeClusters(result_.claims, result_.cluster_of, {}, 2, kShortWords);
  ExpectSame(ByRanges({}, 3), whole);
}

}  // namespace
}  // namespace claimdup
