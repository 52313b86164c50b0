// Normalizing article metadata that dumps spell many ways: publication dates and outlets.
#ifndef CLAIMDUP_INGEST_METADATA_H_
#define CLAIMDUP_INGEST_METADATA_H_

#include <string>

#include "absl/strings/string_view.h"

namespace claimdup {

// Returns `raw` as ISO 8601: "YYYY-MM-DD", or "YYYY-MM-DDTHH:MM:SS" when a time is given
// ("2012-04-19 10:30:00", "2012-04-19T10:30:00Z", "2012-04-19T10:30:00.000+02:00" keep only
// the wall-clock part). Returns "" when `raw` does not start with a date.
std::string NormalizeDate(absl::string_view raw);

// The host of `url` in lower case without a leading "www." ("https://www.dw.com/en/x" ->
// "dw.com"); "" when `url` has no host.
std::string OutletFromUrl(absl::string_view url);

}  // namespace claimdup

#endif  // CLAIMDUP_INGEST_METADATA_H_
