// AntecedentResolver's given-name subjects (antecedents.h, twenty-fourth round (d)):
// `Suzanne raised her hand, and Ector motioned for her to speak.` + `"…," she said`. A
// one-word subject LoneSubject reads (antecedent_subjects.cc) that is also a given name is the
// pronoun only when the name list does not give it the other sex, and then as the one person
// the article introduces with that first word (`Todd` for `Todd Smith`); with none, the word
// itself (a first name the article uses alone); with two or more, or one of the other sex,
// none. LoneSubject has already asked the article's own evidence (LoneSubjectGender) for g.
// One pass over the article's people.
#include <optional>
#include <string>

#include "absl/strings/match.h"
#include "absl/strings/string_view.h"
#include "extract/antecedents.h"
#include "extract/given_names.h"

namespace claimdup {

std::optional<std::string> AntecedentResolver::GivenNameSubject(absl::string_view word,
                                                                Gender g) const {
  if (!GivenNameMayBe(word, g)) return std::nullopt;
  const Person* owner = nullptr;
  for (const Person& p : people_.people()) {
    if (p.name.size() <= word.size() || !absl::StartsWith(p.name, word) ||
        p.name[word.size()] != ' ') {
      continue;
    }
    if (owner != nullptr || (p.gender != Gender::kUnknown && p.gender != g)) {
      return std::nullopt;  // Two people of that first name, or one of the other sex.
    }
    owner = &p;
  }
  if (owner != nullptr) return owner->name;
  return std::string(word);
}

}  // namespace claimdup
