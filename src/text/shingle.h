// Word tokens and word shingles of normalized text.
//
// A token is a word's 16-bit fingerprint (the top bits of XXH3-64 of its bytes): two different
// words share one with probability 2^-16, rare enough for matching (a shingle compares three
// words, and word order verification tolerates a spurious equal word), and it halves the
// run's largest column after the signatures. A shingle is k consecutive tokens, fingerprinted
// as the high half of seeded XXH3-64 over them. A text of
// fewer than k (but at least one) words is one shingle of all its words, so short claims
// still match their exact repeats. The set (sorted, unique) is what MinHash sketches and what
// verification compares exactly; it is derived from the token sequence alone, so a claim
// table keeps the tokens and recomputes a set when it needs one.
#ifndef CLAIMDUP_TEXT_SHINGLE_H_
#define CLAIMDUP_TEXT_SHINGLE_H_

#include <cstdint>
#include <vector>

#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "core/word_token.h"

namespace claimdup {

// Replaces *tokens with the tokens of `normalized` (words separated by single spaces).
void WordTokens(absl::string_view normalized, std::vector<WordToken>* tokens);

// Replaces *out with the sorted, de-duplicated shingle fingerprints of `tokens`.
void ShinglesOfTokens(absl::Span<const WordToken> tokens, int k, uint64_t seed,
                      std::vector<uint32_t>* out);

// The same set written to out[0..), which has room for ShingleCapacity(tokens.size(), k)
// values; returns its size.
size_t ShingleCapacity(size_t words, int k);
size_t ShinglesOfTokensInto(absl::Span<const WordToken> tokens, int k, uint64_t seed,
                            uint32_t* out);

// Both steps: the tokens of `normalized` into *tokens, its shingle set into *out.
void ShingleSet(absl::string_view normalized, int k, uint64_t seed, std::vector<WordToken>* tokens,
                std::vector<uint32_t>* out);

// 64-bit fingerprint of a whole shingle set: equal sets, equal keys (the exact-duplicate key).
uint64_t SetFingerprint(absl::Span<const uint32_t> set);

}  // namespace claimdup

#endif  // CLAIMDUP_TEXT_SHINGLE_H_
