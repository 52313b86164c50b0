#include "cluster/verify.h"

#include <algorithm>

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

Match VerifyPair(absl::Span<const uint32_t> a, absl::Span<const uint32_t> b, uint32_t words_a,
                 uint32_t words_b, const VerifyParams& params) {
  if (a.empty() || b.empty()) return Match::kNone;
  const double inter = static_cast<double>(IntersectionSize(a, b));
  const double uni = static_cast<double>(a.size() + b.size()) - inter;
  if (inter >= params.threshold * uni) return Match::kJaccard;
  const bool a_shorter = a.size() <= b.size();
  const uint32_t shorter_words = a_shorter ? words_a : words_b;
  const double shorter = static_cast<double>(std::min(a.size(), b.size()));
  if (shorter_words >= static_cast<uint32_t>(params.containment_min_words) &&
      inter >= params.containment * shorter) {
    return Match::kContainment;
  }
  return Match::kNone;
}

}  // namespace claimdup
