// Finding direct quotations in article text.
//
// Recognizes the marks outlets really use: straight "…", curly “…”, single ‘…’ (told apart
// from apostrophes: Russia’s, don’t, ’90s), guillemets «…», German „…“, and the mismatched
// pairs scraped text has ("…” and “…"). Whether a mark opens or closes is read from its
// context (space before / letter after), not from its glyph alone. A quote that runs over
// paragraphs (no closing mark, next paragraph opens with a mark) is one quote. A quote that
// does not close within `max_paragraphs`, or is longer than `max_words`, is rejected and
// counted, so one stray mark never swallows the rest of an article. Quotes nested inside
// another quote are part of it, not separate quotes.
#ifndef CLAIMDUP_EXTRACT_QUOTES_H_
#define CLAIMDUP_EXTRACT_QUOTES_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "extract/text_span.h"

namespace claimdup {

struct QuoteSpan {
  Span content;              // First to last content byte (marks, edge spaces, trailing comma out).
  std::vector<Span> pieces;  // Content per paragraph: one piece unless it spans paragraphs.
  Span marks;                // From the opening mark to just after the closing mark.
  uint32_t first_paragraph = 0;
  uint32_t last_paragraph = 0;
  int words = -1;  // CountWords over the pieces, as FindQuotes counted them; -1: not counted.
};

struct QuoteOptions {
  int max_paragraphs = 5;  // Paragraphs a quote may span before it must close.
  int max_words = 400;     // Longer "quotes" are unbalanced marks, not speech.
};

struct QuoteScanCounts {
  int unbalanced = 0;  // Opened and never closed (within max_paragraphs).
  int overlong = 0;    // Closed, but longer than max_words.
};

// Quotes in `text`, whose paragraphs are `paragraphs` (from SplitParagraphs), in order.
std::vector<QuoteSpan> FindQuotes(absl::string_view text, const std::vector<Span>& paragraphs,
                                  const QuoteOptions& options, QuoteScanCounts* counts);

// The quote's text: its pieces joined with a space.
std::string QuoteText(absl::string_view text, const QuoteSpan& quote);

}  // namespace claimdup

#endif  // CLAIMDUP_EXTRACT_QUOTES_H_
