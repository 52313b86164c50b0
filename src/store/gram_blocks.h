// Packed posting blocks: the base tier of the index's lookup keys (store/claim_index.h).
//
// The base tier holds most postings and changes only where a run folds a slice of the recent
// tier into it, so it is kept as one SQLite row per block of keys (the keys sharing their
// high bits), each a BLOB of its postings sorted by (key, value), 12 bytes each. A day's
// lookups then read one row per block they touch and search it in memory, instead of
// stepping SQLite's VM once per posting; a fold rewrites the blocks that gain postings.
#ifndef CLAIMDUP_STORE_GRAM_BLOCKS_H_
#define CLAIMDUP_STORE_GRAM_BLOCKS_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "absl/types/span.h"

namespace claimdup {

// A posting as stored: its key and value (claim * 64 + the claim's key count).
struct PackedPosting {
  uint32_t gram = 0;
  int64_t value = 0;
  bool operator<(const PackedPosting& o) const {
    return gram != o.gram ? gram < o.gram : value < o.value;
  }
  bool operator==(const PackedPosting& o) const { return gram == o.gram && value == o.value; }
};

// Keys are 31 bits: 2^15 blocks of 2^16 keys (a 16x real-news index: ~35 postings, ~420
// bytes a block).
inline constexpr int kGramBlockShift = 16;
inline constexpr size_t kPackedPostingBytes = 12;
inline int64_t GramBlock(uint32_t gram) { return gram >> kGramBlockShift; }

// The bytes of `postings` (sorted, distinct, all of one block).
std::string EncodeGramBlock(absl::Span<const PackedPosting> postings);
// Appends the postings of `bytes` (a block as encoded) to *out.
void DecodeGramBlock(absl::string_view bytes, std::vector<PackedPosting>* out);
// Appends to *values the values of the first `limit` postings of `gram` in `bytes`
// (binary search), in order; returns how many.
size_t GramBlockValues(absl::string_view bytes, uint32_t gram, size_t limit,
                       std::vector<int64_t>* values);
// *block merged with `more` (sorted), each posting once.
void MergeGramBlock(absl::Span<const PackedPosting> more, std::vector<PackedPosting>* block);

}  // namespace claimdup

#endif  // CLAIMDUP_STORE_GRAM_BLOCKS_H_
