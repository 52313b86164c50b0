// Given names written long and short: "Bill" / "William", "Chuck" / "Charles".
//
// The one table for every place that asks whether two first names can be one person's: the
// run's folding of speaker names (extract/speaker_names.cc: "Chuck Schumer" is "Charles
// Schumer") and the misattribution leads' same-person test (cluster/misattribution.cc: a
// quote credited to "Jerry Nadler" and "Jerrold Nadler" is no lead). given_name_forms.cc says
// where the pairs come from and which were left out.
#ifndef CLAIMDUP_CORE_GIVEN_NAME_FORMS_H_
#define CLAIMDUP_CORE_GIVEN_NAME_FORMS_H_

#include "absl/strings/string_view.h"

namespace claimdup {

// True when lower-case given names `a` and `b` (either order) are a short form and its full
// name in the table ("jim" / "james"). A pair known for one person only ("beto" / "robert":
// Beto O'Rourke) holds only beside that person's lower-case `surname` (`o'rourke` or
// `o’rourke`); other pairs ignore it. Equal names, initials and prefixes are the callers'.
bool AreGivenNameForms(absl::string_view a, absl::string_view b, absl::string_view surname);

}  // namespace claimdup

#endif  // CLAIMDUP_CORE_GIVEN_NAME_FORMS_H_
