#include "pipeline/distributed_summaries.h"

#include <string>
#include <vector>

#include "cluster/credit_steps.h"
#include "cluster/misattribution.h"
#include "extract/paragraphs.h"
#include "gtest/gtest.h"
#include "pipeline/cluster_ranges.h"
#include "pipeline/run_job.h"
#include "sketch/sketch_text.h"
#include "test_util.h"

namespace claimdup {
namespace {

// Clusters of the bundled corpus and six files of real excerpts (canonical excerpts, short
// excerpts dated early, wire copies, one letter credited to its writer by two outlets and to
// the senator who read it out by two others), summarized one range at a time through the bytes the
// ranks exchange, against one process's summaries.
class SummaryRangeTest : public ::testing::Test {
 protected:
  void SetUp() override {
    RunOptions o;
    o.out_dir = tmp_.path();
    o.progress = false;
    const std::string data = testing::SourceDir() + "/tests/data/";
    auto r = ComputeClusters(
        {testing::CorpusDir(), data + "real_excerpts.jsonl", data + "factcheck_excerpts.jsonl",
         data + "campaign_comment_excerpts.jsonl", data + "short_excerpt_speakers.jsonl",
         data + "wire_excerpts.jsonl", data + "misattributed_excerpts.jsonl"},
        o, nullptr);
    ASSERT_TRUE(r.ok()) << r.status();
    result_ = std::move(*r);
    ASSERT_GE(result_.clusters.size(), 10u);
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
      PackSummaryRange(result_.claims, relation, kShortWords, false, range, &bytes);
      TakeSummaryRange(SummarizeRange(bytes), range);
    }
    return clusters;
  }

  // The misattribution report made from credits range by range (with the summaries), `parts`
  // ranges; its clusters point into *clusters.
  MisattributionReport CreditedByRanges(int parts, std::vector<ClusterInfo>* clusters) {
    *clusters = GatherClusters(result_.claims, result_.cluster_of, 2);
    std::vector<ClusterCredits> credits(clusters->size());
    std::vector<uint32_t> members;
    for (const ClusterInfo& c : *clusters) members.push_back(c.members.size());
    const std::vector<size_t> bound = SplitByMembers(members, parts);
    for (int w = 0; w < parts; ++w) {
      const size_t n = bound[w + 1] - bound[w];
      const auto range = absl::MakeSpan(*clusters).subspan(bound[w], n);
      std::string bytes;
      PackSummaryRange(result_.claims, result_.relations.relation, kShortWords, true, range,
                       &bytes);
      TakeSummaryRange(SummarizeRange(bytes), range, absl::MakeSpan(credits).subspan(bound[w], n));
    }
    return FinishMisattributions(result_.claims, *clusters, result_.relations, std::move(credits));
  }

  static void ExpectSame(const MisattributionReport& a, const MisattributionReport& b) {
    EXPECT_EQ(a.cross_outlet_clusters, b.cross_outlet_clusters);
    EXPECT_EQ(a.left_out_quoting, b.left_out_quoting);
    EXPECT_EQ(a.left_out_unknown, b.left_out_unknown);
    EXPECT_EQ(a.left_out_organization, b.left_out_organization);
    ASSERT_EQ(a.clusters.size(), b.clusters.size());
    for (size_t k = 0; k < a.clusters.size(); ++k) {
      const uint32_t id = a.clusters[k].cluster->id;
      EXPECT_EQ(id, b.clusters[k].cluster->id) << "lead " << k;
      ASSERT_EQ(a.clusters[k].speakers.size(), b.clusters[k].speakers.size()) << "cluster " << id;
      for (size_t s = 0; s < a.clusters[k].speakers.size(); ++s) {
        const CreditedSpeaker &x = a.clusters[k].speakers[s], &y = b.clusters[k].speakers[s];
        EXPECT_EQ(x.speaker, y.speaker) << "cluster " << id;
        EXPECT_EQ(x.outlets, y.outlets) << "cluster " << id;
        EXPECT_EQ(x.claims, y.claims) << "cluster " << id;
        EXPECT_EQ(x.first, y.first) << "cluster " << id;
      }
    }
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

// The misattributions' per-cluster half made range by range with the summaries, as the ranks
// make it, and finished: one process's report, leads, people, first credits and counts.
TEST_F(SummaryRangeTest, CreditsMadeByRangesGiveOneProcesssMisattributions) {
  const MisattributionReport whole =
      FindMisattributions(result_.claims, result_.clusters, result_.relations);
  ASSERT_GE(whole.clusters.size(), 1u);  // The letter: King against Warren (dev half).
  for (int parts : {1, 2, 3, 7}) {
    std::vector<ClusterInfo> clusters;
    const MisattributionReport ranged = CreditedByRanges(parts, &clusters);
    ExpectSame(clusters, result_.clusters);
    ExpectSame(ranged, whole);
  }
}

// One cluster whose canonical wording the excerpts' texts decide (cluster/summary_steps.h):
// the most frequent exact text of the wording most outlets carry, and a wording cut at a
// nested quote passed over (real, dev half: canonical_wording_test.cc's tweets).
TEST(SummaryRangeTextTest, TheExcerptsTextsChooseTheSameCanonical) {
  const char* looting =
      "These THUGS are dishonoring the memory of George Floyd, and I won\u2019t let that "
      "happen. Just spoke to Governor Tim Walz and told him that the Military is with him all "
      "the way. Any difficulty and we will assume control but, when the looting starts, the "
      "shooting starts. Thank you!";
  const char* google =
      "Google search results for \u2018Trump News\u2019 shows only the viewing/reporting of "
      "Fake New Media. In other words, they have it RIGGED, for me & others, so that almost "
      "all stories & news is BAD.";
  const char* cut = "Google search results for \u201cTrump News and more of it";
  struct Member {
    const char* outlet;
    const char* text;
    Relation relation;
    uint32_t cluster;
  };
  const std::vector<Member> members = {
      {"The Daily Signal", looting, Relation::kVariant, 0},
      {"Mother Jones", "when the looting starts, the shooting starts", Relation::kExcerpt, 0},
      {"The Atlantic", "When the looting starts, the shooting starts.", Relation::kExcerpt, 0},
      {"Slate", "When the looting starts, the shooting starts.", Relation::kExcerpt, 0},
      {"CNN", google, Relation::kVariant, 4},
      {"Townhall", cut, Relation::kExcerpt, 4},
      {"Fox News", cut, Relation::kExcerpt, 4}};
  const MatchOptions match;
  const MinHasher hasher(false, match.num_perms, match.seed);
  ClaimTable t(match.num_perms);
  SketchScratch scratch;
  std::vector<Relation> relation;
  std::vector<uint32_t> cluster_of;
  for (size_t i = 0; i < members.size(); ++i) {
    t.docs.push_back({"d" + std::to_string(i), t.InternOutlet(members[i].outlet), "", "", ""});
    SketchText(members[i].text, match, hasher, &scratch);
    t.AddClaim(static_cast<uint32_t>(i), 0, 0, CountWords(members[i].text),
               static_cast<uint32_t>(i), 0, 0, members[i].text, scratch.sketch());
    relation.push_back(members[i].relation);
    cluster_of.push_back(members[i].cluster);
  }
  const std::vector<ClusterInfo> whole = SummarizeClusters(t, cluster_of, relation, 2, 8);
  ASSERT_EQ(whole.size(), 2u);
  EXPECT_EQ(t.text(whole[0].canonical), "When the looting starts, the shooting starts.");
  EXPECT_EQ(t.text(whole[1].canonical), google);
  for (const size_t split : {size_t{0}, size_t{1}, size_t{2}}) {
    std::vector<ClusterInfo> ranged = GatherClusters(t, cluster_of, 2);
    for (auto [begin, end] : {std::pair{size_t{0}, split}, std::pair{split, size_t{2}}}) {
      const auto range = absl::MakeSpan(ranged).subspan(begin, end - begin);
      std::string bytes;
      PackSummaryRange(t, relation, 8, false, range, &bytes);
      TakeSummaryRange(SummarizeRange(bytes), range);
    }
    for (size_t k = 0; k < 2; ++k) {
      EXPECT_EQ(ranged[k].canonical, whole[k].canonical) << "split at " << split;
      EXPECT_EQ(ranged[k].outlets, whole[k].outlets) << "split at " << split;
    }
  }
}

}  // namespace
}  // namespace claimdup
