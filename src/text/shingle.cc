#include "text/shingle.h"

#include <xxhash.h>

#include <algorithm>

namespace claimdup {

void ShingleSet(absl::string_view normalized, int k, uint64_t seed,
                std::vector<uint64_t>* word_hashes, std::vector<uint32_t>* out) {
  out->clear();
  word_hashes->clear();
  size_t start = 0;
  const size_t n = normalized.size();
  while (start < n) {
    size_t end = start;
    while (end < n && normalized[end] != ' ') ++end;
    if (end > start) word_hashes->push_back(XXH3_64bits(normalized.data() + start, end - start));
    start = end + 1;
  }
  const size_t words = word_hashes->size();
  if (words == 0) return;
  const size_t width = std::min<size_t>(k, words);
  out->reserve(words - width + 1);
  for (size_t i = 0; i + width <= words; ++i) {
    const uint64_t h =
        XXH3_64bits_withSeed(word_hashes->data() + i, width * sizeof(uint64_t), seed);
    out->push_back(static_cast<uint32_t>(h >> 32));
  }
  std::sort(out->begin(), out->end());
  out->erase(std::unique(out->begin(), out->end()), out->end());
}

}  // namespace claimdup
