// The generic body words of generic_body_words.h (eighteenth round (g)): the one-word
// speakers of the AllSides dev half that are an organization's last word.
#include "extract/generic_body_words.h"

#include "absl/strings/ascii.h"
#include "extract/named_bodies.h"
#include "extract/word_set.h"

namespace claimdup {

bool IsGenericBodyWord(absl::string_view w) {
  // named_bodies.h's body nouns (committee, ministry, agency, …), less those not read here
  // (court is IsDefiniteBodyWord's), and the last words of names that are no body noun there.
  static constexpr WordSet kNotHere{{"board", "corps", "centers", "court"}};
  static constexpr WordSet kMore{
      {"news", "office", "circuit", "centre", "network", "group", "government", "administration"}};
  return (IsBodyNoun(w) && !kNotHere.contains(w)) || kMore.contains(w);
}

bool IsDefiniteBodyWord(absl::string_view w) {
  static constexpr WordSet kWords{{"court", "union", "party"}};
  return kWords.contains(w);
}

bool IsGenericBodyName(absl::string_view word, bool definite) {
  // "administration" is the longest word; a name of two words (`Donald Trump`) stops at its
  // space: most names Resolve reads are no body word, at no allocation.
  char lower[14];
  if (word.size() < 4 || word.size() > sizeof(lower)) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    if (word[i] == ' ') return false;
    lower[i] = absl::ascii_tolower(static_cast<unsigned char>(word[i]));
  }
  const absl::string_view w(lower, word.size());
  return IsGenericBodyWord(w) || (definite && IsDefiniteBodyWord(w));
}

bool TakesAcronymBefore(absl::string_view w) {
  // Not a paper's word (`the LA Times`, `the NY Post`): `Times` alone resolves to the paper
  // the article names; joined to `LA`, it also named papers that only reported a quote.
  return IsGenericBodyWord(w);
}

bool IsOrdinalWord(absl::string_view w) {
  size_t d = 0;
  while (d < w.size() && absl::ascii_isdigit(static_cast<unsigned char>(w[d]))) ++d;
  if (d == 0 || d > 3 || w.size() != d + 2) return false;
  const absl::string_view suffix = w.substr(d);
  return suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th";
}

}  // namespace claimdup
