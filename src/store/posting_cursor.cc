#include "store/posting_cursor.h"

namespace claimdup {

void ForwardCursor::Seek(int64_t key) {
  from_key_->Reset();
  from_key_->BindInt(1, key);
  sought_ = true;
  Next();
}

bool ForwardCursor::Next() {
  at_end_ = !from_key_->Step(&status_);
  if (!at_end_) key_ = from_key_->Int(0);
  return !at_end_;
}

bool ForwardCursor::MoveTo(int64_t key) {
  if (!sought_) {
    Seek(key);
  } else {
    for (int steps = 0; !at_end_ && key_ < key; ++steps) {
      if (steps == max_steps_) {
        Seek(key);
        break;
      }
      Next();
    }
  }
  return !at_end_ && key_ == key;
}

}  // namespace claimdup
