// ASCII lower-casing of long text, 16 bytes at a time.
//
// absl::AsciiStrToLower goes a byte at a time (about 5 instructions a byte); attribution
// lower-cases each article once, so this is the same mapping with SSE2: 'A'-'Z' become
// 'a'-'z', every other byte (UTF-8 included) is copied unchanged.
#ifndef CLAIMDUP_TEXT_ASCII_LOWER_H_
#define CLAIMDUP_TEXT_ASCII_LOWER_H_

#include <string>

#include "absl/strings/string_view.h"

namespace claimdup {

// `text` with ASCII capitals lower-cased; the same length and byte offsets.
std::string AsciiLowerCopy(absl::string_view text);
// The same into `out`, which holds text.size() bytes (no zero-filled string first).
void AsciiLowerInto(absl::string_view text, char* out);

}  // namespace claimdup

#endif  // CLAIMDUP_TEXT_ASCII_LOWER_H_
