// How well a person fits a description: "the president", "the Wisconsin Republican", "the
// Democratic presidential nominee".
//
// A description names a role (its head: "president", "nominee", "senator") and may qualify it
// ("U.S.", "Democratic"). A person fits when the article introduced them with that role and
// no other nationality ("President Donald Trump" for "the U.S. president"), fits less when
// their role is another country's ("Russian President Vladimir Putin"), and cannot be meant when
// they hold another office ("Sen. Ben Sasse" is not "the President") or the other party
// ("Democratic nominee Clinton" is not "the Wisconsin Republican").
#ifndef CLAIMDUP_EXTRACT_ROLE_FIT_H_
#define CLAIMDUP_EXTRACT_ROLE_FIT_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"

namespace claimdup {

enum class RoleFit { kConflict, kUnknown, kQualifiedOtherwise, kFits };

// The role word a description names: its last office or party word ("secretary" of "the
// former secretary of state", "republican" of "the Wisconsin Republican"); "" when none.
absl::string_view DescriptionHead(const std::vector<std::string>& description);

// The office a title word names, one spelling per office ("sen" -> "senator", "chairwoman"
// -> "chairman"); other words are returned as they are.
absl::string_view RoleOffice(absl::string_view w);

// How a person introduced with (lower-case) title words `person` fits `description`.
RoleFit FitRole(const std::vector<std::string>& description, const std::vector<std::string>& person);

// True when a person introduced with (lower-case) title words `person` was introduced with
// every word of `description`, a title and its abbreviation counting as one ("governor" /
// "gov").
bool HasEveryTitle(const std::vector<std::string>& description,
                   const std::vector<std::string>& person);

// A title as abbreviated before a name: "sen" for "senator", "gov" for "governor", "rep" for
// "representative"; other words are returned as they are.
absl::string_view AbbreviatedTitle(absl::string_view w);

// True when a person introduced with (lower-case) title words `person` is everything
// `description` says that the article could show: each role word of it ("prime", "foreign",
// "former", "vice", "minority", "state") is one of their titles, a nationality ("British")
// or a party is theirs or not contradicted (role_fit: no other party), and they hold no
// "former" the description lacks. Words no title shows ("Wisconsin", "GOP", "House") pass.
bool DescribesOnlyHeld(const std::vector<std::string>& description,
                       const std::vector<std::string>& person);

// True for heads a reporter uses for the person just named, so that with nobody titled so
// nearby the nearest person is meant: "the senator", "the president", "the nominee".
bool IsNearestPersonRole(absl::string_view head);

}  // namespace claimdup

#endif  // CLAIMDUP_EXTRACT_ROLE_FIT_H_
