#include "extract/role_fit.h"

#include <algorithm>

#include "absl/strings/match.h"

#include "extract/foreign_countries.h"
#include "extract/person_names.h"
#include "extract/word_set.h"

namespace claimdup {
namespace {

// One spelling per office: "sen" and "senator" are one role.
absl::string_view Office(absl::string_view w) {
  if (w == "sen") return "senator";
  if (w == "rep" || w == "representative" || w == "congresswoman") return "congressman";
  if (w == "gov") return "governor";
  if (w == "president-elect") return "president";
  if (w == "chairwoman" || w == "chairperson" || w == "chair") return "chairman";
  if (w == "spokeswoman" || w == "spokesperson") return "spokesman";
  return w;
}

// A title as abbreviated before a name ("Gov.", "Sen.", "Rep."): the same word, unlike an
// office of another name ("congresswoman" is not every "Rep.").
absl::string_view Abbreviated(absl::string_view w) {
  if (w == "senator") return "sen";
  if (w == "governor") return "gov";
  if (w == "representative") return "rep";
  return w;
}

// Offices one person holds at a time: a person introduced with another is someone else.
bool IsOffice(absl::string_view w) {
  static constexpr WordSet kOffices{
      {"president", "senator",   "congressman", "governor", "mayor",   "secretary", "minister",
       "nominee",   "candidate", "chief",       "chairman", "speaker", "spokesman", "attorney",
       "judge",     "director",  "ambassador",  "sheriff",  "premier", "chancellor"}};
  return kOffices.contains(Office(w));
}

// Roles any of several offices holds: a senator is also "the lawmaker".
bool IsGenericRole(absl::string_view w) { return w == "lawmaker" || w == "legislator"; }

// 0: no party; 1: Republican; 2: Democrat.
int Party(absl::string_view w) {
  if (w == "republican" || w == "gop") return 1;
  if (w == "democrat" || w == "democratic") return 2;
  return 0;
}

// Words that qualify nothing: the description's and the title's filler, and the country a US
// outlet's "the president" already means.
bool IsFiller(absl::string_view w) {
  return w == "the" || w == "of" || w == "a" || w == "an" || w == "u.s." || w == "us" ||
         w == "american" || w == "former" || w == "then" || w == "current";
}

// A nationality before a role: "Russian President", "Chinese Foreign Minister". A place or
// body ("Austin Police Chief") qualifies no nationality and does not set a person apart.
bool IsNationality(absl::string_view w) {
  static constexpr WordSet kOther{{"french", "dutch", "greek", "israeli", "iraqi", "saudi",
                                   "kuwaiti", "thai", "swiss", "pakistani"}};
  return absl::EndsWith(w, "ian") || absl::EndsWith(w, "ese") || absl::EndsWith(w, "ish") ||
         absl::EndsWith(w, "ean") || kOther.contains(w);
}


// True when `person` holds a US qualifier (`U.S. President`, `American …`).
bool TitledUs(const std::vector<std::string>& person) {
  return std::any_of(person.begin(), person.end(), [](const std::string& w) {
    return w == "u.s." || w == "u.s" || w == "us" || w == "american";
  });
}

}  // namespace

absl::string_view DescriptionHead(const std::vector<std::string>& description) {
  for (auto it = description.rbegin(); it != description.rend(); ++it) {
    if (IsOffice(*it) || Party(*it) != 0 || IsGenericRole(*it)) return Office(*it);
  }
  return "";
}

RoleFit FitRole(const std::vector<std::string>& description,
                const std::vector<std::string>& person) {
  const absl::string_view head = DescriptionHead(description);
  if (head.empty()) return RoleFit::kUnknown;
  int party = 0;
  for (const std::string& w : description) party = party != 0 ? party : Party(w);
  // `the Vermont senator and presidential candidate`: any office the description names.
  auto named = [&](absl::string_view office) {
    return std::any_of(description.begin(), description.end(),
                       [&](const std::string& d) { return Office(d) == office; });
  };
  // "the former Georgia congressman" may hold another office now.
  const bool former = named("former");
  bool other_office = false, holds = false;
  for (const std::string& w : person) {
    if (party != 0 && Party(w) != 0 && Party(w) != party) return RoleFit::kConflict;
    other_office |= IsOffice(w) && !named(Office(w)) && !former;
    holds |= Office(w) == head || (IsOffice(w) && named(Office(w)));
  }
  // "the former vice president" is not "former President Barack Obama", nor the reverse.
  const bool vice_named = named("vice");
  const bool vice_held = std::find(person.begin(), person.end(), "vice") != person.end();
  if (head == "president" && holds && vice_named != vice_held) return RoleFit::kConflict;
  if (!holds) {
    // A party head ("the Wisconsin Republican") or a generic one ("the lawmaker") says
    // nothing about the office.
    return other_office && Party(head) == 0 && !IsGenericRole(head) ? RoleFit::kConflict
                                                                     : RoleFit::kUnknown;
  }
  // "Russian President Vladimir Putin" for "the U.S. president": qualified otherwise. Only
  // "the president" has a country by default (the outlet's); "the prime minister" has none.
  if (head != "president") return RoleFit::kFits;
  for (auto it = person.begin(); it != person.end(); ++it) {
    const std::string& w = *it;
    if (IsFiller(w) || IsTitleWord(w)) continue;
    // `Russia's President Vladimir Putin`, `Afghan President Hamid Karzai` (round 24 (b)): a
    // country given with the office or before it, not one an appositive read later adds
    // (`with China's president, Trump suggested`), nor to someone also titled `U.S. President`
    // (`Helsinki, Finland (CNN) US President Donald Trump`).
    if (!IsNationality(w) &&
        (!IsForeignCountryWord(w) || TitledUs(person) ||
         std::none_of(it + 1, person.end(), [&](const std::string& o) { return Office(o) == head; }))) {
      continue;
    }
    if (std::find(description.begin(), description.end(), w) == description.end()) {
      return RoleFit::kQualifiedOtherwise;
    }
  }
  return RoleFit::kFits;
}

bool HasEveryTitle(const std::vector<std::string>& description,
                   const std::vector<std::string>& person) {
  return std::all_of(description.begin(), description.end(), [&](const std::string& d) {
    return std::any_of(person.begin(), person.end(),
                       [&](const std::string& p) { return Abbreviated(p) == Abbreviated(d); });
  });
}

bool IsNearestPersonRole(absl::string_view head) {
  static constexpr WordSet kRoles{{"senator", "congressman", "republican", "democrat", "lawmaker",
                                   "governor", "mayor", "president", "nominee", "secretary"}};
  return kRoles.contains(head);
}

absl::string_view AbbreviatedTitle(absl::string_view w) { return Abbreviated(w); }

absl::string_view RoleOffice(absl::string_view w) { return Office(w); }

bool DescribesOnlyHeld(const std::vector<std::string>& description,
                       const std::vector<std::string>& person) {
  // Lower-case words that change the role, though no title list holds them.
  static constexpr WordSet kRoleQualifiers{
      {"minority", "majority", "ranking", "presidential", "whip", "outgoing", "incoming",
       "interim", "ex", "then", "late", "first", "second", "lieutenant", "associate",
       "district", "circuit", "supreme", "federal", "county", "city", "national", "party"}};
  auto held = [&](absl::string_view d) {
    return std::any_of(person.begin(), person.end(), [&](const std::string& p) {
      return Abbreviated(p) == Abbreviated(d) || Office(p) == Office(d);
    });
  };
  for (const std::string& d : description) {
    if (d == "the" || d == "of" || d == "u.s" || d == "u.s." || d == "us" || d == "american") {
      continue;
    }
    if (held(d)) continue;
    // "the British prime minister" is not "Israeli Prime Minister …": a nationality must be
    // theirs ("Russia" for "Russian" counts).
    if (IsNationality(d)) {
      const bool place = std::any_of(person.begin(), person.end(), [&](const std::string& p) {
        return p.size() >= 4 && d.size() >= 4 && p.compare(0, 4, d, 0, 4) == 0;
      });
      if (!place) return false;
      continue;
    }
    if (Party(d) != 0) continue;  // FitRole rejects another party.
    if (IsTitleWord(d) || kRoleQualifiers.contains(d)) return false;
  }
  // "former President Barack Obama" is not "the president".
  const bool former = std::find(description.begin(), description.end(), "former") !=
                      description.end();
  return former || std::find(person.begin(), person.end(), "former") == person.end();
}

}  // namespace claimdup
