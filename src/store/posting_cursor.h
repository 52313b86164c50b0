// PostingCursor: reads one tier of lookup keys (a B-tree of (gram, claim) rows, store/
// claim_index.h) for many keys asked in ascending order, in one forward pass.
//
// A lookup of one key by its own statement descends the B-tree from its root and pays the
// statement's setup each time; a day asks for hundreds of thousands of keys, most of them
// a few rows apart in the tree. The cursor instead stays open between keys: it steps over
// a short gap row by row and seeks again (one descent) only past kMaxSteps rows, so a
// lookup costs at most kMaxSteps steps plus one seek, whatever the index's size, and never
// scans the tree.
#ifndef CLAIMDUP_STORE_POSTING_CURSOR_H_
#define CLAIMDUP_STORE_POSTING_CURSOR_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "absl/status/status.h"
#include "store/sqlite_db.h"

namespace claimdup {

class PostingCursor {
 public:
  // `from_gram` selects (gram, value) rows with gram >= ?1 in (gram, value) order; it is
  // reset by Finish() (and must be before its connection commits).
  explicit PostingCursor(SqliteStatement* from_gram) : from_gram_(from_gram) {}
  ~PostingCursor() { Finish(); }
  PostingCursor(const PostingCursor&) = delete;
  PostingCursor& operator=(const PostingCursor&) = delete;

  // Appends to *values the values of the first `limit` rows of `gram`, in order. Grams must
  // be asked in ascending order (the same gram again finds nothing more).
  absl::Status Read(uint32_t gram, size_t limit, std::vector<int64_t>* values);
  void Finish() { from_gram_->Reset(); }

  // Rows stepped over before a seek: a step reads the next cell of the leaf page it is on,
  // a seek descends from the root (several pages, each binary-searched).
  static constexpr int kMaxSteps = 8;

 private:
  void Seek(uint32_t gram);
  void Next();

  SqliteStatement* from_gram_;
  absl::Status status_;
  bool sought_ = false;  // Positioned once.
  bool at_end_ = false;  // No row at or after the position: no later gram has any.
  int64_t gram_ = 0, value_ = 0;  // The row the cursor is on.
};

}  // namespace claimdup

#endif  // CLAIMDUP_STORE_POSTING_CURSOR_H_
