// One rank's own claims' words, kept where they were made for the distributed anchors
// (pipeline/distributed_anchors.h), so that rank 0 does not send every item's words out.
//
// Row r is the rank's r-th claim in the order it sketched them: the rows of its
// HomeSignatures (pipeline/distributed_signatures.h) before any rows are moved to it. Held
// from extraction (the other ranks, with word-run anchors on) until the anchors have read it.
#ifndef CLAIMDUP_PIPELINE_HOME_TOKENS_H_
#define CLAIMDUP_PIPELINE_HOME_TOKENS_H_

#include <cstdint>
#include <vector>

#include "absl/types/span.h"
#include "core/claim_table.h"
#include "core/word_token.h"

namespace claimdup {

class HomeTokens {
 public:
  // Appends the words of every claim of `batch` (not spilled), in order.
  void Add(const ClaimTable& batch) {
    for (size_t i = 0; i < batch.size(); ++i) {
      const absl::Span<const WordToken> w = batch.token_seq(i);
      tokens_.insert(tokens_.end(), w.begin(), w.end());
      start_.push_back(tokens_.size());
    }
  }
  // After the last Add: gives back the room the columns grew into.
  void Seal() {
    tokens_.shrink_to_fit();
    start_.shrink_to_fit();
  }
  void Clear() {
    std::vector<WordToken>().swap(tokens_);
    std::vector<uint64_t>(1, 0).swap(start_);
  }

  size_t size() const { return start_.size() - 1; }
  absl::Span<const WordToken> words(size_t row) const {
    return absl::MakeConstSpan(tokens_.data() + start_[row], start_[row + 1] - start_[row]);
  }

 private:
  std::vector<WordToken> tokens_;
  std::vector<uint64_t> start_ = {0};  // size() + 1 offsets into tokens_.
};

}  // namespace claimdup

#endif  // CLAIMDUP_PIPELINE_HOME_TOKENS_H_
