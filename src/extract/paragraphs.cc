#include "extract/paragraphs.h"

#include <array>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/string_view.h"
#include "text/utf8.h"

namespace claimdup {
namespace {

constexpr bool IsSpaceByte(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f';
}

bool IsClosingPunct(char32_t c) {
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x201D || c == 0x2019 ||
         c == 0x00BB || c == 0x201C;
}

// Longest page-furniture line kPageFurniture lists, in bytes.
constexpr size_t kMaxFurnitureBytes = 40;

// Lines a scraper kept from the page around the story, lower case, without a trailing ':'
// (counted in the AllSides dev half: `Advertisement` 6,490 with its colon and capitals,
// `Story Continued Below` 1,143, `AD` 661; BuzzFeed-Webis and event_days carry the same).
// Read as text they took the next quote (`Advertisement:` + `"…"` -> "Advertisement";
// `Story Continued Below` -> "Story", as `X continued`).
constexpr absl::string_view kPageFurniture[] = {
    "advertisement",
    "advertisements",
    "advertisement advertisement",
    "advertisement - continue reading below",
    "ad",
    "story continued below",
    "story continues",
    "story continues below",
    "continue reading below",
    "continue reading the main story",
    "scroll down for video",
};

// True when the trimmed line [b, e) of `text` is page furniture (kPageFurniture).
bool IsPageFurniture(absl::string_view text, size_t b, size_t e) {
  if (e - b > kMaxFurnitureBytes) return false;
  absl::string_view line = text.substr(b, e - b);
  while (!line.empty() && (line.back() == ':' || line.back() == ' ')) line.remove_suffix(1);
  for (const absl::string_view f : kPageFurniture) {
    if (absl::EqualsIgnoreCase(line, f)) return true;
  }
  return false;
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
    if (e > b && !IsPageFurniture(text, b, e)) {
      out.push_back({static_cast<uint32_t>(b), static_cast<uint32_t>(e)});
    }
    pos = nl + 1;
  }
  return out;
}

namespace {

// Byte classes: 0 space, 1 letter or digit (ASCII, or the lead byte of a non-ASCII letter;
// 0xE2 leads U+2000-U+2FFF, punctuation and symbols), 2 anything else.
constexpr auto kByteClass = [] {
  std::array<uint8_t, 256> c{};
  for (int b = 0; b < 256; ++b) {
    const bool space = IsSpaceByte(static_cast<char>(b));
    const bool alnum = (b >= '0' && b <= '9') || (b >= 'a' && b <= 'z') ||
                       (b >= 'A' && b <= 'Z') || (b >= 0xC0 && b != 0xE2);
    c[b] = space ? 0 : alnum ? 1 : 2;
  }
  return c;
}();

// Counts words as CountWords does, in the bytes before the (max_spaces + 1)th ' ' and no
// further than `enough` words.
int CountWordsUpTo(absl::string_view text, int enough, int max_spaces) {
  int words = 0, spaces = 0;
  bool in_word = false, has_alnum = false;
  for (const char ch : text) {
    if (spaces > max_spaces) break;
    spaces += ch == ' ';
    const uint8_t k = kByteClass[static_cast<unsigned char>(ch)];
    if (k == 0) {
      words += in_word && has_alnum;
      if (words >= enough) return words;
      in_word = has_alnum = false;
    } else {
      in_word = true;
      has_alnum |= k == 1;
    }
  }
  return words + (in_word && has_alnum);
}

}  // namespace

int CountWords(absl::string_view text) {
  int words = 0;
  bool in_word = false, has_alnum = false;
  for (const char ch : text) {
    const uint8_t k = kByteClass[static_cast<unsigned char>(ch)];
    if (k == 0) {
      words += in_word && has_alnum;
      in_word = has_alnum = false;
    } else {
      in_word = true;
      has_alnum |= k == 1;
    }
  }
  return words + (in_word && has_alnum);
}

bool IsMenuLike(absl::string_view paragraph, int min_words) {
  // Only whether there are min_words words among the first words matters: count no further.
  if (CountWordsUpTo(paragraph, min_words, min_words * 3) < min_words) return true;
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
