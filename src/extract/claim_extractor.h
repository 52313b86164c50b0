// Claims of one article: quotes with speakers (default) or sentences.
//
// The unit claimdup deduplicates. Quotes shorter than `min_words` are scare quotes or
// fragments ("artificial", "solid results") and are skipped, unless they are part of a
// split quote whose parts together reach `min_words` (a part of one or two words, "No,"
// before "X said. "…"", is still no claim). Quoted titles ("Meet the Press.") are never
// quotes, and headlines introduced as such are no claims (extract/quoted_titles.h). Menu-like
// paragraphs produce no claims, except, in sentence mode, the lines of a bullet summary
// (extract/bullet_lines.h). Every claim keeps its byte offsets into the article text and the hash
// of the paragraph it starts in, for the cross-article boilerplate filter.
#ifndef CLAIMDUP_EXTRACT_CLAIM_EXTRACTOR_H_
#define CLAIMDUP_EXTRACT_CLAIM_EXTRACTOR_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "extract/quotes.h"
#include "extract/text_span.h"

namespace claimdup {

enum class ClaimUnit { kQuotes, kSentences };

struct ExtractOptions {
  ClaimUnit unit = ClaimUnit::kQuotes;
  int min_words = 5;
  QuoteOptions quotes;
};

struct ExtractedClaim {
  Span span;            // [begin, end) in the article; text == span's bytes unless multi-paragraph.
  std::string text;     // Quote marks stripped; paragraphs of a long quote joined by a space.
  std::string speaker;  // "" when unknown (always "" for sentences).
  int group = 0;        // Index (in this article's claims) of the first part of its quote group.
  uint64_t paragraph_hash = 0;
  int words = 0;
};

struct ExtractCounts {
  int64_t paragraphs = 0;
  int64_t menu_lines = 0;     // Paragraphs without sentence shape.
  int64_t quotes_found = 0;   // Before the length filter.
  int64_t titles = 0;         // Quoted titles and names ("Meet the Press."): not claims.
  int64_t short_skipped = 0;  // Below min_words.
  int64_t unbalanced = 0;
  int64_t overlong = 0;
  int64_t link_boxes = 0;      // Related-link boxes blanked (extract/link_boxes.h).
  // Articles given a later date by an embedded tweet (extract/content_date.h); counted by
  // the caller that dates them, not by ExtractClaims.
  int64_t tweet_dated = 0;
  int64_t claims = 0;
  ExtractCounts& operator+=(const ExtractCounts& o);
};

// Extracts the claims of `text`; adds to *counts.
std::vector<ExtractedClaim> ExtractClaims(absl::string_view text, const ExtractOptions& options,
                                          ExtractCounts* counts);

}  // namespace claimdup

#endif  // CLAIMDUP_EXTRACT_CLAIM_EXTRACTOR_H_
