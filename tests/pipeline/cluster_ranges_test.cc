#include "pipeline/cluster_ranges.h"

#include <vector>

#include "gtest/gtest.h"

namespace claimdup {
namespace {

TEST(SplitByMembersTest, RangesHoldAboutEqualMemberCounts) {
  // 20 members in all: parts of 10 each start where 10 members lie before.
  const std::vector<uint32_t> members = {2, 3, 5, 2, 2, 6};
  EXPECT_EQ(SplitByMembers(members, 2), (std::vector<size_t>{0, 3, 6}));
  // Targets 5, 10, 15: after 2 + 3, 2 + 3 + 5, 2 + 3 + 5 + 2 + 2 + 6 (14 falls short).
  EXPECT_EQ(SplitByMembers(members, 4), (std::vector<size_t>{0, 2, 3, 6, 6}));
  EXPECT_EQ(SplitByMembers(members, 1), (std::vector<size_t>{0, 6}));
}

TEST(SplitByMembersTest, OneBigClusterLeavesTheOtherRangesEmpty) {
  const std::vector<uint32_t> members = {100, 2, 2};
  EXPECT_EQ(SplitByMembers(members, 3), (std::vector<size_t>{0, 1, 1, 3}));
}

TEST(SplitByMembersTest, FewerClustersThanPartsAndNoClusters) {
  EXPECT_EQ(SplitByMembers(std::vector<uint32_t>{4, 4}, 4), (std::vector<size_t>{0, 1, 1, 2, 2}));
  EXPECT_EQ(SplitByMembers({}, 3), (std::vector<size_t>{0, 0, 0, 0}));
}

TEST(SplitByMembersTest, RangesCoverEveryClusterOnceInOrder) {
  std::vector<uint32_t> members;
  for (uint32_t k = 0; k < 1000; ++k) members.push_back(2 + (k * 7919) % 13);
  for (int parts = 1; parts <= 16; ++parts) {
    const std::vector<size_t> bound = SplitByMembers(members, parts);
    ASSERT_EQ(bound.size(), static_cast<size_t>(parts) + 1);
    EXPECT_EQ(bound.front(), 0u);
    EXPECT_EQ(bound.back(), members.size());
    uint64_t total = 0;
    for (uint32_t m : members) total += m;
    for (int w = 0; w < parts; ++w) {
      ASSERT_LE(bound[w], bound[w + 1]);
      uint64_t in_range = 0;
      for (size_t k = bound[w]; k < bound[w + 1]; ++k) in_range += members[k];
      // Within one cluster (at most 14 members) of an equal share.
      EXPECT_LE(in_range, total / parts + 2 * 14) << parts << " parts, range " << w;
    }
  }
}

}  // namespace
}  // namespace claimdup
