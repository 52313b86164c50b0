#include "store/posting_cursor.h"

namespace claimdup {

void PostingCursor::Seek(uint32_t gram) {
  from_gram_->Reset();
  from_gram_->BindInt(1, gram);
  sought_ = true;
  Next();
}

void PostingCursor::Next() {
  at_end_ = !from_gram_->Step(&status_);
  if (at_end_) return;
  gram_ = from_gram_->Int(0);
  value_ = from_gram_->Int(1);
}

absl::Status PostingCursor::Read(uint32_t gram, size_t limit, std::vector<int64_t>* values) {
  if (!sought_) {
    Seek(gram);
  } else {
    for (int steps = 0; !at_end_ && gram_ < gram; ++steps) {
      if (steps == kMaxSteps) {
        Seek(gram);
        break;
      }
      Next();
    }
  }
  for (size_t n = 0; n < limit && !at_end_ && gram_ == gram; ++n) {
    values->push_back(value_);
    Next();
  }
  return status_;
}

}  // namespace claimdup
