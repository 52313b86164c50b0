// ListWordSurnames (list_word_surnames.h): full names whose surname the name lists reject.
#include "extract/list_word_surnames.h"

#include "extract/given_names.h"
#include "absl/strings/str_cat.h"
#include "extract/person_names.h"

namespace claimdup {

void ListWordSurnames::Build() const {
  built_ = true;
  const int n = t_.size();
  for (int i = 1; i < n; ++i) {
    const WordSpan& w = t_[i];
    if (!w.capitalized || w.all_caps || w.quote >= 0 || w.possessive) continue;
    const absl::string_view lower = t_.Lower(i);
    if (!IsNonNameCapitalized(lower) && !IsTitleWord(lower)) continue;
    const WordSpan& g = t_[i - 1];
    if (!g.capitalized || g.all_caps || g.quote >= 0 || g.comma_after || g.sentence_end ||
        g.possessive || g.paragraph != w.paragraph) {
      continue;
    }
    const absl::string_view given_lower = t_.Lower(i - 1);
    if (IsNonNameCapitalized(given_lower) || IsTitleWord(given_lower) ||
        !IsGivenName(t_.Word(i - 1))) {
      continue;
    }
    // The word ends the name: `Mark Sunday Night Football` is no person.
    if (i + 1 < n && !w.comma_after && !w.sentence_end && t_[i + 1].capitalized &&
        t_[i + 1].paragraph == w.paragraph && t_[i + 1].quote < 0) {
      continue;
    }
    std::string full = absl::StrCat(t_.Word(i - 1), " ", t_.Word(i));
    auto [it, added] = full_names_.try_emplace(std::string(t_.Word(i)), full);
    if (!added && it->second != full) it->second.clear();
  }
}

std::string ListWordSurnames::FullName(absl::string_view word) const {
  if (!built_) Build();
  auto it = full_names_.find(word);
  return it == full_names_.end() ? std::string() : it->second;
}

}  // namespace claimdup
