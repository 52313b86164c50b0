// Surnames that are also ordinary or list words: `Theresa May`, `Art Pope`, `Robert Pastor`,
// `Dave Sunday`. The name lists reject the lone word (a month, a title, a common noun, a day),
// so ArticlePeople never introduces these people; this index records, for such a word, the
// full name the article gave it: a capitalized known given name (given_names.h) right before
// it, the word ending the name (`Theresa May ended`, `Art Pope, a donor`; not `Mark Sunday
// Night Football`). A word two different full names share (`Theresa May`, `Brian May`) names
// nobody. Built on first use in one pass over the article: O(article).
#ifndef CLAIMDUP_EXTRACT_LIST_WORD_SURNAMES_H_
#define CLAIMDUP_EXTRACT_LIST_WORD_SURNAMES_H_

#include <string>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/string_view.h"
#include "extract/attribution_tokens.h"

namespace claimdup {

class ListWordSurnames {
 public:
  // `tokens` must outlive this object.
  explicit ListWordSurnames(const ArticleTokens& tokens) : t_(tokens) {}

  // The full name the article introduced with surname `word` (as written, e.g. "May"), when
  // `word` is a word the name lists reject; "" when none or ambiguous.
  std::string FullName(absl::string_view word) const;

 private:
  void Build() const;

  const ArticleTokens& t_;
  mutable bool built_ = false;
  // Surname as written -> full name; "" when two full names share it.
  mutable absl::flat_hash_map<std::string, std::string> full_names_;
};

}  // namespace claimdup

#endif  // CLAIMDUP_EXTRACT_LIST_WORD_SURNAMES_H_
