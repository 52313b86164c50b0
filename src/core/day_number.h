// Publication days as numbers: days since 1970-01-01 of an ISO 8601 date ("YYYY-MM-DD",
// optionally followed by a time), so rules can ask how far apart two articles are.
#ifndef CLAIMDUP_CORE_DAY_NUMBER_H_
#define CLAIMDUP_CORE_DAY_NUMBER_H_

#include <climits>
#include <cstdint>
#include <vector>

#include "absl/strings/string_view.h"
#include "core/claim_table.h"

namespace claimdup {

constexpr int32_t kUndated = INT32_MIN;

// The day of `date`'s first 10 characters, or kUndated when they are no valid date.
int32_t DayNumber(absl::string_view date);

// DayNumber of every document of `claims`, by document index.
std::vector<int32_t> DocumentDays(const ClaimTable& claims);

}  // namespace claimdup

#endif  // CLAIMDUP_CORE_DAY_NUMBER_H_
