#include "text/control_chars.h"

namespace claimdup {
namespace {

bool IsBreak(unsigned char c) { return c == '\t' || c == '\n' || c == '\r'; }

// Bytes removed at `text[i]`: 1 for a C0 control or DEL, 2 for a C1 control (C2 80-9F),
// 0 for anything else.
size_t ControlAt(absl::string_view text, size_t i) {
  const unsigned char c = static_cast<unsigned char>(text[i]);
  if (c < 0x20 || c == 0x7f) return 1;
  if (c == 0xc2 && i + 1 < text.size()) {
    const unsigned char d = static_cast<unsigned char>(text[i + 1]);
    if (d >= 0x80 && d <= 0x9f) return 2;
  }
  return 0;
}

}  // namespace

bool HasControlChars(absl::string_view text) {
  for (size_t i = 0; i < text.size(); ++i) {
    if (ControlAt(text, i) != 0 && !IsBreak(static_cast<unsigned char>(text[i]))) return true;
  }
  return false;
}

std::string WithoutControlChars(absl::string_view text, bool keep_line_breaks) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    const size_t n = ControlAt(text, i);
    if (n == 0) {
      out.push_back(text[i]);
      continue;
    }
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (IsBreak(c)) out.push_back(keep_line_breaks ? text[i] : ' ');
    i += n - 1;
  }
  return out;
}

}  // namespace claimdup
