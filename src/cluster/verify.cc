#include "cluster/verify.h"

#include <algorithm>
#include <vector>

namespace claimdup {

size_t IntersectionSize(absl::Span<const uint32_t> a, absl::Span<const uint32_t> b) {
  size_t i = 0, j = 0, n = 0;
  while (i < a.size() && j < b.size()) {
    const uint32_t x = a[i], y = b[j];
    n += (x == y);
    i += (x <= y);
    j += (y <= x);
  }
  return n;
}

size_t LongestCommonSubsequence(absl::Span<const WordToken> a, absl::Span<const WordToken> b) {
  if (a.empty() || b.empty() || a.size() > kMaxLcsWords || b.size() > kMaxLcsWords) return 0;
  if (a.size() < b.size()) std::swap(a, b);  // b is the shorter: one row of it.
  uint16_t row[kMaxLcsWords + 1] = {};
  for (const WordToken x : a) {
    uint16_t diag = 0;  // row[j-1] of the previous row.
    for (size_t j = 1; j <= b.size(); ++j) {
      const uint16_t up = row[j];
      row[j] = x == b[j - 1] ? diag + 1 : std::max(up, row[j - 1]);
      diag = up;
    }
  }
  return row[b.size()];
}

namespace {

// An upper bound on the words of a that also occur in b (so on their LCS): a's words whose
// 8-bit bucket holds one of b's words.
size_t SharedWordsBound(absl::Span<const WordToken> a, absl::Span<const WordToken> b) {
  uint64_t in_b[4] = {0, 0, 0, 0};
  for (const WordToken w : b) in_b[(w >> 6) & 3] |= uint64_t{1} << (w & 63);
  size_t shared = 0;
  for (const WordToken w : a) shared += (in_b[(w >> 6) & 3] >> (w & 63)) & 1;
  return shared;
}

}  // namespace

Match VerifyPair(absl::Span<const uint32_t> shingles_a, absl::Span<const uint32_t> shingles_b,
                 absl::Span<const WordToken> words_a, absl::Span<const WordToken> words_b,
                 uint32_t word_count_a, uint32_t word_count_b, const VerifyParams& params) {
  if (shingles_a.empty() || shingles_b.empty()) return Match::kNone;
  const double inter = static_cast<double>(IntersectionSize(shingles_a, shingles_b));
  const double uni = static_cast<double>(shingles_a.size() + shingles_b.size()) - inter;
  if (inter >= params.threshold * uni) return Match::kJaccard;
  const double longer = static_cast<double>(std::max(words_a.size(), words_b.size()));
  const double shorter_seq = static_cast<double>(std::min(words_a.size(), words_b.size()));
  // The word-order rules below need this many words in order; when not even that many
  // words of one claim occur in the other, the (quadratic) LCS is not computed.
  double needed = params.word_similarity * longer;
  if (shorter_seq >= params.min_contained_share * longer) {
    needed = std::min(needed, params.containment * shorter_seq);
  }
  const double lcs = SharedWordsBound(words_a, words_b) < needed
                         ? 0.0
                         : static_cast<double>(LongestCommonSubsequence(words_a, words_b));
  if (lcs >= params.word_similarity * longer && lcs >= params.containment_min_words) {
    return Match::kJaccard;
  }
  const bool a_shorter = shingles_a.size() <= shingles_b.size();
  const uint32_t shorter_words = a_shorter ? word_count_a : word_count_b;
  if (shorter_words < static_cast<uint32_t>(params.containment_min_words)) return Match::kNone;
  const double shorter = static_cast<double>(std::min(shingles_a.size(), shingles_b.size()));
  const double longer_set = static_cast<double>(std::max(shingles_a.size(), shingles_b.size()));
  if (inter >= params.containment * shorter && shorter >= params.min_contained_share * longer_set) {
    return Match::kContainment;
  }
  if (shorter_seq > 0 && lcs >= params.containment * shorter_seq &&
      shorter_seq >= params.min_contained_share * longer) {
    return Match::kContainment;
  }
  return Match::kNone;
}

}  // namespace claimdup
