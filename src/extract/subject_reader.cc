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

static Subject Unnamed() {
  Subject s;
  s.kind = Subject::Kind::kUnnamed;
  return s;
}

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
static bool IsPassiveAuxiliary(absl::string_view w) {
  return w == "been" || w == "was" || w == "were" || w == "is" || w == "are" || w == "be" ||
         w == "being";
}

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
  if (NamesUnnamedPerson(t_, b, e)) return Unnamed();
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
  return NameBeforeUnlistedVerb(b, e);
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
      return Unnamed();
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
static bool IsSpeechParticiple(absl::string_view w) {
  if (!IsParticiple(w)) return false;
  if (IsQuotingVerb(w) || w == "reporting") return true;
  const std::string stem(w.substr(0, w.size() - 3));
  return IsSpeechVerb(stem + "ed") || IsSpeechVerb(stem + "d");
}

// For a speech participle at `v` before the quote that ends the head at `e`: `with Miami-Dade
// Commissioner Jean Monestime telling`, `with Bush later telling`, `with Kremlin-controlled Sputnik
// News reporting that`. The capitalized run between "with" and the verb (an adverb may stand before
// the verb), parsed as a name, else a body; nothing for a possessive (`with Charles Krauthammer's
// betting`), a lower-case noun (`with Arabic writing on it`) or a comma in between.
Subject SubjectReader::WithSubject(int b, int v, int e) const {
  if (!IsSpeechParticiple(t_.Lower(v))) return Subject();
  // The quote must follow in the participle's own words: not after another quote (`with Mr.
  // Sanders saying that “…” and Ms. Warren dismissing … as “…”`, `with Yang tweeting that he
  // "…" Bennet shot back: "…"`) nor after another subject joined by "and"/"but".
  for (int i = v + 1; i < e; ++i) {
    if (t_[i].quote >= 0 || t_[i].sentence_end) return Subject();
    if (IsVerbConjunction(t_.Lower(i)) && i + 1 < e && t_[i + 1].capitalized) return Subject();
  }
  int end = v;
  if (end - 1 > b && !t_[end - 1].capitalized && IsAuxiliaryBeforeVerb(t_.Lower(end - 1)) &&
      !IsPassiveAuxiliary(t_.Lower(end - 1))) {
    --end;
  }
  int s = end;
  while (s > b && end - s < kMaxSubjectWords && t_[s - 1].quote < 0 && t_[s - 1].capitalized &&
         !t_[s - 1].comma_after && !t_[s - 1].sentence_end && t_.Lower(s - 1) != "with") {
    --s;
  }
  if (s == end || s == b || t_.Lower(s - 1) != "with" || t_[s - 1].quote >= 0 ||
      t_[end - 1].comma_after || t_[end - 1].possessive) {
    return Subject();
  }
  // Only an absolute clause after a comma or opening the sentence: `its interview with Ford
  // saying`, `on "Fox News Sunday with Chris Wallace" saying` attach "with" to a noun.
  const int with = s - 1;
  if (with > 0 && !t_[with - 1].comma_after && with != t_.SentenceBegin(t_.Sentence(with))) {
    return Subject();
  }
  for (int i = s; i < end; ++i) {
    if (t_[i].possessive) s = i + 1;  // `with Turkey's President Recep Tayyip Erdogan warning`.
  }
  if (s >= end) return Subject();
  Subject name = NameOrPronounIn(s, end);
  if (name.kind == Subject::Kind::kName) return name;
  Subject whole = ParseSubject(t_.text(), t_.lower(), Tokens(s, end));
  if (whole.kind == Subject::Kind::kName || whole.kind == Subject::Kind::kBody ||
      whole.kind == Subject::Kind::kOrganization) {
    return whole;
  }
  return Subject();
}

// `It quotes Mr Trump as saying:` / `The congressman was quoted in the Inquirer as saying:`:
// for an "as" at `as` after a citing verb (at most kMaxNameAfterWords before it, back to `b`),
// the name between them, or for a passive (`was quoted`) the subject of the citing verb.
Subject SubjectReader::QuotedAsSaying(int b, int as) const {
  for (int c = as - 1; c >= b && as - c <= kMaxNameAfterWords; --c) {
    if (t_[c].quote >= 0 || t_[c].sentence_end) return Subject();
    if (!IsCitingVerb(t_.Lower(c)) && t_.Lower(c) != "described") continue;
    if (c > b && IsAuxiliaryBeforeVerb(t_.Lower(c - 1))) {
      const absl::string_view aux = t_.Lower(c - 1);
      if (aux == "was" || aux == "were" || aux == "is" || aux == "are") {
        // The passive's subject is its whole clause (`The 10-term congressman was quoted`):
        // in `A flyer … to endorse Nixon was quoted` Nixon is the flyer's topic.
        const int clause = ClauseStart(b, c - 1);
        const Subject whole = ParseSubject(t_.text(), t_.lower(), Tokens(clause, c - 1));
        if (whole.kind == Subject::Kind::kNone || whole.kind == Subject::Kind::kUnnamed) {
          return Subject();
        }
        return SubjectBefore(b, c);
      }
    }
    const Subject quoted = NameAfter(c + 1, as);
    return quoted.kind == Subject::Kind::kName ? quoted : Subject();
  }
  return Subject();
}

// For a verb at `v` right after a comma: the person whose name (titles allowed, closed by a
// comma) opens the sentence at `b`, when nothing between that name and `v` is a quote or a
// sentence end. A second person joined by "and" (`Sens. John McCain, R-Ariz., and Lindsey
// Graham, R-S.C., said`) makes a joint subject: nobody is credited alone.
Subject SubjectReader::OpeningPersonBeforeAppositive(int b, int v) const {
  const Opening opening = OpeningName(b, v);
  if (opening.subject.kind != Subject::Kind::kName || opening.end >= v ||
      !t_[opening.end - 1].comma_after || opening.end + 1 >= v) {
    return Subject();
  }
  for (int k = opening.end; k < v; ++k) {
    if (t_[k].quote >= 0 || t_[k].sentence_end || t_[k].colon_after) return Subject();
    if (t_.Lower(k) == "and" && t_[k - 1].comma_after && k + 1 < v && t_[k + 1].capitalized &&
        (IsGivenName(t_.Word(k + 1)) || IsTitleWord(t_.Lower(k + 1)))) {
      return Unnamed();
    }
  }
  return SentenceOpeningSubject(b, v);
}

// The pronoun or name that opens the sentence at `b` (after "And", "But", "So"), if the
// sentence opens with one: the subject of its verbs.
Subject SubjectReader::SentenceOpeningSubject(int b, int v) const {
  auto [i, e, s] = OpeningName(b, v);
  if (s.kind != Subject::Kind::kName) return s;
  // Only a person: "Another voter says", "A Senate Democratic leadership aide said" are not.
  // A given name alone counts only after an opening phrase ("In responding …, Warren made"):
  // a sentence's first word is capitalized anyway ("Had", "Even", "See also").
  const size_t sp = s.name.find(' ');
  const bool lone_ok = sp != std::string::npos || i != t_.SentenceBegin(t_.Sentence(i));
  const bool person = (lone_ok && IsGivenName(absl::string_view(s.name).substr(0, sp))) ||
                      people_.Find(s.name) >= 0;
  return person ? s : Subject();
}

// `The Family Research Council supported it, saying "…"`: a body's name (one ending in a
// body noun, named_bodies.h) that opens the sentence at `b` as its subject; else nothing.
Subject SubjectReader::SentenceOpeningBody(int b, int v) const {
  // Groups that are no body of named_bodies.h but speak as one when they open a sentence:
  // `The Sierra Club issued a statement …:`, `The White House also issued a statement, saying`.
  static const auto* kGroupNouns =
      new WordSet{"club",     "union",   "movement", "caucus", "party",  "campaign",
                  "alliance", "church",  "society",  "fund",   "group"};
  auto [i, e, s] = OpeningName(b, v);
  if (s.kind != Subject::Kind::kName) return Subject();
  const absl::string_view last = t_.Lower(e - 1);
  const bool group = kGroupNouns->contains(last) ||
                     (last == "house" && e - 2 >= i && t_.Lower(e - 2) == "white");
  if (!group && !NamedBodies::IsBodyName(s.name)) return Subject();
  if (group) s.kind = Subject::Kind::kOrganization;  // Never "he" or "she".
  // `White House press secretary Kayleigh McEnany`, `Campaign officials told`: the body
  // names whom a role works for; someone in the role speaks.
  if (e < v && absl::EndsWith(t_.Lower(e), "s") &&
      IsTitleWord(t_.Lower(e).substr(0, t_.Lower(e).size() - 1))) {
    return Subject();
  }
  for (int k = e; k + 1 < v && k < e + kMaxRoleWordsBeforeName && !t_[k].capitalized; ++k) {
    if (t_[k].comma_after) break;
    if (IsTitleWord(t_.Lower(k)) && t_[k + 1].capitalized) return Subject();
  }
  // `National Rifle Association lobbyist Todd Vandermyde applauded …`: a role and a person
  // after the body's name; the person speaks, not the body.
  for (int k = e; k < v && k < e + kMaxRoleWordsBeforeName; ++k) {
    if (t_[k].capitalized) {
      if (IsGivenName(t_.Word(k))) return Subject();
      break;
    }
    if (IsAttachingWord(t_.Lower(k)) || t_[k].comma_after) break;  // `reacted to Griffin's`
  }
  // The name as written, titles kept (`The Republican National Committee` is not the
  // Democratic one), unless a person's name is in it (`American Federation of Teachers
  // President Randi Weingarten`: named_bodies.h finds who speaks for it).
  for (int k = i; k < e; ++k) {
    if (IsGivenName(t_.Word(k))) return s;
  }
  while (i < e && (t_.Lower(i) == "the" || IsNonNameCapitalized(t_.Lower(i)))) ++i;
  if (i == e) return Subject();
  // `Rocío Sáenz of the Service Employees International Union`: a group's name is one run
  // of capitalized words.
  for (int k = i; k < e && group; ++k) {
    if (!t_[k].capitalized) return Subject();
  }
  s.name = std::string(t_.text().substr(t_[i].span.begin, t_[e - 1].span.end - t_[i].span.begin));
  s.titles.clear();
  return s;
}

// The pronoun, or the capitalized run parsed as a name, that opens the sentence at `b`
// (after "And", "But", "So", "Yet") before the verb at `v`, with the tokens [begin, end) of
// the run.
SubjectReader::Opening SubjectReader::OpeningName(int b, int v) const {
  // `Later O’Neil explained, "…"`: an adverb without its comma opens the sentence too, but
  // a pronoun after it is left alone (`Then he clarified:` read on the dev half: 4 of 17
  // went to the wrong man).
  static const auto* kAdverbs =
      new WordSet{"later",     "then",       "still",    "instead",   "earlier", "now",
                  "again",     "separately", "finally",  "afterward", "afterwards",
                  "similarly", "likewise",   "meanwhile", "also",     "today"};
  int i = b;
  bool adverb = false;
  while (i < v && i < b + 2 &&
         (t_.Lower(i) == "and" || t_.Lower(i) == "but" || t_.Lower(i) == "so" ||
          t_.Lower(i) == "yet" ||
          (t_[i].quote < 0 && !t_[i].comma_after && kAdverbs->contains(t_.Lower(i))))) {
    adverb |= kAdverbs->contains(t_.Lower(i));
    ++i;
  }
  if (i >= v || t_[i].quote >= 0) return {i, i, Subject()};
  // `As NPR's Nina Totenberg reported, opponents contended "…"`: a subordinate opening.
  static const auto* kSubordinators =
      new WordSet{"as",    "when",   "if",     "after",  "while",    "because", "although",
                  "since", "before", "though", "unlike", "like",     "in",      "on",
                  "at",    "for",    "with",   "during", "according"};
  if (kSubordinators->contains(t_.Lower(i))) return {i, i, Subject()};
  if (t_.Lower(i) == "he" || t_.Lower(i) == "she") {
    if (adverb) return {i, i, Subject()};
    return {i, i + 1, ParseSubject(t_.text(), t_.lower(), Tokens(i, i + 1))};
  }
  int e = i;
  while (e < v && e < i + kMaxSubjectWords && t_[e].quote < 0 &&
         (t_[e].capitalized || IsTitleWord(t_.Lower(e)))) {
    ++e;
    if (t_[e - 1].comma_after || t_[e - 1].sentence_end) break;
  }
  // A run cut off by the word limit may go on with the name; one closed by a comma ends it
  // (`House Minority Leader Kevin McCarthy, R-Calif., ripped …`).
  if (e == i || e >= v || (t_[e].capitalized && !t_[e - 1].comma_after)) return {i, e, Subject()};
  Subject s = ParseSubject(t_.text(), t_.lower(), Tokens(i, e));
  if (s.kind != Subject::Kind::kName) return {i, e, Subject()};
  return {i, e, s};
}

// `The president tried …` / `But the senator said …`: a definite description of a person
// opening the sentence at `b` (after "And", "But", "So"), up to its first role word followed
// by a lower-case word that is no role nor an attaching word (`the president of …`), before
// `v`; else nothing. Possessives (`The president's spokesman`) open no description.
Subject SubjectReader::OpeningDescription(int b, int v) const {
  int i = b;
  while (i < v && i < b + 2 && t_[i].quote < 0 &&
         (t_.Lower(i) == "and" || t_.Lower(i) == "but" || t_.Lower(i) == "so")) {
    ++i;
  }
  if (i + 1 >= v || t_[i].quote >= 0 || t_.Lower(i) != "the") return Subject();
  for (int k = i + 1; k < v && k < i + kMaxSubjectWords; ++k) {
    if (t_[k].quote >= 0 || t_[k].sentence_end || t_[k].possessive || t_[k].colon_after ||
        t_[k].capitalized) {
      return Subject();
    }
    if (!IsTitleWord(t_.Lower(k))) {
      if (t_[k].comma_after) return Subject();
      continue;
    }
    const absl::string_view next = k + 1 < v ? t_.Lower(k + 1) : absl::string_view();
    if (t_[k].comma_after ||
        (!next.empty() && !t_[k + 1].capitalized && !IsTitleWord(next) &&
         !IsAttachingWord(next) && next != "and" && next != "to" && next != "in")) {
      // `The president too often "relies on …," the former defense chief added, saying`:
      // past a quote the verb may have a subject of its own.
      for (int j = k + 1; j < v; ++j) {
        if (t_[j].quote >= 0) return Subject();
      }
      Subject s = ParseSubject(t_.text(), t_.lower(), Tokens(i, k + 1));
      if (s.kind != Subject::Kind::kDescription || !s.definite) return Subject();
      // Two people introduced with its titles (`President Trump`, `Russian President Vladimir
      // Putin`, `President George W. Bush's administration`): "the president" here went to
      // the wrong one in 3 of 5 such dev and event_days changes read.
      int holders = 0;
      for (int p = 0; p < static_cast<int>(people_.people().size()) && holders < 2; ++p) {
        if (people_.HasTitles(p, s.titles)) ++holders;
      }
      return holders < 2 ? s : Subject();
    }
  }
  return Subject();
}

// The subject that the verb at `v`, which has none of its own, shares: the name or pronoun
// opening the sentence, after an opening phrase (`On Sunday, President Donald Trump named …,
// saying "…"`), or, when the sentence opens with a quote, the subject of the nearest quoting
// verb before `v` (`"…," Smith said, adding "…"`). Nothing when neither is there: the names
// in between are objects, not speakers.
Subject SubjectReader::SharedSubject(int b, int v) const {
  // `Mateen’s ex-wife, Sitora Yusufiy, told CNN … but added: "…"`: a possessive opening
  // names someone else; the appositive after it is the subject.
  int possessive = -1;
  for (int i = b; i < v && i < b + kMaxSubjectWords && t_[i].quote < 0 &&
                  (t_[i].capitalized || IsTitleWord(t_.Lower(i)));
       ++i) {
    if (t_[i].possessive && possessive < 0) possessive = i;
    if (t_[i].comma_after) break;
  }
  Subject s = SentenceOpeningSubject(b, v);
  if (possessive >= 0) {
    // Only a participle (`…, saying`) or a colon shares it: a verb joined by "and"/"but" may
    // belong to reported speech (`NPR's David Schaper reported that Chao … but acknowledged`).
    const bool shares = IsParticiple(t_.Lower(v)) || (v > 0 && t_[v - 1].colon_after);
    s = shares ? OwnerNamedPerson(possessive, v) : Subject();
  }
  if (s.kind != Subject::Kind::kNone) return s;
  // `While …, his former chief strategist, Steve Bannon, carried …, warning`: a clause that
  // opens with a person, after an opening phrase or an appositive.
  int clauses = 0;
  for (int c = b; c + 1 < v && clauses < kMaxSubjectClauses && t_[c].quote < 0; ++c) {
    if (!t_[c].comma_after) continue;
    ++clauses;
    s = SentenceOpeningSubject(c + 1, v);
    if (s.kind != Subject::Kind::kNone) return s;
  }
  // `And when they were all done Trump came out and said:`: the person the article names
  // right before the first of the joined verbs.
  s = SubjectOfJoinedVerb(b, v);
  if (s.kind != Subject::Kind::kNone) return s;
  // `The Sisters of Mercy … criticised the boys' behaviour, saying "…"`: with no person
  // opening the sentence, a body opening it speaks (only for a participle or a colon: a verb
  // joined by "and" may be reported speech).
  if (possessive < 0 && (IsParticiple(t_.Lower(v)) || (v > 0 && t_[v - 1].colon_after))) {
    s = SentenceOpeningBody(b, v);
    if (s.kind != Subject::Kind::kNone) return s;
  }
  // `The former secretary of state … called for …, saying "…"`: a definite description
  // opening the sentence, resolved like any other (antecedents.h).
  if (possessive < 0 && (IsParticiple(t_.Lower(v)) || (v > 0 && t_[v - 1].colon_after))) {
    s = OpeningDescription(b, v);
    if (s.kind != Subject::Kind::kNone) return s;
  }
  if (t_[b].quote < 0) {
    // `At the time she talked …, saying`: a pronoun is a subject wherever it stands.
    s = SubjectBefore(b, v);
    return s.kind == Subject::Kind::kPronoun ? s : Subject();
  }
  // The sentence opens with a quote: `"…," Smith said, adding "…"`.
  for (int u = v - 1; u >= b; --u) {
    const absl::string_view w = t_.Lower(u);
    if (t_[u].quote >= 0 || !IsQuotingVerb(w) || IsParticiple(w)) continue;
    s = SubjectBefore(b, u);
    if (s.kind == Subject::Kind::kNone && IsSpeechVerb(w) && !IsListenerVerb(w)) {
      s = NameAfter(u + 1, v);
    }
    return s;
  }
  return Subject();
}

// `NBC’s Chuck Todd echoed the theme, saying "…"`: after a possessive at `p` (an outlet or
// employer), a person's full name right after it is the subject; a role noun there
// (`Mateen’s ex-wife, …`) or a lone word is not.
Subject SubjectReader::OwnerNamedPerson(int p, int v) const {
  if (p + 2 >= v || !t_[p + 1].capitalized || t_[p + 1].quote >= 0 ||
      IsTitleWord(t_.Lower(p + 1)) || t_[p].comma_after) {
    return Subject();
  }
  // `Hunter’s Dad`: a given name must open the name.
  if (!IsGivenName(t_.Word(p + 1)) || t_[p + 1].possessive || t_[p + 2].possessive) {
    return Subject();
  }
  Subject s = SentenceOpeningSubject(p + 1, v);
  if (s.kind != Subject::Kind::kName || s.name.find(' ') == std::string::npos) return Subject();
  return s;
}

// For a verb `v` joined by "and"/"but" to one before it (`Trump came out and said`): a name
// of someone the article names, right before at most kMaxJoinedVerbWords lower-case words.
Subject SubjectReader::SubjectOfJoinedVerb(int b, int v) const {
  if (v - 1 <= b || t_[v - 1].quote >= 0 || !IsVerbConjunction(t_.Lower(v - 1))) return Subject();
  int k = v - 2;
  while (k > b && v - 2 - k < kMaxJoinedVerbWords && t_[k].quote < 0 && !t_[k].capitalized &&
         !t_[k].comma_after) {
    --k;
  }
  if (k == v - 2 || t_[k].quote >= 0 || !t_[k].capitalized || t_[k].comma_after ||
      t_[k].possessive) {
    return Subject();
  }
  // `condemned extremist elements in the Muslim world and vowed`: a modifier, not a name.
  int first = k;
  while (first > b && k - first < kMaxNameAfterWords && t_[first - 1].capitalized) --first;
  if (first > b &&
      (t_.Lower(first - 1) == "the" || t_.Lower(first - 1) == "a" || t_.Lower(first - 1) == "an")) {
    return Subject();
  }
  // `if John Boehner stood up and said, "…"`: words put in someone's mouth, not a quote.
  for (int i = std::max(b, k - kMaxNameAfterWords); i < k; ++i) {
    if (t_.Lower(i) == "if" || t_.Lower(i) == "unless") return Subject();
  }
  Subject s = NameOrPronounIn(std::max(b, k - kMaxNameAfterWords + 1), k + 1);
  // A sentence's first word is capitalized anyway: there only a person the article names.
  const bool opens = k == t_.SentenceBegin(t_.Sentence(k));
  if (s.kind != Subject::Kind::kName || (opens && people_.Find(s.name) < 0)) return Subject();
  return s;
}

// The subject opening the clause of the verb at `v` ("In a recent statement, Mr. Snowden
// praised the ruling saying, "…""), else the sentence's.
Subject SubjectReader::ClauseOpeningSubject(int b, int v) const {
  int c = v;
  while (c > b && v - c < kMaxHeadWords && !t_[c - 1].comma_after && t_[c - 1].quote < 0) --c;
  if (c > b) {
    Subject s = SentenceOpeningSubject(c, v);
    if (s.kind != Subject::Kind::kNone) return s;
  }
  return SentenceOpeningSubject(b, v);
}

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
  if (UnnamedPersonBefore(t_, b, v)) return Unnamed();
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
  if (n - b < 2 || !closed || !IsGivenName(t_.Word(b))) return Unnamed();
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
  if (NamesUnnamedPerson(t_, b, e)) return Unnamed();
  int n = b, name_end = b;
  bool closed = false;
  while (n < e && n < b + kMaxTitledNameAfterWords && t_[n].quote < 0) {
    const absl::string_view w = t_.Lower(n);
    if (!t_[n].capitalized) {
      if (IsAttachingWord(w) ||
          !(IsTitleWord(w) ||
            (n + 1 < e && (t_[n + 1].capitalized || IsTitleWord(t_.Lower(n + 1)))))) {
        closed = name_end > b && IsAttachingWord(w);  // "… Warner of Virginia on MSNBC"
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
    return t_[n - 1].comma_after ? AppositiveFullName(n, e) : Unnamed();
  }
  return ParseSubject(t_.text(), t_.lower(), Tokens(b, name_end));
}

}  // namespace claimdup
