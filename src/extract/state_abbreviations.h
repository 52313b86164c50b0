// US state abbreviations in the AP style news writes after a town (`Ferguson, Mo.,`,
// `Long Beach, Calif.,`): an aside inside the sentence, like the party tag `D-Md.,`, not its
// end. Dotted ones (`N.Y.`, `D.C.`) are abbreviations anyway (word_tokens.cc).
#ifndef CLAIMDUP_EXTRACT_STATE_ABBREVIATIONS_H_
#define CLAIMDUP_EXTRACT_STATE_ABBREVIATIONS_H_

#include "absl/strings/string_view.h"

namespace claimdup {

// True for an undotted AP state abbreviation as written, without its period (`Mo`, `Calif`,
// `Wis`); case-sensitive: `Miss` and `Ill` are states only capitalized, and only the caller's
// context (a town and a comma on each side) makes them states at all.
bool IsStateAbbreviation(absl::string_view word);

}  // namespace claimdup

#endif  // CLAIMDUP_EXTRACT_STATE_ABBREVIATIONS_H_
