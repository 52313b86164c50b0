// US/UK spelling folding: maps British spellings of a lower-case word to American ones
// (defence -> defense, organise -> organize, labour -> labor, centre -> center,
// travelled -> traveled), so outlets on both sides of the Atlantic carry the same quote.
#ifndef CLAIMDUP_TEXT_SPELLING_FOLD_H_
#define CLAIMDUP_TEXT_SPELLING_FOLD_H_

#include <string>

#include "absl/strings/string_view.h"

namespace claimdup {

// Writes the folded form of `word` (lower case, ASCII letters) to *out and returns true, or
// returns false when the word needs no folding (the common case, with no allocation).
bool FoldSpelling(absl::string_view word, std::string* out);

}  // namespace claimdup

#endif  // CLAIMDUP_TEXT_SPELLING_FOLD_H_
