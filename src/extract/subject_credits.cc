// SubjectReader's readers of a credit in the head of a quote that names its speaker in a
// clause or phrase of its own (subject_reader.h; eighteenth round (e)): a passive credit
// (`As stated by Paul Gottinger, a staff reporter …, "…"`), an `as`-clause with a speech
// verb (`As Judge Carolyn Dineen King wrote in a dissent, "…"`, `as Brian Beutler has
// written, …, they'll be positioned "…"`), and the owner of a text that speaks (`Harris'
// tweet reads, "…"`). HeadSubject (subject_head.cc) calls them; each reads tokens only.
#include <vector>

#include "absl/strings/match.h"
#include "extract/person_names.h"
#include "extract/subject_reader.h"
#include "extract/verb_words.h"
#include "extract/word_set.h"

namespace claimdup {

namespace {

bool IsNamed(const Subject& s) {
  return s.kind == Subject::Kind::kName || s.kind == Subject::Kind::kOrganization;
}

// Words between a name and its verb in an `as`-clause: `as Kagan has written`, `as Obama
// once said`.
bool IsAsClauseAuxiliary(absl::string_view w) {
  return w == "has" || w == "had" || w == "have" || w == "once" || w == "also";
}

}  // namespace

// True when no quote stands in [b, e) and a comma or colon closes a clause there before any
// sentence end, with no speech verb after it: the credit's clause ends before the quote and
// no one else is said to speak (`But as CNN reported at the time, the Bush White House
// balked at that, claiming that "…"` is the White House's).
bool SubjectReader::CreditClosedBefore(int b, int e) const {
  bool closed = false;
  for (int k = b; k < e; ++k) {
    if (t_[k].quote >= 0 || t_[k].sentence_end) return false;
    const absl::string_view w = t_.Lower(k);
    if (closed && (IsQuotingVerb(w) || IsTailSpeechVerb(w) || IsSpeechParticiple(w))) {
      return false;
    }
    if (t_[k].comma_after || t_[k].colon_after) closed = true;
  }
  return closed;
}

// `As stated by X, …, "…"`, `As pointed out by X, …, "…"`, `as noted by X`: the speech verb's
// participle at `v` right after "as" and before "by", in the head that the quote starting at
// `e` ends; the one named after "by" (a person or a body) said it. Not `as quoted by AFP`
// (the outlet quoting someone else) and not when the credit's clause runs on into the quote.
Subject SubjectReader::AsVerbedBy(int v, int e) const {
  if (v < 1 || t_[v - 1].quote >= 0 || t_.Lower(v - 1) != "as") return Subject();
  // `reported by` most often names the outlet that carried someone else's words (`the House
  // Benghazi Committee Report …, as reported by Politico, Mills also tainted "…"`): only
  // when the credit opens its sentence (`As reported by The Heritage Foundation, "…"`).
  static constexpr WordSet kCredits{{"stated", "noted", "pointed", "explained", "written",
                                     "suggested", "observed", "argued", "reported"}};
  const absl::string_view w = t_.Lower(v);
  const bool pointed = w == "pointed";
  if (!kCredits.contains(w)) return Subject();
  if (w == "reported" && v - 1 > 0 && !t_[v - 2].sentence_end &&
      t_[v - 2].paragraph == t_[v - 1].paragraph) {
    return Subject();
  }
  int by = v + 1;
  if (pointed && by < e && t_.Lower(by) == "out") ++by;
  if (by + 1 >= e || t_.Lower(by) != "by" || t_[by - 1].comma_after) return Subject();
  if (!CreditClosedBefore(by + 1, e)) return Subject();
  const Subject who = NameAfter(by + 1, e);
  return IsNamed(who) ? who : Subject();
}

// `As Louis CK said in an interview …, "…"`, `But as Brian Beutler has written, with the
// Senate …, they'll be positioned "…"`: "as" opening the sentence or a clause, a name, and the
// speech verb at `v` (`written` after `has`/`had`) make a clause that a comma closes before
// the quote starting at `e`; the one named (a person or a body named as written) speaks. A
// nearer verb with a subject of its own is read first (HeadSubject reads back from the quote).
Subject SubjectReader::AsNameVerbed(int b, int v, int e) const {
  if (t_[v].capitalized || (!t_[v - 1].capitalized && !IsAsClauseAuxiliary(t_.Lower(v - 1)))) {
    return Subject();  // Most verbs: `he said`, `told reporters`.
  }
  const absl::string_view w = t_.Lower(v);
  const bool written = w == "written";
  if (!written && !IsSpeechVerb(w)) return Subject();
  int a = v - 1;  // The name's last word.
  while (a > b && v - a <= 2 && t_[a].quote < 0 && IsAsClauseAuxiliary(t_.Lower(a))) --a;
  if (written && a == v - 1) return Subject();
  int s = a;
  while (s >= b && a - s < kMaxSubjectWords && t_[s].capitalized && t_.Lower(s) != "as" &&
         t_[s].quote < 0 &&
         !t_[s].comma_after && !t_[s].sentence_end && !t_[s].possessive) {
    --s;
  }
  if (s < b || s == a || t_.Lower(s) != "as" || t_[s].quote >= 0 || t_[s].comma_after) {
    return Subject();
  }
  if (!OpensClause(b, s) || !CreditClosedBefore(v, e)) return Subject();
  const Subject who = ParseSubject(t_.text(), t_.lower(), Tokens(s + 1, a + 1));
  return IsNamed(who) ? who : Subject();
}

// `"…," as historian David Greenberg has said.`, `"…," as The Atlantic's Andrew McGill wrote
// at the time.`, `"…," as the AP noted.`: the tail [b, e) after "as" holds a subject and its
// speech verb (`written` after `has`/`had`), the verb at most kMaxSubjectWords on; a person or
// a body named as written speaks. Not "he"/"she" (`as he later explained`): the resolvers
// gave 3 of 10 such dev quotes to another man named nearer (`workshops led by James Lawson;
// "…," as he later explained` is John Lewis's). Descriptions (`as one GOP Senate aide put
// it`) are nobody named.
Subject SubjectReader::AsNameVerbedAfter(int b, int e) const {
  int v = b;
  while (v < e && v < b + kMaxSubjectWords && t_[v].quote < 0 && !t_[v].sentence_end &&
         !t_[v].comma_after) {
    const absl::string_view w = t_.Lower(v);
    if (!t_[v].capitalized && (IsSpeechVerb(w) || w == "written")) break;
    ++v;
  }
  if (v >= e || v >= b + kMaxSubjectWords || t_[v].quote >= 0) return Subject();
  const absl::string_view w = t_.Lower(v);
  if (t_[v].capitalized || !(IsSpeechVerb(w) || w == "written")) return Subject();
  int a = v;  // Past `has`, `had`, `once`, `also`, `later`.
  while (a > b && v - a < 2 && (IsAsClauseAuxiliary(t_.Lower(a - 1)) || t_.Lower(a - 1) == "later")) {
    --a;
  }
  if (a == b || (w == "written" && a == v)) return Subject();
  const Subject s = ParseSubject(t_.text(), t_.lower(), Tokens(b, a));
  const bool named = s.kind == Subject::Kind::kName || s.kind == Subject::Kind::kOrganization;
  return named ? s : Subject();
}

namespace {

// The texts an owner writes (`Harris' tweet`) and their verbs (`reads`), for TextOwner and
// TailTextOwner.
bool IsOwnedText(absl::string_view w) {
  static constexpr WordSet kTexts{{"tweet", "post", "letter", "email", "e-mail", "message",
                                   "note", "caption", "statement", "memo", "text"}};
  return kTexts.contains(w);
}

bool IsOwnedTextVerb(absl::string_view w) {
  static constexpr WordSet kVerbs{{"reads", "read", "said", "says", "stated", "states", "added",
                                   "adds", "continued", "continues", "noted", "notes"}};
  return kVerbs.contains(w);
}

}  // namespace

// `Harris' tweet reads, "…"`, `Coke’s statement also said, "…"`, `Trump's letter said: "…"`:
// the head [b, e) ends with a person's or body's possessive, a noun of a text and its verb
// (`reads`, `said`, `added` …) right before the quote; the owner wrote it. The person must
// be one the article names; `X's spokesman said` (no text noun) is left to the other rules.
Subject SubjectReader::TextOwner(int b, int e) const {
  int v = e - 1;
  // The owner is capitalized two or three words before the quote: most heads end otherwise.
  if (v - 2 < b || t_[v].quote >= 0 || t_[v].capitalized ||
      !(t_[v - 2].capitalized || (v - 3 >= b && t_[v - 3].capitalized))) {
    return Subject();
  }
  if (!IsOwnedTextVerb(t_.Lower(v))) return Subject();
  int n = v - 1;
  if (t_.Lower(n) == "also" || t_.Lower(n) == "then") --n;
  if (n - 1 < b || t_[n].quote >= 0 || t_[n].capitalized || t_[n].comma_after ||
      !IsOwnedText(t_.Lower(n))) {
    return Subject();
  }
  const int p = n - 1;  // The owner's last word: `Annan's`, `Harris'`.
  if (t_[p].quote >= 0 || !t_[p].capitalized || t_[p].comma_after) return Subject();
  // `Harris'`: the tokenizer keeps a bare apostrophe in the word; the name is read without it.
  const absl::string_view last = t_.Lower(p);
  const bool bare = last.size() > 2 && absl::EndsWith(last, "s'");
  const absl::string_view rest = t_.text().substr(t_[p].span.end);
  const bool mark_after = absl::EndsWith(last, "s") &&
                          (absl::StartsWith(rest, "'") || absl::StartsWith(rest, "\xE2\x80\x99"));
  if (!t_[p].possessive && !bare && !mark_after) return Subject();
  int s = p;
  while (s > b && p - s + 1 < kMaxSubjectWords && t_[s - 1].quote < 0 && t_[s - 1].capitalized &&
         !t_[s - 1].possessive && !t_[s - 1].comma_after && !t_[s - 1].sentence_end &&
         !t_[s - 1].colon_after) {
    --s;
  }
  while (s < p && IsNonNameCapitalized(t_.Lower(s))) ++s;
  // `…Jussie." Harris' tweet reads,`: a quote that ended its sentence right before also
  // opens the owner's clause (the head range runs back over earlier quotes).
  const bool after_quote = s > b && t_[s - 1].quote >= 0 && t_[s - 1].sentence_end;
  if (!OpensClause(b, s) && !after_quote) return Subject();
  std::vector<WordSpan> words(Tokens(s, p + 1).begin(), Tokens(s, p + 1).end());
  if (bare) --words.back().span.end;
  const Subject who = ParseSubject(t_.text(), t_.lower(), words);
  if (who.kind == Subject::Kind::kOrganization) return who;
  if (who.kind != Subject::Kind::kName || people_.Find(who.name) < 0) return Subject();
  return who;
}

// `"…," Sasse’s statement read.`, `"…," Deanna's Facebook post read`: the tail after quote
// q's closing comma opens with a possessive owner (capitalized words, at most
// kMaxSubjectWords), a text noun (after at most one capitalized word: `Facebook`), and a text
// verb (`read`, `said` …); the owner wrote it, as TextOwner reads it before a quote: an
// organization, or a person the article names (twenty-first round (d)).
Subject SubjectReader::TailTextOwner(int q) const {
  const int b = t_.QuoteEnd(q);
  if (b <= 0 || b + 2 >= t_.size() || !t_[b - 1].comma_after || !t_[b].capitalized ||
      t_[b].quote >= 0 || t_[b].paragraph != t_[b - 1].paragraph) {
    return Subject();
  }
  int p = b;  // The owner's last word.
  auto possessive = [&](int k) { return t_[k].possessive || BarePossessive(k); };
  while (!possessive(p)) {
    if (p + 1 >= t_.size() || p + 1 - b >= kMaxSubjectWords || !RunsInto(t_[p], t_[p + 1]) ||
        !t_[p + 1].capitalized || t_[p + 1].quote >= 0) {
      return Subject();
    }
    ++p;
  }
  int n = p + 1;
  if (n + 1 < t_.size() && t_[n].capitalized && RunsInto(t_[n - 1], t_[n])) ++n;  // `Facebook`.
  if (n + 1 >= t_.size() || t_[n].capitalized || t_[n].quote >= 0 ||
      !RunsInto(t_[n - 1], t_[n]) || !IsOwnedText(t_.Lower(n))) {
    return Subject();
  }
  int v = n + 1;
  if (t_.Lower(v) == "also" || t_.Lower(v) == "then") ++v;
  if (v >= t_.size() || !RunsInto(t_[n], t_[n + 1]) || t_[v].quote >= 0 ||
      t_[v].paragraph != t_[b].paragraph || !IsOwnedTextVerb(t_.Lower(v))) {
    return Subject();
  }
  std::vector<WordSpan> words(Tokens(b, p + 1).begin(), Tokens(b, p + 1).end());
  if (absl::EndsWith(t_.Word(p), "'")) --words.back().span.end;  // `Harris'`.
  while (words.size() > 1 && IsNonNameCapitalized(words.front().span.In(t_.lower()))) {
    words.erase(words.begin());
  }
  const Subject who = ParseSubject(t_.text(), t_.lower(), words);
  if (who.kind == Subject::Kind::kOrganization) return who;
  if (who.kind != Subject::Kind::kName || people_.Find(who.name) < 0) return Subject();
  return who;
}

}  // namespace claimdup
