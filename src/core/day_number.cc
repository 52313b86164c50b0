#include "core/day_number.h"

#include "absl/time/civil_time.h"

namespace claimdup {

int32_t DayNumber(absl::string_view date) {
  absl::CivilDay day;
  if (date.size() < 10 || !absl::ParseCivilTime(date.substr(0, 10), &day)) return kUndated;
  return static_cast<int32_t>(day - absl::CivilDay(1970, 1, 1));
}

std::vector<int32_t> DocumentDays(const ClaimTable& claims) {
  std::vector<int32_t> day(claims.docs.size());
  for (size_t d = 0; d < claims.docs.size(); ++d) day[d] = DayNumber(claims.docs[d].date);
  return day;
}

}  // namespace claimdup
