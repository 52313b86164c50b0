// Who said each quote: attribution of quotes to speakers within one article.
//
// Reads the attribution around each quote the ways outlets write it: `"…," X said`,
// `said X`, `X told …`, `X added`, `according to X`, `X said in a statement`, `X said: "…"`,
// a leading `X:`, and a paragraph ending in ':' before the quote. Titles before a name are
// dropped (NATO Secretary-General Anders Fogh Rasmussen -> Anders Fogh Rasmussen); a bare
// surname resolves to the full name used elsewhere in the article; `he`/`she` resolve to the
// first person named in the nearest preceding sentence that names one; a description such
// as "the German foreign minister" resolves to the person introduced with that title.
// A quote interrupted by its attribution ("…," X said. "…") forms one group with one
// speaker. Unknown stays empty: nothing is guessed.
#ifndef CLAIMDUP_EXTRACT_SPEAKERS_H_
#define CLAIMDUP_EXTRACT_SPEAKERS_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "extract/quotes.h"
#include "extract/text_span.h"

namespace claimdup {

struct QuoteAttribution {
  std::string speaker;  // Canonical name within the article; "" when unknown.
  int group = 0;        // Index of the first quote of this quote's group.
};

// One attribution per quote, in the order of `quotes`.
std::vector<QuoteAttribution> AttributeSpeakers(absl::string_view text,
                                                const std::vector<Span>& paragraphs,
                                                const std::vector<QuoteSpan>& quotes);

}  // namespace claimdup

#endif  // CLAIMDUP_EXTRACT_SPEAKERS_H_
