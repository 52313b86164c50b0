// Word shingles of normalized text, hashed with XXH3-64.
//
// A shingle is k consecutive words; its 32-bit fingerprint is the high half of XXH3-64 over
// the k word hashes. A text of fewer than k (but at least one) words is one shingle of all
// its words, so short claims still match their exact repeats. The set (sorted, unique) is
// what MinHash sketches and what verification compares exactly.
#ifndef CLAIMDUP_TEXT_SHINGLE_H_
#define CLAIMDUP_TEXT_SHINGLE_H_

#include <cstdint>
#include <vector>

#include "absl/strings/string_view.h"

namespace claimdup {

// Replaces *out with the sorted, de-duplicated shingle fingerprints of `normalized` (words
// separated by single spaces). `word_hashes` is scratch space, reused across calls.
void ShingleSet(absl::string_view normalized, int k, uint64_t seed,
                std::vector<uint64_t>* word_hashes, std::vector<uint32_t>* out);

}  // namespace claimdup

#endif  // CLAIMDUP_TEXT_SHINGLE_H_
