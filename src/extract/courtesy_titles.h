// The courtesy titles news writes before a surname, Mr, Mrs, Ms and Miss, and the sex each
// gives: one table for every rule that reads them (`Mr. Rodriguez did not return a call`,
// `Mrs May said`, `Ms. Trump`), so the lists cannot disagree (twenty-fourth round (f)).
//
// Words are compared lower case, without the period. Not here: titles of office, degree or
// rank (`Dr.`, `Sir`, `Dame`, `Queen`: IsTitleWord, person_names.h), which call sites add
// themselves where they mean them. Lower-case `miss` is also the verb and `Miss` a pageant
// (`Miss Universe`): callers that need a person check the capital and what follows.
#ifndef CLAIMDUP_EXTRACT_COURTESY_TITLES_H_
#define CLAIMDUP_EXTRACT_COURTESY_TITLES_H_

#include "absl/strings/string_view.h"
#include "extract/given_names.h"

namespace claimdup {

struct CourtesyTitle {
  absl::string_view word;  // Lower case, no period.
  Gender gender;
};

inline constexpr CourtesyTitle kCourtesyTitles[] = {
    {"mr", Gender::kMale},
    {"mrs", Gender::kFemale},
    {"ms", Gender::kFemale},
    {"miss", Gender::kFemale},
};

// The sex the courtesy title `lower_word` gives; kUnknown for any other word.
inline Gender CourtesyTitleGender(absl::string_view lower_word) {
  if (lower_word.size() < 2 || lower_word.size() > 4) return Gender::kUnknown;
  for (const CourtesyTitle& t : kCourtesyTitles) {
    if (t.word == lower_word) return t.gender;
  }
  return Gender::kUnknown;
}

// True for mr, mrs, ms, miss (lower case, no period).
inline bool IsCourtesyTitle(absl::string_view lower_word) {
  return CourtesyTitleGender(lower_word) != Gender::kUnknown;
}

}  // namespace claimdup

#endif  // CLAIMDUP_EXTRACT_COURTESY_TITLES_H_
