#include "text/shingle.h"

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

void ShinglesOfTokens(absl::Span<const WordToken> tokens, int k, uint64_t seed,
                      std::vector<uint32_t>* out) {
  out->clear();
  const size_t words = tokens.size();
  if (words == 0) return;
  const size_t width = std::min<size_t>(k, words);
  out->reserve(words - width + 1);
  for (size_t i = 0; i + width <= words; ++i) {
    const uint64_t h = XXH3_64bits_withSeed(tokens.data() + i, width * sizeof(WordToken), seed);
    out->push_back(static_cast<uint32_t>(h >> 32));
  }
  std::sort(out->begin(), out->end());
  out->erase(std::unique(out->begin(), out->end()), out->end());
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
