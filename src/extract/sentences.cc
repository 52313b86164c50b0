#include "extract/sentences.h"

#include "absl/container/flat_hash_set.h"
#include "extract/word_tokens.h"
#include "text/utf8.h"

namespace claimdup {
namespace {

bool IsClosing(char32_t c) {
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x201D || c == 0x2019 || c == 0x00BB;
}
bool IsOpening(char32_t c) {
  return c == '"' || c == '\'' || c == '(' || c == '[' || c == 0x201C || c == 0x2018 ||
         c == 0x00AB || c == 0x201E;
}
bool IsUpperOrDigit(char32_t c) {
  return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (c >= 0xC0 && c <= 0xDE) ||
         (c >= 0x410 && c <= 0x42F) || (c >= 0x391 && c <= 0x3A9);
}
bool IsSpace(char32_t c) { return c == ' ' || c == '\t' || c == 0xA0; }

// Words after which a dotted acronym ("U.S.") does end the sentence.
bool StartsSentence(absl::string_view word) {
  static const auto* kStarters = new absl::flat_hash_set<absl::string_view>{
      "The", "He",  "She",   "It",   "They",    "We",        "I",     "But",
      "And", "In",  "This",  "That", "A",       "An",        "There", "Its",
      "His", "Her", "Their", "Our",  "However", "Meanwhile", "On",    "At"};
  return kStarters->contains(word);
}

Span TrimSpan(absl::string_view text, Span s) {
  while (s.begin < s.end && (text[s.begin] == ' ' || text[s.begin] == '\t')) ++s.begin;
  while (s.end > s.begin && (text[s.end - 1] == ' ' || text[s.end - 1] == '\t')) --s.end;
  return s;
}

}  // namespace

std::vector<Span> SplitSentences(absl::string_view text, Span paragraph) {
  std::vector<Span> out;
  uint32_t start = paragraph.begin;
  uint32_t pos = paragraph.begin;
  while (pos < paragraph.end) {
    // Terminators are '.', '!', '?' and U+2026 (E2 80 A6): scan bytes, not code points (no
    // byte of a multi-byte character is ASCII).
    const unsigned char b = static_cast<unsigned char>(text[pos]);
    int len = 1;
    char32_t c = b;
    if (b == 0xE2 && pos + 2 < paragraph.end && text[pos + 1] == '\x80' &&
        text[pos + 2] == '\xA6') {
      c = 0x2026;
      len = 3;
    } else if (b != '.' && b != '!' && b != '?') {
      ++pos;
      continue;
    }
    pos += len;
    const uint32_t mark = pos - len;
    // Consume repeated terminators and closing quotes/brackets.
    uint32_t end = pos;
    while (end < paragraph.end) {
      const char32_t d = DecodeUtf8(text, end, &len);
      if (d == '.' || d == '!' || d == '?' || IsClosing(d) || d == 0x2026) {
        end += len;
      } else {
        break;
      }
    }
    // Then space, then the start of a new sentence.
    uint32_t next = end;
    bool spaced = false;
    while (next < paragraph.end) {
      const char32_t d = DecodeUtf8(text, next, &len);
      if (!IsSpace(d)) break;
      spaced = true;
      next += len;
    }
    // `it will occur.The Senate`, `out there.”In his`: scraped text that lost the space after
    // a sentence still ends one there (IsGluedSentenceEnd; the abbreviation check below keeps
    // `St.Louis` whole).
    bool glued = false;
    if (!spaced && next < paragraph.end && c != 0x2026) {
      uint32_t wb = mark;
      while (wb > start && text[wb - 1] != ' ' && text[wb - 1] != '\t') --wb;
      glued = IsGluedSentenceEnd(text, wb, mark, end, paragraph.end);
    }
    if ((!spaced && !glued) || next >= paragraph.end) {
      pos = end;
      continue;
    }
    uint32_t first = next;
    char32_t d = DecodeUtf8(text, first, &len);
    if (IsOpening(d) && first + len < paragraph.end) {
      first += len;
      d = DecodeUtf8(text, first, &len);
    }
    if (!IsUpperOrDigit(d)) {
      pos = end;
      continue;
    }
    if (c == '.' && end == pos) {
      // The word before the period: an abbreviation or initial does not end a sentence.
      uint32_t wb = mark;
      while (wb > start && text[wb - 1] != ' ' && text[wb - 1] != '\t' && text[wb - 1] != '(') --wb;
      absl::string_view word = text.substr(wb, mark - wb);
      if (IsAbbreviation(word)) {
        const bool dotted = word.find('.') != absl::string_view::npos;
        uint32_t we = first;
        while (we < paragraph.end && text[we] != ' ') ++we;
        if (!(dotted && StartsSentence(text.substr(first, we - first)))) {
          pos = end;
          continue;
        }
      }
    }
    const Span s = TrimSpan(text, {start, end});
    if (s.end > s.begin) out.push_back(s);
    start = next;
    pos = next;
  }
  const Span s = TrimSpan(text, {start, paragraph.end});
  if (s.end > s.begin) out.push_back(s);
  return out;
}

}  // namespace claimdup
