// Word tokens of article text, as the speaker attribution reads them.
//
// A token is a whitespace-separated word with surrounding punctuation and a possessive
// 's stripped; it remembers whether a sentence ends after it (".", "!", "?" not part of an
// abbreviation or initial) and whether it lies inside a quotation.
#ifndef CLAIMDUP_EXTRACT_WORD_TOKENS_H_
#define CLAIMDUP_EXTRACT_WORD_TOKENS_H_

#include <vector>

#include "absl/strings/string_view.h"
#include "extract/quotes.h"
#include "extract/text_span.h"

namespace claimdup {

// A word of article text with its position and the marks around it (not the 16-bit
// core/word_token.h WordToken that claims are matched in).
struct WordSpan {
  Span span;  // The word without surrounding punctuation.
  uint32_t paragraph = 0;
  bool capitalized = false;   // First letter upper case (any script we fold), or a name
                              // particle inside a name: `Kevin de León`, `al-Ansi`.
  bool all_caps = false;      // Two or more letters, all upper case: NATO, AFP, ISAF.
  bool sentence_end = false;  // A sentence ends right after this token.
  bool colon_after = false;   // Followed by ':'.
  bool comma_after = false;   // Followed by ',', glued or set apart (`Hayden , the`).
  bool possessive = false;    // Written with 's or ’s (stripped from the span): "Bush's".
  bool in_parens = false;     // Inside parentheses: "(R-Ky.)", "(Judith Martin)".
  int quote = -1;             // Index of the quote containing it, or -1.
};

// True when token `a` runs on to the token `b` after it in one sentence: same paragraph, and
// no sentence end, comma or colon after `a` (`New York Times`, not `York, Times`).
inline bool RunsInto(const WordSpan& a, const WordSpan& b) {
  return a.paragraph == b.paragraph && !a.sentence_end && !a.comma_after && !a.colon_after;
}

// Tokens of `text` over `paragraphs`; tokens inside quotes[i].marks get quote = i.
std::vector<WordSpan> TokenizeWords(absl::string_view text, const std::vector<Span>& paragraphs,
                                    const std::vector<QuoteSpan>& quotes);

// True for abbreviations that end in a period but do not end a sentence: Mr, Dr, Gen, Jan,
// U.S, a.m, single initials. `word` is given without its final period.
bool IsAbbreviation(absl::string_view word);

// True when the sentence mark at `mark` (in the word opening at `word`), glued to the text
// after it, ends a sentence: a lower-case letter before it and a capitalized word at `next`
// (before `end`), itself or after an opening double mark (`occur.The Senate`,
// `Woodward.“But`, `there.”In` with `next` after the closing mark), not an ellipsis
// (`have...Its`), and no address around it (`HealthCare.Gov`, `Rebecca.Ballhaus@wsj.com`,
// `www.TheTrumpContract.com`, `Yahoo!News`).
bool IsGluedSentenceEnd(absl::string_view text, uint32_t word, uint32_t mark, uint32_t next,
                        uint32_t end);

}  // namespace claimdup

#endif  // CLAIMDUP_EXTRACT_WORD_TOKENS_H_
