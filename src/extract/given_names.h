// Which pronoun a given name takes: "Nancy" -> she, "Mitch" -> he, "Alex" -> unknown.
//
// For resolving "he"/"she" to a person who can take that pronoun. The names are data
// (given_names_data.inc says where they come from); a name in neither list, or used for both,
// is unknown and agrees with either pronoun.
#ifndef CLAIMDUP_EXTRACT_GIVEN_NAMES_H_
#define CLAIMDUP_EXTRACT_GIVEN_NAMES_H_

#include <string>

#include "absl/strings/string_view.h"

namespace claimdup {

enum class Gender { kUnknown, kMale, kFemale };

// The gender of the given name `name` (any case); kUnknown when the list does not decide.
Gender GivenNameGender(absl::string_view name);

// Whether `name` may be a g: the list gives it g, either sex, or does not list it.
bool GivenNameMayBe(absl::string_view name, Gender g);

// True when `name` (any case) is a given name in the list, whatever its gender.
bool IsGivenName(absl::string_view name);

// The sex a lower-case personal pronoun tells: he/him/his/himself, she/her/hers/herself;
// kUnknown for any other word.
Gender PronounGender(absl::string_view lower_word);

// True for a generational suffix ending a name, any case, with or without its period: Jr,
// Sr., II, III, IV.
bool IsGenerationalSuffix(absl::string_view word);

// The surname of a credited speaker, lower case ("Jim Risch" -> "risch", "Donald Trump
// Jr." -> "trump"), when the name reads as a person's: two or more words, the first
// a given name in the list. "" for organizations ("White House", "Bureau of Prisons"),
// publications ("Washington Post") and one-word names ("Syria", "Hunter"), which say too
// little to tell two speakers apart.
std::string PersonSurname(absl::string_view speaker);

}  // namespace claimdup

#endif  // CLAIMDUP_EXTRACT_GIVEN_NAMES_H_
