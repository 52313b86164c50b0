// Packed posting blocks on their own: encoding, search and merge.
#include "store/gram_blocks.h"

#include <vector>

#include "gtest/gtest.h"

namespace claimdup {
namespace {

TEST(GramBlocksTest, AKeyFindsItsValuesInOrderUpToTheLimit) {
  const std::vector<PackedPosting> postings = {
      {5, 64}, {7, 3 * 64 + 2}, {7, 4 * 64 + 2}, {7, (int64_t{1} << 40) + 9}, {9, 1}};
  const std::string bytes = EncodeGramBlock(postings);
  ASSERT_EQ(bytes.size(), postings.size() * kPackedPostingBytes);
  std::vector<int64_t> values;
  EXPECT_EQ(GramBlockValues(bytes, 7, 10, &values), 3u);
  EXPECT_EQ(values, (std::vector<int64_t>{3 * 64 + 2, 4 * 64 + 2, (int64_t{1} << 40) + 9}));
  values.clear();
  EXPECT_EQ(GramBlockValues(bytes, 7, 2, &values), 2u);  // The first two only.
  EXPECT_EQ(values, (std::vector<int64_t>{3 * 64 + 2, 4 * 64 + 2}));
  values.clear();
  EXPECT_EQ(GramBlockValues(bytes, 6, 10, &values), 0u);   // Between keys.
  EXPECT_EQ(GramBlockValues(bytes, 10, 10, &values), 0u);  // After the last.
  EXPECT_EQ(GramBlockValues("", 7, 10, &values), 0u);      // No block.
  EXPECT_TRUE(values.empty());
  std::vector<PackedPosting> decoded;
  DecodeGramBlock(bytes, &decoded);
  EXPECT_EQ(decoded, postings);
}

TEST(GramBlocksTest, MergingKeepsKeyOrderAndEachPostingOnce) {
  std::vector<PackedPosting> block = {{1, 10}, {4, 10}, {4, 30}};
  const std::vector<PackedPosting> more = {{0, 5}, {4, 20}, {4, 30}, {4, 30}, {8, 1}};
  MergeGramBlock(more, &block);
  EXPECT_EQ(block,
            (std::vector<PackedPosting>{{0, 5}, {1, 10}, {4, 10}, {4, 20}, {4, 30}, {8, 1}}));
}

TEST(GramBlocksTest, KeysOfOneBlockShareTheirHighBits) {
  EXPECT_EQ(GramBlock(0), 0);
  EXPECT_EQ(GramBlock(65535), 0);
  EXPECT_EQ(GramBlock(65536), 1);
  EXPECT_EQ(GramBlock(0x7FFFFFFFu), 32767);  // 31-bit keys: 32,768 blocks.
}

}  // namespace
}  // namespace claimdup
