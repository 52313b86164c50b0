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

#include <string>

#include "absl/strings/string_view.h"
#include "extract/text_span.h"

namespace claimdup {

// `s` within `text` without unbalanced quote marks at its edges (and spaces they leave).
Span TrimUnbalancedQuotes(absl::string_view text, Span s);

// `sentence` with the quotations it leaves open matched at its edges: a closing mark of a
// quotation opened in an earlier sentence (`… ask the question,” Trump said.`) gets its
// opening mark before the sentence, an opening mark of one that goes on into the next
// sentence (`Trump said, “I see it.`) its closing mark after it. Marks at the edges are
// dropped first (TrimUnbalancedQuotes), so these marks are inside the sentence. A single
// closing mark after a letter with no quotation open is an apostrophe (`the students’ books`)
// and a single opening mark before a digit an elision (`the ’90s`). Sentences without
// unmatched marks are returned unchanged.
std::string BalanceQuoteMarks(absl::string_view sentence);

// Whether `sentence` is one whole quotation: it opens with a quote mark whose first
// closing mark ends it.
bool IsWholeQuotation(absl::string_view sentence);

}  // namespace claimdup

#endif  // CLAIMDUP_EXTRACT_SENTENCE_QUOTES_H_
