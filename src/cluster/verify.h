// Exact verification of a candidate pair on its shingle sets and word sequences.
#ifndef CLAIMDUP_CLUSTER_VERIFY_H_
#define CLAIMDUP_CLUSTER_VERIFY_H_

#include <cstdint>

#include "absl/types/span.h"
#include "core/match_options.h"
#include "text/shingle.h"

namespace claimdup {

// Size of the intersection of two sorted, unique sets.
size_t IntersectionSize(absl::Span<const uint32_t> a, absl::Span<const uint32_t> b);

// Length of the longest common subsequence of two word sequences (0 when either is longer
// than kMaxLcsWords: long claims are judged on shingles alone).
inline constexpr size_t kMaxLcsWords = 300;
size_t LongestCommonSubsequence(absl::Span<const WordToken> a, absl::Span<const WordToken> b);

// Containment by words in order also needs this share of the shorter claim's shingles in
// the longer one.
inline constexpr double kMinRunShareForWordOrder = 0.5;
// Nor for a claim this short: "I think they want to." is not an excerpt of "I think they
// want us to mount a national campaign…".
inline constexpr size_t kMinWordsForWordOrder = 10;

// An upper bound on the words of a that also occur in b (so on their LCS): a's words whose
// 8-bit bucket holds one of b's words. Linear; no allocation.
size_t SharedWordsBound(absl::Span<const WordToken> a, absl::Span<const WordToken> b);

// The longest run of consecutive words two sequences share: its length and where it starts
// in each (length 0 when either is longer than kMaxLcsWords).
struct CommonRun {
  size_t length = 0, begin_a = 0, begin_b = 0;
};
CommonRun LongestCommonRun(absl::Span<const WordToken> a, absl::Span<const WordToken> b);

// An upper bound on a's runs of 4 words that also occur in b: those whose 12-bit bucket
// holds one of b's. Linear; no allocation.
size_t SharedGramsBound(absl::Span<const WordToken> a, absl::Span<const WordToken> b);

inline constexpr size_t kOverlapSlackWords = 2;
// A run holding this share of the shorter wording needs no stagger: the rest is an edit.
inline constexpr double kOverlapHeldShare = 0.75;
// Or an overlap run plus this share of the shorter wording's words in order (an edit inside
// the shared stretch).
inline constexpr double kOverlapInOrderShare = 0.8;

enum class Match { kNone, kJaccard, kContainment, kOverlap };

// The defaults are MatchOptions' (core/match_options.h), the one place they are set;
// pipeline/run_job.h's MakeClusterOptions fills these from the run's MatchOptions.
struct VerifyParams {
  double threshold = MatchOptions{}.threshold;      // Jaccard of shingle sets.
  double containment = MatchOptions{}.containment;  // |A ∩ B| / |shorter|, shingles or words.
  int containment_min_words = MatchOptions{}.containment_min_words;
  double word_similarity = MatchOptions{}.word_similarity;  // LCS of words / longer length.
  // A contained claim must hold at least this share of the longer one (shingles, or words in
  // order): LSH is tuned to find such pairs (see CandidateThreshold), so whether a shorter
  // fragment joins never depends on which candidates LSH happened to produce.
  double min_contained_share = MatchOptions{}.min_contained_share;
  // kOverlap: two wordings of one statement that each quote a different stretch of it share a
  // run of at least `overlap_words` consecutive words, covering at least `overlap_share`
  // of the shorter (MemeTracker's 10-word rule, kept from linking a long quote to another
  // through one shared phrase). A run that opens both wordings (within kOverlapSlackWords)
  // and ends neither must hold kOverlapHeldShare of the shorter: two quotes that open alike
  // and go on differently are two statements. Elsewhere (an excerpt that ends one wording,
  // one sentence quoted inside different neighbours) the run is one statement quoted in
  // different stretches. 0 turns the rule off.
  int overlap_words = 0;
  double overlap_share = 0.5;
};

// kJaccard (the same quote) when the shingle Jaccard reaches `threshold`, or the words agree
// in order on `word_similarity` of the longer claim (one replaced, dropped or misspelt word
// in a short quote breaks three shingles but one word). kContainment (a truncated or
// ellipsized copy) when not, but the shorter claim — of at least containment_min_words
// words and min_contained_share of the longer — is contained at `containment`, by shingles
// or by words in order. kOverlap when not, but the two share a long run of words (see
// overlap_words). Else kNone.
Match VerifyPair(absl::Span<const uint32_t> shingles_a, absl::Span<const uint32_t> shingles_b,
                 absl::Span<const WordToken> words_a, absl::Span<const WordToken> words_b,
                 uint32_t word_count_a, uint32_t word_count_b, const VerifyParams& params);

}  // namespace claimdup

#endif  // CLAIMDUP_CLUSTER_VERIFY_H_
