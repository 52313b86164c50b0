#include "extract/quotes.h"

#include <algorithm>
#include <optional>

#include "absl/strings/str_cat.h"
#include "extract/paragraphs.h"
#include "text/byte_scan.h"
#include "text/utf8.h"

namespace claimdup {
namespace {

enum class Family { kDouble, kSingle, kGuillemet };
enum class Glyph { kNeutral, kOpening, kClosing };  // What the glyph itself suggests.

struct Mark {
  uint32_t pos;  // Byte offset of the mark.
  uint32_t len;  // Its length in bytes.
  Family family;
  bool opens;   // Context says it can open a quote.
  bool closes;  // Context says it can close a quote.
};

bool IsSpace(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 || c == 0x2009 ||
         c == 0x202F || c == 0x2002 || c == 0x2003;
}
bool IsLetter(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= 0xC0 && c != 0xD7 && c != 0xF7 && !(c >= 0x2000 && c <= 0x2BFF));
}
bool IsDigit(char32_t c) { return c >= '0' && c <= '9'; }
// Characters after which an opening mark may follow without a space: "(“", "—‘".
bool IsOpenerLead(char32_t c) {
  return c == '(' || c == '[' || c == '{' || c == 0x2014 || c == 0x2013 || c == '/' || c == '-';
}
// Characters a closing mark may be followed by: "”," "’)" "»."
bool IsCloserTrail(char32_t c) {
  return c == ',' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' ||
         c == ']' || c == 0x2014 || c == 0x2013 || c == 0x2026 || c == '-';
}
bool IsQuoteChar(char32_t c) {
  return c == '"' || c == 0x201C || c == 0x201D || c == 0x201E || c == 0x00AB || c == 0x00BB ||
         c == 0x2018 || c == 0x2019 || c == '\'';
}

std::optional<std::pair<Family, Glyph>> Classify(char32_t c) {
  switch (c) {
    case '"':
      return {{Family::kDouble, Glyph::kNeutral}};
    case 0x201C:  // “
    case 0x201E:  // „
      return {{Family::kDouble, Glyph::kOpening}};
    case 0x201D:  // ”
      return {{Family::kDouble, Glyph::kClosing}};
    case 0x00AB:  // «
      return {{Family::kGuillemet, Glyph::kOpening}};
    case 0x00BB:  // »
      return {{Family::kGuillemet, Glyph::kClosing}};
    case 0x2018:  // ‘
      return {{Family::kSingle, Glyph::kOpening}};
    case 0x2019:  // ’
      return {{Family::kSingle, Glyph::kClosing}};
    case '\'':
      return {{Family::kSingle, Glyph::kNeutral}};
    default:
      return std::nullopt;
  }
}

// The quote marks of one paragraph, each with what its context allows.
// True for the bytes a quote mark can start with: '"', '\'', 0xC2 (« ») and 0xE2 (‘ ’ “ ” „).
inline bool MayStartMark(unsigned char b) {
  return b == '"' || b == '\'' || b == 0xC2 || b == 0xE2;
}

// The first byte at or after `pos` (before `end`) that may start a mark, or `end`. Almost no
// byte can: 16 at a time, the straight marks and every byte >= 0x80 (the lead bytes of the
// curly marks among them) are found with SSE2, and a non-ASCII byte that is no mark's lead
// is passed over.
uint32_t NextPossibleMark(absl::string_view text, uint32_t pos, uint32_t end) {
  return FirstByteWhere(
      text.data(), pos, end,
      [](__m128i bytes) {  // The straight marks, and every byte >= 0x80 (by its high bit).
        return _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('"')),
                                         _mm_cmpeq_epi8(bytes, _mm_set1_epi8('\''))),
                            bytes);
      },
      MayStartMark);
}

// Fills *marks (cleared first: one buffer serves every paragraph).
void ScanMarks(absl::string_view text, Span para, std::vector<Mark>* out) {
  std::vector<Mark>& marks = *out;
  marks.clear();
  uint32_t pos = para.begin;
  while (pos < para.end) {
    pos = NextPossibleMark(text, pos, para.end);
    if (pos >= para.end) break;
    int len = 0;
    const char32_t c = DecodeUtf8(text, pos, &len);
    const auto kind = Classify(c);
    if (kind) {
      char32_t prev = ' ';
      if (pos > para.begin) {
        int plen = 0;
        prev = DecodeUtf8Before(text, pos, &plen);
      }
      char32_t next = ' ';
      if (pos + len < para.end) {
        int nlen = 0;
        next = DecodeUtf8(text, pos + len, &nlen);
      }
      const bool space_before = IsSpace(prev) || IsOpenerLead(prev) || IsQuoteChar(prev);
      const bool space_after = IsSpace(next) || IsQuoteChar(next);
      bool opens = !space_after && (space_before || (kind->second == Glyph::kOpening));
      bool closes =
          !space_before && (space_after || IsCloserTrail(next) || kind->second == Glyph::kClosing);
      // An isolated mark ("word " next) can only close an open quote.
      if (space_before && space_after) closes = true;
      // Guillemets say which way they face, and French puts spaces inside them.
      if (kind->first == Family::kGuillemet) {
        opens = kind->second == Glyph::kOpening;
        closes = kind->second == Glyph::kClosing;
      }
      if (kind->first == Family::kSingle) {
        // Apostrophes: don’t, Russia’s, rock'n'roll; ’90s, 'em; and a trailing s’ is as
        // likely a plural possessive as a close (only closes an open single quote).
        if (IsLetter(prev) && IsLetter(next)) opens = closes = false;
        if (space_before && IsDigit(next)) opens = false;
        if (kind->second == Glyph::kClosing && space_before) opens = false;
      }
      // `…that sort of mentality."But Princeton professor …`, `Gaetz said."The`: a straight
      // double mark glued between a sentence mark and a capital (scraped text that lost its
      // space) closes the open quote, or else opens one.
      if (kind->second == Glyph::kNeutral && kind->first == Family::kDouble && !space_before &&
          !space_after && (prev == '.' || prev == '?' || prev == '!') && next >= 'A' &&
          next <= 'Z') {
        opens = closes = true;
      }
      if (kind->second == Glyph::kNeutral && opens && closes) {
        // A straight mark between two non-spaces: letters on both sides read as inside a word.
        if (IsLetter(prev) && IsLetter(next)) opens = closes = false;
      }
      if (opens || closes) {
        marks.push_back({pos, static_cast<uint32_t>(len), kind->first, opens, closes});
      }
    }
    pos += len;
  }
}

bool IsTrimmable(char32_t c) { return IsSpace(c); }

Span Trim(absl::string_view text, Span s, bool drop_trailing_comma) {
  while (s.begin < s.end) {
    int len = 0;
    if (!IsTrimmable(DecodeUtf8(text, s.begin, &len))) break;
    s.begin += len;
  }
  for (;;) {
    if (s.end <= s.begin) break;
    int len = 0;
    const char32_t c = DecodeUtf8Before(text, s.end, &len);
    if (IsTrimmable(c) || (drop_trailing_comma && c == ',')) {
      s.end -= len;
      continue;
    }
    break;
  }
  return s;
}

}  // namespace

std::vector<QuoteSpan> FindQuotes(absl::string_view text, const std::vector<Span>& paragraphs,
                                  const QuoteOptions& options, QuoteScanCounts* counts) {
  std::vector<QuoteSpan> quotes;
  bool open = false;
  Family family = Family::kDouble;
  QuoteSpan current;
  uint32_t content_begin = 0;
  size_t skip_first_mark_at = static_cast<size_t>(-1);  // Continuation mark already consumed.

  std::vector<Mark> marks;
  for (uint32_t p = 0; p < paragraphs.size(); ++p) {
    const Span para = paragraphs[p];
    ScanMarks(text, para, &marks);
    for (const Mark& m : marks) {
      if (m.pos == skip_first_mark_at) continue;
      if (!open) {
        if (!m.opens) continue;
        open = true;
        family = m.family;
        current = QuoteSpan();
        current.marks.begin = m.pos;
        current.first_paragraph = p;
        content_begin = m.pos + m.len;
        continue;
      }
      if (m.family != family || !m.closes) continue;
      // A closing-glyph or context mark ends the quote; an opening-only one is nested.
      open = false;
      current.pieces.push_back(Trim(text, {content_begin, m.pos}, /*drop_trailing_comma=*/true));
      current.marks.end = m.pos + m.len;
      current.last_paragraph = p;
      // Drop empty pieces (a mark right at a paragraph end, say).
      current.pieces.erase(std::remove_if(current.pieces.begin(), current.pieces.end(),
                                          [](const Span& s) { return s.end <= s.begin; }),
                           current.pieces.end());
      if (current.pieces.empty()) continue;
      if (static_cast<int>(current.pieces.size()) > options.max_paragraphs) {
        ++counts->unbalanced;  // Ran on over too many paragraphs without closing.
        continue;
      }
      current.content = {current.pieces.front().begin, current.pieces.back().end};
      int words = 0;
      for (const Span& s : current.pieces) words += CountWords(s.In(text));
      if (words > options.max_words) {
        ++counts->overlong;
        continue;
      }
      current.words = words;
      quotes.push_back(std::move(current));
    }
    skip_first_mark_at = static_cast<size_t>(-1);
    if (!open) continue;
    // Paragraph ended inside a quote: it continues only if the next paragraph opens with a
    // mark of the same family, and only for a few paragraphs.
    bool continues = false;
    if (p + 1 < paragraphs.size()) {
      const Span next = paragraphs[p + 1];
      int len = 0;
      const char32_t c = DecodeUtf8(text, next.begin, &len);
      const auto kind = Classify(c);
      if (kind && kind->first == family && kind->second != Glyph::kClosing) {
        continues = true;
        current.pieces.push_back(Trim(text, {content_begin, para.end}, false));
        content_begin = next.begin + len;
        skip_first_mark_at = next.begin;
      }
    }
    if (!continues) {
      open = false;
      // Single marks left open are mostly apostrophes we could not tell apart; not an error.
      if (family != Family::kSingle) ++counts->unbalanced;
    }
  }
  return quotes;
}

std::string QuoteText(absl::string_view text, const QuoteSpan& quote) {
  std::string out;
  for (const Span& s : quote.pieces) {
    if (!out.empty()) out.push_back(' ');
    absl::StrAppend(&out, s.In(text));
  }
  return out;
}

}  // namespace claimdup
