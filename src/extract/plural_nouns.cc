// The plural common nouns of plural_nouns.h (eighteenth round (d)): the list holds the plurals
// read as one-word speakers on the AllSides dev half that are no role word's plural. Not the
// plurals that open an organization's name, cut to its first word elsewhere (`Friends of the
// Earth`, `Citizens for Responsibility and Ethics in Washington`, `Students for Life`,
// `Doctors Without Borders`, `Parents Defending Education`, `Families USA`).
#include "extract/plural_nouns.h"

#include "extract/person_names.h"
#include "extract/word_set.h"

namespace claimdup {

bool IsPluralCommonNoun(absl::string_view w) {
  if (w.size() < 4 || w.back() != 's') return false;
  static constexpr WordSet kPlurals{
      {// Groups of people.
       "respondents", "voters", "investigators", "organizers", "organisers", "protesters",
       "protestors", "demonstrators", "colleagues", "opponents", "associates", "witnesses",
       "workers", "residents", "employees", "surrogates", "youngsters", "insurers", "sponsors",
       "prisoners", "locals", "scholars", "authorities", "framers", "satirists", "observers",
       "advocates", "pundits", "skeptics", "sceptics", "detractors", "backers", "allies",
       "insiders", "staffers", "donors", "viewers", "participants", "attendees", "delegates",
       "jurors", "conservatives", "liberals", "progressives", "evangelicals", "immigrants",
       "migrants", "refugees", "troops", "soldiers", "militants", "rebels", "insurgents",
       "teachers", "nurses", "patients", "victims", "survivors", "relatives", "neighbors",
       "neighbours", "customers", "consumers", "users", "sources", "agents", "majorities", "others",
       "pilgrims", "dreamers",
       // Spans of time (`Hours later, Trump took to Twitter to say that "…"`).
       "hours", "days", "weeks", "months", "years", "minutes", "moments", "decades",
       // Things.
       "problems", "questions", "countries", "strategies"}};
  if (kPlurals.contains(w)) return true;
  if (IsTitleWord(w) || w == "states") return false;
  absl::string_view stem = w.substr(0, w.size() - 1);
  if (IsTitleWord(stem)) return true;
  // `secretaries`, `deputies`: the role word ends in "y".
  char y[24];
  if (w.size() > 4 && w.size() <= sizeof(y) && w.substr(w.size() - 3) == "ies") {
    const size_t n = w.size() - 2;
    w.copy(y, n - 1);
    y[n - 1] = 'y';
    return IsTitleWord(absl::string_view(y, n));
  }
  return false;
}

}  // namespace claimdup
