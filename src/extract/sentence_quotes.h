// Quote marks at the edges of a sentence claim (`--unit sentences`).
//
// Splitting a quotation into sentences leaves its opening mark on the first sentence and
// its closing mark on the last (`“It’s not going to happen.` / `We will win.”`). Such an
// unbalanced mark at either edge is dropped from the claim; a sentence that is one whole
// quotation (`“We will win.”`) keeps its marks and is reported as quoted. Double marks
// (“ ” „ « » ") are counted directly; single marks (‘ ’ ') only where they are not
// apostrophes (between two letters or digits), and a closing single mark at the end only
// after punctuation (`the students’` keeps its possessive).
#ifndef CLAIMDUP_EXTRACT_SENTENCE_QUOTES_H_
#define CLAIMDUP_EXTRACT_SENTENCE_QUOTES_H_

#include "absl/strings/string_view.h"
#include "extract/text_span.h"

namespace claimdup {

// `s` within `text` without unbalanced quote marks at its edges (and spaces they leave).
Span TrimUnbalancedQuotes(absl::string_view text, Span s);

// Whether `sentence` is one whole quotation: it opens with a quote mark whose first
// closing mark ends it.
bool IsWholeQuotation(absl::string_view sentence);

}  // namespace claimdup

#endif  // CLAIMDUP_EXTRACT_SENTENCE_QUOTES_H_
