#include "extract/subject_reader.h"

#include <algorithm>
#include <string>

#include "absl/strings/match.h"
#include "extract/given_names.h"
#include "extract/named_bodies.h"
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
  while (e < t_.size() && e < b + kMaxTailWords && t_[e].quote < 0 &&
         t_[e].paragraph == t_.quotes()[q].last_paragraph) {
    ++e;
    if (t_[e - 1].sentence_end) break;
  }
  return {b, e};
}

// Tokens before the quote back to its sentence start (earlier quotes included).
std::pair<int, int> SubjectReader::HeadRange(int q) const {
  const int e = t_.QuoteStart(q);
  int b = e;
  while (b > 0 && e - b < kMaxHeadWords && t_[b - 1].paragraph == t_.quotes()[q].first_paragraph &&
         !(t_[b - 1].sentence_end && t_[b - 1].quote < 0)) {
    --b;
  }
  return {b, e};
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

// Forms of "be" that make the participle after them passive (`has been charged`, `was told`).
// True when a token in [b, e) outside quotes is a speech verb.
bool SubjectReader::SpeechVerbIn(int b, int e) const {
  for (int i = b; i < e; ++i) {
    if (t_[i].quote < 0 && IsSpeechVerb(t_.Lower(i))) return true;
  }
  return false;
}

// True when a token in [b, e) ends a clause (a comma, colon or sentence end after it).
bool SubjectReader::ClauseBreakBetween(int b, int e) const {
  for (int i = b; i < e; ++i) {
    if (t_[i].comma_after || t_[i].colon_after || t_[i].sentence_end) return true;
  }
  return false;
}

// The attribution opening the tokens [b, e) after a quote.
Subject SubjectReader::AttributionIn(int b, int e) const {
  // `"…," X said` / `"…," said X` / `"…," the senator said`: the attribution opens the tail.
  // `"…" stood in contradiction to what Comey said` continues the sentence instead.
  // `"…," one senior GOP source, referring to Dr. Brian Monahan, …`: nobody named speaks.
  if (NamesUnnamedPerson(t_, b, e)) return Subject::Unnamed();
  if (b < e && t_.Lower(b) == "as") {
    // `"…," as Mr. Trump puts it`.
    const Subject named = AsNamePutIt(b + 1, e);
    if (named.kind != Subject::Kind::kNone) return named;
  }
  if (b < e && !t_[b].capitalized) {
    const absl::string_view first = t_.Lower(b);
    if (first != "he" && first != "she" && first != "the" && first != "a" && first != "an" &&
        first != "according" && !IsTailSpeechVerb(first) && !IsTitleWord(first) &&
        !RoleWordsBeforeFullName(b, e)) {
      return Subject();
    }
  }
  for (int v = b; v < e && v < b + kTailVerbLookahead; ++v) {
    const absl::string_view w = t_.Lower(v);
    if (w == "according" && v + 1 < e && t_.Lower(v + 1) == "to") return NameAfter(v + 2, e);
    const bool back_verb = v + 1 < e && IsBackSpeechVerb(w, t_.Lower(v + 1));
    if (!IsTailSpeechVerb(w) && !back_verb) continue;
    // `…those services.”Obama said that most Americans …`: reported speech of its own.
    if (b > 0 && v + 1 < e && t_.Lower(v + 1) == "that" && t_[b - 1].sentence_end) {
      return Subject();
    }
    // `"…," he mused`: a verb outside the speech list attributes to a named subject only;
    // a pronoun there (tried: 2 of 22 dev changes read went to the wrong man) is left to the
    // rules for quotes with no attribution of their own, as before.
    Subject subject = TailVerbSubject(b, e, v, back_verb);
    if (subject.kind == Subject::Kind::kPronoun && !IsSpeechVerb(w) && !back_verb) {
      return Subject();
    }
    return subject;
  }
  const Subject long_appositive = NameBeforeLongAppositive(b, e);
  if (long_appositive.kind != Subject::Kind::kNone) return long_appositive;
  return NameBeforeUnlistedVerb(b, e);
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

bool SubjectReader::TailReports(int q) const {
  auto [b, e] = TailRange(q);
  for (int v = b; v < e && v < b + kTailVerbLookahead; ++v) {
    const absl::string_view w = t_.Lower(v);
    if (!IsTailSpeechVerb(w)) continue;
    return w == "reported" || w == "reports";
  }
  return false;
}

// True when tokens v, v + 1 within [.., e) read "put it" / "puts it".
bool SubjectReader::IsPutIt(int v, int e) const {
  const absl::string_view w = t_.Lower(v);
  return (w == "put" || w == "puts") && v + 1 < e && t_.Lower(v + 1) == "it";
}

// `as Pope Francis put it`, `as Mr. Trump puts it`, read from the token after "as" within
// [b, e): the name before "put it", a person or a body named as written ("The Atlantic").
// Pronouns and descriptions (`as he put it`, `as the president put it`) are left to the
// rules for quotes with no attribution of their own.
Subject SubjectReader::AsNamePutIt(int b, int e) const {
  int v = b;
  while (v < e && v < b + kMaxSubjectWords && !IsPutIt(v, e) && t_[v].quote < 0 &&
         !t_[v].sentence_end) {
    ++v;
  }
  if (v == b || v >= e || !IsPutIt(v, e)) return Subject();
  const Subject s = ParseSubject(t_.text(), t_.lower(), Tokens(b, v));
  const bool named = s.kind == Subject::Kind::kName || s.kind == Subject::Kind::kOrganization;
  return named ? s : Subject();
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

// X said: "…"  /  X noted that "…"  /  X called it "…"  /  according to X, "…"  /  X: "…"
// / a paragraph ending in ':' just before a quote that opens the next paragraph. The verb
// nearest the quote wins.
Subject SubjectReader::HeadSubject(int q) const {
  auto [b, e] = HeadRange(q);
  if (b == e && e > 0 && t_[e - 1].colon_after && t_[e - 1].quote < 0 &&
      t_[e - 1].paragraph + 1 == t_.quotes()[q].first_paragraph) {
    // Previous paragraph ends with ':': its last sentence introduces the quote.
    b = e - 1;
    while (b > 0 && e - b < kMaxHeadWords && t_[b - 1].quote < 0 &&
           t_[b - 1].paragraph == t_[e - 1].paragraph && !t_[b - 1].sentence_end) {
      --b;
    }
  }
  if (b == e) return Subject();
  for (int v = e - 1; v >= b; --v) {
    if (t_[v].quote >= 0) continue;
    const absl::string_view w = t_.Lower(v);
    if (w == "according" && v + 1 < e && t_.Lower(v + 1) == "to") return NameAfter(v + 2, e);
    if (IsPutIt(v, e)) {
      // `As Scalia put it, "…"`: the one named between "as" and "put it" speaks.
      for (int a = v - 1; a >= b && v - a <= kMaxSubjectWords + 1; --a) {
        if (t_[a].quote >= 0 || t_[a].comma_after) break;
        if (t_.Lower(a) != "as") continue;
        const Subject named = AsNamePutIt(a + 1, e);
        if (named.kind != Subject::Kind::kNone) return named;
        break;
      }
    }
    if (IsCitingVerb(w)) {
      // `He quotes former Democratic Speaker Tip O’Neill: "…"`: the one quoted speaks.
      Subject cited = NameAfter(v + 1, e);
      if (cited.kind == Subject::Kind::kName) return cited;
    }
    // `…, with GOP Chairwoman Ronna McDaniel tweeting that it shows "…"`: the subject of
    // an absolute participle after "with" speaks.
    if (IsParticiple(w)) {
      const Subject with = WithSubject(b, v, e);
      if (with.kind != Subject::Kind::kNone) return with;
    }
    if (!IsQuotingVerb(w) && !(w == "say" && v > b)) continue;
    // `quoted Christoph Kumpa … as saying "…"`: the one quoted speaks, not the quoter.
    if (IsParticiple(w) && v - 1 > b && t_.Lower(v - 1) == "as") {
      const Subject quoted = QuotedAsSaying(b, v - 1);
      if (quoted.kind != Subject::Kind::kNone) return quoted;
    }
    // `Jackson Officer Sherry Hall has been charged with "…"`, `he was told "…"`: the subject
    // of a passive verb is not who speaks, and nobody named there does.
    // Only in the clause that holds the quote (`He was accused of …, tweeting, "…"` is his),
    // not inside someone's reported speech (`Biden says … — he was confirmed by … — "…"`);
    // `X is quoted …` is X's, and after `X was asked` the quote is the question or X's answer.
    if (v > b && t_[v - 1].quote < 0 && IsPassiveAuxiliary(t_.Lower(v - 1)) &&
        absl::EndsWith(w, "ed") && w != "quoted" && w != "asked" && w != "expected" &&
        !ClauseBreakBetween(v + 1, e - 1) && !SpeechVerbIn(b, v)) {
      return Subject::Unnamed();
    }
    // `…, saying "…"` / `… and says "…"`: the verb has no subject of its own, and a name
    // right before it is the object of the verb before ("…named the EU a foe of the United
    // States, saying").
    if (v > b && t_[v - 1].quote < 0 &&
        ((IsParticiple(w) && t_[v - 1].comma_after) || IsVerbConjunction(t_.Lower(v - 1)))) {
      Subject shared = SharedSubject(b, v);
      // `Or the time he bragged on CNBC …, claiming, "…"`: the verb before has the subject.
      if (shared.kind != Subject::Kind::kNone || IsSpeechVerb(w)) return shared;
      continue;
    }
    Subject s = SubjectBefore(b, v);
    if (s.kind != Subject::Kind::kNone) return s;
    if (IsSpeechVerb(w) && !IsListenerVerb(w)) {
      s = NameAfter(v + 1, e);
      if (s.kind != Subject::Kind::kNone) return s;
    }
    // `And he said he wants …, calling the address "…"`: the clause's or sentence's subject;
    // `the president tried to whip up voters by saying that …`: a description opening it.
    Subject opening = ClauseOpeningSubject(b, v);
    if (opening.kind == Subject::Kind::kNone && IsParticiple(w)) opening = OpeningDescription(b, v);
    return opening;
  }
  if (!t_[e - 1].colon_after) return Subject();
  // "Lavrov: "…"
  if (e - b <= kMaxColonSubjectWords) {
    Subject s = ParseSubject(t_.text(), t_.lower(), Tokens(b, e));
    if (s.kind != Subject::Kind::kNone) return s;
  }
  // `DeSantis looked at South Korea’s experience: "…"`: a sentence that introduces the quote
  // with a colon gives it to the person it opens with, one the article names (`See also
  // John Fleck's reply:` opens with no person).
  Subject s = SharedSubject(b, e);
  if (s.kind == Subject::Kind::kName && s.name.find(' ') == std::string::npos &&
      people_.Find(s.name) < 0) {
    return Subject();
  }
  return s;
}

// A participle of a speech verb: `saying`, `tweeting` (tweeted), `noting` (noted),
// `urging` (urged), `reporting`.
absl::Span<const WordSpan> SubjectReader::Tokens(int b, int e) const {
  return absl::MakeConstSpan(t_.tokens()).subspan(b, e - b);
}

// The clause before `end` back to `b`: the words after the last comma (the word before
// `end` may carry the comma that closes the clause), stopping at a quote.
int SubjectReader::ClauseStart(int b, int end) const {
  int s = end - 1;
  while (s > b && end - s < kMaxSubjectWords && !t_[s - 1].comma_after && t_[s - 1].quote < 0) {
    --s;
  }
  return s;
}

// Clauses that cannot hold the subject: relative clauses ("who sits on the committee"),
// places and times ("of Des Moines", "In Washington", "on Sunday").
bool SubjectReader::IsSubjectlessClause(int s) const {
  static const auto* kRelative = new WordSet{
      "who",      "which", "whose",    "where",     "whom",    "that",   "later", "earlier",
      "speaking", "asked", "watching", "appearing", "writing", "citing", "adding"};
  static const auto* kPrepositions =
      new WordSet{"of",     "from",    "in", "on", "at",   "for",  "with",
                  "during", "despite", "by", "to", "into", "over", "under"};
  const absl::string_view lead = t_.Lower(s);
  if (kRelative->contains(lead)) return true;
  // "of Des Moines", "In Washington": the preposition governs the name right after it
  // ("in what Ben Franklin … called" does not).
  return kPrepositions->contains(lead) && s + 1 < t_.size() && t_[s + 1].capitalized;
}

// The shortest phrase ending at `end` and starting in [s, end) that is a pronoun or a name
// (extended over its titles: "Foreign Minister Sergei Lavrov said").
Subject SubjectReader::NameOrPronounIn(int s, int end) const {
  // `Director of National Intelligence Dan Coats`: when the run of capitalized words has no
  // clean start (a title phrase with "of" in it), the name from its given name on.
  Subject from_given_name;
  for (int start = end - 1; start >= s; --start) {
    if (t_[start].in_parens) continue;
    // A name or pronoun starts at a capitalized word or "he"/"she"; nothing else parses.
    if (!t_[start].capitalized && t_.Lower(start) != "he" && t_.Lower(start) != "she") continue;
    // "the spokesman for Clinton": a name after "for"/"of"/"at" is not who speaks.
    if (start > s && !t_[start - 1].capitalized && IsAttachingWord(t_.Lower(start - 1))) {
      // "appointed by President Bill Clinton": the whole run is an object. Only a title
      // phrase keeps its name: "Director of National Intelligence Dan Coats".
      const bool title_of =
          t_.Lower(start - 1) == "of" && start - 1 > s && t_[start - 2].capitalized;
      if (!title_of) from_given_name = Subject();
      continue;
    }
    Subject subj = ParseSubject(t_.text(), t_.lower(), Tokens(start, end));
    if (subj.kind == Subject::Kind::kPronoun) return subj;
    if (subj.kind != Subject::Kind::kName) continue;
    if (start > s && t_[start - 1].capitalized && !t_[start - 1].in_parens) {
      if (IsGivenName(t_.Word(start)) && subj.name.find(' ') != std::string::npos) {
        from_given_name = subj;
      }
      continue;
    }
    // "the Department of Health and Human Services": the run after "and" ends a name that
    // an employer word governs; it is an object, not a speaker.
    if (start >= s + 2 && t_.Lower(start - 1) == "and" && t_[start - 2].capitalized) {
      int r = start - 2;
      while (r > s && t_[r - 1].capitalized) --r;
      if (r > s && IsAttachingWord(t_.Lower(r - 1))) {
        from_given_name = Subject();
        continue;
      }
    }
    int first = start;
    while (first > s && (t_[first - 1].capitalized || t_[first - 1].in_parens ||
                         IsTitleWord(t_.Lower(first - 1)))) {
      --first;
    }
    Subject full = ParseSubject(t_.text(), t_.lower(), Tokens(first, end));
    if (full.kind != Subject::Kind::kName) return subj;
    // After a role word the titles before it only add titles: "Fraternal Order of Police
    // president Chuck Canterbury" is still Chuck Canterbury ("James Hohmann of the
    // Washington Post" is James Hohmann).
    const absl::string_view before = start > s ? t_.Lower(start - 1) : absl::string_view();
    const bool after_role =
        IsTitleWord(before) && before != "of" && before != "the" && before != "for";
    const bool same_name =
        full.name.size() >= subj.name.size() &&
        absl::string_view(full.name).substr(full.name.size() - subj.name.size()) == subj.name;
    return after_role && !same_name ? subj : full;
  }
  return from_given_name;
}

// The subject of the verb at `v`, read back to `b`, clause by clause across appositives
// ("Fred Whitaker, chairman of the county Republican Party, said"): the nearest clause that
// ends in a pronoun or a name; else a description or organization right before the verb.
Subject SubjectReader::SubjectBefore(int b, int v) const {
  Subject fallback;
  // `"…," another user wrote` / `with a U.S. official telling CNN "…"`.
  if (UnnamedPersonBefore(t_, b, v)) return Subject::Unnamed();
  // `Dan Coats has said that "…"`: auxiliaries and adverbs stand between subject and verb.
  while (v - 1 > b && t_[v - 1].quote < 0 && !t_[v - 1].capitalized &&
         IsAuxiliaryBeforeVerb(t_.Lower(v - 1))) {
    --v;
  }
  // `…'s tweet … in which the President said "…"`: the relative clause has its own subject.
  for (int r = v - 2; r >= b && v - r <= kMaxSubjectWords && t_[r].quote < 0 && !t_[r].comma_after;
       --r) {
    const absl::string_view w = t_.Lower(r);
    if (w != "which" && w != "whom" && w != "where") continue;
    // Only a subject right after the relative word and up to the verb: `, which supports
    // Warren, called` has none of its own.
    const absl::string_view next = t_.Lower(r + 1);
    if (t_[v - 1].comma_after ||
        !(t_[r + 1].capitalized || next == "the" || next == "he" || next == "she")) {
      break;
    }
    Subject inner = NameOrPronounIn(r + 1, v);
    if (inner.kind == Subject::Kind::kNone) {
      inner = ParseSubject(t_.text(), t_.lower(), Tokens(r + 1, v));
      if (inner.kind != Subject::Kind::kDescription || !inner.definite) inner = Subject();
    }
    if (inner.kind != Subject::Kind::kNone) return inner;
    break;
  }
  // `Darren Caldwell, chief executive of DeWitt Hospital in DeWitt, Ark., said:`: a person
  // opening the sentence, then an appositive of any length (commas inside), then the verb.
  if (v > b && t_[v - 1].comma_after) {
    const Subject opening = OpeningPersonBeforeAppositive(b, v);
    if (opening.kind != Subject::Kind::kNone) return opening;
  }
  int end = v;
  // "X, <appositive>, verb": the appositive (between two commas, right before the verb)
  // describes X, and names in it ("spokesman under Eric Holder") do not speak.
  if (v > b && t_[v - 1].comma_after) {
    int s = v - 1;
    while (s > b && v - s < kMaxAppositiveWords && !t_[s - 1].comma_after && t_[s - 1].quote < 0) {
      --s;
    }
    if (s > b && t_[s - 1].comma_after && t_[s - 1].quote < 0) {
      const int s1 = ClauseStart(b, s);
      const bool pronoun_clause =
          v - s == 1 && (t_.Lower(s) == "he" || t_.Lower(s) == "she");  // "Change, he said,"
      if (!pronoun_clause && !IsSubjectlessClause(s1)) {
        Subject head = NameOrPronounIn(s1, s);
        // `the Chairman of the Joint Chiefs of Staff, Gen. Joseph Dunford, told`: a role
        // opened by "the" is described by the full name after it, not by a name inside it.
        if (head.kind == Subject::Kind::kName && t_.Lower(s1) == "the" &&
            AppositiveNamesPerson(s, v)) {
          return ParseSubject(t_.text(), t_.lower(), Tokens(s, v));
        }
        // Only a person: "Change, he said," has no appositive.
        if (head.kind == Subject::Kind::kName &&
            (head.name.find(' ') != std::string::npos || people_.Find(head.name) >= 0)) {
          return head;
        }
        // `The former secretary of state, who made …, wrote that "…"`; but `the group's
        // president, Vicki Saporta, said`: the appositive names the person.
        Subject whole = ParseSubject(t_.text(), t_.lower(), Tokens(s1, s));
        if (whole.kind == Subject::Kind::kDescription && whole.definite &&
            ParseSubject(t_.text(), t_.lower(), Tokens(s, v)).kind != Subject::Kind::kName) {
          return whole;
        }
      }
    }
  }
  for (int clause = 0; clause < kMaxSubjectClauses && end > b; ++clause) {
    const int s = ClauseStart(b, end);
    if (t_[end - 1].quote < 0 && !IsSubjectlessClause(s)) {
      Subject subj = NameOrPronounIn(s, end);
      if (subj.kind != Subject::Kind::kNone) return subj;
      if (clause == 0) {
        Subject whole = ParseSubject(t_.text(), t_.lower(), Tokens(s, end));
        // `Clinton is the "consummate pro," the Wisconsin Republican said`: a definite
        // description right before the verb is its subject; the names before are objects.
        // (`which Leonard, the executive director of Greenpeace US, calls` is an appositive.)
        if (whole.kind == Subject::Kind::kDescription && whole.definite &&
            !t_[end - 1].comma_after) {
          return whole;
        }
        if (whole.kind == Subject::Kind::kBody) return whole;  // `the committee said`
        if (whole.kind == Subject::Kind::kDescription ||
            whole.kind == Subject::Kind::kOrganization) {
          fallback = whole;
        }
      }
    }
    end = s;
    while (end > b && t_[end - 1].quote >= 0) --end;
  }
  return fallback;
}

// True when the capitalized words of [b, name_end) are a modifier: opened by "the"/"a"/"an",
// or ending in a possessive (`Obama's`).
bool SubjectReader::ModifiesARole(int b, int name_end) const {
  const absl::string_view first = t_.Lower(b);
  return first == "the" || first == "a" || first == "an" || t_[name_end - 1].possessive;
}

// `…, David Axelrod,` from token `b`: 2 to 4 capitalized words opening with a given name,
// closed by a comma, a sentence end or `e`; else nobody named.
Subject SubjectReader::AppositiveFullName(int b, int e) const {
  int n = b;
  while (n < e && n < b + 4 && t_[n].capitalized && t_[n].quote < 0) {
    ++n;
    if (t_[n - 1].comma_after || t_[n - 1].sentence_end) break;
  }
  const bool closed = n == e || t_[n - 1].comma_after || t_[n - 1].sentence_end;
  if (n - b < 2 || !closed || !IsGivenName(t_.Word(b))) return Subject::Unnamed();
  return ParseSubject(t_.text(), t_.lower(), Tokens(b, n));
}

// Words naming a written statement: `a statement from X`, `a release by X`.
static bool IsStatementWord(absl::string_view w) {
  return w == "statement" || w == "release" || w == "letter" || w == "memo" || w == "post" ||
         w == "tweet" || w == "email";
}

// Documents through which a body speaks: `according to the AP report`.
static bool IsDocumentWord(absl::string_view w) {
  return IsStatementWord(w) || w == "report" || w == "study" || w == "survey" || w == "analysis" ||
         w == "website" || w == "complaint" || w == "filing";
}

// Words that end a name after "said" as a comma would: a relative pronoun (`said Mary
// Baranovich who was a plaintiff`), and after a person's name a time word, "as he/she" or a
// participle (`said Senator Lautenberg last month when he introduced the bill`, `said Hogan
// speaking from a press conference`, `said Abrams as she awaited a flight`; `cited Norquist as
// a winner`, `wrote US campaigning group Human Rights Watch` name no speaker).
static bool ClosesNameAfterVerb(absl::string_view w, absl::string_view next, bool person) {
  static const WordSet kRelative = {"who", "whose"};
  static const WordSet kAfterPerson = {"when",  "while",   "after",    "last",
                                       "today", "earlier", "yesterday"};
  if (kRelative.contains(w)) return true;
  if (!person) return false;
  if (w == "as") return next == "he" || next == "she";
  return kAfterPerson.contains(w) || (w.size() > 5 && absl::EndsWith(w, "ing"));
}

// True when [s, v) is a person's full name and nothing else: capitalized words, a given
// name or personal title first (`Gen. Joseph Dunford`).
bool SubjectReader::AppositiveNamesPerson(int s, int v) const {
  if (v - s < 2 || !(IsGivenName(t_.Word(s)) || IsTitleWord(t_.Lower(s)))) return false;
  for (int i = s; i < v; ++i) {
    if (!t_[i].capitalized || t_[i].possessive || t_[i].quote >= 0) return false;
  }
  return ParseSubject(t_.text(), t_.lower(), Tokens(s, v)).kind == Subject::Kind::kName;
}

// True when the capitalized run ending at `name_end` (after `b`) names a person: a given
// name or a personal title in it (`Politico's Shane Goldmacher`, `U.S. Rep. Lloyd Doggett
// (D-Texas)`) or the surname of someone the article introduced (`Hogan`); not after a
// determiner (`one Playbooker … Justice Elena Kagan yesterday`: someone unnamed speaks;
// `repeated the Biden talking point`).
bool SubjectReader::PersonEndsAt(int b, int name_end) const {
  const absl::string_view first = t_.Lower(b);
  if (first == "a" || first == "an" || first == "one" || first == "the") return false;
  if (people_.Find(t_.Word(name_end - 1)) >= 0) return true;
  for (int r = name_end - 1; r >= b && t_[r].capitalized && !t_[r].possessive; --r) {
    if (IsGivenName(t_.Word(r)) || IsTitleWord(t_.Lower(r))) return true;
  }
  return false;
}

// `said Republican pollster and focus group expert Frank Luntz`, `said Coleman prison union
// chief Joe Rojas`: role words, lower-case among them, then a full name (a given name and
// capitalized words, ending the clause), after a verb that follows the quote. Not past a
// comma, a preposition (`a former aide to Bill Clinton`), a relative word or a verb form.
Subject SubjectReader::FullNameAfterRoleWords(int b, int e) const {
  static const WordSet kStops = {"who", "whose", "whom", "which", "that", "when", "while"};
  // Only a verb right after the quote (`"…," said …`): in `Immigration Services admitted gang
  // member and illegal alien Jesus Rangel-Hernandez` the name is the verb's object.
  if (b < 2 || t_[b - 2].quote < 0) return Subject();
  bool lower = false;
  for (int i = b; i < e && i < b + kMaxTitledNameAfterWords; ++i) {
    if (t_[i].quote >= 0) return Subject();
    const absl::string_view w = t_.Lower(i);
    if (!t_[i].capitalized) {
      if (IsAttachingWord(w) || kStops.contains(w) || absl::EndsWith(w, "ing") ||
          absl::EndsWith(w, "ed")) {
        return Subject();
      }
      // `the New York Times`: a determiner alone is no role.
      if (w != "the" && w != "a" && w != "an") lower = true;
    } else if (lower && !t_[i - 1].capitalized && IsGivenName(t_.Word(i)) && i + 1 < e &&
               t_[i + 1].capitalized && !t_[i].comma_after) {
      int n = i + 1;
      while (n < e && n < i + 4 && t_[n].capitalized && !t_[n - 1].comma_after) ++n;
      const bool closed = n == e || t_[n - 1].comma_after || t_[n - 1].sentence_end ||
                          IsAttachingWord(t_.Lower(n)) ||
                          ClosesNameAfterVerb(t_.Lower(n), n + 1 < e ? t_.Lower(n + 1) : "", true);
      if (!closed) return Subject();
      const Subject name = ParseSubject(t_.text(), t_.lower(), Tokens(i, n));
      return name.kind == Subject::Kind::kName ? name : Subject();
    }
    if (t_[i].comma_after || t_[i].sentence_end || t_[i].colon_after) return Subject();
  }
  return Subject();
}

// The name after "said"/"according to": titles, role words and descriptors, then the
// capitalized name, ending at a comma, a sentence end, a preposition or the range's end
// ("said Massachusetts neuroscientist Laurie Cestnick, a Sanders supporter"). "said the
// United States is …" names nobody: a clause follows, not an attribution.
Subject SubjectReader::NameAfter(int b, int e) const {
  // `"…," said a statement from Stephanie Grisham, …`: the statement's author speaks.
  if (b + 3 < e && (t_.Lower(b) == "a" || t_.Lower(b) == "the") &&
      IsStatementWord(t_.Lower(b + 1)) && (t_.Lower(b + 2) == "from" || t_.Lower(b + 2) == "by") &&
      t_[b + 3].capitalized) {
    b += 3;
  }
  // `"…," said a former Trump transition official`: nobody the article names.
  if (NamesUnnamedPerson(t_, b, e)) return Subject::Unnamed();
  const Subject after_roles = FullNameAfterRoleWords(b, e);
  if (after_roles.kind != Subject::Kind::kNone) return after_roles;
  int n = b, name_end = b;
  bool closed = false;
  while (n < e && n < b + kMaxTitledNameAfterWords && t_[n].quote < 0) {
    const absl::string_view w = t_.Lower(n);
    if (!t_[n].capitalized) {
      if (IsAttachingWord(w) ||
          !(IsTitleWord(w) ||
            (n + 1 < e && (t_[n + 1].capitalized || IsTitleWord(t_.Lower(n + 1)))))) {
        // "… Warner of Virginia on MSNBC"; `said Mary Baranovich who was a plaintiff`.
        closed = name_end > b &&
                 (IsAttachingWord(w) || ClosesNameAfterVerb(w, n + 1 < e ? t_.Lower(n + 1) : "",
                                                            PersonEndsAt(b, name_end)));
        break;
      }
      if ((w == "of" || w == "the" || w == "for") && n > b) break;
    }
    ++n;
    if (t_[n - 1].capitalized) name_end = n;
    if (t_[n - 1].comma_after || t_[n - 1].sentence_end || t_[n - 1].colon_after) {
      closed = true;
      break;
    }
  }
  if (n == e) closed = true;
  // `According to the AP report, "…"`: the body whose document speaks.
  if (!closed && name_end == n && n < e && IsDocumentWord(t_.Lower(n)) && t_[n].comma_after) {
    closed = true;
  }
  // `said the Union of Concerned Scientists`, `said University of Richmond law professor Carl
  // Tobias`: an organization's name goes on past "of"/"for"/"on".
  if (closed && name_end > b && name_end == n && n < e) {
    const Subject body = OrganizationWithPreposition(b, n, e);
    if (body.kind != Subject::Kind::kNone) return body;
  }
  if (name_end == b) {
    // "said he" / "he said" inverted.
    if (b < e && (t_.Lower(b) == "he" || t_.Lower(b) == "she")) {
      return ParseSubject(t_.text(), t_.lower(), Tokens(b, b + 1));
    }
    return Subject();
  }
  if (!closed && name_end == n && n < e && !t_[name_end - 1].comma_after) return Subject();
  // `"…," recalls the Romney deputy` / `said Mr. Boehner's spokesman`: a role word after a
  // determiner or possessive name makes the name a modifier of someone unnamed, unless the
  // full name follows as an appositive (`said Obama's former adviser, David Axelrod`).
  // (`said Richard Painter,a law professor`, a comma glued in scraped text, is a name.)
  if (closed && name_end < n && IsTitleWord(t_.Lower(n - 1)) && ModifiesARole(b, name_end)) {
    return t_[n - 1].comma_after ? AppositiveFullName(n, e) : Subject::Unnamed();
  }
  return ParseSubject(t_.text(), t_.lower(), Tokens(b, name_end));
}

// Words that head an organization's name before "of"/"for"/"on" (`University of Richmond`,
// `Union of Concerned Scientists`, `Council on Foreign Relations`), besides the body nouns.
static bool IsOrganizationHead(absl::string_view w) {
  static const auto* kWords =
      new WordSet{"university", "college", "union",  "society", "league",  "alliance",
                  "academy",    "school",  "fund",   "party",   "club",    "conference",
                  "caucus",     "network", "centre", "group",   "friends", "people"};
  return IsBodyNoun(w) || kWords->contains(w);
}

// True when token i is a possessive: `Virginia’s`, or a plural's `Scientists’`.
bool SubjectReader::EndsPossessive(int i) const {
  if (t_[i].possessive) return true;
  const uint32_t after = t_[i].span.end;
  const absl::string_view text = t_.text();
  return after < text.size() &&
         (text[after] == '\'' || absl::StartsWith(text.substr(after), "\xE2\x80\x99")) &&
         (after + 1 >= text.size() || text[after + 1] == ' ' ||
          absl::StartsWith(text.substr(after), "\xE2\x80\x99 "));
}

// The name after "said" at [b, n) stopped at the preposition at `n`. When it ends in an
// organization's head word (`the Union`, `Council`), the organization's name goes on with
// capitalized words joined by of/for/on/and/the up to a title word (`Council on Foreign
// Relations President`), and: a role and a person named after it speak (`University of
// Richmond law professor Carl Tobias`); else the organization does when its name closes the
// attribution (`said the Union of Concerned Scientists.`, `… in a statement`). Else nothing.
Subject SubjectReader::OrganizationWithPreposition(int b, int n, int e) const {
  const absl::string_view w = t_.Lower(n);
  if ((w != "of" && w != "for" && w != "on") || !IsOrganizationHead(t_.Lower(n - 1))) {
    return Subject();
  }
  int o = n;
  while (o < e && o < n + kMaxNameAfterWords && t_[o].quote < 0 && !t_[o].in_parens) {
    const absl::string_view x = t_.Lower(o);
    const bool joiner = x == "of" || x == "for" || x == "on" || x == "and" || x == "the";
    if (!t_[o].capitalized && !joiner) break;
    if (t_[o].capitalized && IsTitleWord(x) && !IsBodyNoun(x) && o > n && t_.Lower(o - 1) != "on" &&
        t_.Lower(o - 1) != "of" && t_.Lower(o - 1) != "for") {
      break;  // `… Relations President Richard Haass`.
    }
    ++o;
    if (t_[o - 1].comma_after || t_[o - 1].sentence_end || t_[o - 1].colon_after ||
        EndsPossessive(o - 1)) {
      break;
    }
  }
  while (o > n && !t_[o - 1].capitalized) --o;  // `of the`, `and` end no name.
  if (o == n) return Subject();
  // `University of Virginia’s Larry Sabato`, `Federation of American Scientists’ Steven
  // Aftergood`: the person after the possessive.
  if (EndsPossessive(o - 1)) return NameAfter(o, e);
  // A role, then the person: `… law professor Carl Tobias`, `… President Richard Haass`,
  // `University of California, Berkeley law school dean Erwin Chemerinsky`.
  if (!t_[o - 1].sentence_end) {
    for (int k = o; k < e && k < o + kMaxNameAfterWords / 2 && t_[k].quote < 0; ++k) {
      if (k > o && (t_[k - 1].comma_after || t_[k - 1].sentence_end)) break;
      if (!IsTitleWord(t_.Lower(k)) || k + 1 >= e || !t_[k + 1].capitalized) continue;
      const Subject person = NameAfter(k, e);
      if (person.kind == Subject::Kind::kName) return person;
      break;
    }
  }
  const bool ends =
      o == e || t_[o - 1].comma_after || t_[o - 1].sentence_end || t_[o - 1].colon_after ||
      (!t_[o].capitalized && !IsTitleWord(t_.Lower(o)) && IsAttachingWord(t_.Lower(o)));
  if (!ends) return Subject();
  const int first = t_.Lower(b) == "the" ? b + 1 : b;
  Subject body;
  body.kind = Subject::Kind::kOrganization;
  body.name = std::string(
      t_.text().substr(t_[first].span.begin, t_[o - 1].span.end - t_[first].span.begin));
  return body;
}

}  // namespace claimdup
