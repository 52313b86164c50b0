// Sentence splitting for `--unit sentences`, aware of abbreviations.
//
// A sentence ends at ".", "!", "?" or "…" (plus any closing quotes or brackets) followed by
// space and a capital, digit or opening quote — except after abbreviations (Mr., Dec.,
// U.S. before a name), initials (J. Smith) and inside decimals (3.5). Paragraph ends always
// end a sentence.
#ifndef CLAIMDUP_EXTRACT_SENTENCES_H_
#define CLAIMDUP_EXTRACT_SENTENCES_H_

#include <vector>

#include "absl/strings/string_view.h"
#include "extract/text_span.h"

namespace claimdup {

// Sentences of `text` within `paragraph`, trimmed, in order.
std::vector<Span> SplitSentences(absl::string_view text, Span paragraph);

}  // namespace claimdup

#endif  // CLAIMDUP_EXTRACT_SENTENCES_H_
