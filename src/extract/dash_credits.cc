#include "extract/dash_credits.h"

#include <string>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/strip.h"
#include "absl/types/span.h"
#include "extract/bylines.h"
#include "extract/word_tokens.h"

namespace claimdup {
namespace {

// Tokens a credit's name run may take, titles included: `Senior White House Adviser David
// Plouffe` (6); `Rudy Giuliani Pete Marovich/Getty Images Donald Trump` (a caption) is none.
constexpr int kMaxCreditNameTokens = 7;
// Bytes searched for a staff line's words from the credit on: `— Carol E. Lee ¶ contributed to
// this article.` puts them in the next paragraph.
constexpr size_t kStaffWindowBytes = 200;

constexpr absl::string_view kEmDash = "\xE2\x80\x94";
constexpr absl::string_view kEnDash = "\xE2\x80\x93";
constexpr absl::string_view kEllipsis = "\xE2\x80\xA6";
constexpr absl::string_view kRightSingleMark = "\xE2\x80\x99";

bool IsLineSpace(char c) { return c == ' ' || c == '\t'; }

// Bytes of the dash at text[i]: `--`, `—`, `–`, or `-` before a space; 0 when none.
size_t DashAt(absl::string_view text, size_t i) {
  const absl::string_view rest = text.substr(i);
  if (absl::StartsWith(rest, "--")) return 2;
  if (absl::StartsWith(rest, kEmDash) || absl::StartsWith(rest, kEnDash)) return 3;
  if (rest.size() > 1 && rest[0] == '-' && rest[1] == ' ') return 1;
  return 0;
}

// True when the quoted words end a sentence: `.`, `?`, `!` or `…` last, maybe inside a closing
// single mark (`a flat ‘no.’”`).
bool EndsSentence(absl::string_view text, Span content) {
  absl::string_view words = content.In(text);
  while (absl::ConsumeSuffix(&words, "'") || absl::ConsumeSuffix(&words, kRightSingleMark)) {
  }
  if (words.empty()) return false;
  const char c = words.back();
  return c == '.' || c == '?' || c == '!' || absl::EndsWith(words, kEllipsis);
}

// Words that go on from a credit's name to the occasion: `President Obama talking to the New
// York Times`, `Charles Krauthammer on "Special Report"`, `Trump in a tweet on Thursday`.
bool IsOccasionWord(absl::string_view w) {
  static constexpr absl::string_view kWords[] = {
      "on",         "in",         "at",        "to",          "during",    "from",
      "via",        "talking",    "speaking",  "addressing",  "discussing", "describing",
      "explaining", "when",       "shortly",   "after",       "before",    "writing",
      "quoting",    "responding", "answering", "testifying",  "commenting", "reacting",
      "replying",   "interviewed"};
  for (absl::string_view k : kWords) {
    if (w == k) return true;
  }
  return false;
}

// A staff line or embed near the credit: `-- Scott Wong contributed.`, `With assistance by`,
// `This report was updated`, `— Jim Acosta (@Acosta) October 21, 2016`.
bool NamesStaffOrEmbed(absl::string_view text, size_t from) {
  const std::string window = absl::AsciiStrToLower(text.substr(from, kStaffWindowBytes));
  for (absl::string_view w : {"contributed", "reporting by", "additional reporting", "assistance",
                              "updated", "(@"}) {
    if (absl::StrContains(window, w)) return true;
  }
  return false;
}

// True when a quotation mark stands between tokens `a` and `b` of `line`.
bool OpeningMarkBetween(absl::string_view line, const WordSpan& a, const WordSpan& b) {
  const absl::string_view gap = line.substr(a.span.end, b.span.begin - a.span.end);
  return absl::StrContains(gap, "\"") || absl::StrContains(gap, "\xE2\x80\x9C");
}

// The name a credit line's words `w` open with (DashCreditAfter's name run); kNone when
// refused. `own_paragraph`: the line is a paragraph of its own.
Subject CreditName(absl::string_view line, absl::string_view lower, absl::Span<const WordSpan> w,
                   bool own_paragraph) {
  const int n = static_cast<int>(w.size());
  // The name run: capitalized words and lower-case title words (`Soon-to-be Republican
  // presidential nominee Mitt Romney`) up to a comma, a sentence end or another word.
  int e = 0;
  bool punctuated = false;
  for (; e < n && e < kMaxCreditNameTokens; ++e) {
    const absl::string_view lw = LowerWord(lower, w[e]);
    if (w[e].in_parens || (e > 0 && OpeningMarkBetween(line, w[e - 1], w[e]))) break;
    if (!w[e].capitalized && !IsTitleWord(lw) && !IsTitleModifier(lw)) break;
    if (w[e].possessive) return {};  // `CNN's Elise Labott`, `Carl Sandburg's poem`.
    if (w[e].comma_after || w[e].sentence_end || w[e].colon_after) {
      ++e;
      punctuated = true;
      break;
    }
  }
  if (e == 0 || (!punctuated && e == kMaxCreditNameTokens && e < n)) return {};
  // `-- In North Dakota, as The Bismarck Tribune reports, "…"`: a list item, no credit.
  const absl::string_view first = LowerWord(lower, w[0]);
  if (IsNonNameCapitalized(first) && !IsTitleWord(first)) return {};
  const WordSpan& last = w[e - 1];
  // `Diplomacy Still An Option: …` and `JEFF ANDERSON, Lincoln, Nebraska` are headings.
  if (last.colon_after || last.all_caps) return {};
  const bool bare = e == n;  // Nothing after the name.
  if (!punctuated && e < n) {
    int k = e;
    while (k < n && w[k].in_parens) ++k;  // `Rep. Dan Kildee (D-Mich.)`.
    // `"…" —Sarah Sanders "[Trump] paid him back …" —Rudy Giuliani`: the next quote follows.
    const bool next_quote = k < n && OpeningMarkBetween(line, last, w[k]);
    // `Michelle Malkin is host of …`, `Matt Wuerker talks satire`: a sentence, no credit.
    if (k < n && !next_quote && (w[k].capitalized || !IsOccasionWord(LowerWord(lower, w[k])))) {
      return {};
    }
  }
  Subject s = ParseSubject(line, lower, w.subspan(0, e));
  if (s.kind != Subject::Kind::kName) return {};
  // `— Maureen Groppe` alone under a live blog's entry signs the entry.
  if (own_paragraph && bare && s.titles.empty()) return {};
  return s;
}

// Nouns of documents a credit line may name instead of a person.
bool IsDocumentNoun(absl::string_view w) {
  static constexpr absl::string_view kWords[] = {
      "statement", "letter", "email", "e-mail", "memo", "memorandum", "release", "tweet",
      "op-ed",     "editorial", "filing", "transcript"};
  for (absl::string_view k : kWords) {
    if (w == k) return true;
  }
  return false;
}

// A credit line naming a document (`— Statement from former Gov. John H. Sununu, R-N.H.`,
// `— email Wednesday from Steve Guest, RNC’s rapid response director`, `-- A letter from 20
// Republican senators to President Obama`, `— White House statement on …`): a document noun
// among its first kMaxDocumentWords words, before any comma or occasion word (`— Trump in a
// tweet` names Trump). `author`: the token after a `from` that follows the noun within
// kMaxDocumentWords words (-1: none); `organization`: with no author, capitalized words that
// are no date stand before the noun (`White House statement`), an organization's document.
struct Document {
  bool is_document = false;
  int author = -1;
  bool organization = false;
};
constexpr int kMaxDocumentWords = 6;

Document DocumentCredit(absl::string_view lower, const std::vector<WordSpan>& w) {
  Document d;
  const int n = static_cast<int>(w.size());
  int noun = -1;
  for (int j = 0; j < n && j < kMaxDocumentWords; ++j) {
    const absl::string_view lw = LowerWord(lower, w[j]);
    if (IsDocumentNoun(lw)) {
      noun = j;
      break;
    }
    if ((j > 0 && IsOccasionWord(lw)) || w[j].comma_after || w[j].sentence_end ||
        w[j].colon_after || w[j].in_parens) {
      return d;
    }
  }
  if (noun < 0) return d;
  d.is_document = true;
  for (int j = noun + 1; j < n && j <= noun + kMaxDocumentWords; ++j) {
    if (LowerWord(lower, w[j]) == "from") {
      if (j + 1 < n) d.author = j + 1;
      return d;
    }
    if (w[j - 1].comma_after || w[j - 1].sentence_end) break;
  }
  for (int j = 0; j < noun; ++j) {
    const absl::string_view lw = LowerWord(lower, w[j]);
    if (j == 0 && (lw == "from" || lw == "a" || lw == "an" || lw == "the")) continue;
    if (w[j].capitalized && !IsNonNameCapitalized(lw)) d.organization = true;
  }
  return d;
}

}  // namespace

Subject DashCreditAfter(absl::string_view text, const std::vector<Span>& paragraphs,
                        const QuoteSpan& quote) {
  if (quote.last_paragraph >= paragraphs.size()) return {};
  const Span para = paragraphs[quote.last_paragraph];
  const bool opens_paragraph =
      OnlyBlankBetween(text, paragraphs[quote.first_paragraph].begin, quote.marks.begin);
  // `Baker continued: "…¶"To be great is to be misunderstood." — Fired FBI Director James
  // Comey`: a quote run on over paragraphs from a sentence of its own lost its closing mark.
  if (!opens_paragraph && quote.first_paragraph != quote.last_paragraph) return {};
  size_t i = quote.marks.end;
  while (i < para.end && IsLineSpace(text[i])) ++i;
  size_t end = para.end;
  bool own_paragraph = false;  // The credit is a paragraph of its own.
  if (i < para.end) {
    // `"…" -- Jim Messina, …`: not `"Gang of Eight" -- John McCain, …` inside a sentence.
    const size_t dash = DashAt(text, i);
    if (dash == 0 || !(opens_paragraph || EndsSentence(text, quote.content))) return {};
    i += dash;
  } else {
    // `"…"` filling its paragraph, then `— Charles Krauthammer on …` opening the next one.
    if (!opens_paragraph || quote.last_paragraph + 1 >= paragraphs.size()) return {};
    const Span next = paragraphs[quote.last_paragraph + 1];
    const size_t dash = DashAt(text, next.begin);
    if (dash == 0) return {};
    i = next.begin + dash;
    end = next.end;
    own_paragraph = true;
  }
  while (i < end && IsLineSpace(text[i])) ++i;
  if (i >= end || NamesStaffOrEmbed(text, i)) return {};
  if (end - i > kMaxCreditBytes) {
    // Cut at a space, so no word (or UTF-8 character) is cut in two.
    end = i + kMaxCreditBytes;
    while (end > i && text[end] != ' ') --end;
  }
  const absl::string_view line = text.substr(i, end - i);
  const std::string lower = absl::AsciiStrToLower(line);
  static const std::vector<QuoteSpan> kNoQuotes;
  const std::vector<WordSpan> w =
      TokenizeWords(line, {Span{0, static_cast<uint32_t>(line.size())}}, kNoQuotes);
  const Document document = DocumentCredit(lower, w);
  if (document.is_document) {
    if (document.author < 0) return document.organization ? Subject::Unnamed() : Subject();
    const Subject author =
        CreditName(line, lower, absl::MakeConstSpan(w).subspan(document.author), false);
    return author.kind == Subject::Kind::kName ? author : Subject::Unnamed();
  }
  return CreditName(line, lower, w, own_paragraph);
}

}  // namespace claimdup
