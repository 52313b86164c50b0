// Split quotes: one statement interrupted by its attribution.
//
// `"…," X said. "…"` and `"…," X said, "…"` are one statement in two parts, one group with
// one speaker. Two quotes are one group only when the first opens a statement (starts its
// paragraph or sentence, follows a colon, or continues a group), stops at a comma or dash
// ("…," / "…", / "…—"), and the words between the two are one short attribution clause: a
// speech verb, at most kMaxAttributionWords words and no sentence end before the last.
// (A second part that names another speaker of its own, `"…," Pauley said. "…," Clinton
// said.`, is split off again by AttributeSpeakers.)
// Two separate quotes in a paragraph, or a quote after a title, are not one split quote.
#ifndef CLAIMDUP_EXTRACT_QUOTE_GROUPS_H_
#define CLAIMDUP_EXTRACT_QUOTE_GROUPS_H_

#include <vector>

#include "extract/attribution_tokens.h"

namespace claimdup {

// A gap longer than this is not "…," X said. "…" (titles and places included:
// "Sen. Lindsey Graham, South Carolina Republican, said on CBS' Face the Nation.").
inline constexpr int kMaxAttributionWords = 12;

// For each quote of `tokens`, the index of the first quote of its group.
std::vector<int> GroupSplitQuotes(const ArticleTokens& tokens);

}  // namespace claimdup

#endif  // CLAIMDUP_EXTRACT_QUOTE_GROUPS_H_
