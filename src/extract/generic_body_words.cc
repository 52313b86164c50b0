// The generic body words of generic_body_words.h (eighteenth round (g)): the one-word
// speakers of the AllSides dev half that are an organization's last word.
#include "extract/generic_body_words.h"

#include "extract/word_set.h"

namespace claimdup {

bool IsGenericBodyWord(absl::string_view w) {
  static constexpr WordSet kWords{
      {"news",       "office",     "circuit",  "department", "committee", "ministry",
       "bureau",     "agency",     "commission", "council",  "institute", "foundation",
       "center",     "centre",     "service",  "network",    "group",     "government",
       "administration", "association", "organization", "coalition", "federation"}};
  return kWords.contains(w);
}

bool IsDefiniteBodyWord(absl::string_view w) {
  static constexpr WordSet kWords{{"court", "union", "party", "times", "post", "journal"}};
  return kWords.contains(w);
}

bool TakesAcronymBefore(absl::string_view w) {
  // Not a paper's word (`the LA Times`, `the NY Post`): `Times` alone resolves to the paper
  // the article names; joined to `LA`, it also named papers that only reported a quote.
  return IsGenericBodyWord(w);
}

}  // namespace claimdup
