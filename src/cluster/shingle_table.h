// ShingleTable: the shingle sets of the items a clustering compares, built once.
//
// Verification reads both sets of every candidate pair and member relations read each
// member's set; an item meets several pairs, so rebuilding its set from its tokens per pair
// (hashing every k-word window, sorting) cost more than building each wanted item's set once,
// on all threads, into one flat array (4 bytes a shingle). Items not wanted have no set.
#ifndef CLAIMDUP_CLUSTER_SHINGLE_TABLE_H_
#define CLAIMDUP_CLUSTER_SHINGLE_TABLE_H_

#include <cstdint>
#include <vector>

#include "absl/functional/function_ref.h"
#include "absl/types/span.h"
#include "core/word_token.h"

namespace claimdup {

class ShingleTable {
 public:
  using TokensOf = absl::FunctionRef<absl::Span<const WordToken>(uint32_t id)>;

  // The sets (text/shingle.h, k-word shingles under `seed`) of items 0..wanted.size()-1
  // whose wanted[id] is set, built on `threads` threads.
  ShingleTable(const std::vector<uint8_t>& wanted, TokensOf tokens, int k, uint64_t seed,
               int threads);

  bool has(uint32_t id) const { return id < has_.size() && has_[id]; }
  // The set of a wanted item (sorted, unique); empty for the others.
  absl::Span<const uint32_t> set(uint32_t id) const {
    return {values_.data() + begin_[id], size_[id]};
  }

 private:
  std::vector<uint8_t> has_;
  std::vector<uint64_t> begin_;
  std::vector<uint32_t> size_;
  std::vector<uint32_t> values_;
};

}  // namespace claimdup

#endif  // CLAIMDUP_CLUSTER_SHINGLE_TABLE_H_
