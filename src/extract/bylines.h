// Quotes signed by a byline paragraph, the way news digests quote columns and editorials:
//
//   "…the man is utterly amoral."
//   Paul Mirengoff, Power Line Blog
//
// A quote that fills its paragraph(s) and is followed by a paragraph that holds only a
// byline (a person's name, a comma, the outlet) is the byline person's; an editorial signed
// `Editorial Board, Washington Post` or `The Editors, National Review` is the outlet's. Reads
// only the one paragraph after the quote: O(1) per quote beyond its own text.
#ifndef CLAIMDUP_EXTRACT_BYLINES_H_
#define CLAIMDUP_EXTRACT_BYLINES_H_

#include <string>

#include "absl/strings/string_view.h"
#include "extract/text_span.h"

namespace claimdup {

// Longest byline read, in bytes: a name and an outlet, never a sentence.
inline constexpr size_t kMaxBylineBytes = 80;

struct Byline {
  std::string name;     // "Paul Mirengoff", or the outlet for an editorial; "" if none.
  bool person = false;  // A person's name (its first word a given name), not an outlet.
};

// The byline `paragraph` of `text` holds, if it is one: 2-4 capitalized name words (the first
// a given name, initials allowed: `Timothy P. Carney`) or an editorial signature, then ", "
// and 1-8 words of an outlet (`The American Conservative`, `LA Times`), and nothing else.
Byline ReadByline(absl::string_view text, Span paragraph);

// True when only spaces and dashes stand in `text` between `from` and `to`.
bool OnlyBlankBetween(absl::string_view text, uint32_t from, uint32_t to);

}  // namespace claimdup

#endif  // CLAIMDUP_EXTRACT_BYLINES_H_
