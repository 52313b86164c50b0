// Candidate pairs verified on a self-contained copy of their items' words.
//
// The clusterer verifies pairs on its claim table (cluster/clusterer.h). A process that does
// not hold the table (another rank of a distributed run, pipeline/distributed_verify.h) gets
// a TokenPairs instead: the word tokens and word counts of the items a batch of pairs names,
// and the pairs by index into those items. VerifyTokenPairs applies the same rule
// (VerifyPair on shingle sets built from the tokens as ShingleTable builds them), so each
// pair gets the Match the clusterer would compute itself; DescribeTokenPairs likewise gives
// each (member, root) pair the RootCover the clusterer's member relations would give.
#ifndef CLAIMDUP_CLUSTER_TOKEN_PAIRS_H_
#define CLAIMDUP_CLUSTER_TOKEN_PAIRS_H_

#include <cstdint>
#include <vector>

#include "absl/types/span.h"
#include "cluster/root_cover.h"
#include "cluster/verify.h"
#include "core/word_token.h"

namespace claimdup {

struct TokenPairs {
  std::vector<uint32_t> words;        // Per item: its word count (ClaimTable::words).
  std::vector<uint64_t> token_begin;  // Per item, plus one: its tokens in `tokens`.
  std::vector<WordToken> tokens;
  std::vector<uint64_t> pairs;        // (a << 32 | b), a and b indices into the items.
  std::vector<uint8_t> variant;       // For DescribeTokenPairs, per pair: a is a variant of b.

  size_t num_items() const { return words.size(); }
  absl::Span<const WordToken> token_seq(uint32_t item) const {
    return {tokens.data() + token_begin[item], token_begin[item + 1] - token_begin[item]};
  }
};

// One Match per pair of `block`, in pair order: VerifyPair on the two items' k-word shingle
// sets under `seed` (text/shingle.h), their tokens and word counts. On `threads` threads.
std::vector<Match> VerifyTokenPairs(const TokenPairs& block, int k, uint64_t seed,
                                    const VerifyParams& params, int threads);

// One RootCover per (member a, root b) pair of `block`, in pair order: RootRuns::Describe of
// the member against the root on their k-word shingle sets under `seed` and their words,
// block.variant saying whether the member is a variant. A root's pairs should come together
// (its runs are indexed once per run of its pairs). On `threads` threads.
std::vector<RootCover> DescribeTokenPairs(const TokenPairs& block, int k, uint64_t seed,
                                          int threads);

}  // namespace claimdup

#endif  // CLAIMDUP_CLUSTER_TOKEN_PAIRS_H_
