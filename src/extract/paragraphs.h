// Paragraphs of scraped article text, and whether a paragraph has the shape of prose.
//
// Scrapers write one paragraph per line, with or without blank lines between; a paragraph
// here is a non-blank line, trimmed, that is not page furniture the scraper kept
// (`Advertisement`, `Story Continued Below`: read as text, they took quotes as speakers).
// "Menu-like" lines (navigation, captions' credits, headlines, bylines: no sentence shape)
// produce no claims.
#ifndef CLAIMDUP_EXTRACT_PARAGRAPHS_H_
#define CLAIMDUP_EXTRACT_PARAGRAPHS_H_

#include <vector>

#include "absl/strings/string_view.h"
#include "extract/text_span.h"

namespace claimdup {

// The non-blank lines of `text`, trimmed of surrounding whitespace, in order; page-furniture
// lines (`Advertisement`, `AD`, `Story Continued Below`, …) are left out like blank ones.
std::vector<Span> SplitParagraphs(absl::string_view text);

// True when `paragraph` is not prose: fewer than `min_words` words, or it does not end like
// a sentence (., !, ?, …, or : — possibly followed by closing quotes or brackets).
bool IsMenuLike(absl::string_view paragraph, int min_words = 5);

// Number of words: maximal runs of non-space bytes that contain a letter or digit.
int CountWords(absl::string_view text);

}  // namespace claimdup

#endif  // CLAIMDUP_EXTRACT_PARAGRAPHS_H_
