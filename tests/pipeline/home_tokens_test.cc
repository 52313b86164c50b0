#include "pipeline/home_tokens.h"

#include <vector>

#include "corpus_batch.h"
#include "gtest/gtest.h"
#include "pipeline/fingerprint.h"

namespace claimdup {
namespace {

using testing::CorpusBatch;

// A rank's kept words (for the distributed anchors, pipeline/distributed_anchors.h) are its
// claims' words, row by row across batches, as the batches held them; Clear frees them and
// leaves an empty table that can be filled again.
TEST(HomeTokensTest, RowsAreTheBatchesClaimsInOrder) {
  const FingerprintedBatch batch = CorpusBatch();
  const size_t n = batch.table.size();
  ASSERT_GT(n, 10u);
  HomeTokens kept;
  kept.Add(batch.table);
  kept.Add(batch.table);
  kept.Seal();
  ASSERT_EQ(kept.size(), 2 * n);
  for (size_t row = 0; row < 2 * n; ++row) {
    const absl::Span<const WordToken> want = batch.table.token_seq(row % n);
    const absl::Span<const WordToken> got = kept.words(row);
    ASSERT_EQ(std::vector<WordToken>(got.begin(), got.end()),
              std::vector<WordToken>(want.begin(), want.end()))
        << "row " << row;
  }
  kept.Clear();
  EXPECT_EQ(kept.size(), 0u);
  kept.Add(batch.table);
  EXPECT_EQ(kept.size(), n);
}

}  // namespace
}  // namespace claimdup
