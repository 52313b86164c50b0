// Who said each quote: attribution of quotes to speakers within one article.
//
// For each quote, in this order: a dash credit line after it (dash_credits.h: `"…" -- Jim
// Messina, campaign manager to President Obama`); its own attribution after it or before it
// in its sentence (subject_reader.h: `"…," X said`, `said X`, `X said: "…"`, `X noted that
// "…"`, `according to X`, a leading `X:`, a paragraph ending in ':'), or the previous quote's
// speaker when the sentence goes on to it through `, adding, "…"`; else the previous quote it
// continues (`"…," Holder said. "…"`, a quote paragraph after `"…," said X.`); else a byline
// paragraph right after its paragraph (bylines.h: `Paul Mirengoff, Power Line Blog`); else the
// sentence just before it that says who speaks (`…, Van Hollen said. "…"`) or who issued a
// statement (`John Kerry issued a statement condemning the attack.` + `"…"`). Names come out
// full and without titles (article_people.h: "Lavrov" -> "Sergei Lavrov"); `he`/`she` and "the
// senator" resolve through antecedents.h. A quote interrupted by its attribution forms one
// group with one speaker (quote_groups.h); a second part naming another speaker of its own
// (`"…," Pauley said. "…," Clinton said.`) is split off. An attribution that cannot be
// resolved, or none, leaves the speaker empty: nothing is guessed. Linear per article.
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
