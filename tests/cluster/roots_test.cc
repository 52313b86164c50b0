#include "cluster/roots.h"

#include <vector>

#include "gtest/gtest.h"

namespace claimdup {
namespace {

// Items with their words and outlets; order = id.
RootInput Input(const std::vector<uint32_t>& words, const std::vector<uint32_t>& outlets) {
  RootInput in;
  in.words = words;
  in.outlet = outlets;
  for (uint32_t i = 0; i < words.size(); ++i) in.order.push_back(i);
  return in;
}

TEST(RootsTest, AnExcerptHeldByTwoRootsJoinsTheOneWithMoreOutlets) {
  // 0: a 40-word quote from one outlet; 1, 2: a 30-word quote in two outlets (variants);
  // 3: a 12-word line contained in both quotes.
  RootInput in = Input({40, 30, 30, 12}, {0, 1, 2, 3});
  in.contained = {{3, 0}, {3, 1}};
  UnionFind uf(4);
  uf.Union(1, 2);
  RootStats stats;
  const RootAssignment a = AssignRoots(in, &uf, &stats);
  EXPECT_EQ(a.root[3], a.root[1]);
  EXPECT_NE(a.root[0], a.root[1]);  // The two quotes never merge through the line.
  EXPECT_EQ(a.relation[3], Relation::kExcerpt);
  EXPECT_EQ(a.relation[1], Relation::kVariant);
  EXPECT_EQ(stats.joined, 1);
  EXPECT_EQ(stats.ambiguous, 1);
}

TEST(RootsTest, ChainsOfContainmentEndAtTheLongestWording) {
  RootInput in = Input({50, 20, 8}, {0, 1, 2});
  in.contained = {{2, 1}, {1, 0}};
  UnionFind uf(3);
  RootStats stats;
  const RootAssignment a = AssignRoots(in, &uf, &stats);
  EXPECT_EQ(a.root[2], 0u);
  EXPECT_EQ(a.root[1], 0u);
  EXPECT_EQ(a.root_item[2], 0u);
}

TEST(RootsTest, OverlapsMeetOnlyRoots) {
  // 2 overlaps 1, but 1 is itself an excerpt of 0: 2 does not follow it.
  RootInput in = Input({60, 20, 18}, {0, 1, 2});
  in.contained = {{1, 0}};
  in.overlapping = {{2, 1}};
  UnionFind uf(3);
  RootStats stats;
  const RootAssignment a = AssignRoots(in, &uf, &stats);
  EXPECT_EQ(a.root[1], 0u);
  EXPECT_EQ(a.root[2], 2u);
}

TEST(RootsTest, ASplitPartJoinsItsOwnWholeQuoteFirst) {
  // 0: another outlet's long quote holding the part; 1: the part; 2: its joined quote.
  RootInput in = Input({40, 10, 25}, {0, 1, 1});
  in.order = {0, 1, 1};
  in.contained = {{1, 0}};
  in.parts = {{1, 2}};
  UnionFind uf(3);
  RootStats stats;
  const RootAssignment a = AssignRoots(in, &uf, &stats);
  EXPECT_EQ(a.root[1], a.root[2]);
  EXPECT_EQ(a.relation[1], Relation::kPart);
}

TEST(RootsTest, TheResultDoesNotDependOnEdgeOrder) {
  RootInput in = Input({40, 30, 30, 12, 12}, {0, 1, 2, 3, 4});
  in.contained = {{3, 0}, {3, 1}, {4, 2}, {4, 0}};
  RootInput reversed = in;
  std::reverse(reversed.contained.begin(), reversed.contained.end());
  UnionFind a_uf(5), b_uf(5);
  RootStats s;
  EXPECT_EQ(AssignRoots(in, &a_uf, &s).root, AssignRoots(reversed, &b_uf, &s).root);
}

TEST(RootsTest, AShortExcerptJoinsNoRootCreditingOtherSpeakers) {
  // 0: a 40-word statement credited to speaker 1; 1: a 5-word phrase in it, credited to
  // speaker 2 (another person using the phrase); 2: the same 5 words credited to nobody,
  // in another article (a variant of 1); 3: a 6-word excerpt credited to speaker 1 itself.
  RootInput in = Input({40, 5, 5, 6}, {0, 1, 2, 3});
  in.speaker = {1, 2, 0, 1};
  in.short_words = 8;
  in.contained = {{1, 0}, {2, 0}, {3, 0}};
  UnionFind uf(4);
  uf.Union(1, 2);
  RootStats stats;
  const RootAssignment a = AssignRoots(in, &uf, &stats);
  EXPECT_NE(a.root[1], a.root[0]);  // The group names speaker 2 only: it stays apart.
  EXPECT_EQ(a.root[2], a.root[1]);
  EXPECT_EQ(a.root[3], a.root[0]);  // Same speaker: an excerpt.
  EXPECT_EQ(stats.other_speaker, 1);
  EXPECT_EQ(stats.joined, 1);
}

TEST(RootsTest, TheSpeakerTestSparesLongExcerptsUnnamedOnesAndParts) {
  // 0: a 40-word statement of speaker 1; 1: a 12-word excerpt credited to speaker 2 (long:
  // no test); 2: a 5-word excerpt credited to nobody; 3: a 5-word part of the split quote
  // 4, credited to speaker 3 while its whole is speaker 1's (parts are one statement).
  RootInput in = Input({40, 12, 5, 5, 30}, {0, 1, 2, 3, 3});
  in.speaker = {1, 2, 0, 3, 1};
  in.short_words = 8;
  in.contained = {{1, 0}, {2, 0}};
  in.parts = {{3, 4}};
  UnionFind uf(5);
  RootStats stats;
  const RootAssignment a = AssignRoots(in, &uf, &stats);
  EXPECT_EQ(a.root[1], a.root[0]);
  EXPECT_EQ(a.root[2], a.root[0]);
  EXPECT_EQ(a.root[3], a.root[4]);
  EXPECT_EQ(a.relation[3], Relation::kPart);
  EXPECT_EQ(stats.other_speaker, 0);
}

}  // namespace
TEST(RootsTest, IdenticalPartsOfTwoPeoplesSplitQuotesStayWithTheirOwnQuotes) {
  // 0, 1: a 5-word part and its whole, speaker 1's; 2, 3: the same 5 words as a part of
  // speaker 2's whole (a variant of 0); 4: those words unquoted-for in a third article,
  // credited to nobody (a variant too); 5, 6: a part shared by two wholes of speaker 3
  // (one statement, two outlets' split quotes).
  RootInput in = Input({5, 20, 5, 25, 5, 6, 30, 6, 28}, {0, 0, 1, 1, 2, 3, 3, 4, 4});
  in.speaker = {1, 1, 2, 2, 0, 3, 3, 3, 3};
  in.short_words = 8;
  in.parts = {{0, 1}, {2, 3}, {5, 6}, {7, 8}};
  in.contained = {{4, 1}};
  UnionFind uf(9);
  uf.Union(0, 2);
  uf.Union(0, 4);
  uf.Union(5, 7);
  RootStats stats;
  const RootAssignment a = AssignRoots(in, &uf, &stats);
  EXPECT_EQ(a.root[0], a.root[1]);
  EXPECT_EQ(a.root[2], a.root[3]);
  EXPECT_NE(a.root[1], a.root[3]);
  EXPECT_EQ(a.relation[0], Relation::kPart);
  EXPECT_EQ(a.relation[2], Relation::kPart);
  EXPECT_NE(a.root[4], a.root[1]);  // The group joins neither whole.
  EXPECT_NE(a.root[4], a.root[3]);
  EXPECT_EQ(a.root[5], a.root[7]);  // One person's identical parts: one cluster.
  EXPECT_EQ(stats.other_speaker, 1);
}

}  // namespace claimdup
