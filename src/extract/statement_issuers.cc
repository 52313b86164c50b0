#include "extract/statement_issuers.h"

#include <algorithm>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "extract/person_names.h"
#include "extract/word_set.h"

namespace claimdup {
namespace {

constexpr int kMaxAuthorWords = 6;  // `a statement from the U.S. Chamber of Commerce`.
constexpr int kMaxDocumentWords = 12;  // From a document's word to its verb.

bool IsStatementNoun(absl::string_view w) { return w == "statement" || w == "release"; }

// `a statement from|by X`, `a statement attributed to X`: the first token of X, or -1.
int AuthorAfter(const ArticleTokens& t, int d) {
  if (d + 2 >= t.size()) return -1;
  if (t.Lower(d + 1) == "from" || t.Lower(d + 1) == "by") return d + 2;
  if (t.Lower(d + 1) == "attributed" && t.Lower(d + 2) == "to") return d + 3;
  return -1;
}

bool AuthorFollows(const ArticleTokens& t, int d) { return AuthorAfter(t, d) >= 0; }

bool IsNameJoiner(absl::string_view w) { return w == "of" || w == "for" || w == "and"; }

// Words that may follow an author's name in its clause: a verb or a preposition, not a noun
// the name modifies.
bool MayFollowAuthor(absl::string_view w) {
  static constexpr WordSet kWords{{"in",   "on",   "at",    "that",    "which", "who",     "to",
                                   "last", "this", "was",   "is",      "about", "after",   "before",
                                   "over", "late", "early", "earlier", "as",    "through", "via"}};
  return IsSpeechVerb(w) || kWords.contains(w) || absl::EndsWith(w, "ing") ||
         absl::EndsWith(w, "ed");
}

bool IsIssuingVerb(absl::string_view w) {
  return w == "issued" || w == "released" || w == "put" || w == "sent" || w == "published";
}

}  // namespace

bool StatementSpeaksAt(const ArticleTokens& t, int i) {
  if (i < 0 || i + 2 >= t.size() || t.Lower(i) != "the") return false;
  if (t[i + 1].capitalized || !IsStatementNoun(t.Lower(i + 1)) || t[i + 1].quote >= 0) {
    return false;
  }
  const absl::string_view verb = t.Lower(i + 2);
  return !t[i + 2].capitalized &&
         (IsSpeechVerb(verb) || IsTailSpeechVerb(verb) || verb == "read" || verb == "reads");
}

int IssuedStatementBefore(const ArticleTokens& t, int position) {
  if (position <= 0 || position > t.size()) return -1;
  const uint32_t paragraph = t[std::min(position, t.size() - 1)].paragraph;
  for (int d = position - 1; d >= 0 && position - d <= kMaxStatementDistance; --d) {
    // `"…," Carnival said in a statement` four paragraphs before the Belize government's
    // statement: a statement named that far back is often another's.
    if (paragraph - t[d].paragraph > kMaxStatementParagraphs) return -1;
    if (t[d].quote >= 0 || t.Lower(d) != "statement" || d == 0) continue;
    if (t.Lower(d - 1) == "joint") return -1;
    // `The statement doesn't say …` refers back to the statement named before it.
    if (t.Lower(d - 1) == "the" && !AuthorFollows(t, d)) continue;
    return d;
  }
  return -1;
}

std::pair<int, int> StatementAuthor(const ArticleTokens& t, int d) {
  // `a statement from the Justice Department`, `a statement attributed to General Kim`.
  if (int b = AuthorAfter(t, d); b >= 0) {
    if (b < t.size() && t.Lower(b) == "the") ++b;
    int e = b;
    while (e < t.size() && e - b < kMaxAuthorWords && t[e].capitalized && t[e].quote < 0 &&
           t[e].paragraph == t[d].paragraph && !IsNonNameCapitalized(t.Lower(e))) {
      ++e;
      if (t[e - 1].possessive || e + 1 >= t.size() || !RunsInto(t[e - 1], t[e])) break;
      // `the Office of Special Counsel`, `Department of Health and Human Services`.
      if (IsNameJoiner(t.Lower(e)) && t[e + 1].capitalized && RunsInto(t[e], t[e + 1])) ++e;
    }
    // `the Dusseldorf prosecutors office`: the capitalized words only modify the author;
    // `the NFL and the players' union`: two authors.
    if (e > b && e < t.size() && t[e].paragraph == t[e - 1].paragraph && !t[e - 1].possessive &&
        RunsInto(t[e - 1], t[e]) && !t[e].capitalized && !MayFollowAuthor(t.Lower(e))) {
      return {d, d};
    }
    // `by the Fairfax, Va.-based organization`: a place.
    for (int k = e; k < t.size() && k <= e + 2; ++k) {
      if (absl::EndsWith(t.Lower(k), "based")) return {d, d};
    }
    return {b, e};
  }
  // `A White House statement`, `Paul's statement`: the capitalized words right before it.
  int b = d;
  while (b > 0 && d - b < kMaxAuthorWords && t[b - 1].capitalized && t[b - 1].quote < 0 &&
         RunsInto(t[b - 1], t[b]) && t.Lower(b - 1) != "the" && t.Lower(b - 1) != "a" &&
         t.Lower(b - 1) != "in" && !IsNonNameCapitalized(t.Lower(b - 1))) {
    --b;
  }
  // `the Italian statement`: a nationality alone names no issuer.
  if (d - b == 1) {
    const absl::string_view w = t.Lower(b);
    if (absl::EndsWith(w, "an") || absl::EndsWith(w, "ese") || absl::EndsWith(w, "ish")) b = d;
  }
  return {b, d};
}

std::pair<int, int> AuthorWords(const ArticleTokens& t, int d) {
  static constexpr WordSet kPrepositions{{"to", "in", "on", "at", "about", "for", "over", "after",
                                          "that", "which", "who", "obtained", "sent", "released",
                                          "issued", "dated", "posted"}};
  const int b = AuthorAfter(t, d);
  if (b < 0 || !RunsInto(t[d], t[d + 1])) return {-1, -1};
  int e = b;
  while (e < t.size() && e - d <= kMaxDocumentWords && t[e].quote < 0 && !t[e].sentence_end &&
         !(!t[e].capitalized &&
           (kPrepositions.contains(t.Lower(e)) || IsSpeechVerb(t.Lower(e)) ||
            IsTailSpeechVerb(t.Lower(e)) || t.Lower(e) == "read" || t.Lower(e) == "reads"))) {
    ++e;
  }
  // `from committee chairman Sen. Lamar Alexander.`: a sentence end closes the last word.
  if (e < t.size() && e - d <= kMaxDocumentWords && t[e].quote < 0 && t[e].sentence_end &&
      t[e].capitalized) {
    ++e;
  }
  return {b, e};
}

DocumentFrom DocumentFromAt(const ArticleTokens& t, int i) {
  static constexpr WordSet kDocuments{
      {"statement", "release", "letter", "memo", "email", "e-mail", "message", "note"}};
  DocumentFrom doc;
  if (i < 0 || i + 4 >= t.size() || t[i].quote >= 0) return doc;
  const absl::string_view article = t.Lower(i);
  if (article != "a" && article != "an" && article != "the") return doc;
  const int d = i + 1;
  if (t[d].capitalized || !kDocuments.contains(t.Lower(d)) || !RunsInto(t[i], t[d])) return doc;
  const auto [b, e] = AuthorWords(t, d);
  if (e <= b || e >= t.size() || t[e - 1].sentence_end || t[e].quote >= 0) return doc;
  for (int v = e; v < t.size() && v - d <= kMaxDocumentWords && t[v].quote < 0; ++v) {
    const absl::string_view w = t.Lower(v);
    if (!t[v].capitalized && (IsSpeechVerb(w) || IsTailSpeechVerb(w) || w == "read" ||
                              w == "reads" || w == "states" || w == "stated")) {
      doc = {d, b, e, v};
      return doc;
    }
    if (t[v].sentence_end) break;
  }
  return doc;
}

int StatementVerb(const ArticleTokens& t, int d) {
  // `X said in a statement`, `X issued a statement saying`: the verb before it wins.
  // Within the sentence and kMaxStatementDistance of the statement: O(1) per quote even in a
  // run-on "sentence" of a page without punctuation.
  const int s = t.Sentence(d);
  const int first = std::max(t.SentenceBegin(s), d - kMaxStatementDistance);
  const int last = std::min(t.SentenceEnd(s), d + kMaxStatementDistance);
  for (int k = d - 1; k >= first; --k) {
    if (t[k].quote < 0 && (IsSpeechVerb(t.Lower(k)) || IsIssuingVerb(t.Lower(k)))) return k;
  }
  // `In a statement, X said`; not `A statement released … by X announced`, where the
  // statement is the subject.
  bool in_statement = false;
  for (int k = d - 1; k >= t.SentenceBegin(s) && k >= d - 3; --k)
    in_statement |= t.Lower(k) == "in";
  if (!in_statement) return -1;
  for (int k = d + 1; k < last; ++k) {
    if (t[k].quote < 0 && IsSpeechVerb(t.Lower(k))) return k;
  }
  return -1;
}

namespace {

constexpr int kMaxIssuedWords = 6;           // `released a brief, two-paragraph statement`.
constexpr int kMaxColonStatementWords = 24;  // From "statement" to the colon.
constexpr int kMaxPointerWords = 5;          // `It read, in part:`, `Here's the translation:`.

bool IsColonIssuingVerb(absl::string_view w) {
  static constexpr WordSet kVerbs{{
      "released", "issued", "gave",   "made",     "sent",  "put",      "posted",  "published",
      "offered",  "shared", "issues", "releases", "gives", "provided", "tweeted", "delivered"}};
  return kVerbs.contains(w);
}

bool IsStatementWord(absl::string_view w) { return w == "statement" || w == "translation"; }

// The issuing verb before the statement word at `d`, within kMaxIssuedWords in its sentence
// (`issued the following statement`, `gave a brief statement`); -1 when none.
int IssuingVerbBefore(const ArticleTokens& t, int d) {
  const int first = std::max(t.SentenceBegin(t.Sentence(d)), d - kMaxIssuedWords);
  for (int k = d - 1; k >= first; --k) {
    if (t[k].quote >= 0 || t[k].capitalized) return -1;
    if (IsColonIssuingVerb(t.Lower(k))) return k;
  }
  return -1;
}

// The statement word of sentence `s` nearest before token `end` (exclusive), not inside a
// quote and not followed by its author (`a statement from X`); -1 when none.
int StatementWordIn(const ArticleTokens& t, int s, int end) {
  const int first = std::max(t.SentenceBegin(s), end - kMaxColonStatementWords);
  for (int d = end - 1; d >= first; --d) {
    if (t[d].quote >= 0 || !IsStatementWord(t.Lower(d))) continue;
    if (AuthorFollows(t, d)) return -1;
    return d;
  }
  return -1;
}

// True when only a colon, blanks and marks stand between token `c` and quote q: a page line
// left out between them (`…the following statement …:` + `Advertisement:` + the quote) leaves
// the quote unintroduced, as HeadSubject reads it (fourteenth round (d)).
bool NothingBetween(const ArticleTokens& t, int c, int q) {
  constexpr uint32_t kMaxGapBytes = 64;
  const uint32_t from = t[c].span.end, to = t.quotes()[q].marks.begin;
  if (to < from || to - from > kMaxGapBytes || to > t.text().size()) return false;
  for (uint32_t i = from; i < to; ++i) {
    if (absl::ascii_isalnum(static_cast<unsigned char>(t.text()[i]))) return false;
  }
  return true;
}

}  // namespace

int ColonStatementVerb(const ArticleTokens& t, int q) {
  const int c = t.QuoteStart(q) - 1;
  if (c < 0 || c + 1 >= t.size() || t[c].quote >= 0 || !t[c].colon_after) return -1;
  if (t[c].paragraph + 1 < t.quotes()[q].first_paragraph || !NothingBetween(t, c, q)) return -1;
  const int s = t.Sentence(c);
  if (const int d = StatementWordIn(t, s, c + 1); d >= 0) {
    if (const int v = IssuingVerbBefore(t, d); v >= 0) return v;
  }
  // `It read, in part:`, `The statement said:`, `Here's the translation:`: a pointer back to
  // the sentence before, with no name of its own.
  const int b = t.SentenceBegin(s);
  if (s == 0 || c + 1 - b > kMaxPointerWords) return -1;
  const absl::string_view opener = t.Lower(b);
  if (opener != "it" && opener != "here" && opener != "the" && opener != "this") return -1;
  for (int k = b + 1; k <= c; ++k) {
    if (t[k].capitalized || t[k].quote >= 0) return -1;
  }
  if (opener == "the" && !IsStatementWord(t.Lower(b + 1))) return -1;
  if (t[b - 1].quote >= 0 || t[b - 1].paragraph + 1 < t[b].paragraph) return -1;
  const int d = StatementWordIn(t, s - 1, b);
  return d < 0 ? -1 : IssuingVerbBefore(t, d);
}

int PeriodStatementVerb(const ArticleTokens& t, int q) {
  const int c = t.QuoteStart(q) - 1;
  if (c < 0 || c + 1 >= t.size() || t[c].quote >= 0 || !t[c].sentence_end) return -1;
  if (t[c].paragraph + 1 < t.quotes()[q].first_paragraph || !NothingBetween(t, c, q)) return -1;
  const int s = t.Sentence(c);
  for (int k = t.SentenceBegin(s); k <= c; ++k) {
    if (t[k].quote >= 0) return -1;
  }
  const int d = StatementWordIn(t, s, c + 1);
  const int v = d < 0 ? -1 : IssuingVerbBefore(t, d);
  // `issued a joint statement`, `released identical statements`: several issuers.
  for (int k = v + 1; v >= 0 && k < d; ++k) {
    if (t.Lower(k) == "joint" || t.Lower(k) == "identical") return -1;
  }
  if (v <= t.SentenceBegin(s) || t[v - 1].possessive) return -1;  // `the Terry's released`.
  // `The Russian Embassy in the United States issued`: the place would be read as the issuer.
  for (int k = v - 1; k >= t.SentenceBegin(s) && !t[k].comma_after; --k) {
    if (t.Lower(k) == "in" && !t[k].capitalized) return -1;
  }
  return v;
}

}  // namespace claimdup
