// Normalizing article metadata that dumps spell many ways: publication dates and outlets.
#ifndef CLAIMDUP_INGEST_METADATA_H_
#define CLAIMDUP_INGEST_METADATA_H_

#include <string>

#include "absl/strings/string_view.h"

namespace claimdup {

// Returns `raw` as ISO 8601: "YYYY-MM-DD", or "YYYY-MM-DDTHH:MM:SS" when a time other than
// midnight is given, so that dates order as strings. Accepted: ISO 8601 dates with an
// optional time ("2012-04-19 10:30", "2012-04-19T10:30:00.000"), epoch seconds or
// milliseconds ("1334831400"), and RFC 2822 dates as in RSS ("Thu, 19 Apr 2012 10:30:00
// +0200", zones GMT/UT/UTC/Z and US names too). A time with an offset or zone is converted to
// UTC; a time without one is kept as it is. Returns "" when `raw` is not a date or names an
// impossible one ("2024-02-31", "T99:99:99").
std::string NormalizeDate(absl::string_view raw);

// The host of `url` in lower case without a leading "www." ("https://www.dw.com/en/x" ->
// "dw.com"); "" when `url` has no host.
std::string OutletFromUrl(absl::string_view url);

}  // namespace claimdup

#endif  // CLAIMDUP_INGEST_METADATA_H_
