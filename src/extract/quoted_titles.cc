#include "extract/quoted_titles.h"

#include <algorithm>
#include <cstring>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_split.h"
#include "extract/word_set.h"

namespace claimdup {
namespace {

bool IsSpaceByte(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
bool IsAsciiAlnum(char c) { return absl::ascii_isalnum(static_cast<unsigned char>(c)); }

// Words a title leaves in lower case: "Meet the Press", "Face the Nation", "Gang of Eight".
bool IsMinorTitleWord(absl::string_view w) {
  static constexpr WordSet kMinor{
      {"a",   "an",   "the",  "and", "or", "nor", "but",  "of",   "in",   "on", "at",  "to", "for",
       "by",  "from", "with", "as",  "vs", "via", "into", "upon", "over", "de", "la",  "le", "du",
       "von", "van",  "del",  "da",  "is", "be",  "up",   "off",  "out",  "n",  "that"}};
  return kMinor.contains(w);
}

// Words right before a quoted name: `on "Meet the Press"`, `told "Fox News Sunday"`,
// `wrote in "The Atlantic"`, `the so-called "Gang of Eight"`, `a book titled "Fire and Fury"`.
bool IsTitleCue(absl::string_view lower_word) {
  static constexpr WordSet kCues{
      {"on",      "told",     "to",        "in",        "of",        "the",         "a",
       "an",      "his",      "her",       "their",     "its",       "called",      "so-called",
       "titled",  "entitled", "dubbed",    "named",     "nicknamed", "labeled",     "labelled",
       "branded", "billed",   "program",   "programme", "show",      "series",      "book",
       "books",   "memoir",   "novel",     "film",      "movie",     "documentary", "song",
       "album",   "column",   "article",   "essay",     "op-ed",     "editorial",   "piece",
       "podcast", "magazine", "newspaper", "headline",  "headlined", "slogan",      "campaign",
       "during",  "at",       "with",      "appeared",  "appearing", "appearance",  "via",
       "from"}};
  return kCues.contains(lower_word);
}

// Words right after a quoted name: `"Meet the Press" host Chuck Todd`.
bool IsTitleFollower(absl::string_view lower_word) {
  static constexpr WordSet kFollowers{
      {"host",      "hosts",      "co-host",     "cohost",  "anchor",    "anchors",   "moderator",
       "interview", "interviews", "appearance",  "program", "programme", "show",      "segment",
       "broadcast", "author",     "authors",     "book",    "column",    "columnist", "op-ed",
       "article",   "star",       "stars",       "episode", "series",    "podcast",   "panel",
       "fame",      "slogan",     "documentary", "movie",   "film",      "special",   "town"}};
  return kFollowers.contains(lower_word);
}

// Words longer than this are not words a title cue could be; the look-around stops there,
// so a title test costs O(quote) whatever the paragraph.
constexpr uint32_t kMaxCueBytes = 32;

// The word (run of non-space bytes) ending right before `pos`, spaces skipped, within
// `para`; empty when the quote opens the paragraph.
absl::string_view WordBefore(absl::string_view text, Span para, uint32_t pos) {
  uint32_t e = pos;
  while (e > para.begin && pos - e < kMaxCueBytes && IsSpaceByte(text[e - 1])) --e;
  uint32_t b = e;
  while (b > para.begin && e - b < kMaxCueBytes && !IsSpaceByte(text[b - 1])) --b;
  return text.substr(b, e - b);
}

// The word starting after `pos` (spaces skipped) within `para`.
absl::string_view WordAfter(absl::string_view text, Span para, uint32_t pos) {
  uint32_t b = pos;
  while (b < para.end && b - pos < kMaxCueBytes && IsSpaceByte(text[b])) ++b;
  uint32_t e = b;
  while (e < para.end && e - b < kMaxCueBytes && !IsSpaceByte(text[e])) ++e;
  return text.substr(b, e - b);
}

// The word without the punctuation around it (ASCII), lower-cased.
std::string Bare(absl::string_view w) {
  size_t b = 0, e = w.size();
  while (b < e && !IsAsciiAlnum(w[b]) && static_cast<unsigned char>(w[b]) < 0x80) ++b;
  while (e > b && !IsAsciiAlnum(w[e - 1]) && static_cast<unsigned char>(w[e - 1]) < 0x80) --e;
  return absl::AsciiStrToLower(w.substr(b, e - b));
}

// NBC's, Fox News’s, CBS', CBS’ (any case).
bool IsPossessive(absl::string_view w) {
  return absl::EndsWithIgnoreCase(w, "'s") || absl::EndsWithIgnoreCase(w, "\xE2\x80\x99s") ||
         (w.size() > 2 &&
          (absl::EndsWithIgnoreCase(w, "s'") || absl::EndsWithIgnoreCase(w, "s\xE2\x80\x99")));
}

// Nouns that name a work and may stand before its title with a comma: `her new book,
// "Hard Choices."`.
bool IsWorkNoun(absl::string_view lower_word) {
  static constexpr WordSet kNouns{
      {"book",      "memoir",  "novel",    "film",   "movie",  "documentary", "show",   "program",
       "programme", "series",  "song",     "album",  "column", "article",     "essay",  "op-ed",
       "editorial", "podcast", "headline", "slogan", "play",   "report",      "speech", "poem"}};
  return kNouns.contains(lower_word);
}

// NBC, CBS, MSNBC: a network or outlet written as an acronym right before the title.
bool IsAcronym(absl::string_view w) {
  int letters = 0;
  for (char c : w) {
    if (absl::ascii_isupper(static_cast<unsigned char>(c))) {
      ++letters;
    } else if (c != '&' && c != '-') {
      return false;
    }
  }
  return letters >= 2 && letters <= 6;
}

// Title case: every word starts with a capital or a digit, minor words excepted, and the
// first word is capitalized. Words of other scripts count as capitalized (no case to read).
bool IsTitleCase(absl::string_view content) {
  int words = 0, limit = kMaxTitleWords;
  bool first = true;
  for (absl::string_view raw : absl::StrSplit(content, ' ', absl::SkipEmpty())) {
    size_t b = 0;
    while (b < raw.size() && !IsAsciiAlnum(raw[b]) && static_cast<unsigned char>(raw[b]) < 0x80)
      ++b;
    if (b == raw.size()) continue;  // "&", "—": no letters.
    if (++words > limit) return false;
    // A main title and its subtitle (`Hacks: The Inside Story of …`) may run longer.
    if (raw.back() == ':' && words <= kMaxMainTitleWords) limit = kMaxSubtitledTitleWords;
    const char c = raw[b];
    if (absl::ascii_isupper(static_cast<unsigned char>(c)) || absl::ascii_isdigit(c) ||
        static_cast<unsigned char>(c) >= 0x80) {
      first = false;
      continue;
    }
    if (first || !IsMinorTitleWord(Bare(raw))) return false;
  }
  return words > 0;
}

// Prepositions and verbs that introduce a show or outlet by name: `on ABC News "This Week"`.
bool IsOutletCue(absl::string_view lower_word) {
  static constexpr WordSet kCues{{"on", "told", "to", "in", "of", "during", "with", "via", "from",
                                  "at", "appearing", "appeared"}};
  return kCues.contains(lower_word);
}

bool StartsUpper(absl::string_view w) {
  return !w.empty() && absl::ascii_isupper(static_cast<unsigned char>(w[0]));
}

// Names of outlets before a title are at most this many words ("ABC News", "Fox Business").
constexpr int kMaxOutletWords = 3;

// Whether the words before the opening mark at `pos` introduce a title: a cue word right
// before it, or an outlet name (a possessive, an acronym, or capitalized words after an
// outlet cue: `on ABC News "This Week."`).
bool HasTitleCueBefore(absl::string_view text, Span paragraph, uint32_t pos) {
  for (int k = 0; k <= kMaxOutletWords; ++k) {
    const absl::string_view word = WordBefore(text, paragraph, pos);
    if (word.empty()) return false;
    const std::string bare = Bare(word);
    if (absl::EndsWith(word, ",") || absl::EndsWith(word, ":")) {
      return k == 0 && IsWorkNoun(bare);  // `her new book, "Hard Choices."`
    }
    if (IsPossessive(word) || IsAcronym(word)) return true;
    if (k == 0 ? IsTitleCue(bare) : IsOutletCue(bare)) return true;
    if (!StartsUpper(word)) return false;
    pos = static_cast<uint32_t>(word.data() - text.data());
  }
  return false;
}

// Relative words that go on from a name set off by a comma: `"The Day of the Sun," when
// citizens celebrate`. A statement's comma is followed by its attribution instead.
bool IsRelativeWord(absl::string_view bare) {
  return bare == "when" || bare == "which" || bare == "where" || bare == "whose";
}

// `He flogged "The Art of the Deal" like it was the Bible`: a title-case name of two or more
// words with no end punctuation, read on by a lower-case word, is a name in running text;
// so is one closed by a comma and read on by a relative word.
bool IsNameInRunningText(absl::string_view text, Span paragraph, const QuoteSpan& quote) {
  const absl::string_view content = quote.content.In(text);
  if (content.find(' ') == absl::string_view::npos) return false;
  const absl::string_view after = WordAfter(text, paragraph, quote.marks.end);
  if (after.empty()) return false;
  bool comma = false;
  const char last = content.back();
  if (last == '.' || last == '!' || last == '?') return false;
  comma = last == ',';
  for (uint32_t i = quote.content.end; i < quote.marks.end; ++i) {
    if (text[i] == '.') return false;
    comma |= text[i] == ',';
  }
  if (comma) return IsRelativeWord(Bare(after));
  return absl::ascii_islower(static_cast<unsigned char>(after[0]));
}

// `"Protests erupt after fatal shooting by police," by the Charlotte Observer's Joe Marusak`:
// a short quote set off by a comma and followed by "by" and a name is a headline with its
// byline, in title case or not (news digests quote headlines in sentence case).
bool IsHeadlineWithByline(absl::string_view text, Span paragraph, const QuoteSpan& quote) {
  constexpr int kMaxHeadlineWords = 20;
  const absl::string_view content = quote.content.In(text);
  if (content.empty() || std::count(content.begin(), content.end(), ' ') >= kMaxHeadlineWords) {
    return false;
  }
  bool comma = content.back() == ',';
  uint32_t pos = quote.marks.end;
  for (uint32_t i = quote.content.end; i < quote.marks.end; ++i) comma |= text[i] == ',';
  if (!comma && pos < paragraph.end && text[pos] == ',') {
    comma = true;
    ++pos;
  }
  if (!comma) return false;
  absl::string_view by = WordAfter(text, paragraph, pos);
  if (by != "by") return false;
  pos = static_cast<uint32_t>(by.data() + by.size() - text.data());
  absl::string_view name = WordAfter(text, paragraph, pos);
  if (name == "the") {
    pos = static_cast<uint32_t>(name.data() + name.size() - text.data());
    name = WordAfter(text, paragraph, pos);
  }
  return !name.empty() && absl::ascii_isupper(static_cast<unsigned char>(name[0]));
}

// A quoted headline is rarely longer; a longer quote after a headline word is speech.
constexpr int kMaxHeadlineWords = 40;
// The headline word stands at most this many words (and bytes) before the quote it
// introduces: `A headline in the South China Morning Post earlier this year boasted: "…"`.
constexpr int kMaxHeadlineCueWords = 12;
constexpr uint32_t kMaxHeadlineCueBytes = 120;

bool HasQuoteMark(absl::string_view w) {
  return w.find('"') != absl::string_view::npos ||
         w.find("\xE2\x80\x9C") != absl::string_view::npos ||
         w.find("\xE2\x80\x9D") != absl::string_view::npos;
}

}  // namespace

// `The Times headline said, "Rise in Murders has St. Louis Debating Why."`, `ran the headline,
// "Tenn. governor to restrict drag shows …"`, `Its headline breathlessly proclaims, "…"`,
// `headlines like "…"`: a quote introduced by "headline(s)", "headlined" or "subheadline" in
// its own clause, or right after "titled"/"entitled", quotes a headline or title, in title
// case or not. The words between hold no other quote, no clause break (`Trump, asked about the
// headline, said "…"` is speech) and no sentence end.
bool IsHeadlineQuote(absl::string_view text, Span paragraph, const QuoteSpan& quote) {
  if (quote.pieces.size() != 1) return false;  // Headlines do not run over paragraphs.
  // Most quotes have no such word before them: one pass over the bytes before the mark for
  // "adline" or "itle" (`Headline`, `titled`, `Entitled`) rules them out cheaply.
  const uint32_t floor = std::max(paragraph.begin, quote.marks.begin > kMaxHeadlineCueBytes
                                                       ? quote.marks.begin - kMaxHeadlineCueBytes
                                                       : 0u);
  bool cue = false;
  const char* const end = text.data() + quote.marks.begin;
  for (const char* l = text.data() + floor + 2; !cue && l < end;) {
    l = static_cast<const char*>(std::memchr(l, 'l', end - l));
    if (l == nullptr) break;
    const size_t at = static_cast<size_t>(l - text.data()) - 2;
    cue = text.substr(at, 4) == "itle" || text.substr(at, 6) == "adline";
    ++l;
  }
  if (!cue) return false;
  uint32_t pos = quote.marks.begin;
  for (int k = 0; k < kMaxHeadlineCueWords; ++k) {
    const absl::string_view word = WordBefore(text, paragraph, pos);
    if (word.empty() || HasQuoteMark(word)) return false;
    const char last = word.back();
    if (last == '.' || last == '!' || last == '?' || last == ';' ||
        (k > 0 && (last == ',' || last == ':'))) {
      return false;
    }
    const std::string bare = Bare(word);
    // `a story titled "Tariffs to take toll on U.S. homebuyers"`; not `entitled to "…"`.
    if (bare == "headline" || bare == "headlines" || bare == "headlined" || bare == "subheadline" ||
        (k == 0 && (bare == "titled" || bare == "entitled"))) {
      const absl::string_view content = quote.content.In(text);
      return std::count(content.begin(), content.end(), ' ') < kMaxHeadlineWords;
    }
    pos = static_cast<uint32_t>(word.data() - text.data());
  }
  return false;
}

bool IsQuotedTitle(absl::string_view text, Span paragraph, const QuoteSpan& quote) {
  if (quote.pieces.size() != 1) return false;  // Titles do not run over paragraphs.
  if (IsHeadlineWithByline(text, paragraph, quote)) return true;
  if (!IsTitleCase(quote.content.In(text))) return false;
  if (HasTitleCueBefore(text, paragraph, quote.marks.begin)) return true;
  if (IsNameInRunningText(text, paragraph, quote)) return true;
  const absl::string_view after = WordAfter(text, paragraph, quote.marks.end);
  return !after.empty() && IsTitleFollower(Bare(after));
}

int DropQuotedTitles(absl::string_view text, const std::vector<Span>& paragraphs,
                     std::vector<QuoteSpan>* quotes) {
  const size_t before = quotes->size();
  quotes->erase(std::remove_if(quotes->begin(), quotes->end(),
                               [&](const QuoteSpan& q) {
                                 return IsQuotedTitle(text, paragraphs[q.first_paragraph], q);
                               }),
                quotes->end());
  return static_cast<int>(before - quotes->size());
}

}  // namespace claimdup
