// HumanBytes: byte counts for people ("12.3 MB"), shared by the progress bar and the
// terminal summary.
#ifndef CLAIMDUP_UTIL_HUMAN_BYTES_H_
#define CLAIMDUP_UTIL_HUMAN_BYTES_H_

#include <string>

namespace claimdup {

// Formats a byte count in decimal units: "812 B", "12.3 MB".
std::string HumanBytes(double bytes);

}  // namespace claimdup

#endif  // CLAIMDUP_UTIL_HUMAN_BYTES_H_
