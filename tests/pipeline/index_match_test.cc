// Mapping a day's clustering onto stable ids (pipeline/index_match.h).
#include "pipeline/index_match.h"

#include "gtest/gtest.h"

namespace claimdup {
namespace {

OldClaims Old(const std::vector<int64_t>& clusters) {
  OldClaims old;
  for (size_t i = 0; i < clusters.size(); ++i) {
    StoredClaim c;
    c.id = static_cast<int64_t>(i);
    c.cluster = clusters[i];
    old.claims.push_back(c);
    old.docs.emplace_back();
  }
  return old;
}

TEST(IndexMatchTest, ANewClaimLinkingTwoClustersMergesThemIntoTheOlderId) {
  // Earlier clusters 0 = {0, 1} and 2 = {2, 3}; new claims are rows 4, 5, 6 (ids 10, 11, 12).
  const OldClaims old = Old({0, 0, 2, 2});
  // The day's clustering put new row 4 with rows 0, 1 and 2 (row 3 stayed apart), and new
  // rows 5 and 6 together.
  const std::vector<uint32_t> cluster_of = {0, 0, 0, 3, 0, 5, 5};
  const StableIds ids = MapToStableIds(old, cluster_of, 10);
  EXPECT_EQ(ids.cluster, (std::vector<int64_t>{0, 11, 11}));
  EXPECT_EQ(ids.merges, (std::vector<std::pair<int64_t, int64_t>>{{2, 0}}));
  EXPECT_EQ(ids.joined_existing, 1);
  EXPECT_EQ(ids.new_clusters, 1);
}

TEST(IndexMatchTest, GroupsOfEarlierClaimsAloneNeverMergeOrSplitAnything) {
  // The day's clustering joins earlier clusters 0 and 1 without any new claim, and splits
  // cluster 2: earlier decisions stand. The new claim (row 4, id 20) stays alone.
  const OldClaims old = Old({0, 1, 2, 2});
  const std::vector<uint32_t> cluster_of = {0, 0, 2, 3, 4};
  const StableIds ids = MapToStableIds(old, cluster_of, 20);
  EXPECT_EQ(ids.cluster, (std::vector<int64_t>{20}));
  EXPECT_TRUE(ids.merges.empty());
  EXPECT_EQ(ids.joined_existing, 0);
  EXPECT_EQ(ids.new_clusters, 0);
}

TEST(IndexMatchTest, ANewClaimJoiningPartOfASplitEarlierClusterJoinsThatCluster) {
  // Earlier cluster 0 = {0, 1, 2}; the day's clustering keeps row 2 apart and puts the new
  // claim (row 3, id 7) with it: it joins cluster 0, whose id it keeps.
  const OldClaims old = Old({0, 0, 0});
  const std::vector<uint32_t> cluster_of = {0, 0, 2, 2};
  const StableIds ids = MapToStableIds(old, cluster_of, 7);
  EXPECT_EQ(ids.cluster, (std::vector<int64_t>{0}));
  EXPECT_TRUE(ids.merges.empty());
  EXPECT_EQ(ids.joined_existing, 1);
}

}  // namespace
}  // namespace claimdup
