// Levenshtein distance of two short strings (names: Sergei / Sergey), bytes compared.
// O(|a| x |b|) time and O(|b|) memory: for words, not for texts.
#ifndef CLAIMDUP_TEXT_EDIT_DISTANCE_H_
#define CLAIMDUP_TEXT_EDIT_DISTANCE_H_

#include <algorithm>
#include <vector>

#include "absl/strings/string_view.h"

namespace claimdup {

inline int EditDistance(absl::string_view a, absl::string_view b) {
  std::vector<int> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = static_cast<int>(j);
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = static_cast<int>(i);
    for (size_t j = 1; j <= b.size(); ++j) {
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1])});
    }
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

}  // namespace claimdup

#endif  // CLAIMDUP_TEXT_EDIT_DISTANCE_H_
