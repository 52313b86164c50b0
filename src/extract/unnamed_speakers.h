// Attributions to someone the article does not name: `said a former Trump transition
// official`, `"…," another user wrote`, `with a U.S. official telling CNN "…"`.
//
// The quote's speaker is unknown, and it stays so: a name inside the phrase ("Trump") is a
// modifier, not the speaker, and the attribution stops guesses from earlier quotes.
#ifndef CLAIMDUP_EXTRACT_UNNAMED_SPEAKERS_H_
#define CLAIMDUP_EXTRACT_UNNAMED_SPEAKERS_H_

#include "absl/strings/string_view.h"
#include "extract/attribution_tokens.h"

namespace claimdup {

inline constexpr int kMaxUnnamedWords = 6;  // `a former Trump campaign senior official`.

// True when the words from token `b` (before `e`) open with "a", "an", "another" or "one" and
// reach a person noun ("official", "user", "Democrat") within kMaxUnnamedWords words, before a
// comma, a sentence end or a quote; or open with "the"/"this" and reach a noun of anonymous
// sourcing ("the source", "this official", "the senior administration official").
bool NamesUnnamedPerson(const ArticleTokens& t, int b, int e);

// True for the lower-case words that open an indefinite phrase: "a", "an", "another", "one".
bool IsIndefiniteOpening(absl::string_view w);

// True when the words right before token `v` (not before `b`) end in such a phrase: `with a
// U.S. official telling`.
bool UnnamedPersonBefore(const ArticleTokens& t, int b, int v);

}  // namespace claimdup

#endif  // CLAIMDUP_EXTRACT_UNNAMED_SPEAKERS_H_
