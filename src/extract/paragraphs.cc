#include "extract/paragraphs.h"

#include "absl/strings/ascii.h"
#include "text/utf8.h"

namespace claimdup {
namespace {

bool IsSpaceByte(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f'; }

bool IsClosingPunct(char32_t c) {
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x201D || c == 0x2019 ||
         c == 0x00BB || c == 0x201C;
}

}  // namespace

std::vector<Span> SplitParagraphs(absl::string_view text) {
  std::vector<Span> out;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == text.npos) nl = text.size();
    size_t b = pos, e = nl;
    while (b < e && IsSpaceByte(text[b])) ++b;
    while (e > b && IsSpaceByte(text[e - 1])) --e;
    // Also trim U+00A0 (no-break space), common in scraped pages.
    while (e - b >= 2 && text.substr(b, 2) == "\xC2\xA0") b += 2;
    while (e - b >= 2 && text.substr(e - 2, 2) == "\xC2\xA0") e -= 2;
    if (e > b) out.push_back({static_cast<uint32_t>(b), static_cast<uint32_t>(e)});
    pos = nl + 1;
  }
  return out;
}

int CountWords(absl::string_view text) {
  int words = 0;
  bool in_word = false, has_alnum = false;
  for (char c : text) {
    if (IsSpaceByte(c)) {
      if (in_word && has_alnum) ++words;
      in_word = has_alnum = false;
    } else {
      in_word = true;
      // Lead bytes of non-ASCII letters; 0xE2 leads U+2000-U+2FFF (punctuation, symbols).
      const unsigned char u = static_cast<unsigned char>(c);
      if (absl::ascii_isalnum(u) || (u >= 0xC0 && u != 0xE2)) {
        has_alnum = true;
      }
    }
  }
  if (in_word && has_alnum) ++words;
  return words;
}

bool IsMenuLike(absl::string_view paragraph, int min_words) {
  // Only whether there are min_words words matters: count no further than that.
  size_t prefix = 0;
  for (int spaces = 0; prefix < paragraph.size() && spaces <= min_words * 3; ++prefix) {
    spaces += paragraph[prefix] == ' ';
  }
  if (CountWords(paragraph.substr(0, prefix)) < min_words) return true;
  size_t end = paragraph.size();
  while (end > 0) {
    int len = 0;
    const char32_t c = DecodeUtf8Before(paragraph, end, &len);
    if (!IsClosingPunct(c)) break;
    end -= len;
  }
  if (end == 0) return true;
  int len = 0;
  const char32_t last = DecodeUtf8Before(paragraph, end, &len);
  return !(last == '.' || last == '!' || last == '?' || last == ':' || last == 0x2026);
}

}  // namespace claimdup
