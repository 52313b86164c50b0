// US state abbreviations after a town (state_abbreviations.h).
#include "extract/state_abbreviations.h"

#include "extract/word_set.h"

namespace claimdup {

bool IsStateAbbreviation(absl::string_view word) {
  // AP style, and the common older forms (`Tex.`, `Wisc.`, `Penn.`).
  static constexpr WordSet kStates{{"Ala",  "Ariz", "Ark",  "Calif", "Colo", "Conn", "Del",  "Fla",
                                    "Ga",   "Ill",  "Ind",  "Kan",   "Kans", "Ky",   "La",   "Md",
                                    "Mass", "Mich", "Minn", "Miss",  "Mo",   "Mont", "Neb",  "Nebr",
                                    "Nev",  "Okla", "Ore",  "Oreg",  "Pa",   "Penn", "Tenn", "Tex",
                                    "Vt",   "Va",   "Wash", "Wis",   "Wisc", "Wyo"}};
  return kStates.contains(word);
}

}  // namespace claimdup
