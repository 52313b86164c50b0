// WordSet: a fixed set of short words with a cheap pre-check, for the word lists attribution
// tests every token against (speech verbs, titles, ...).
//
// Most words of a text are in no list; a 4096-bit filter on (length, first byte, last byte)
// rejects them before any hashing, which keeps attribution within the extraction budget.
#ifndef CLAIMDUP_EXTRACT_WORD_SET_H_
#define CLAIMDUP_EXTRACT_WORD_SET_H_

#include <bitset>
#include <cstdint>
#include <initializer_list>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/string_view.h"

namespace claimdup {

class WordSet {
 public:
  // `words` must outlive the set (string literals do).
  WordSet(std::initializer_list<absl::string_view> words) {
    for (absl::string_view w : words) {
      if (w.empty()) continue;
      filter_.set(Key(w));
      words_.insert(w);
    }
  }

  bool contains(absl::string_view w) const {
    return !w.empty() && filter_.test(Key(w)) && words_.contains(w);
  }

 private:
  static size_t Key(absl::string_view w) {
    return (w.size() * 977u + static_cast<uint8_t>(w.front()) * 31u +
            static_cast<uint8_t>(w.back())) &
           4095u;
  }

  std::bitset<4096> filter_;
  absl::flat_hash_set<absl::string_view> words_;
};

}  // namespace claimdup

#endif  // CLAIMDUP_EXTRACT_WORD_SET_H_
