// SubjectReader's readers of the subject that opens a sentence or clause (subject_reader.h):
// the sentence's opening name, body or description, a name before its appositive,
// `quoted X as saying`, `with X saying`, the subject a participle or joined verb shares.
// Split from subject_reader.cc, which reads the attributions around a quote.
#include <algorithm>
#include <string>

#include "absl/strings/match.h"
#include "extract/given_names.h"
#include "extract/named_bodies.h"
#include "extract/subject_reader.h"
#include "extract/unnamed_speakers.h"
#include "extract/verb_words.h"
#include "extract/word_set.h"

namespace claimdup {

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
      return Subject::Unnamed();
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
  static constexpr WordSet kGroupNouns{{"club", "union", "movement", "caucus", "party", "campaign",
                                        "alliance", "church", "society", "fund", "group"}};
  auto [i, e, s] = OpeningName(b, v);
  if (s.kind != Subject::Kind::kName) return Subject();
  const absl::string_view last = t_.Lower(e - 1);
  const bool group =
      kGroupNouns.contains(last) || (last == "house" && e - 2 >= i && t_.Lower(e - 2) == "white");
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
  // went to the wrong man). `But even Sandoval appeared to encourage …, saying that …`.
  static constexpr WordSet kAdverbs{
      {"later", "then", "still", "instead", "earlier", "now", "again", "separately", "finally",
       "afterward", "afterwards", "similarly", "likewise", "meanwhile", "also", "today", "even"}};
  int i = b;
  bool adverb = false;
  while (i < v && i < b + 2 &&
         (t_.Lower(i) == "and" || t_.Lower(i) == "but" || t_.Lower(i) == "so" ||
          t_.Lower(i) == "yet" ||
          (t_[i].quote < 0 && !t_[i].comma_after && kAdverbs.contains(t_.Lower(i))))) {
    adverb |= kAdverbs.contains(t_.Lower(i));
    ++i;
  }
  if (i >= v || t_[i].quote >= 0) return {i, i, Subject()};
  // `As NPR's Nina Totenberg reported, opponents contended "…"`: a subordinate opening.
  static constexpr WordSet kSubordinators{
      {"as", "when", "if", "after", "while", "because", "although", "since", "before", "though",
       "unlike", "like", "in", "on", "at", "for", "with", "during", "according"}};
  if (kSubordinators.contains(t_.Lower(i))) return {i, i, Subject()};
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

// True when the capitalized token `k` is an office that a description may hold: `The
// President`, `The Pope`; not a party, candidacy or qualifier (`Republican`, `Democratic`,
// `Nominee`, `President-elect`, which the resolver reads as a sitting president: `The
// President-elect dismissed …` went to Obama), nor an all-caps word.
static bool IsCapitalizedOffice(const ArticleTokens& t, int k) {
  static constexpr WordSet kNoOffice{{"republican", "democrat", "democratic", "gop", "nominee",
                                      "presumptive", "conservative", "liberal", "president-elect"}};
  return !t[k].all_caps && IsTitleWord(t.Lower(k)) && !kNoOffice.contains(t.Lower(k));
}

// `The president tried …` / `But the senator said …` / `The President has since …`: a
// definite description of a person opening the sentence at `b` (after "And", "But", "So"), up
// to its first role word followed by a lower-case word that is no role nor an attaching word
// (`the president of …`), before `v`; else nothing. Possessives (`The president's spokesman`)
// open no description. A capitalized word in it must be an office (`The President`, `The
// Pope`), not a party or candidacy (`The Republican nominee` went to the wrong person in 3 of
// 6 dev changes read) nor any other name (`The Washington Post reporter`).
Subject SubjectReader::OpeningDescription(int b, int v) const {
  int i = b;
  while (i < v && i < b + 2 && t_[i].quote < 0 &&
         (t_.Lower(i) == "and" || t_.Lower(i) == "but" || t_.Lower(i) == "so")) {
    ++i;
  }
  if (i + 1 >= v || t_[i].quote >= 0 || t_.Lower(i) != "the") return Subject();
  for (int k = i + 1; k < v && k < i + kMaxSubjectWords; ++k) {
    if (t_[k].quote >= 0 || t_[k].sentence_end || t_[k].possessive || t_[k].colon_after ||
        (t_[k].capitalized && !IsCapitalizedOffice(t_, k))) {
      return Subject();
    }
    if (!IsTitleWord(t_.Lower(k))) {
      if (t_[k].comma_after) return Subject();
      continue;
    }
    const absl::string_view next = k + 1 < v ? t_.Lower(k + 1) : absl::string_view();
    if (t_[k].comma_after ||
        (!next.empty() && !t_[k + 1].capitalized && !IsTitleWord(next) && !IsAttachingWord(next) &&
         next != "and" && next != "to" && next != "in")) {
      // `The president too often "relies on …," the former defense chief added, saying`:
      // past a quote the verb may have a subject of its own; not past a quoted phrase (`The
      // Speaker called Trump's speech a "manifesto of mistruths" in a statement afterward,
      // saying it "…"`).
      for (int j = k + 1; j < v; ++j) {
        if (t_[j].quote >= 0 && !t_.IsQuotedPhrase(t_[j].quote)) return Subject();
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
  // `Mr. Bartlett is “…,” he said, adding that “…”`, `When Trump is able … “…,” Conway
  // remarked, adding`: after a quote inside the sentence, the subject right after it of the
  // quoting verb nearest `v` (fifteenth round (a)). Only for a participle: a verb joined by
  // "and"/"but" may have the subject of a verb before the quote (`Baquet “seethed” …,
  // Abramson says, and emailed`).
  const bool participle = IsParticiple(t_.Lower(v));
  for (int u = v - 1; participle && u > b && t_[u].quote < 0; --u) {
    const absl::string_view w = t_.Lower(u);
    if (!IsQuotingVerb(w) || IsParticiple(w)) continue;
    int e = u;
    while (e > b && t_[e - 1].quote < 0) --e;
    if (e == b || u - e > kMaxSubjectWords) break;
    const Subject after = SubjectBefore(e, u);
    if (after.kind == Subject::Kind::kName || after.kind == Subject::Kind::kPronoun) return after;
    break;
  }
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
// employer), a person's full name right after it, or after capitalized titles (`Russia's
// Prime Minister Dmitry Medvedev`), is the subject; a role noun there (`Mateen’s ex-wife, …`)
// or a lone word is not.
Subject SubjectReader::OwnerNamedPerson(int p, int v) const {
  if (t_[p].comma_after) return Subject();
  // `Russia's Prime Minister Dmitry Medvedev reacted …, saying`: capitalized titles between
  // the possessive and the name (an office of the owner) are skipped.
  int n = p + 1;
  // So are lower-case ones, the owner's staff (`Sen. McConnell's spokesman David Popp issued a
  // statement …, saying`, `Romney's spokesman Eric Ferhnstrom explained …, saying`).
  while (n < v && n < p + 1 + kMaxRoleWordsBeforeName && t_[n].quote < 0 && !t_[n].comma_after &&
         !t_[n].possessive &&
         (IsTitleWord(t_.Lower(n)) || (!t_[n].capitalized && IsTitleModifier(t_.Lower(n))))) {
    ++n;
  }
  if (n + 1 >= v || !t_[n].capitalized || t_[n].quote >= 0 || IsTitleWord(t_.Lower(n))) {
    return Subject();
  }
  // `Hunter’s Dad`: a given name must open the name.
  if (!IsGivenName(t_.Word(n)) || t_[n].possessive || t_[n + 1].possessive) return Subject();
  Subject s = SentenceOpeningSubject(n, v);
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

}  // namespace claimdup
