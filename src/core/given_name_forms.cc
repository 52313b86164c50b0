#include "core/given_name_forms.h"

#include <utility>

namespace claimdup {
namespace {

// Common English short forms, lower-case ASCII, {short, full}. Sources: the hand-written list
// of the run's speaker folding (extract/speaker_names.cc's ShortFormOf, rounds before the
// twenty-third) and the misattribution leads' list (cluster/misattribution.cc's
// FirstNamesAgree; Jerry/Jerrold, Rudy/Rudolph, Jake/Jacob, Hal/Harold from the leads'
// same-surname pairs with no shared prefix, twenty-second round (c)), merged in the
// twenty-third round (f) so the two places agree. Pairs where one name is a prefix of the
// other (don/donald) are listed too: the folding does not test prefixes.
// clang-format off
constexpr std::pair<absl::string_view, absl::string_view> kForms[] = {
    {"bill", "william"}, {"will", "william"}, {"bob", "robert"}, {"rob", "robert"},
    {"bobby", "robert"}, {"jim", "james"}, {"jimmy", "james"}, {"mike", "michael"},
    {"chuck", "charles"}, {"charlie", "charles"}, {"dick", "richard"}, {"rick", "richard"},
    {"rich", "richard"}, {"tom", "thomas"}, {"tommy", "thomas"}, {"joe", "joseph"},
    {"ted", "edward"}, {"ted", "theodore"}, {"ed", "edward"}, {"tony", "anthony"},
    {"dan", "daniel"}, {"danny", "daniel"}, {"dave", "david"}, {"steve", "steven"},
    {"steve", "stephen"}, {"chris", "christopher"}, {"nick", "nicholas"}, {"matt", "matthew"},
    {"andy", "andrew"}, {"ben", "benjamin"}, {"liz", "elizabeth"}, {"beth", "elizabeth"},
    {"kathy", "katherine"}, {"kathy", "kathleen"}, {"kate", "katherine"}, {"jen", "jennifer"},
    {"jenny", "jennifer"}, {"greg", "gregory"}, {"jeff", "jeffrey"}, {"larry", "lawrence"},
    {"jerry", "gerald"}, {"jerry", "jerrold"}, {"ron", "ronald"}, {"don", "donald"},
    {"newt", "newton"}, {"mitch", "mitchell"}, {"bernie", "bernard"}, {"pete", "peter"},
    {"sam", "samuel"}, {"tim", "timothy"}, {"pat", "patrick"}, {"alex", "alexander"},
    {"al", "albert"}, {"al", "alan"}, {"fred", "frederick"}, {"hank", "henry"},
    {"harry", "henry"}, {"jack", "john"}, {"jon", "jonathan"}, {"ken", "kenneth"},
    {"ray", "raymond"}, {"doug", "douglas"}, {"phil", "philip"}, {"phil", "phillip"},
    {"nate", "nathan"}, {"vince", "vincent"}, {"walt", "walter"}, {"zach", "zachary"},
    {"gerry", "gerald"}, {"rudy", "rudolph"}, {"jake", "jacob"}, {"hal", "harold"},
    {"becky", "rebecca"}, {"debbie", "deborah"}, {"peggy", "margaret"},
    {"maggie", "margaret"}, {"sue", "susan"}, {"sandy", "sandra"}, {"abby", "abigail"}};
// clang-format on

// One person's nickname, not a general short form: "Beto" is Robert O'Rourke, while a
// "Beto" elsewhere is as often an Alberto or a Humberto.
struct PersonForm {
  absl::string_view short_form, full, surname;
};
constexpr PersonForm kPersonForms[] = {{"beto", "robert", "o'rourke"}};

// `surname` against a table surname written with a straight apostrophe; news writes it
// either way (`O’Rourke`).
bool SameSurname(absl::string_view surname, absl::string_view table) {
  if (surname == table) return true;
  constexpr absl::string_view kCurly = "\xE2\x80\x99";
  const size_t at = table.find('\'');
  return at != absl::string_view::npos && surname.size() == table.size() + 2 &&
         surname.substr(0, at) == table.substr(0, at) && surname.substr(at, 3) == kCurly &&
         surname.substr(at + 3) == table.substr(at + 1);
}

bool IsFormOf(absl::string_view short_form, absl::string_view full, absl::string_view surname) {
  for (const auto& [s, f] : kForms) {
    if (short_form == s && full == f) return true;
  }
  for (const PersonForm& p : kPersonForms) {
    if (short_form == p.short_form && full == p.full && SameSurname(surname, p.surname)) {
      return true;
    }
  }
  return false;
}

}  // namespace

bool AreGivenNameForms(absl::string_view a, absl::string_view b, absl::string_view surname) {
  return IsFormOf(a, b, surname) || IsFormOf(b, a, surname);
}

}  // namespace claimdup
