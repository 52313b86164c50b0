#include "store/gram_blocks.h"

#include <algorithm>
#include <cstring>
#include <iterator>

namespace claimdup {
namespace {

// Native byte order (little-endian on every machine claimdup is built for), as the tokens.
uint32_t GramAt(absl::string_view bytes, size_t k) {
  uint32_t gram;
  std::memcpy(&gram, bytes.data() + k * kPackedPostingBytes, sizeof(gram));
  return gram;
}

int64_t ValueAt(absl::string_view bytes, size_t k) {
  int64_t value;
  std::memcpy(&value, bytes.data() + k * kPackedPostingBytes + sizeof(uint32_t), sizeof(value));
  return value;
}

}  // namespace

std::string EncodeGramBlock(absl::Span<const PackedPosting> postings) {
  std::string out(postings.size() * kPackedPostingBytes, '\0');
  char* at = out.data();
  for (const PackedPosting& p : postings) {
    std::memcpy(at, &p.gram, sizeof(p.gram));
    std::memcpy(at + sizeof(p.gram), &p.value, sizeof(p.value));
    at += kPackedPostingBytes;
  }
  return out;
}

void DecodeGramBlock(absl::string_view bytes, std::vector<PackedPosting>* out) {
  const size_t n = bytes.size() / kPackedPostingBytes;
  for (size_t k = 0; k < n; ++k) out->push_back({GramAt(bytes, k), ValueAt(bytes, k)});
}

size_t GramBlockValues(absl::string_view bytes, uint32_t gram, size_t limit,
                       std::vector<int64_t>* values) {
  size_t lo = 0, hi = bytes.size() / kPackedPostingBytes;
  while (lo < hi) {  // The first posting of `gram` or later.
    const size_t mid = lo + (hi - lo) / 2;
    if (GramAt(bytes, mid) < gram) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  const size_t n = bytes.size() / kPackedPostingBytes;
  size_t found = 0;
  for (size_t k = lo; k < n && found < limit && GramAt(bytes, k) == gram; ++k, ++found) {
    values->push_back(ValueAt(bytes, k));
  }
  return found;
}

void MergeGramBlock(absl::Span<const PackedPosting> more, std::vector<PackedPosting>* block) {
  std::vector<PackedPosting> merged;
  merged.reserve(block->size() + more.size());
  std::merge(block->begin(), block->end(), more.begin(), more.end(), std::back_inserter(merged));
  merged.erase(std::unique(merged.begin(), merged.end()), merged.end());
  block->swap(merged);
}

}  // namespace claimdup
