// Exact verification of a candidate pair on its shingle sets.
#ifndef CLAIMDUP_CLUSTER_VERIFY_H_
#define CLAIMDUP_CLUSTER_VERIFY_H_

#include <cstdint>

#include "absl/types/span.h"

namespace claimdup {

// Size of the intersection of two sorted, unique sets.
size_t IntersectionSize(absl::Span<const uint32_t> a, absl::Span<const uint32_t> b);

enum class Match { kNone, kJaccard, kContainment };

struct VerifyParams {
  double threshold = 0.8;    // Jaccard.
  double containment = 0.9;  // |A ∩ B| / |shorter|.
  int containment_min_words = 5;
};

// kJaccard when J(a, b) >= threshold; kContainment when not, but the shorter set (whose claim
// has at least containment_min_words words) is contained at >= containment; else kNone.
Match VerifyPair(absl::Span<const uint32_t> a, absl::Span<const uint32_t> b, uint32_t words_a,
                 uint32_t words_b, const VerifyParams& params);

}  // namespace claimdup

#endif  // CLAIMDUP_CLUSTER_VERIFY_H_
