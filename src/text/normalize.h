// Normalization of claim text for matching (the original text is kept for output).
//
// Folds what outlets vary without changing what was said: case (Latin, Greek, Cyrillic),
// Latin accents (Juppé = Juppe), quote marks, apostrophes (it’s = it's = it is), dashes and
// hyphens (well-known = well known), ellipses and exotic spaces; drops punctuation; keeps
// numbers; expands contractions (don't = do not); optionally folds US/UK spelling. The result is
// lower-case words separated by single spaces.
#ifndef CLAIMDUP_TEXT_NORMALIZE_H_
#define CLAIMDUP_TEXT_NORMALIZE_H_

#include <string>

#include "absl/strings/string_view.h"

namespace claimdup {

struct NormalizeOptions {
  bool spelling_fold = true;
};

// Writes the normalized form of `text` (valid UTF-8) to *out (cleared first).
void NormalizeForMatching(absl::string_view text, const NormalizeOptions& options,
                          std::string* out);

}  // namespace claimdup

#endif  // CLAIMDUP_TEXT_NORMALIZE_H_
