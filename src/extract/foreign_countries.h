// Foreign countries before a title: `Russia's President Vladimir Putin`, `Afghan President
// Hamid Karzai`, `Ukraine President Volodymyr Zelensky`. A US outlet's bare "the president"
// is its own country's; a president tied to another country by such a word is not it when
// someone else holds the office unqualified (role_fit.h; twenty-fourth round (b)).
#ifndef CLAIMDUP_EXTRACT_FOREIGN_COUNTRIES_H_
#define CLAIMDUP_EXTRACT_FOREIGN_COUNTRIES_H_

#include "absl/strings/string_view.h"

namespace claimdup {

// True for a lower-case country name other than the United States (`russia`, `ukraine`,
// `philippines`; no name a US state shares, such as `georgia`) or a demonym the suffix rule
// of role_fit.cc misses (`afghan`, `czech`, `filipino`).
bool IsForeignCountryWord(absl::string_view w);

}  // namespace claimdup

#endif  // CLAIMDUP_EXTRACT_FOREIGN_COUNTRIES_H_
