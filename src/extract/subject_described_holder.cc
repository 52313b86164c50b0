// SubjectReader's reading of a definite description followed by its holder's name after an
// inverted verb (subject_reader.h): `"…," said the adviser, Aaron Pickrell.`, `asked the host,
// Stephanie Ruhle.`, `said the president of the assembly, Siim Kiisler.` The appositive names
// who speaks (twenty-second round (b)). The description is "the", at most kMaxNameAfterWords
// words to a comma, its role word (the last before of/in/to/at/for/on, or before the comma) a
// person's role: a title, a kin word, a short list (`host`, `official`, `CEO`, a party: `the
// No. 2 Republican`) or a person's ending (`adviser`, `psychiatrist`); never a plural, a
// possessive or a body (`said the company, Facebook Inc.`). Only after a verb right after a
// quote. The name after the comma is read as NameAfter reads it: a full name or a titled one,
// and a person (a given name or title opens it, the article names them, or a lower-case word
// closes the description).
#include <string>

#include "absl/strings/match.h"
#include "extract/given_names.h"
#include "extract/named_bodies.h"
#include "extract/plural_nouns.h"
#include "extract/subject_reader.h"
#include "extract/word_set.h"

namespace claimdup {
namespace {

// Words of a person's role that no title list holds, and words that look like one but name
// things (`letter`, `center`).
bool IsRoleNoun(absl::string_view w) {
  static constexpr WordSet kRoles{{"host", "official", "aide", "staffer", "member", "ceo",
                                   "cfo", "coo", "chair", "head", "pastor", "founder",
                                   "republican", "democrat", "expert", "candidate", "nominee",
                                   "attorney", "chief", "star", "judge", "plaintiff",
                                   "defendant", "doctor", "nurse", "economist", "student",
                                   "victim", "owner", "resident", "agent", "coach", "mayor",
                                   "premier", "rabbi", "priest", "bishop", "imam",
                                   "president", "envoy", "whip", "executive", "diplomat",
                                   "aide-de-camp", "veteran", "scientist", "analyst"}};
  static constexpr WordSet kThings{{"letter", "paper", "order", "newsletter", "center",
                                    "chapter", "number", "poster", "folder", "flyer", "cover",
                                    "computer", "counter", "filer", "matter", "quarter",
                                    "water", "border", "corner", "power", "tower", "register"}};
  if (kThings.contains(w)) return false;
  if (kRoles.contains(w) || IsTitleWord(w) || IsKinWord(w)) return true;
  return absl::EndsWith(w, "er") || absl::EndsWith(w, "or") || absl::EndsWith(w, "ist") ||
         absl::EndsWith(w, "ian") ||
         absl::EndsWith(w, "man") || absl::EndsWith(w, "woman") || absl::EndsWith(w, "person");
}

// Words that make the run a clause, not a description: `said the United States is ready,`.
bool IsClauseWord(absl::string_view w) {
  static constexpr WordSet kWords{{"is", "was", "are", "were", "has", "have", "had", "will",
                                   "would", "could", "should", "can", "may", "might", "must",
                                   "that", "which", "who", "whose", "said", "says", "not",
                                   "did", "does", "do", "he", "she", "they", "it", "we", "i"}};
  return kWords.contains(w);
}

}  // namespace

Subject SubjectReader::HolderAfterDescription(int b, int e) const {
  // Only a verb right after the quote (`"…," said the X, Y`): in `saying the state's governor,
  // Greg Abbott, ‘hates trees …’` or `says the Taliban's spiritual leader, Mullah Omar, "died
  // …"` the name is whom the words are about, and `according to the reporter, Robert Costa`
  // names who carried them.
  if (b < 2 || b + 2 >= e || t_[b - 2].quote < 0 || t_.Lower(b) != "the") return Subject();
  int comma = -1, role = -1;
  for (int i = b + 1; i < e && i <= b + kMaxNameAfterWords; ++i) {
    if (t_[i].quote >= 0 || t_[i].in_parens || t_[i].sentence_end || t_[i].colon_after) {
      return Subject();
    }
    const absl::string_view w = t_.Lower(i);
    if (IsClauseWord(w)) return Subject();
    if (IsAttachingWord(w)) {
      if (role < 0) role = i - 1;  // `the president of the assembly`: the word before "of".
    } else if (t_[i].comma_after) {
      comma = i;
      if (role < 0) role = i;
      break;
    }
  }
  if (comma < 0 || role <= b || comma + 1 >= e || !t_[comma + 1].capitalized ||
      t_[comma + 1].quote >= 0) {
    return Subject();
  }
  const absl::string_view w = t_.Lower(role);
  // Lower case, but for a party (`the No. 2 Republican`) and an acronym (`the group's CEO`).
  if (t_[role].possessive || (t_[role].capitalized && w != "republican" && w != "democrat" &&
                              w != "ceo" && w != "cfo" && w != "coo")) {
    return Subject();
  }
  if (!IsRoleNoun(w) || IsPluralCommonNoun(w) || IsBodyNoun(w) ||
      (absl::EndsWith(w, "s") && !absl::EndsWith(w, "ss"))) {
    return Subject();
  }
  // `explains the author of The Conservative Movement, The Strange Death of Marxism, …`: a
  // title, not a person.
  const absl::string_view opener = t_.Lower(comma + 1);
  if (opener == "the" || opener == "a" || opener == "an") return Subject();
  const Subject name = NameAfter(comma + 1, e);
  if (name.kind != Subject::Kind::kName || NamedBodies::IsBodyName(name.name)) return Subject();
  // A full name, or a titled one (`the No. 2 Republican, Sen. Thune`): one word after a place
  // is its state (`says the resident of Daytona, Florida.`).
  const bool titled = IsTitleWord(opener);
  if (!titled && name.name.find(' ') == std::string::npos) return Subject();
  // A full name no given-name list reads (`said the president of the assembly, Siim
  // Kiisler`, `said the Hong Kong politician, Lau Nai-keung`) when a lower-case word closes
  // the description: after a capitalized one the comma may be a place's (`of Sioux Falls,
  // South Dakota`).
  const bool person = IsGivenName(t_.Word(comma + 1)) || titled || people_.Find(name.name) >= 0 ||
                      !t_[comma].capitalized;
  return person ? name : Subject();
}

}  // namespace claimdup
