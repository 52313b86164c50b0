// ForwardCursor: reads a table in key order for many keys asked in ascending order, in one
// forward pass (the lookup keys of a day, store/claim_index.h).
//
// A lookup of one key by its own statement descends the B-tree from its root and pays the
// statement's setup each time; a day asks for hundreds of thousands of keys, most of them
// a few rows apart in the tree. The cursor instead stays open between keys: it steps over
// a short gap row by row and seeks again (one descent) only past `max_steps` rows, so moving
// to a key costs at most max_steps steps plus one seek, whatever the table's size, and never
// scans the table; a key on the row the cursor is on costs nothing.
#ifndef CLAIMDUP_STORE_POSTING_CURSOR_H_
#define CLAIMDUP_STORE_POSTING_CURSOR_H_

#include <cstdint>

#include "absl/status/status.h"
#include "store/sqlite_db.h"

namespace claimdup {

class ForwardCursor {
 public:
  // `from_key` selects rows with key >= ?1 in key order, the key (an integer) in column 0;
  // it is reset when the cursor is destroyed (and must be before its connection commits).
  // `max_steps`: rows stepped over before a seek. A step reads the next cell of the leaf
  // page it is on, a seek descends from the root with the statement's reset (callgrind, the
  // real 2020 add: ~750 instructions a step over a 2-integer key row against ~3,400 a seek:
  // kShortRowSteps; a claim row costs more to step over than to seek past: 0).
  ForwardCursor(SqliteStatement* from_key, int max_steps)
      : from_key_(from_key), max_steps_(max_steps) {}
  ~ForwardCursor() { from_key_->Reset(); }
  ForwardCursor(const ForwardCursor&) = delete;
  ForwardCursor& operator=(const ForwardCursor&) = delete;

  // Moves to the first row with a key >= `key` (keys asked in ascending order; never back):
  // true when there is one and its key is `key`.
  bool MoveTo(int64_t key);
  // Steps to the next row: true when there is one.
  bool Next();
  bool at_end() const { return at_end_; }
  int64_t key() const { return key_; }
  // The row the cursor is on (valid until it moves).
  const SqliteStatement& row() const { return *from_key_; }
  // The first error of a read (the cursor then stays at the end).
  const absl::Status& status() const { return status_; }

  static constexpr int kShortRowSteps = 4;

 private:
  void Seek(int64_t key);

  SqliteStatement* from_key_;
  const int max_steps_;
  absl::Status status_;
  bool sought_ = false;  // Positioned once.
  bool at_end_ = false;  // No row at or after the position: no later key has any.
  int64_t key_ = 0;      // The key of the row the cursor is on.
};

}  // namespace claimdup

#endif  // CLAIMDUP_STORE_POSTING_CURSOR_H_
