// Removing control characters from text bound for a terminal, a CSV cell or an HTML page.
//
// Text from the input may hold anything: ESC sequences that would drive the user's terminal,
// NUL bytes that cut C strings, other C0/C1 controls that are invalid in HTML. `text` must be
// valid UTF-8 (ingest guarantees it).
#ifndef CLAIMDUP_TEXT_CONTROL_CHARS_H_
#define CLAIMDUP_TEXT_CONTROL_CHARS_H_

#include <string>

#include "absl/strings/string_view.h"

namespace claimdup {

// `text` without C0 controls (U+0000-U+001F), DEL and C1 controls (U+0080-U+009F). Tab,
// line feed and carriage return are kept when `keep_line_breaks`, else become spaces.
std::string WithoutControlChars(absl::string_view text, bool keep_line_breaks);

// Whether `text` holds any character WithoutControlChars(text, true) would remove.
bool HasControlChars(absl::string_view text);

}  // namespace claimdup

#endif  // CLAIMDUP_TEXT_CONTROL_CHARS_H_
