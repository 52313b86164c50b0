// SubjectReader's readers of the attribution after a quote (subject_reader.h): `"…," X said`,
// `"…," said X`, `"…," according to X`, `"…," X, an analyst at Y, said`, a name before a long
// appositive or an unlisted verb, and the attribution closing the quote's sentence. The
// attribution before a quote is subject_head.cc's; the subject read back from a verb
// subject_clauses.cc's; the name after an inverted verb subject_names_after.cc's.
#include "extract/subject_reader.h"

#include <algorithm>

#include "absl/strings/match.h"
#include "extract/given_names.h"
#include "extract/described_speakers.h"
#include "extract/unnamed_speakers.h"
#include "extract/verb_words.h"
#include "extract/word_set.h"

namespace claimdup {

// Tokens after the quote up to the end of its sentence, the next quote or the paragraph.
std::pair<int, int> SubjectReader::TailRange(int q) const {
  const int b = t_.QuoteEnd(q);
  int e = b;
  // `…that." He added` : the quote ended its sentence; what follows is another one.
  if (b < t_.size() && b > 0 && t_.Sentence(b) != t_.Sentence(b - 1)) return {b, b};
  const int limit = std::min(t_.size(), b + kMaxTailWords);
  const uint32_t paragraph = t_.quotes()[q].last_paragraph;
  while (true) {
    while (e < limit && t_[e].quote < 0 && t_[e].paragraph == paragraph) {
      ++e;
      if (t_[e - 1].sentence_end) return {b, e};
    }
    // A quoted phrase run into the tail is read as its words (QuotedPhraseInTail).
    if (e >= limit || t_[e].quote < 0 || t_[e].paragraph != paragraph ||
        !QuotedPhraseInTail(e, limit)) {
      return {b, e};
    }
    e = std::min(limit, t_.QuoteEnd(t_[e].quote));
  }
}

// `"…," Sen. Bob Corker, a Tennessee Republican who voted “yes” to break the filibuster,
// told his colleagues`: the quoted phrase at token i is read as words of the tail when a
// comma closes its clause later in the sentence (before token `limit`), as an appositive's or
// a clause's before the attribution verb. Not when none does (`while “…,” the kind of
// “originalist” judges that Cruz has said he would appoint … are the very ones …`: the
// sentence goes on past the quote, and its verb is not the quote's).
bool SubjectReader::QuotedPhraseInTail(int i, int limit) const {
  const int q = t_[i].quote;
  if (!t_.IsQuotedPhrase(q)) return false;
  for (int c = t_.QuoteEnd(q); c < t_.size() && c < limit; ++c) {
    if (t_[c].quote >= 0 || t_[c].sentence_end || t_[c].paragraph != t_[i].paragraph) break;
    if (t_[c].comma_after) return true;
  }
  return false;
}

// True when the quote closed right before token b opens its sentence: the paragraph begins
// with it, or a sentence ends right before it.
bool SubjectReader::QuoteOpensSentence(int b) const {
  if (b == 0 || t_[b - 1].quote < 0) return false;
  const int s = t_.QuoteStart(t_[b - 1].quote);
  return s == 0 || t_[s - 1].paragraph != t_[s].paragraph || t_[s - 1].sentence_end;
}

// "…," X said  /  "…," said X  /  "…," according to X  /  "…," X, chairman of Y, said
Subject SubjectReader::TailSubject(int q) const {
  auto [b, e] = TailRange(q);
  return AttributionIn(b, e);
}

// `"I did not have any private meetings …" at the Mayflower hotel last April, Sessions
// insisted.`: the quote's sentence goes on in lower case past it and closes with an attribution
// clause after a comma (at most kTailVerbLookahead words, ending the sentence; at most
// kMaxClosingGapWords words after the quote, no other quote, aside or speech verb between)
// that names the speaker or says nobody named speaks.
Subject SubjectReader::ClosingAttribution(int q) const {
  auto [b, e] = TailRange(q);
  if (b >= e || t_[b].capitalized || t_[b].quote >= 0 || !t_[e - 1].sentence_end ||
      (b > 0 && t_[b - 1].comma_after)) {
    return Subject();
  }
  if (e < t_.size() && t_[e].quote >= 0 && t_[e].paragraph == t_[e - 1].paragraph &&
      t_.Sentence(e) == t_.Sentence(e - 1)) {
    return Subject();
  }
  // The first comma after which an attribution reads (`…, Ali Suleiman Aujali, the Libyan
  // ambassador …, told CNN`: not the appositive's last comma).
  for (int c = b; c + 1 < e && c < b + kMaxClosingGapWords; ++c) {
    // `…”) in the mind of a white reader). Those books …`: an aside, or a sentence we did not
    // split, is no continuation.
    if (t_[c].in_parens) return Subject();
    if (IsSpeechVerb(t_.Lower(c)) || IsTailSpeechVerb(t_.Lower(c))) return Subject();
    if (!t_[c].comma_after || e - c > kTailVerbLookahead) continue;
    // `according to` there most often credits the outlet that reported someone else's words
    // (`Kim was also quoted as saying … "…" if …, according to the … News Agency`).
    if (t_.Lower(c + 1) == "according") return Subject();
    // A name or a description, not "he"/"she": the pronoun was read in 3 of 8 dev changes
    // as someone else than the speaker the sentence before names.
    const Subject s = AttributionIn(c + 1, e);
    if (s.kind == Subject::Kind::kName || s.kind == Subject::Kind::kUnnamed ||
        s.kind == Subject::Kind::kDescription) {
      return s;
    }
  }
  return Subject();
}

// The attribution opening the tokens [b, e) after a quote.
Subject SubjectReader::AttributionIn(int b, int e) const {
  // `"…," X said` / `"…," said X` / `"…," the senator said`: the attribution opens the tail.
  // `"…" stood in contradiction to what Comey said` continues the sentence instead.
  // `"…," one senior GOP source, referring to Dr. Brian Monahan, …`: nobody named speaks.
  if (NamesUnnamedPerson(t_, b, e)) return Subject::Unnamed();
  // `"…," one attendee said`: a description naming nobody (round 24 (e)).
  if (NamesIndefiniteDescription(t_, b, e)) return Subject::Unnamed();
  // `"…," in the words of Rep. Val Demings (D-Fla.)`.
  const Subject words_of = InTheWordsOf(b, e);
  if (words_of.kind != Subject::Kind::kNone) return words_of;
  if (b < e && t_.Lower(b) == "as") {
    // `"…," as Mr. Trump puts it`.
    const Subject named = AsNamePutIt(b + 1, e);
    if (named.kind != Subject::Kind::kNone) return named;
    // `"…," as historian David Greenberg has said`.
    const Subject verbed = AsNameVerbedAfter(b + 1, e);
    if (verbed.kind != Subject::Kind::kNone) return verbed;
  }
  if (b < e && !t_[b].capitalized) {
    const absl::string_view first = t_.Lower(b);
    if (first != "he" && first != "she" && first != "the" && first != "a" && first != "an" &&
        first != "according" && !IsTailSpeechVerb(first) && !IsTitleWord(first) &&
        !RoleWordsBeforeFullName(b, e)) {
      return NameAfterUnlistedVerb(b, e);
    }
  }
  for (int v = b; v < e && v < b + kTailVerbLookahead; ++v) {
    const absl::string_view w = t_.Lower(v);
    if (w == "according" && v + 1 < e && t_.Lower(v + 1) == "to") {
      if (v > b && t_[v - 1].comma_after && IsDeterminer(t_.Lower(b))) return DocumentClause(b, v);
      return NameAfter(v + 2, e);
    }
    const bool back_verb = v + 1 < e && IsBackSpeechVerb(w, t_.Lower(v + 1));
    if (!IsTailSpeechVerb(w) && !back_verb) continue;
    if (IsOpeningQuoteTailVerb(w) && !QuoteOpensSentence(b)) continue;
    // `…those services.”Obama said that most Americans …`: reported speech of its own.
    if (b > 0 && v + 1 < e && t_.Lower(v + 1) == "that" && t_[b - 1].sentence_end) {
      return Subject();
    }
    // `"…," he mused`: a verb outside the speech list attributes to a named subject only;
    // a pronoun there (tried: 2 of 22 dev changes read went to the wrong man) is left to the
    // rules for quotes with no attribution of their own, as before.
    Subject subject = TailVerbSubject(b, e, v, back_verb);
    if (subject.kind != Subject::Kind::kName) {
      // `"…," May said` / `"…," said Pope.` after `Theresa May`, `Art Pope`. Not after a quote that closed its sentence: `…security.” (Gilbert told me he doesn’t
      // recall this.)` is an aside of its own.
      const bool closed = b > 0 && t_[b - 1].sentence_end && !t_[b - 1].comma_after;
      const int lone = closed ? -1 : v == b + 1 ? b : (v == b && !back_verb ? v + 1 : -1);
      const Subject surname = IntroducedSurname(lone, e);
      if (surname.kind == Subject::Kind::kName) return surname;
    }
    if (subject.kind == Subject::Kind::kPronoun && !IsSpeechVerb(w) && !back_verb) {
      return Subject();
    }
    return subject;
  }
  const Subject long_appositive = NameBeforeLongAppositive(b, e);
  if (long_appositive.kind != Subject::Kind::kNone) return long_appositive;
  const Subject unlisted = NameBeforeUnlistedVerb(b, e);
  if (unlisted.kind != Subject::Kind::kNone) return unlisted;
  return VerblessCredit(b, e);
}

// `"…," May said` (Theresa May), `"…," Pope added` (Art Pope), `"…," Pastor said` (Robert
// Pastor): the one capitalized word at token i, alone between the quote and its speech verb
// (or alone after an inverted verb, ending the clause), is the surname of a person the article
// introduced by full name, though it is also a month, title or common noun the name lists
// reject (list_word_surnames.h), or an ordinary surname the reader left unresolved (`(“…,”
// Sharpton said to de Blasio …)`); that person speaks. Nobody when the article introduced no
// one with that surname (`"…," State said` for the State Department).
Subject SubjectReader::IntroducedSurname(int i, int e) const {
  if (i < 0 || i >= e || !t_[i].capitalized || t_[i].all_caps || t_[i].possessive ||
      t_[i].quote >= 0) {
    return Subject();
  }
  // After an inverted verb the word must end the clause: `said May` not `said May Day …`.
  if (i > 0 && IsTailSpeechVerb(t_.Lower(i - 1)) && i + 1 < e && !t_[i].comma_after &&
      !t_[i].sentence_end) {
    return Subject();
  }
  const absl::string_view word = t_.Word(i);
  const int p = people_.Find(word);
  std::string name = p < 0 ? list_word_surnames_.FullName(word) : people_.people()[p].name;
  if (name.find(' ') == std::string::npos || Surname(name) != word) return Subject();
  Subject s;
  s.kind = Subject::Kind::kName;
  s.name = std::move(name);
  return s;
}

// `"…," Maria Smirnova, who was travelling in the next train behind the one where the bomb
// detonated, told TV Rain`: a person named right after a quote that ends in a comma, an
// appositive longer than the verb lookahead, then a speech verb right after a comma, in the
// quote's sentence. A second person joined by "and" makes the statement joint, credited to
// nobody (`Democrats Ron Wyden of Oregon and Mark Udall of Colorado, and Susan Collins, a
// Maine Republican, said`).
Subject SubjectReader::NameBeforeLongAppositive(int b, int e) const {
  if (b == 0 || b >= e || t_[b - 1].quote < 0 || !t_[b - 1].comma_after || !t_[b].capitalized) {
    return Subject();
  }
  int c = b;
  while (c < e && c < b + kMaxSubjectWords && !t_[c].comma_after) ++c;
  if (c >= e || !t_[c].comma_after) return Subject();
  int v = std::max(c + 2, b + kTailVerbLookahead);
  while (v < e && !(t_[v - 1].comma_after && IsTailSpeechVerb(t_.Lower(v)))) ++v;
  if (v >= e) return Subject();
  for (int a = b + 1; a + 1 < v; ++a) {
    // In the name's own clause, or opening a clause of the appositive: `the Middle East and
    // North Africa`, `Washington and Lee University` inside it name no second speaker.
    if (t_.Lower(a) == "and" && (a < c || t_[a - 1].comma_after) && t_[a + 1].capitalized &&
        IsGivenName(t_.Word(a + 1))) {
      return Subject();
    }
  }
  const Subject name = NameOrPronounIn(b, c + 1);
  return name.kind == Subject::Kind::kName ? name : Subject();
}

bool SubjectReader::TailCitesSource(int q) const {
  auto [b, e] = TailRange(q);
  return b + 1 < e && t_.Lower(b) == "according" && t_.Lower(b + 1) == "to";
}

bool SubjectReader::TailReports(int q) const {
  auto [b, e] = TailRange(q);
  for (int v = b; v < e && v < b + kTailVerbLookahead; ++v) {
    const absl::string_view w = t_.Lower(v);
    if (!IsTailSpeechVerb(w)) continue;
    return w == "reported" || w == "reports";
  }
  return false;
}

// `"…," the department proposed in the memo, according to the Times`, `"…," the statement
// read, according to ABC News`: a clause with a subject of its own [b, v) stands between the
// quote and `according to`, which names who reported the document, not who wrote it. The
// clause's body or document (`the department`, kBody) speaks; anything else names nobody
// here (kNone: `the statement read` is left to the statement's issuer).
Subject SubjectReader::DocumentClause(int b, int v) const {
  constexpr int kMaxClauseSubjectWords = 4;  // `the health and human services department`.
  for (int u = b + 2; u < v && u <= b + kMaxClauseSubjectWords; ++u) {
    const Subject s = ParseSubject(t_.text(), t_.lower(), Tokens(b, u));
    if (s.kind == Subject::Kind::kBody) return s;
  }
  return Subject();
}

bool SubjectReader::IsDeterminer(absl::string_view w) {
  return w == "the" || w == "a" || w == "an" || w == "his" || w == "her" || w == "its" ||
         w == "their";
}

// The subject of the attribution verb at `v` in the tail [b, e) of a quote.
Subject SubjectReader::TailVerbSubject(int b, int e, int v, bool back_verb) const {
  if (v == b) return NameAfter(v + (back_verb ? 2 : 1), e);
  // `"…," X, a political analyst at Y, said`: the clause right after the quote first.
  for (int c = b; c + 1 < v; ++c) {
    if (!t_[c].comma_after) continue;
    // Only when the name opens the tail: `"…," in Tulsa, the Times reported` is no name.
    if (!t_[b].capitalized && !IsTitleWord(t_.Lower(b))) break;
    Subject first = NameOrPronounIn(b, c + 1);
    if (first.kind != Subject::Kind::kNone) return first;
    break;
  }
  // `"…," the U.S. Department of Transportation said`; not after a quote that ends its
  // sentence (`“…” The Department of Homeland Security confirmed …` is news of its own).
  Subject body;
  if (b > 0 && !t_[b - 1].sentence_end &&
      BodyNameWithPreposition(t_.text(), t_.lower(), Tokens(b, v), &body)) {
    return body;
  }
  return SubjectBefore(b, v);
}

// `"…," David Blankenhorn empathizes at the American Interest.`: a full name (a given name
// first, at most 4 words) right after a quote that ends in a comma, then one verb-like word
// (-s or -ed) that ends the clause, attributes the quote though the verb is in no list.
Subject SubjectReader::NameBeforeUnlistedVerb(int b, int e) const {
  if (b == 0 || b >= e || t_[b - 1].quote < 0 || !t_[b - 1].comma_after) return Subject();
  int n = b;
  while (n < e && n < b + 4 && t_[n].capitalized && !t_[n].comma_after && !t_[n].possessive &&
         !t_[n].sentence_end) {
    ++n;
  }
  if (n - b < 2 || n >= e || !IsGivenName(t_.Word(b)) || t_[n].capitalized) return Subject();
  const absl::string_view v = t_.Lower(n);
  if (v.size() < 4 || !(absl::EndsWith(v, "s") || absl::EndsWith(v, "ed"))) return Subject();
  const bool ends =
      t_[n].sentence_end || t_[n].comma_after || (n + 1 < e && IsAttachingWord(t_.Lower(n + 1)));
  if (!ends) return Subject();
  return ParseSubject(t_.text(), t_.lower(), Tokens(b, n));
}

// `"…," fret Emily Badger and Niraj Chokshi at the New York Times.`, `"…," marvels Reihan
// Salam at Slate.`, `"…," sniffs Said Shareef, a rebel commander.`: one lower-case word right
// after a quote that ends in a comma, no function word, participle or adverb (`"…," including
// John Kerry`, `starring Tom Hanks`), then a full name (a given name first, 2 to 4 words) that
// ends the clause (sentence end, comma, a preposition, or `and` and a second name, the first
// of two writers credited; a name with no known given name only before `at|of <Outlet>`)
// attributes the quote though the verb is in no list
// (twenty-first round (g)).
Subject SubjectReader::NameAfterUnlistedVerb(int b, int e) const {
  if (b == 0 || b + 2 >= e || t_[b - 1].quote < 0 || !t_[b - 1].comma_after ||
      t_[b].capitalized || t_[b].comma_after || t_[b].sentence_end || t_[b].possessive ||
      !t_[b + 1].capitalized) {
    return Subject();
  }
  static constexpr WordSet kNotVerbs{
      {"and",    "but",     "or",    "nor",     "yet",     "so",      "while",  "when",
       "whereas", "although", "though", "because", "since",  "after",   "before", "until",
       "unless", "if",      "than",  "as",      "like",    "unlike",  "versus", "vs",
       "against", "including", "with", "without", "from",  "for",     "of",     "at",
       "in",     "on",      "to",    "into",    "by",      "about",   "via",    "per",
       "between", "among",  "over",  "under",   "toward",  "towards", "during", "despite",
       "not",    "then",    "now",   "once",    "where",   "which",   "who",    "whom",
       "whose",  "that",    "this",  "these",   "those",   "his",     "her",    "their",
       "its",    "our",     "my",    "your",    "one",     "another", "both",   "each",
       "every",  "all",     "some",  "many",    "most",    "other",   "only",   "even",
       "also",   "just",    "plus",  "minus",   "near",    "beside",  "besides", "whether",
       "thanks", "featuring", "starring", "says", "said"}};
  const absl::string_view v = t_.Lower(b);
  if (kNotVerbs.contains(v) || IsTitleWord(v) || absl::EndsWith(v, "ing") ||
      absl::EndsWith(v, "ly") || v.size() < 3) {
    return Subject();
  }
  int n = b + 1;
  while (n < e && n < b + 5 && t_[n].capitalized && !t_[n].possessive && t_[n].quote < 0) {
    ++n;
    if (t_[n - 1].comma_after || t_[n - 1].sentence_end) break;
  }
  if (n - (b + 1) < 2) return Subject();
  const WordSpan& last = t_[n - 1];
  bool ends = last.comma_after || last.sentence_end;
  // Without a known given name, only a writer at an outlet: `marvels Reihan Salam at Slate`.
  bool at_outlet = false;
  if (!ends && n + 1 < e && !t_[n].capitalized) {
    const absl::string_view next = t_.Lower(n);
    at_outlet = (next == "at" || next == "of") && t_[n + 1].capitalized;
    ends = IsAttachingWord(next) ||
           (next == "and" && n + 2 < e && t_[n + 1].capitalized && t_[n + 2].capitalized);
  }
  if (!ends || !(IsGivenName(t_.Word(b + 1)) || at_outlet)) return Subject();
  const Subject s = ParseSubject(t_.text(), t_.lower(), Tokens(b + 1, n));
  return s.kind == Subject::Kind::kName && s.name.find(' ') != std::string::npos ? s : Subject();
}

// `"…," broadcaster and writer Earl Ofari Hutchinson told The Hill`: a few lower-case role
// words, then a full name (a given name first) and a speech verb right after it.
bool SubjectReader::RoleWordsBeforeFullName(int b, int e) const {
  int i = b;
  while (i < e && i < b + kMaxRoleWordsBeforeName && !t_[i].capitalized && !t_[i].comma_after &&
         !IsTailSpeechVerb(t_.Lower(i))) {
    ++i;
  }
  if (i == e || !t_[i].capitalized || !IsGivenName(t_.Word(i))) return false;
  int n = i;
  while (n < e && n < i + 4 && t_[n].capitalized && !t_[n].comma_after) ++n;
  return n - i >= 2 && n < e && IsTailSpeechVerb(t_.Lower(n));
}

absl::Span<const WordSpan> SubjectReader::Tokens(int b, int e) const {
  return absl::MakeConstSpan(t_.tokens()).subspan(b, e - b);
}

}  // namespace claimdup
