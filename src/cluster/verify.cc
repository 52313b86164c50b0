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

Match VerifyPair(absl::Span<const uint32_t> shingles_a, absl::Span<const uint32_t> shingles_b,
                 absl::Span<const WordToken> words_a, absl::Span<const WordToken> words_b,
                 uint32_t word_count_a, uint32_t word_count_b, const VerifyParams& params) {
  if (shingles_a.empty() || shingles_b.empty()) return Match::kNone;
  const double inter = static_cast<double>(IntersectionSize(shingles_a, shingles_b));
  const double uni = static_cast<double>(shingles_a.size() + shingles_b.size()) - inter;
  if (inter >= params.threshold * uni) return Match::kJaccard;
  const double lcs = static_cast<double>(LongestCommonSubsequence(words_a, words_b));
  const double longer = static_cast<double>(std::max(words_a.size(), words_b.size()));
  if (lcs >= params.word_similarity * longer && lcs >= params.containment_min_words) {
    return Match::kJaccard;
  }
  const bool a_shorter = shingles_a.size() <= shingles_b.size();
  const uint32_t shorter_words = a_shorter ? word_count_a : word_count_b;
  if (shorter_words < static_cast<uint32_t>(params.containment_min_words)) return Match::kNone;
  const double shorter = static_cast<double>(std::min(shingles_a.size(), shingles_b.size()));
  const double longer_set = static_cast<double>(std::max(shingles_a.size(), shingles_b.size()));
  const double shorter_seq = static_cast<double>(std::min(words_a.size(), words_b.size()));
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
