// Plural common nouns that open a sentence capitalized and read as a one-word name
// (`Respondents were asked: "…"`, `Investigators said …`, `Hours later, Trump …`): groups of
// people, spans of time and things. Never a person's name; a group named by a party
// (`Democrats`) is person_names.cc's IsPartyGroup, not this.
#ifndef CLAIMDUP_EXTRACT_PLURAL_NOUNS_H_
#define CLAIMDUP_EXTRACT_PLURAL_NOUNS_H_

#include "absl/strings/string_view.h"

namespace claimdup {

// True for a lower-cased plural common noun: one of a list (respondents, voters, hours, …) or
// the plural of a role word of IsTitleWord (prosecutors, aides, analysts, secretaries) that
// is no title itself (`Sens.`, `Reps.`, `Mrs.`) and no name's part (`United States`).
bool IsPluralCommonNoun(absl::string_view lower_word);

}  // namespace claimdup

#endif  // CLAIMDUP_EXTRACT_PLURAL_NOUNS_H_
