// Quotes attributed to a relative by a possessive pronoun: `"…," her mother replied`,
// `"…," said his wife, Maha`, `His daughter Ivanka said that "…"`.
//
// The speaker of such a quote is the relative, never the person "his"/"her" points to. A
// KinAttribution finds the phrase right at quote q (the tail after it, or the clause opening
// the verb right before it) and the relative's name when the phrase gives one in place
// (`his wife, Maha`, `her uncle James Thornton`) or a few paragraphs before (`her mother,
// Christian Curry, told KSDK-TV.` + `"…," her mother said`); with no name, the quote has no
// speaker. O(1) per quote: a few tokens on each side (docs/speaker_rounds.md, round 23 (i)).
#ifndef CLAIMDUP_EXTRACT_KIN_ATTRIBUTIONS_H_
#define CLAIMDUP_EXTRACT_KIN_ATTRIBUTIONS_H_

#include <optional>

#include "extract/attribution_tokens.h"

namespace claimdup {

struct KinAttribution {
  // The relative's name as tokens [name_begin, name_end); empty when unnamed.
  int name_begin = 0;
  int name_end = 0;
  int verb = 0;  // The speech verb's token.
  int kin = 0;   // The kin word's token.
};

// `"…," her mother replied`, `"…," says his wife, Maha.`, `"…," his father, Benjamin Watson,
// said`: the kin phrase attributing quote q after it.
std::optional<KinAttribution> TailKinAttribution(const ArticleTokens& t, int q);
// `As Melania Trump rose …, her husband remarked, "…"`, `His daughter Ivanka said that "…"`:
// the kin phrase opening the clause of the speech verb right before quote q.
std::optional<KinAttribution> HeadKinAttribution(const ArticleTokens& t, int q);

}  // namespace claimdup

#endif  // CLAIMDUP_EXTRACT_KIN_ATTRIBUTIONS_H_
