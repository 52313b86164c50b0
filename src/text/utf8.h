// UTF-8 validation and repair, and decoding of single code points.
//
// Ingest guarantees every string handed to later stages is valid UTF-8: invalid sequences
// are replaced by U+FFFD (as the WHATWG decoder does, one replacement per maximal invalid
// subpart) and counted, never a crash.
#ifndef CLAIMDUP_TEXT_UTF8_H_
#define CLAIMDUP_TEXT_UTF8_H_

#include <cstdint>
#include <string>

#include "absl/strings/string_view.h"

namespace claimdup {

// True when `text` is valid UTF-8 (SIMD-accelerated).
bool IsValidUtf8(absl::string_view text);

// Copies `text` to `*out`, replacing each invalid sequence with U+FFFD. Returns the number
// of replacements made (0 when `text` was valid, in which case `*out == text`).
int64_t RepairUtf8(absl::string_view text, std::string* out);

// Replaces the Unicode spaces news pages put between words (U+00A0 no-break space; U+2007,
// U+2009, U+200A, U+202F: figure, thin, hair, narrow no-break) by as many ASCII spaces as
// their UTF-8 bytes, in place: words split where a reader sees a space ("Kathy
// Miller<NBSP>told reporters" is a name and a verb), and byte offsets into the text stay
// those of the input. `text` must be valid UTF-8. Returns how many were replaced.
int64_t WidenUnicodeSpaces(std::string* text);

// Decodes the code point starting at text[pos] (text must be valid UTF-8) and stores its
// length in bytes in *len. Inline with an ASCII fast path: text loops call it per character.
inline char32_t DecodeUtf8(absl::string_view text, size_t pos, int* len) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const unsigned char c = s[pos];
  if (c < 0x80) {
    *len = 1;
    return c;
  }
  if (c < 0xE0) {
    *len = 2;
    return ((c & 0x1F) << 6) | (s[pos + 1] & 0x3F);
  }
  if (c < 0xF0) {
    *len = 3;
    return ((c & 0x0F) << 12) | ((s[pos + 1] & 0x3F) << 6) | (s[pos + 2] & 0x3F);
  }
  *len = 4;
  return ((c & 0x07) << 18) | ((s[pos + 1] & 0x3F) << 12) | ((s[pos + 2] & 0x3F) << 6) |
         (s[pos + 3] & 0x3F);
}

// Decodes the code point that ends just before text[pos] (pos > 0) and stores its length.
char32_t DecodeUtf8BeforeSlow(absl::string_view text, size_t pos, int* len);
inline char32_t DecodeUtf8Before(absl::string_view text, size_t pos, int* len) {
  const unsigned char c = static_cast<unsigned char>(text[pos - 1]);
  if (c < 0x80) {
    *len = 1;
    return c;
  }
  return DecodeUtf8BeforeSlow(text, pos, len);
}

// `text` cut to at most `max_bytes` on a code point boundary, with "…" appended if cut.
std::string TruncateUtf8(absl::string_view text, size_t max_bytes);

// Appends the UTF-8 encoding of `cp` to `*out`.
void AppendUtf8(char32_t cp, std::string* out);

}  // namespace claimdup

#endif  // CLAIMDUP_TEXT_UTF8_H_
