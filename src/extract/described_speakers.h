// Indefinite descriptions as a speech verb's subject: `"…," says one DC veteran`, `"…," one
// attendee said`, `"…," says a longtime friend of Biden's`.
//
// Such a phrase introduces someone the article does not name: the quote has no speaker, and
// the pronoun chain's last person (Alter, Kushner, Biden) is not it. A name in place keeps
// the phrase a name's (`a passenger named Oleg`, `another neighbor, Israel Lugo,`). The nouns
// are the common person nouns unnamed_speakers.cc does not list (`man`, `veteran`,
// `attendee`, `friend`); O(kMaxUnnamedWords) per call (docs/speaker_rounds.md, round 24 (e)).
#ifndef CLAIMDUP_EXTRACT_DESCRIBED_SPEAKERS_H_
#define CLAIMDUP_EXTRACT_DESCRIBED_SPEAKERS_H_

#include "extract/attribution_tokens.h"

namespace claimdup {

// True when the words from token `b` (before `e`) open with "a", "an", "another" or "one",
// reach such a person noun within kMaxUnnamedWords words before a comma, a sentence end or a
// quote, and no name follows the noun (`named Oleg`, `, Israel Lugo,`, `Tom Smith`).
bool NamesIndefiniteDescription(const ArticleTokens& t, int b, int e);

}  // namespace claimdup

#endif  // CLAIMDUP_EXTRACT_DESCRIBED_SPEAKERS_H_
