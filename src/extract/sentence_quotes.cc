#include "extract/sentence_quotes.h"

#include <cstdint>
#include <cstring>
#include <vector>

#include "text/utf8.h"

namespace claimdup {
namespace {

enum class Mark {
  kNone,
  kDoubleOpen,
  kDoubleClose,
  kDoubleStraight,
  kSingleOpen,
  kSingleClose,
  kSingleStraight
};

Mark MarkOf(char32_t c) {
  switch (c) {
    case 0x201C:
    case 0x201E:
    case 0x00AB:
      return Mark::kDoubleOpen;
    case 0x201D:
    case 0x00BB:
      return Mark::kDoubleClose;
    case '"':
      return Mark::kDoubleStraight;
    case 0x2018:
      return Mark::kSingleOpen;
    case 0x2019:
      return Mark::kSingleClose;
    case '\'':
      return Mark::kSingleStraight;
    default:
      return Mark::kNone;
  }
}

bool IsWordChar(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         (c >= 0xC0 && (c < 0x2000 || c > 0x206F));
}

bool IsPunct(char32_t c) {
  return c == '.' || c == '!' || c == '?' || c == ',' || c == ';' || c == ':' || c == 0x2026 ||
         MarkOf(c) != Mark::kNone;
}

// A sentence's code points with the quote marks that are not apostrophes.
struct Marks {
  std::vector<Mark> mark;     // Per code point (kNone: no mark, or an apostrophe).
  std::vector<uint32_t> pos;  // Byte offset of each code point, and the end.
  int count[7] = {};
};

Marks ReadMarks(absl::string_view s) {
  Marks m;
  std::vector<char32_t> cps;
  for (size_t p = 0; p < s.size();) {
    int len = 1;
    cps.push_back(DecodeUtf8(s, p, &len));
    m.pos.push_back(static_cast<uint32_t>(p));
    p += len;
  }
  m.pos.push_back(static_cast<uint32_t>(s.size()));
  m.mark.resize(cps.size());
  for (size_t i = 0; i < cps.size(); ++i) {
    Mark k = MarkOf(cps[i]);
    const bool single = k == Mark::kSingleClose || k == Mark::kSingleStraight;
    if (single && i > 0 && i + 1 < cps.size() && IsWordChar(cps[i - 1]) && IsWordChar(cps[i + 1])) {
      k = Mark::kNone;  // Apostrophe: it’s, O'Brien.
    }
    // A closing single mark at the end only after punctuation: "the students’" is possessive.
    if (single && i + 1 == cps.size() && (i == 0 || !IsPunct(cps[i - 1]))) k = Mark::kNone;
    m.mark[i] = k;
    ++m.count[static_cast<int>(k)];
  }
  return m;
}

int& Count(Marks& m, Mark k) { return m.count[static_cast<int>(k)]; }

// Whether an edge mark `k` has no partner in the sentence.
bool Unbalanced(Marks& m, Mark k, bool opening) {
  switch (k) {
    case Mark::kDoubleStraight:
    case Mark::kSingleStraight:
      return Count(m, k) % 2 == 1;
    case Mark::kDoubleOpen:
    case Mark::kDoubleClose:
      return opening ? Count(m, Mark::kDoubleOpen) > Count(m, Mark::kDoubleClose)
                     : Count(m, Mark::kDoubleClose) > Count(m, Mark::kDoubleOpen);
    case Mark::kSingleOpen:
    case Mark::kSingleClose:
      return opening ? Count(m, Mark::kSingleOpen) > Count(m, Mark::kSingleClose)
                     : Count(m, Mark::kSingleClose) > Count(m, Mark::kSingleOpen);
    default:
      return false;
  }
}

bool IsOpeningEdge(Mark k) {
  return k == Mark::kDoubleOpen || k == Mark::kDoubleStraight || k == Mark::kSingleOpen ||
         k == Mark::kSingleStraight;
}
bool IsClosingEdge(Mark k) {
  return k == Mark::kDoubleClose || k == Mark::kDoubleStraight || k == Mark::kSingleClose ||
         k == Mark::kSingleStraight;
}

// Whether the byte can start a quote mark (" ' or the lead byte of “ ” ‘ ’ „ « »): most
// sentences neither open nor close with one and are returned without decoding.
bool MayStartMark(char c) { return c == '"' || c == '\'' || c == '\xE2' || c == '\xC2'; }
// Whether the byte can end one (" ' or the last byte of ” ’ » “ ‘ „ «).
bool MayEndMark(char c) {
  return c == '"' || c == '\'' || c == '\x9D' || c == '\x99' || c == '\xBB' || c == '\x9C' ||
         c == '\x98' || c == '\x9E' || c == '\xAB';
}

bool IsSpace(char32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == 0xA0; }

// The mark that matches code point `c` (an opening or closing quote mark).
const char* PartnerOf(char32_t c) {
  switch (c) {
    case 0x201C:  // “
    case 0x201E:  // „
      return "\u201D";
    case 0x201D:
      return "\u201C";
    case 0x00AB:
      return "\u00BB";
    case 0x00BB:
      return "\u00AB";
    case 0x2018:
      return "\u2019";
    case 0x2019:
      return "\u2018";
    case '"':
      return "\"";
    default:
      return "'";
  }
}

bool IsDouble(Mark k) {
  return k == Mark::kDoubleOpen || k == Mark::kDoubleClose || k == Mark::kDoubleStraight;
}

// Whether `close` may end a quotation opened by `open`: a closing or straight mark of the
// same family (articles mix “ and " in one quotation).
bool Closes(Mark open, Mark close) {
  return close != Mark::kDoubleOpen && close != Mark::kSingleOpen &&
         IsDouble(open) == IsDouble(close);
}

// Whether one of the 8 bytes at `p` may start a quote mark (MayStartMark), word-parallel.
bool MayStartMarkIn8(const char* p) {
  uint64_t w;
  std::memcpy(&w, p, 8);
  constexpr uint64_t kOnes = 0x0101010101010101ULL, kHighs = 0x8080808080808080ULL;
  auto has = [&](unsigned char b) {
    const uint64_t x = w ^ (kOnes * b);
    return ((x - kOnes) & ~x & kHighs) != 0;
  };
  return has('"') || has('\'') || has(0xE2) || has(0xC2);
}

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// The quote mark at byte `p` of `s`, and its length in bytes (kNone, 1 if none).
Mark MarkAt(absl::string_view s, size_t p, int* len) {
  *len = 1;
  const char c = s[p];
  if (c == '"') return Mark::kDoubleStraight;
  if (c == '\'') return Mark::kSingleStraight;
  if (c == '\xE2' && p + 2 < s.size() && s[p + 1] == '\x80') {
    *len = 3;
    switch (s[p + 2]) {
      case '\x9C':
      case '\x9E':
        return Mark::kDoubleOpen;
      case '\x9D':
        return Mark::kDoubleClose;
      case '\x98':
        return Mark::kSingleOpen;
      case '\x99':
        return Mark::kSingleClose;
    }
  } else if (c == '\xC2' && p + 1 < s.size() && (s[p + 1] == '\xAB' || s[p + 1] == '\xBB')) {
    *len = 2;
    return s[p + 1] == '\xAB' ? Mark::kDoubleOpen : Mark::kDoubleClose;
  }
  *len = 1;
  return Mark::kNone;
}

// The code point that ends just before byte `p` (p > 0).
char32_t CodePointBefore(absl::string_view s, size_t p) {
  size_t b = p - 1;
  while (b > 0 && p - b < 4 && (static_cast<unsigned char>(s[b]) & 0xC0) == 0x80) --b;
  int len = 1;
  return DecodeUtf8(s, b, &len);
}

}  // namespace

std::string BalanceQuoteMarks(absl::string_view sentence) {
  const size_t n = sentence.size();
  struct Open {
    Mark mark;
    char32_t cp;
  };
  // Quotations still open (innermost last) and closing marks of quotations opened before:
  // fixed arrays, no allocation per sentence; a sentence with more is returned unchanged.
  constexpr size_t kMaxMarks = 8;
  Open open[kMaxMarks];
  char32_t closed_early[kMaxMarks];
  size_t opened = 0, closed = 0;
  int elisions = 0;
  // Where a mark may first start (memchr is vectorized): most sentences hold none.
  size_t first = n;
  for (char c : {'"', '\'', '\xE2', '\xC2'}) {
    const void* hit = first > 0 ? std::memchr(sentence.data(), c, first) : nullptr;
    if (hit != nullptr) first = static_cast<const char*>(hit) - sentence.data();
  }
  if (first == n) return std::string(sentence);
  for (size_t p = first; p < n; ++p) {
    if (p + 8 <= n && !MayStartMarkIn8(sentence.data() + p)) {
      p += 7;  // Most sentences hold no quote mark: skipped 8 bytes at a time.
      continue;
    }
    if (!MayStartMark(sentence[p])) continue;
    if (sentence[p] == '\'' && p > 0 && p + 1 < n && IsAsciiLetter(sentence[p - 1]) &&
        IsAsciiLetter(sentence[p + 1])) {
      continue;  // The common apostrophe (it's), without decoding.
    }
    int len = 1;
    Mark k = MarkAt(sentence, p, &len);
    if (k == Mark::kNone) continue;
    const size_t at = p;
    p += len - 1;
    const bool has_before = at > 0, has_after = at + len < n;
    int after_len = 1;
    const char32_t before = has_before ? CodePointBefore(sentence, at) : char32_t{' '};
    const char32_t after = has_after ? DecodeUtf8(sentence, at + len, &after_len) : char32_t{' '};
    const bool single_close = k == Mark::kSingleClose || k == Mark::kSingleStraight;
    if (single_close && has_before && has_after && IsWordChar(before) && IsWordChar(after)) {
      continue;  // Apostrophe: it’s, O'Brien.
    }
    if (single_close && !has_after && (!has_before || !IsPunct(before))) continue;
    size_t j = opened;
    while (j > 0 && !Closes(open[j - 1].mark, k)) --j;
    const bool straight = k == Mark::kDoubleStraight || k == Mark::kSingleStraight;
    const bool single = single_close || k == Mark::kSingleOpen;
    const bool looks_opening = IsSpace(before) || before == '(' || before == 0x2014;
    // A straight mark after a space opens a quotation inside a curly one (“He said "no"…”).
    const bool nested = straight && looks_opening && j > 0 && open[j - 1].mark != k;
    if (j > 0 && !nested) {
      opened = j - 1;  // Closes the innermost quotation of its family.
      continue;
    }
    // A single mark before a digit is an elision (’90s) unless a later single mark closes
    // it (on ’60 Minutes.’): counted, it takes the first unmatched single closing mark.
    if (single && looks_opening && after >= '0' && after <= '9') {
      ++elisions;
      continue;
    }
    int cp_len = 1;
    const char32_t cp = DecodeUtf8(sentence, at, &cp_len);
    if (k == Mark::kDoubleOpen || k == Mark::kSingleOpen || (straight && looks_opening)) {
      if (opened == kMaxMarks) return std::string(sentence);
      open[opened++] = {k, cp};
    } else if (single && elisions > 0 && IsPunct(before)) {
      --elisions;
    } else if (!single || IsPunct(before)) {
      if (closed == kMaxMarks) return std::string(sentence);
      closed_early[closed++] = cp;  // After a letter, a single mark is an apostrophe.
    }
  }
  if (opened == 0 && closed == 0) return std::string(sentence);
  std::string out;
  for (size_t j = closed; j > 0; --j) out += PartnerOf(closed_early[j - 1]);
  out.append(sentence.data(), sentence.size());
  for (size_t j = opened; j > 0; --j) out += PartnerOf(open[j - 1].cp);
  return out;
}

Span TrimUnbalancedQuotes(absl::string_view text, Span s) {
  if (s.end == s.begin || (!MayStartMark(text[s.begin]) && !MayEndMark(text[s.end - 1]))) {
    return s;
  }
  Marks m = ReadMarks(s.In(text));
  size_t first = 0, last = m.mark.size();  // Code points [first, last) kept.
  while (first < last && IsOpeningEdge(m.mark[first]) && Unbalanced(m, m.mark[first], true)) {
    --Count(m, m.mark[first]);
    ++first;
  }
  while (last > first && IsClosingEdge(m.mark[last - 1]) &&
         Unbalanced(m, m.mark[last - 1], false)) {
    --Count(m, m.mark[last - 1]);
    --last;
  }
  Span out{s.begin + m.pos[first], s.begin + m.pos[last]};
  while (out.begin < out.end && (text[out.begin] == ' ' || text[out.begin] == '\t')) ++out.begin;
  while (out.end > out.begin && (text[out.end - 1] == ' ' || text[out.end - 1] == '\t')) --out.end;
  return out;
}

bool IsWholeQuotation(absl::string_view sentence) {
  if (sentence.size() < 2 || !MayStartMark(sentence.front()) || !MayEndMark(sentence.back())) {
    return false;
  }
  const Marks m = ReadMarks(sentence);
  const size_t n = m.mark.size();
  if (n < 2) return false;
  const Mark open = m.mark[0];
  Mark close;
  switch (open) {
    case Mark::kDoubleOpen:
      close = Mark::kDoubleClose;
      break;
    case Mark::kDoubleStraight:
    case Mark::kSingleStraight:
      close = open;
      break;
    case Mark::kSingleOpen:
      close = Mark::kSingleClose;
      break;
    default:
      return false;
  }
  for (size_t i = 1; i < n; ++i) {
    if (m.mark[i] == close) return i + 1 == n;
  }
  return false;
}

}  // namespace claimdup
