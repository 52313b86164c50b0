#include "pipeline/distributed_signatures.h"

#include <cstring>

#include "corpus_batch.h"
#include "gtest/gtest.h"
#include "pipeline/fingerprint.h"

namespace claimdup {
namespace {

using testing::CorpusBatch;

// Rank 0's rows, sent to rank 1 when LSH starts (PutRows), follow rank 1's own there
// (AddRows) with every signature and shingle count as rank 0 made them, also across the
// 4,096-row blocks of both tables and when sent in pieces.
TEST(HomeSignaturesTest, RowsSentToAnotherRankFollowItsOwn) {
  FingerprintedBatch batch = CorpusBatch();
  const size_t n = batch.table.size(), bytes = batch.table.signature_bytes();
  ASSERT_GT(n, 10u);
  std::vector<uint32_t> counts(n);
  for (size_t i = 0; i < n; ++i) counts[i] = batch.table.shingle_count(i);
  std::vector<uint8_t> signatures;
  batch.table.TakeSignatures(&signatures);
  HomeSignatures rank0, rank1;
  const size_t copies0 = 4096 / n + 2, copies1 = 4096 / n + 1;  // Both past one block.
  for (size_t c = 0; c < copies0; ++c) rank0.Add(signatures.data(), counts.data(), n, bytes);
  // Rank 1's own rows: the same claims in reverse order, so a misplaced row shows.
  std::vector<uint8_t> reversed(signatures.size());
  std::vector<uint32_t> reversed_counts(n);
  for (size_t i = 0; i < n; ++i) {
    std::memcpy(&reversed[i * bytes], &signatures[(n - 1 - i) * bytes], bytes);
    reversed_counts[i] = counts[n - 1 - i];
  }
  for (size_t c = 0; c < copies1; ++c) {
    rank1.Add(reversed.data(), reversed_counts.data(), n, bytes);
  }
  // In two messages, the first ending inside rank 0's first block, the second crossing it.
  for (const auto& [lo, hi] : {std::pair<size_t, size_t>{0, 4000}, {4000, rank0.size()}}) {
    std::string message;
    rank0.PutRows(lo, hi, &message);
    rank1.AddRows(message, bytes);
  }
  ASSERT_EQ(rank1.size(), (copies0 + copies1) * n);
  for (size_t row = 0; row < rank1.size(); ++row) {
    const bool own = row < copies1 * n;
    const size_t i = own ? n - 1 - row % n : (row - copies1 * n) % n;
    ASSERT_EQ(std::memcmp(rank1.signature(row), &signatures[i * bytes], bytes), 0) << row;
    ASSERT_EQ(rank1.shingle_count(row), counts[i]) << row;
  }
}

}  // namespace
}  // namespace claimdup
