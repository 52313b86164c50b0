// Exact verification of a candidate pair on its shingle sets and word sequences.
#ifndef CLAIMDUP_CLUSTER_VERIFY_H_
#define CLAIMDUP_CLUSTER_VERIFY_H_

#include <cstdint>

#include "absl/types/span.h"
#include "text/shingle.h"

namespace claimdup {

// Size of the intersection of two sorted, unique sets.
size_t IntersectionSize(absl::Span<const uint32_t> a, absl::Span<const uint32_t> b);

// Length of the longest common subsequence of two word sequences (0 when either is longer
// than kMaxLcsWords: long claims are judged on shingles alone).
inline constexpr size_t kMaxLcsWords = 300;
size_t LongestCommonSubsequence(absl::Span<const WordToken> a, absl::Span<const WordToken> b);

enum class Match { kNone, kJaccard, kContainment };

struct VerifyParams {
  double threshold = 0.8;    // Jaccard of shingle sets.
  double containment = 0.9;  // |A ∩ B| / |shorter| of shingles or words in order.
  int containment_min_words = 5;
  double word_similarity = 0.85;  // LCS of the word sequences / the longer length.
  // A contained claim must hold at least this share of the longer one (shingles, or words in
  // order): LSH is tuned to find such pairs (see CandidateThreshold), so whether a shorter
  // fragment joins never depends on which candidates LSH happened to produce.
  double min_contained_share = 0.5;
};

// kJaccard (the same quote) when the shingle Jaccard reaches `threshold`, or the words agree
// in order on `word_similarity` of the longer claim (one replaced, dropped or misspelt word
// in a short quote breaks three shingles but one word). kContainment (a truncated or
// ellipsized copy) when not, but the shorter claim — of at least containment_min_words
// words and min_contained_share of the longer — is contained at `containment`, by shingles
// or by words in order. Else kNone.
Match VerifyPair(absl::Span<const uint32_t> shingles_a, absl::Span<const uint32_t> shingles_b,
                 absl::Span<const WordToken> words_a, absl::Span<const WordToken> words_b,
                 uint32_t word_count_a, uint32_t word_count_b, const VerifyParams& params);

}  // namespace claimdup

#endif  // CLAIMDUP_CLUSTER_VERIFY_H_
