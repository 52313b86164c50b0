// Titles and names in quote marks: shows, books, films, articles, slogans, nicknames.
//
// `told NBC's "Meet the Press."`, `wrote in "The Art of the Deal"`, `the so-called "Gang of
// Eight"` quote a name, not a statement, and are never claims. A quote is a title when
//  - its words are in title case (each word capitalized, short function words excepted) and
//    there are at most kMaxTitleWords of them, and
//  - its context marks a name: the word right before the opening mark (no comma or colon
//    between) takes a name ("on", "told", "in", "of", "the", "so-called", "titled", ...), is a
//    possessive or an acronym ("NBC's", "CBS'", "MSNBC"), or the word after the closing mark
//    is a role of a show or work ("host", "anchor", "interview", "author"), or it is a name in
//    running text (two or more words, no end punctuation, a lower-case word right after it:
//    `He flogged "The Art of the Deal" like it was the Bible`).
// A short quote set off by a comma and followed by "by" and a name (`"Protests erupt after
// fatal shooting by police," by the Charlotte Observer's Joe Marusak`) is a headline with its
// byline, whatever its case.
// A quote introduced by "headline(s)", "headlined" or "subheadline" in its own clause (`The
// Times headline said, "…"`, `ran the headline, "…"`), or right after "titled"/"entitled", is
// a headline or title, whatever its case (IsHeadlineQuote): no claim either, but it stays a
// quote for attribution, as it was before this rule, so that its words are not read as the
// next quote's speaker (`"Senate Poised To Approve Budget," and it reports that "…"`).
// A title-case statement introduced as speech (`Trump tweeted: "Witch Hunt!"`) stays a quote.
#ifndef CLAIMDUP_EXTRACT_QUOTED_TITLES_H_
#define CLAIMDUP_EXTRACT_QUOTED_TITLES_H_

#include <vector>

#include "absl/strings/string_view.h"
#include "extract/quotes.h"
#include "extract/text_span.h"

namespace claimdup {

// Longer quoted titles exist but are rare; a longer title-case quote is kept as a quote.
inline constexpr int kMaxTitleWords = 12;  // "Power Without Constraint: The Post 9/11 …"
// A title whose first kMaxMainTitleWords words end in a colon has a subtitle and may run to
// kMaxSubtitledTitleWords: `his book "Hacks: The Inside Story of the Break-ins and
// Breakdowns that Put Donald Trump in the White House"`.
inline constexpr int kMaxMainTitleWords = 6;
inline constexpr int kMaxSubtitledTitleWords = 24;

// True when `quote`, a quote of `text` in paragraph `paragraph`, names a title rather than
// quoting speech. Reads only the quote and a few bytes around its marks.
bool IsQuotedTitle(absl::string_view text, Span paragraph, const QuoteSpan& quote);

// True when `quote`, a quote of `text` in paragraph `paragraph`, is a headline or title
// introduced as one by a headline word or "titled"/"entitled" (see above), in any case.
// Reads at most 120 bytes and 12 words before the quote.
bool IsHeadlineQuote(absl::string_view text, Span paragraph, const QuoteSpan& quote);

// Removes the titles from `quotes` (found over `paragraphs`; order kept); returns how many
// were removed.
int DropQuotedTitles(absl::string_view text, const std::vector<Span>& paragraphs,
                     std::vector<QuoteSpan>* quotes);

}  // namespace claimdup

#endif  // CLAIMDUP_EXTRACT_QUOTED_TITLES_H_
