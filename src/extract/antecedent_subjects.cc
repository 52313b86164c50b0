// AntecedentResolver's lone subjects (antecedents.h, twenty-second round (g)): `Lipinski did
// not concede until Wednesday afternoon.` + `"…," he said`. A sentence before the pronoun's,
// the nearest naming anyone, whose subject is one capitalized word no candidate reads (a
// surname the article never introduced, or one whose only introduced owner has the other
// sex: `Ivanka Trump` beside `Trump questioned …`) is that word, when the article tells the
// word's sex: a courtesy title, a given name before it elsewhere (`Jordan Hall`), or the
// owner's pronouns after it (`Lipinski was left to fend for himself`). Bounded reads.
#include <algorithm>
#include <optional>
#include <string>

#include "absl/strings/ascii.h"
#include "absl/strings/string_view.h"
#include "extract/antecedents.h"
#include "extract/courtesy_titles.h"
#include "extract/generic_body_words.h"
#include "extract/given_names.h"
#include "extract/person_names.h"
#include "extract/word_set.h"

namespace claimdup {

// Words of the quote right before the pronoun read for the subject's own name.
inline constexpr int kMaxQuoteNameScan = 400;

// A capital, then lower-case letters, a hyphen before a capital at most (`Gomez-Bravo`).
static bool LooksLikeSurname(absl::string_view w) {
  if (w.size() < 3 || w[0] < 'A' || w[0] > 'Z') return false;
  for (size_t i = 1; i < w.size(); ++i) {
    const bool upper = w[i] >= 'A' && w[i] <= 'Z';
    if (w[i] >= 'a' && w[i] <= 'z') continue;
    if (w[i] == '-' && i + 1 < w.size() && w[i + 1] >= 'A' && w[i + 1] <= 'Z') continue;
    if (upper && w[i - 1] == '-') continue;
    return false;
  }
  return true;
}

// `But`/`And`/`So`/`Yet` opening a sentence before its subject.
static bool IsLeadingConjunction(absl::string_view lower) {
  return lower == "but" || lower == "and" || lower == "so" || lower == "yet";
}

static bool IsOpener(absl::string_view lower) {
  return IsLeadingConjunction(lower) || IsCourtesyTitle(lower);
}

// The sex the article gives the one word `word` (token `at` is its subject use): a given name
// of known sex right before another use of it (`Jordan Hall, a senior application developer`),
// else the owner's pronouns after its clause-opening uses (lone_speakers.h).
Gender AntecedentResolver::LoneSubjectGender(int at) const {
  const absl::string_view word = t_.Word(at);
  // Each new word is one pass over the article: at most kMaxLoneReads of them (lone_speakers.h),
  // as for the lone speakers, so an article of many such sentences stays linear.
  if (!lone_subject_genders_.contains(word) && lone_subject_genders_.size() >= kMaxLoneReads) {
    return Gender::kUnknown;
  }
  auto [it, inserted] = lone_subject_genders_.try_emplace(word, Gender::kUnknown);
  if (inserted) it->second = ReadLoneSubjectGender(word);
  return it->second;
}

Gender AntecedentResolver::ReadLoneSubjectGender(absl::string_view word) const {
  const bool owned = people_.Find(word) >= 0;
  Gender given = Gender::kUnknown;
  bool inside = false;  // Written capitalized inside a sentence: a name, not `Unable to …`.
  const std::string lower = absl::AsciiStrToLower(word);
  for (int i = 1; i < t_.size(); ++i) {
    // `police visits` beside `Police did not immediately say`: a common noun.
    if (!t_[i].capitalized && t_.Lower(i) == lower) return Gender::kUnknown;
    if (t_[i].quote >= 0 || t_.Word(i) != word) continue;
    const int sb = t_.SentenceBegin(t_.Sentence(i));
    if (i > sb + 1 || (i == sb + 1 && t_[sb].quote < 0 && !IsOpener(t_.Lower(sb)))) {
      inside = inside || t_[i - 1].quote < 0;
    }
    if (t_[i - 1].quote >= 0 || !t_[i - 1].capitalized || t_[i - 1].comma_after ||
        t_[i - 1].sentence_end) {
      continue;
    }
    // `Ivanka Trump` beside `Trump questioned …`: the introduced owner's given name tells
    // nothing of the bare surname's sex.
    if (owned) continue;
    const Gender g = GivenNameGender(t_.Word(i - 1));
    if (g == Gender::kUnknown) continue;
    if (given != Gender::kUnknown && given != g) return Gender::kUnknown;  // Two people.
    given = g;
  }
  if (!inside) return Gender::kUnknown;
  subject_votes_.Add(word);
  const Gender voted = subject_votes_.GenderOf(word);
  if (given != Gender::kUnknown && voted != Gender::kUnknown && given != voted) {
    return Gender::kUnknown;
  }
  return given != Gender::kUnknown ? given : voted;
}

std::optional<std::string> AntecedentResolver::LoneSubject(int s, Gender g, int position) const {
  if (g == Gender::kUnknown) return std::nullopt;
  const int sb = t_.SentenceBegin(s), se = t_.SentenceEnd(s);
  int name = sb;
  if (name < se && t_[name].quote < 0) {
    if (IsLeadingConjunction(t_.Lower(name))) ++name;
  }
  Gender titled = Gender::kUnknown;  // `Mr. Rodriguez did not immediately return a call`.
  if (name < se && t_[name].quote < 0) {
    titled = CourtesyTitleGender(t_.Lower(name));
    if (titled != Gender::kUnknown) ++name;
  }
  if (name + 1 >= se || t_[name].quote >= 0 || t_[name + 1].quote >= 0 || !t_[name].capitalized ||
      t_[name].all_caps || t_[name].possessive || t_[name].comma_after || t_[name].colon_after ||
      !RunsInto(t_[name], t_[name + 1]) || t_.Word(name + 1).empty() ||
      t_.Word(name + 1)[0] < 'a' || t_.Word(name + 1)[0] > 'z') {
    return std::nullopt;
  }
  const absl::string_view word = t_.Word(name);
  const std::string lower = absl::AsciiStrToLower(word);
  const absl::string_view verb = t_.Lower(name + 1);
  if (!LooksLikeSurname(word) || IsNonNameCapitalized(lower) || IsTitleWord(lower) ||
      IsGenericBodyWord(lower) || IsGenericBodyName(word) ||
      verb == "and" || verb == "or") {
    return std::nullopt;
  }
  // A given name (twenty-fourth round (d)): untitled, no introduced person's surname, and not
  // of the other sex by the list.
  const bool given = IsGivenName(word);
  if (given &&
      (titled != Gender::kUnknown || !GivenNameMayBe(word, g) || people_.Find(word) >= 0)) {
    return std::nullopt;
  }
  const Gender known = titled != Gender::kUnknown ? titled : LoneSubjectGender(name);
  if (known != g) return std::nullopt;
  // `Osaib did not know how to swim.` + `"The other boys … told us that Osaib …," he said`:
  // a quote naming the word is someone else's about him.
  for (int k = std::min(position, t_.size()) - 1;
       k >= 0 && t_[k].quote >= 0 && position - k <= kMaxQuoteNameScan; --k) {
    if (t_.Word(k) == word) return std::nullopt;
  }
  if (!places_found_) FindPlaceWords();
  if (places_.contains(word)) return std::nullopt;
  if (given) return GivenNameSubject(word, g);  // `Suzanne raised her hand`.
  // An introduced person of that sex is a candidate the chain reads; one of the other sex is
  // someone else with the same surname.
  if (const int p = people_.Find(word); p >= 0 && people_.people()[p].gender == g) {
    return people_.FullName(word);
  }
  // `Mrs. Obama told donors` beside `President Obama`: the owner of that sex.
  if (titled != Gender::kUnknown) {
    const std::string full = people_.FullName(word, {std::string(t_.Lower(name - 1))});
    if (people_.GenderOf(full) == g) return full;
  }
  if (auto it = speaker_surnames_.find(word); it != speaker_surnames_.end()) {
    return std::string(it->second);
  }
  return std::string(word);
}

}  // namespace claimdup
