#include "text/shingle.h"

// Inlined: the hot loops hash a few bytes at a time, where a call costs as much as the hash.
#define XXH_INLINE_ALL
#include <xxhash.h>

#include <algorithm>

namespace claimdup {

void WordTokens(absl::string_view normalized, std::vector<WordToken>* tokens) {
  tokens->clear();
  size_t start = 0;
  const size_t n = normalized.size();
  while (start < n) {
    size_t end = start;
    while (end < n && normalized[end] != ' ') ++end;
    if (end > start) {
      tokens->push_back(
          static_cast<WordToken>(XXH3_64bits(normalized.data() + start, end - start) >> 48));
    }
    start = end + 1;
  }
}

size_t ShingleCapacity(size_t words, int k) {
  return words == 0 ? 0 : words - std::min<size_t>(k, words) + 1;
}

size_t ShinglesOfTokensInto(absl::Span<const WordToken> tokens, int k, uint64_t seed,
                            uint32_t* out) {
  const size_t n = ShingleCapacity(tokens.size(), k);
  const size_t width = std::min<size_t>(k, tokens.size());
  for (size_t i = 0; i < n; ++i) {
    const uint64_t h = XXH3_64bits_withSeed(tokens.data() + i, width * sizeof(WordToken), seed);
    out[i] = static_cast<uint32_t>(h >> 32);
  }
  std::sort(out, out + n);
  return static_cast<size_t>(std::unique(out, out + n) - out);
}

void ShinglesOfTokens(absl::Span<const WordToken> tokens, int k, uint64_t seed,
                      std::vector<uint32_t>* out) {
  out->resize(ShingleCapacity(tokens.size(), k));
  out->resize(ShinglesOfTokensInto(tokens, k, seed, out->data()));
}

void ShingleSet(absl::string_view normalized, int k, uint64_t seed, std::vector<WordToken>* tokens,
                std::vector<uint32_t>* out) {
  WordTokens(normalized, tokens);
  ShinglesOfTokens(*tokens, k, seed, out);
}

uint64_t SetFingerprint(absl::Span<const uint32_t> set) {
  return XXH3_64bits(set.data(), set.size() * sizeof(uint32_t));
}

}  // namespace claimdup
