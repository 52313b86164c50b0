#include "extract/word_tokens.h"

#include <algorithm>
#include <array>
#include <cstring>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "extract/given_names.h"
#include "extract/person_names.h"
#include "extract/state_abbreviations.h"
#include "extract/word_set.h"
#include "text/byte_scan.h"
#include "text/utf8.h"

namespace claimdup {
namespace {

bool IsSpaceByte(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

bool IsWordChar(char32_t c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= 0xC0 && c < 0x2000 && c != 0xD7 && c != 0xF7);
}

bool IsUpper(char32_t c) {
  return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7) ||
         (c >= 0x410 && c <= 0x42F) || (c >= 0x391 && c <= 0x3A9);
}

// "D-R.I", "R-Calif", "I-Vt": a party letter, a hyphen and a state.
bool IsPartyStateTag(absl::string_view word) {
  return word.size() >= 4 && (word[0] == 'D' || word[0] == 'R' || word[0] == 'I') &&
         word[1] == '-' && absl::ascii_isupper(static_cast<unsigned char>(word[2]));
}

// For `word`, the token just added to `tokens` in paragraph `p` of `text`: a state abbreviation
// right after a town and its comma (`Ferguson, Mo.`, the town capitalized, its comma ending no
// sentence) is an aside that ends no sentence. After "the", the town is a modifier and an aside
// too (`in the Portland, Ore., area, says`: read on, the town would be the subject of "says").
void MarkStateAfterTown(absl::string_view text, uint32_t p, absl::string_view word,
                        std::vector<WordSpan>* tokens) {
  const size_t n = tokens->size();
  if (n < 2 || !IsStateAbbreviation(word)) return;
  WordSpan& state = (*tokens)[n - 1];
  WordSpan& town = (*tokens)[n - 2];
  if (town.paragraph != p || !town.capitalized || !town.comma_after || town.sentence_end ||
      town.colon_after || town.in_parens) {
    return;
  }
  state.sentence_end = false;
  state.in_parens = true;
  if (n >= 3 && absl::EqualsIgnoreCase((*tokens)[n - 3].span.In(text), "the")) {
    town.in_parens = true;
  }
}

}  // namespace

bool IsAbbreviation(absl::string_view word) {
  static constexpr WordSet kAbbrev{
      {"mr",   "mrs",  "ms",  "dr",   "prof", "gen",  "sen", "rep", "gov", "lt",     "col",
       "sens", "reps", "sgt", "capt", "adm",  "maj",  "st",  "jr",  "sr",  "inc",    "corp",
       "ltd",  "co",   "vs",  "etc",  "jan",  "feb",  "mar", "apr", "jun", "jul",    "aug",
       "sep",  "sept", "oct", "nov",  "dec",  "no",   "nos", "vol", "fig", "approx", "dept",
       "est",  "mt",   "ft",  "rev",  "hon",  "pres", "gov", "u.s", "u.k", "u.n",    "e.u",
       "a.m",  "p.m",  "i.e", "e.g",  "d.c",  "ph.d", "cf",  "al",
       // Ranks before a name: `Royal Canadian Mounted Police Cpl. Jeffrey Feist said`.
       "cpl",  "pvt",  "pfc", "cmdr", "cdr",  "supt"}};
  if (word.size() == 1 && absl::ascii_isalpha(static_cast<unsigned char>(word[0]))) return true;
  // `(R-Mt. Pleasant)`, `(D-St. Louis)`: a party-and-town tag's abbreviation after its hyphen,
  // capitalized and of two letters at least (twenty-first round (g)).
  // Read back over the last few bytes only (an abbreviation is short): most words have none.
  for (size_t h = word.size() >= 4 ? word.size() - 3 : 0; h > 0 && word.size() - h <= 6; --h) {
    if (word[h] != '-') continue;
    if (!absl::ascii_isupper(static_cast<unsigned char>(word[h + 1]))) break;
    return IsAbbreviation(word.substr(h + 1));
  }
  if (word.size() > 8) return false;  // Longer than any listed abbreviation or acronym.
  char buf[8];
  for (size_t i = 0; i < word.size(); ++i) buf[i] = absl::ascii_tolower(word[i]);
  if (kAbbrev.contains(absl::string_view(buf, word.size()))) return true;
  // Dotted acronyms of any length: U.S.A, N.A.T.O.
  if (word.size() >= 3 && word.size() % 2 == 1) {
    bool dotted = true;
    for (size_t i = 1; i < word.size(); i += 2) dotted &= word[i] == '.';
    if (dotted) return true;
  }
  return false;
}

namespace {

bool IsAsciiSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// True when a capitalized word opens at `next` (before `end`), itself or after an opening
// double mark: `The`, `"Everyday`, `“But`.
bool OpensGluedSentence(absl::string_view text, uint32_t next, uint32_t end) {
  if (next < end && text[next] == '"') {
    ++next;
  } else if (text.substr(next, 3) == "\xE2\x80\x9C") {  // “
    next += 3;
  }
  return next + 1 < end && absl::ascii_isupper(static_cast<unsigned char>(text[next])) &&
         absl::ascii_islower(static_cast<unsigned char>(text[next + 1]));
}

// True when the sentence mark at `mark`, in the word opening at `word`, lies in an address
// (`www.TheTrumpContract.com`, `Rebecca.Ballhaus@wsj.com`, `HealthCare.Gov`) or in
// `Yahoo!News`. Read only where a mark is glued (a few in a thousand words).
[[gnu::noinline]] bool InAddress(absl::string_view text, uint32_t word, uint32_t mark,
                                 uint32_t end) {
  const absl::string_view before = text.substr(word, mark - word);
  if (before.find_first_of("@/") != absl::string_view::npos || absl::StartsWith(before, "www") ||
      (text[mark] == '!' && absl::EndsWith(before, "Yahoo"))) {
    return true;
  }
  uint32_t next = mark + 1;
  while (next < end && !absl::ascii_isalpha(static_cast<unsigned char>(text[next]))) ++next;
  uint32_t after_end = next;
  while (after_end < end && absl::ascii_isalpha(static_cast<unsigned char>(text[after_end]))) {
    ++after_end;
  }
  const absl::string_view after = text.substr(next, after_end - next);
  if (after == "Com" || after == "Gov" || after == "Org" || after == "Net" || after == "Edu") {
    return true;
  }
  for (; after_end < end && !IsAsciiSpace(text[after_end]); ++after_end) {
    if (text[after_end] == '@') return true;  // `Mike.Bender@wsj.com`.
  }
  return false;
}

}  // namespace

bool IsGluedSentenceEnd(absl::string_view text, uint32_t word, uint32_t mark, uint32_t next,
                        uint32_t end) {
  // `can have...Its moral values`: an ellipsis glued to a capital mostly marks words left out
  // of a quote, not a sentence end.
  return mark > word && absl::ascii_islower(static_cast<unsigned char>(text[mark - 1])) &&
         OpensGluedSentence(text, next, end) && text[mark + 1] != '.' &&
         !InAddress(text, word, mark, end);
}

namespace {

// U+201D RIGHT DOUBLE QUOTATION MARK in UTF-8.
constexpr absl::string_view kClosingMark = "\xE2\x80\x9D";
constexpr uint32_t kClosingMarkBytes = 3;

constexpr unsigned char kClosingMarkLead = 0xE2;

// The bytes a word's scan stops at: ASCII spaces end it; the closing mark's lead byte, a
// sentence mark and a comma need a closer look (IsGluedClosingMark, IsGluedPunctuation). One
// table load per byte.
constexpr std::array<bool, 256> kWordStop = [] {
  std::array<bool, 256> stop{};
  for (const unsigned char c : {' ', '\t', '\r', '\n'}) stop[c] = true;
  stop[kClosingMarkLead] = true;
  stop['.'] = true;
  stop['!'] = true;
  stop[','] = true;
  return stop;
}();

// The first byte at or after `pos` (before `end`) that kWordStop holds, or `end`. Candidates
// 16 at a time: bytes <= 0x21 (the spaces and '!' among them), the mark's lead byte, '.',
// '?' and ','.
uint32_t NextWordStop(absl::string_view text, uint32_t pos, uint32_t end) {
  return FirstByteWhere(
      text.data(), pos, end,
      [](__m128i bytes) {
        const __m128i bang = _mm_set1_epi8('!');
        const __m128i low = _mm_cmpeq_epi8(_mm_min_epu8(bytes, bang), bytes);  // <= '!'
        return _mm_or_si128(
            _mm_or_si128(low, _mm_cmpeq_epi8(bytes,
                                             _mm_set1_epi8(static_cast<char>(kClosingMarkLead)))),
            _mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('.')),
                         _mm_cmpeq_epi8(bytes, _mm_set1_epi8(','))));
      },
      [](unsigned char byte) { return kWordStop[byte]; });
}

// True when a closing double mark at `i` follows a word character and a capital letter
// follows it without a space: scraped text that lost the space after a quote.
bool IsGluedClosingMark(absl::string_view text, uint32_t i, uint32_t end) {
  if (text[i] != kClosingMark[0] || i == 0 || i + kClosingMarkBytes >= end) return false;
  if (text.substr(i, kClosingMarkBytes) != kClosingMark) return false;
  const unsigned char before = static_cast<unsigned char>(text[i - 1]);
  const unsigned char after = static_cast<unsigned char>(text[i + kClosingMarkBytes]);
  return (before == ',' || before == '.' || absl::ascii_isalnum(before)) &&
         absl::ascii_isupper(after);
}

// True when an em dash or en dash (U+2014, U+2013) begins at `i` and a byte follows it
// (before `end`).
bool IsDashAt(absl::string_view text, uint32_t i, uint32_t end) {
  return i + 3 < end && text[i] == '\xE2' && text[i + 1] == '\x80' &&
         (text[i + 2] == '\x94' || text[i + 2] == '\x93');
}

// For a word opening at `pos` with '(' (before `end`, its raw end): the end of an all-caps
// tag in parentheses glued to a capitalized word, `(CNN)Donald Trump reacted …` (CNN's pages
// as scraped carry their dateline so), else `end`. The tag is skipped and ends the dateline's
// sentence, so the next one opens with the name, not with `CNN)Donald` or `Washington
// Donald`; `(R-Ky.)`, `(AP)` and `(Judith Martin)` stand apart.
uint32_t GluedTagEnd(absl::string_view text, uint32_t pos, uint32_t end) {
  constexpr uint32_t kMaxTagBytes = 8;
  uint32_t i = pos + 1;
  while (i < end && i - pos <= kMaxTagBytes &&
         absl::ascii_isupper(static_cast<unsigned char>(text[i]))) {
    ++i;
  }
  if (i - pos < 3 || i + 2 >= end || text[i] != ')' ||
      !absl::ascii_isupper(static_cast<unsigned char>(text[i + 1])) ||
      !absl::ascii_islower(static_cast<unsigned char>(text[i + 2]))) {
    return end;
  }
  return i + 1;
}

// True when punctuation at `i`, in the word opening at `word`, ends the word though no space
// follows it (scraped text that lost its spaces):
// - a sentence mark between a lower-case word and a capitalized one, itself or after an
//   opening double mark: `it will occur.The Senate`, `last October.Brownfield told`, `said
//   Woodward.“But`, `candidates."Everyday`, `he failed!That` (IsGluedSentenceEnd). An
//   abbreviation split so (`St.Louis`, `Rep.Tom`) still ends no sentence;
// - a period or comma after a speech verb before an opening double mark or (a comma) a
//   lower-case word: `said."the`, `wrote,according`. Elsewhere the glued text keeps its
//   words (`Hill.TV`, `Ph.D`, `nytimes.com`, `Node.js`).
bool IsGluedPunctuation(absl::string_view text, uint32_t word, uint32_t i, uint32_t end) {
  const char c = text[i];
  if ((c != '.' && c != ',' && c != '!' && c != '?') || i < 3 || i + 2 >= end) return false;
  if (!absl::ascii_islower(static_cast<unsigned char>(text[i - 1]))) return false;
  const unsigned char after = static_cast<unsigned char>(text[i + 1]);
  if (IsSpaceByte(static_cast<char>(after))) return false;  // Most marks: `said. The`.
  const bool opening_mark = after == '"' || text.substr(i + 1, 3) == "\xE2\x80\x9C";  // “
  if (c != ',') {
    if (IsGluedSentenceEnd(text, word, i, i + 1, end)) return true;
    if (c != '.' || !opening_mark) return false;
  } else if (!((absl::ascii_isupper(after) &&
                absl::ascii_islower(static_cast<unsigned char>(text[i + 2]))) ||
               opening_mark ||
               (absl::ascii_islower(after) &&
                absl::ascii_islower(static_cast<unsigned char>(text[i + 2]))))) {
    return false;
  }
  constexpr uint32_t kMaxVerbBytes = 12;
  uint32_t b = i;
  while (b > 0 && i - b < kMaxVerbBytes &&
         absl::ascii_isalpha(static_cast<unsigned char>(text[b - 1]))) {
    --b;
  }
  char lower[kMaxVerbBytes];
  for (uint32_t k = b; k < i; ++k)
    lower[k - b] = absl::ascii_tolower(static_cast<unsigned char>(text[k]));
  return IsTailSpeechVerb(absl::string_view(lower, i - b));
}

// Photo credits glued into the text (`Alex Brandon/AP`, `John Shinkle/POLITICO McConnell
// defends deal`, `Credit Larry Downing/Reuters`, `[Amber Bracken/Al Jazeera]`) and slashed
// titles (`County Judge/Executive Dan Mosley`) name no one: the slashed word, up to three
// capitalized words running into it in its sentence (the photographer's name), and, when the
// agency after the slash is a capitalized word (`Getty`, `Al`, `Tampa`), up to two
// capitalized words running on from it to the end of its sentence (`Getty Images`, `Al
// Jazeera]`, `Tampa Bay Times`) are marked not capitalized, so no name or "he"/"she" antecedent is
// read from them.
// `slashed`: the capitalized tokens holding a '/', ascending (found while tokenizing).
void UnnameCredits(absl::string_view text, const std::vector<size_t>& slashed,
                   std::vector<WordSpan>* tokens) {
  std::vector<WordSpan>& t = *tokens;
  const auto runs_into = [&](size_t k) { return RunsInto(t[k], t[k + 1]); };
  for (const size_t i : slashed) {
    const absl::string_view word = t[i].span.In(text);
    const size_t slash = word.find('/');
    t[i].capitalized = false;
    for (size_t k = i, run = 0; k > 0 && run < 3 && t[k - 1].capitalized && runs_into(k - 1);
         --k, ++run) {
      t[k - 1].capitalized = false;
    }
    const absl::string_view agency = word.substr(slash + 1);
    const bool agency_word =
        agency.size() >= 2 && absl::ascii_isupper(agency[0]) && absl::ascii_islower(agency[1]);
    // Only a run that ends the credit's sentence or paragraph: `Judge/Executive Dan Mosley
    // said` goes on to a name.
    size_t end = i;
    while (agency_word && end + 1 < t.size() && end - i < 2 && t[end + 1].capitalized &&
           runs_into(end)) {
      ++end;
    }
    const bool closes = end + 1 == t.size() || !runs_into(end);
    for (size_t k = i + 1; closes && k <= end; ++k) t[k].capitalized = false;
  }
}

// Lower-case particles that stand inside a person's name before its capitalized rest: `Kevin
// de León`, `Hans Van de Weerd`, `Osama bin Laden`, `Ayman al Zawahiri`.
bool IsNameParticle(absl::string_view word) {
  static constexpr WordSet kParticles{{"de", "da", "del", "della", "di", "du", "dos", "van", "von",
                                       "der", "den", "ter", "la", "le", "bin", "ibn", "al", "el",
                                       "abu"}};
  return word.size() <= 5 && kParticles.contains(word);
}

// `al-Ansi`, `el-Sisi`, `bin-Salman`: a particle joined by a hyphen to a capitalized surname.
bool IsHyphenedParticleName(absl::string_view word) {
  static constexpr absl::string_view kPrefixes[] = {"al-",  "el-",  "ad-",  "as-", "ash-",
                                                    "bin-", "ibn-", "abu-", "ben-"};
  for (const absl::string_view p : kPrefixes) {
    if (word.size() > p.size() + 1 && absl::StartsWith(word, p) &&
        absl::ascii_isupper(static_cast<unsigned char>(word[p.size()]))) {
      return true;
    }
  }
  return false;
}

// Name particles are read as capitalized words, so a name holding them is one run: `"…,"
// al-Ansi said`, `said Kevin de León, president …`, `"…," de Blasio complained`, `Hans Van de
// Weerd`. A particle word counts only right before a capitalized word (or one more particle
// and then one: `de la Cruz`).
void CapitalizeNameParticles(absl::string_view text, std::vector<WordSpan>* tokens) {
  std::vector<WordSpan>& t = *tokens;
  const auto runs_into = [&](size_t k) { return RunsInto(t[k], t[k + 1]); };
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i].capitalized || t[i].quote >= 0) continue;
    // The first letters of the particles: a, b, d, e, i, l, t, v (one bit each).
    constexpr uint32_t kParticleFirsts = 1u << ('a' - 'a') | 1u << ('b' - 'a') | 1u << ('d' - 'a') |
                                         1u << ('e' - 'a') | 1u << ('i' - 'a') | 1u << ('l' - 'a') |
                                         1u << ('t' - 'a') | 1u << ('v' - 'a');
    const unsigned first = static_cast<unsigned char>(text[t[i].span.begin]) - 'a';
    if (first >= 26 || (kParticleFirsts >> first & 1) == 0) continue;
    const absl::string_view word = t[i].span.In(text);
    if (word.size() > 3 &&
        (word[2] == '-' || word[3] == '-' || (word.size() > 4 && word[4] == '-'))) {
      if (IsHyphenedParticleName(word)) t[i].capitalized = true;
      continue;
    }
    // Most words fail here: a particle stands before a capitalized word, or before another
    // particle and then one.
    if (i + 1 == t.size() || word.size() > 5 || !runs_into(i)) continue;
    if (!t[i + 1].capitalized && (i + 2 == t.size() || !t[i + 2].capitalized)) continue;
    if (!IsNameParticle(word)) continue;
    size_t next = i + 1;  // `de la Cruz`: one more particle before the capitalized word.
    if (!t[next].capitalized && next + 1 < t.size() && runs_into(next) &&
        IsNameParticle(t[next].span.In(text))) {
      ++next;
    }
    if (!t[next].capitalized || t[next].all_caps || t[next].quote >= 0) continue;
    // After a quote or opening a sentence (`"…," de Blasio complained`), or in a run of
    // capitalized words holding a given name (`Kevin de León`, `Clarissa Martinez de Castro`;
    // not `Cherchez la Femme`, `Place de la Bastille`).
    const bool opens = i == 0 || t[i - 1].quote >= 0 || !runs_into(i - 1);
    const auto given = [&](size_t k) {
      return t[k].capitalized && t[k].quote < 0 && IsGivenName(t[k].span.In(text));
    };
    if (!opens &&
        !(t[i - 1].capitalized && (given(i - 1) || (i >= 2 && runs_into(i - 2) && given(i - 2))))) {
      continue;
    }
    for (size_t k = i; k < next; ++k) t[k].capitalized = true;
    i = next - 1;
  }
}

}  // namespace

std::vector<WordSpan> TokenizeWords(absl::string_view text, const std::vector<Span>& paragraphs,
                                    const std::vector<QuoteSpan>& quotes) {
  std::vector<WordSpan> tokens;
  std::vector<size_t> slashed;           // Capitalized tokens with a '/': photo credits, maybe.
  tokens.reserve(text.size() / 5 + 16);  // ~6 bytes per English word with its space.
  size_t q = 0;
  const size_t num_quotes = quotes.size();
  for (uint32_t p = 0; p < paragraphs.size(); ++p) {
    const Span para = paragraphs[p];
    uint32_t pos = para.begin;
    int paren_depth = 0;  // Parentheses open before this token, within the paragraph.
    while (pos < para.end) {
      while (pos < para.end && IsSpaceByte(text[pos])) ++pos;
      if (pos >= para.end) break;
      uint32_t raw_end = pos;
      while ((raw_end = NextWordStop(text, raw_end, para.end)) < para.end) {
        const auto byte = static_cast<unsigned char>(text[raw_end]);
        if (IsSpaceByte(static_cast<char>(byte))) break;
        // `Tony Perkins—who`, `Scott Walker–who`: a dash glued between a capitalized word and
        // a lower-case one ends the first, as a spaced dash does (the dash is then the next
        // word's leading punctuation), so the name is no `Perkins—who`.
        if (raw_end > pos && IsDashAt(text, raw_end, para.end) &&
            absl::ascii_isupper(static_cast<unsigned char>(text[pos])) &&
            absl::ascii_islower(static_cast<unsigned char>(text[raw_end + 3]))) {
          break;
        }
        // `a baby step,”Peskov told RT`: a closing mark glued to the next word ends the word.
        if (IsGluedClosingMark(text, raw_end, para.end)) {
          raw_end += kClosingMarkBytes;
          break;
        }
        // `it will occur.The Senate`, `"…," Gaetz said.The effort …`, `Comey
        // wrote,according to`: scraped text that lost the space after a sentence mark or a
        // comma ends the word there.
        if (IsGluedPunctuation(text, pos, raw_end, para.end)) {
          ++raw_end;
          break;
        }
        ++raw_end;
      }
      // `(CNN)Donald Trump reacted`: the dateline tag is no word of the sentence.
      if (text[pos] == '(') {
        const uint32_t tag_end = GluedTagEnd(text, pos, raw_end);
        if (tag_end < raw_end) {
          // `WASHINGTON (CNN)Hillary Clinton`: the place before the tag is a dateline of its
          // own, not the first word of her name.
          if (!tokens.empty() && tokens.back().paragraph == p) tokens.back().sentence_end = true;
          pos = tag_end;
          continue;
        }
      }
      // Strip leading and trailing non-word characters.
      uint32_t b = pos, e = raw_end;
      while (b < e) {
        int len = 0;
        if (IsWordChar(DecodeUtf8(text, b, &len))) break;
        b += len;
      }
      while (e > b) {
        int len = 0;
        if (IsWordChar(DecodeUtf8Before(text, e, &len))) break;
        e -= len;
      }
      int opens = 0, closes = 0;  // Parentheses before and after the word.
      if (b > pos) {              // Most words have no leading punctuation.
        for (uint32_t i = pos; i < b; ++i) opens += text[i] == '(';
        // "out of control : “If I …": a colon set apart from its word still closes it.
        if (!tokens.empty() && tokens.back().paragraph == p && !tokens.back().colon_after) {
          for (uint32_t i = pos; i < b; ++i) {
            if (text[i] == ':') tokens.back().colon_after = true;
          }
        }
        // `said Michael V. Hayden , the former chief of the C.I.A.`: scraped text (a link
        // around the name) set the comma apart; it still closes the name.
        if (text[pos] == ',' && !tokens.empty() && tokens.back().paragraph == p) {
          tokens.back().comma_after = true;
        }
      }
      if (e > b) {
        WordSpan& t = tokens.emplace_back();  // Filled in place: no copy per word.
        t.in_parens = paren_depth + opens > 0;
        // Possessive: Annan's, Russia’s.
        absl::string_view w(text.data() + b, e - b);  // b <= e <= text.size().
        if (w.size() > 2 && absl::EndsWith(w, "'s")) {
          e -= 2;
          t.possessive = true;
        } else if (w.size() > 4 && absl::EndsWith(w, "\xE2\x80\x99s")) {
          e -= 4;
          t.possessive = true;
        }
        t.span = {b, e};
        t.paragraph = p;
        int len = 0;
        const char32_t first = DecodeUtf8(text, b, &len);
        t.capitalized = IsUpper(first);
        // A word is a few bytes: a loop, not a memchr call.
        if (t.capitalized && std::find(text.data() + b, text.data() + e, '/') != text.data() + e) {
          slashed.push_back(tokens.size() - 1);
        }
        int upper = 0, letters = 0;
        for (uint32_t i = b; i < e; i += len) {
          const unsigned char byte = static_cast<unsigned char>(text[i]);
          if (byte < 0x80) {  // ASCII fast path.
            len = 1;
            letters += absl::ascii_isalpha(byte);
            upper += absl::ascii_isupper(byte);
            if (letters > upper) break;  // Not all caps: nothing more to learn.
            continue;
          }
          const char32_t c = DecodeUtf8(text, i, &len);
          if (IsWordChar(c)) {
            ++letters;
            upper += IsUpper(c);
          }
          if (letters > upper) break;
        }
        t.all_caps = letters >= 2 && upper == letters;
        // Trailing punctuation decides sentence/colon/comma flags.
        // One pass over the (usually empty or one-byte) trail.
        size_t dot = absl::string_view::npos;
        bool ellipsis = false;
        for (uint32_t i = e; i < raw_end; ++i) {
          const char c = text[i];
          if ((c == '.' || c == '!' || c == '?') && dot == absl::string_view::npos) dot = i - e;
          t.colon_after |= c == ':';
          t.comma_after |= c == ',';
          closes += c == ')';
          ellipsis |=
              c == '\xE2' && i + 2 < raw_end && text[i + 1] == '\x80' && text[i + 2] == '\xA6';
        }
        if (!ellipsis && dot != absl::string_view::npos) {  // An ellipsis is mid-sentence.
          const bool period_only = text[e + dot] == '.';
          absl::string_view word = text.substr(b, e - b);
          t.sentence_end = !(period_only && dot == 0 && IsAbbreviation(word));
          // "(R-Ky.)": a period inside parentheses closes the aside, not the sentence.
          if (period_only && t.in_parens && closes > 0) t.sentence_end = false;
          // "Sen. Jack Reed, D-R.I., said": a party-and-state tag before a comma ends no
          // sentence.
          if (period_only && t.comma_after && IsPartyStateTag(word)) t.sentence_end = false;
          // "in Ferguson, Mo., saying": a state between a town's comma and its own ends no
          // sentence either, and is an aside (so "New Haven, Conn., who …" reads no state as
          // a subject): the sentence runs on to the participle's subject.
          if (period_only && dot == 0 && t.comma_after) MarkStateAfterTown(text, p, word, &tokens);
        }
        // "Elijah Cummings, R-Md., said": a party-and-state tag is an aside, like "(R-Ky.)".
        if (IsPartyStateTag(absl::string_view(text.data() + b, e - b))) t.in_parens = true;
        while (q < num_quotes && quotes[q].marks.end <= b) ++q;
        if (q < num_quotes && quotes[q].marks.begin <= b && b < quotes[q].marks.end) {
          t.quote = static_cast<int>(q);
        }
        const bool suffix = e - b == 2 && (text[b] == 'J' || text[b] == 'S') && text[b + 1] == 'r';
        // `Donald Trump, Jr., touted`, `Robert F. Kennedy, Jr.`: a generational suffix set
        // off by a comma is still the name's last word, as in `Donald Trump Jr.` (read
        // without it, the son was his father).
        if (suffix && tokens.size() >= 2) {
          WordSpan& name = tokens[tokens.size() - 2];
          if (name.comma_after && name.capitalized && !name.sentence_end && !name.colon_after &&
              name.paragraph == p && name.quote == t.quote) {
            name.comma_after = false;
          }
        }
      }
      if (opens != closes) paren_depth = std::max(0, paren_depth + opens - closes);
      pos = raw_end;
    }
  }
  if (!slashed.empty()) UnnameCredits(text, slashed, &tokens);
  CapitalizeNameParticles(text, &tokens);
  return tokens;
}

}  // namespace claimdup
