// Generic last words of organizations' names (`ABC News`, `the U.S. Attorney's Office`, `the
// 9th Circuit`, `the Justice Department`): cut from their names, they name no one a
// fact-checker can use, and no person is called by them alone. Eighteenth round (g).
#ifndef CLAIMDUP_EXTRACT_GENERIC_BODY_WORDS_H_
#define CLAIMDUP_EXTRACT_GENERIC_BODY_WORDS_H_

#include "absl/strings/string_view.h"

namespace claimdup {

// True for a lower-cased word that ends organizations' names and is never a surname: news,
// office, circuit, department, committee, agency, center, group, ... Not `court`, `union`,
// `party`, also surnames: see IsDefiniteBodyWord.
bool IsGenericBodyWord(absl::string_view lower_word);

// True for a lower-cased word that names a body after "the" (`the Court`, `the Party`) but is
// also a surname without it (Margaret Court, Gabrielle Union): court, union, party. Not a
// paper's word (`the Times`): the thirteenth round (e) names the paper, or leaves the word
// as written when the article names two.
bool IsDefiniteBodyWord(absl::string_view lower_word);

// As IsGenericBodyWord for `word` in any case (`News`, `Office`), or with `definite` also
// IsDefiniteBodyWord; false for a name of several words. No allocation.
bool IsGenericBodyName(absl::string_view word, bool definite = false);

// True when a one-word name (lower-cased) after an acronym or an ordinal (`ABC News`, `9th
// Circuit`, `GEO Group`) keeps them as its first words: a generic body word.
bool TakesAcronymBefore(absl::string_view lower_word);

// True for an ordinal in digits (lower-cased): `9th`, `2nd`, `21st`, the first word of a
// court's name (`the 9th Circuit`).
bool IsOrdinalWord(absl::string_view lower_word);

}  // namespace claimdup

#endif  // CLAIMDUP_EXTRACT_GENERIC_BODY_WORDS_H_
