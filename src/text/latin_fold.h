// Latin letters without their accents: é -> e, Ñ -> n, ß -> ss, Ł -> l.
//
// One table for every place that compares words across spellings with and without diacritics:
// matching (normalize.cc: Juppé = Juppe) and name lookups (given_names.cc: José takes "he" as
// Jose does). Covers Latin-1 Supplement and Latin Extended-A letters; anything else is not
// handled here.
#ifndef CLAIMDUP_TEXT_LATIN_FOLD_H_
#define CLAIMDUP_TEXT_LATIN_FOLD_H_

#include "absl/strings/string_view.h"

namespace claimdup {

// The lower-case ASCII letters code point `c` folds to (one or two: æ -> "ae", þ -> "th"),
// or nullptr when `c` is not a Latin-1/Latin Extended-A letter (×, ÷, ASCII, other scripts).
const char* FoldLatin(char32_t c);

// Writes `word` (valid UTF-8) lower-cased, with Latin letters folded, into `buf` of `capacity`
// bytes and returns a view of it; "" when the word holds a character FoldLatin does not handle
// outside ASCII, or when the folded form does not fit.
absl::string_view FoldLatinWord(absl::string_view word, char* buf, size_t capacity);

}  // namespace claimdup

#endif  // CLAIMDUP_TEXT_LATIN_FOLD_H_
