// SubjectReader's reader of the attribution before a quote in its sentence (subject_reader.h):
// `X said: "…"`, `X noted that "…"`, `according to X, "…"`, `As Scalia put it, "…"`, `X: "…"`,
// or a paragraph ending in ':' right before the quote; the verb nearest the quote wins.
// Split from subject_reader.cc, which reads the attribution after a quote.
#include <algorithm>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "extract/given_names.h"
#include "extract/person_names.h"
#include "extract/subject_reader.h"
#include "extract/verb_words.h"
#include "extract/word_set.h"

namespace claimdup {

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

static bool IsPronounWord(absl::string_view w) {
  return w == "he" || w == "she" || w == "it" || w == "they";
}

// True when the judging verb at `v` (person_names.h) introduces the quote starting at `e`:
// `ruled [Monday] that …`, `held|assessed that …` with no comma after "that" (`after the
// Supreme Court ruled that part of the act was unconstitutional, the state "…"` is the
// state's), or `describes|defines … as "…"` with "as" among the words right before the quote.
bool SubjectReader::JudgingVerbIntroduces(int v, int e) const {
  const absl::string_view w = t_.Lower(v);
  if (!IsJudgingVerb(w) || e - v > kMaxJudgedWords || v == 0 || e >= t_.size()) return false;
  // `which held that`, `which he describes as`, `Facebook says it defines … as`: the subject
  // is read back from a relative pronoun or "it", which the resolvers get wrong (the case's
  // party, a place named before) or not at all, losing the speech verb before it; `(“…”)`: a
  // quote in parentheses is an example, not the ruling's words.
  int subject = v - 1;
  if (IsPronounWord(t_.Lower(subject)) && subject > 0) --subject;
  if (t_.Lower(v - 1) == "it" || t_.Lower(subject) == "which" || t_[e].in_parens) return false;
  // `Thomas Hofeller, who The New York Times describes as`: a relative clause's own subject
  // opened by "the" is passed over for the antecedent (`whom Stewart describes as`, `who
  // describes himself as` are read right).
  bool the = false;
  for (int i = v - 1; i >= 0 && v - i <= kMaxRelativeSubjectWords && !t_[i].comma_after; --i) {
    const absl::string_view word = t_.Lower(i);
    if (word == "the") the = true;
    if (the && (word == "who" || word == "whom")) return false;
  }
  for (int i = v + 1; i < e; ++i) {
    if (t_[i].quote >= 0 || t_[i].colon_after || t_[i].sentence_end) return false;
  }
  if (w == "describes" || w == "defines") {
    for (int i = std::max(v + 1, e - kMaxWordsAfterAs - 1); i < e; ++i) {
      if (t_.Lower(i) == "as") return true;
    }
    return false;
  }
  const int most = w == "ruled" ? kMaxRulingDateWords : 0;
  for (int i = v + 1; i < e && i <= v + 1 + most; ++i) {
    if (t_.Lower(i) != "that") continue;
    for (int k = i; k < e; ++k) {
      if (t_[k].comma_after) return false;
    }
    return true;
  }
  return false;
}

namespace {

// Verbs of thinking that introduce the thought as a quote when a comma or colon joins them to
// it (`Stepp … he wonders, "How much debt …?"`, `She thought, "Criminy, what have I done"`):
// the cue words of the AllSides dev half's unattributed quotes right after `VERB,` / `VERB:`
// (docs/speaker_rounds.md, sixteenth round (c)); `wondered`, `reasoned`, `mused` are speech
// verbs already. Anywhere else they are no speech (`he thought that the bill …`).
bool IsThoughtVerb(absl::string_view w) {
  return w == "thought" || w == "thinks" || w == "wonders" || w == "figured";
}

// `remembers thinking, "…"`, `recalled wondering: "…"`: a memory verb before the participle.
bool IsMemoryVerb(absl::string_view w) {
  return w == "remembers" || w == "remembered" || w == "remember" || w == "recalls" ||
         w == "recalled" || w == "recall";
}

}  // namespace

// True when the verb at `v`, within [b, e), is the last word before the quote starting at `e`,
// joined to it by a comma or colon, and a thought verb (`he wonders, "…"`) or a thought
// participle after a memory verb (`Denis McDonough, …, remembers thinking, "…"`).
bool SubjectReader::ThoughtIntroduces(int b, int v, int e) const {
  if (v != e - 1 || t_[v].quote >= 0 || !(t_[v].comma_after || t_[v].colon_after)) return false;
  const absl::string_view w = t_.Lower(v);
  if (IsThoughtVerb(w)) return true;
  return (w == "thinking" || w == "wondering") && v > b && t_[v - 1].quote < 0 &&
         !t_[v - 1].comma_after && IsMemoryVerb(t_.Lower(v - 1));
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

// True when tokens v, v + 1 within [.., e) read "put it" / "puts it".
bool SubjectReader::IsPutIt(int v, int e) const {
  const absl::string_view w = t_.Lower(v);
  return (w == "put" || w == "puts") && v + 1 < e && t_.Lower(v + 1) == "it";
}

// `In the words of Justice Antonin Scalia, "…"`, `"…," in the words of Rep. Val Demings`: when
// tokens i.. within [.., e) read "in the words of", the one named after them said the quote,
// read like `according to X` (NameAfter): a person or a body. Subject() when the tokens do not
// read so or no name follows (`in the words of one top campaign adviser`, `of the report
// itself`): the other rules decide, as before; `He warned, in the words of an infamous racist
// police chief, "When the looting starts, …"` is the warner's tweet, and giving such quotes
// nobody lost 2 right speakers on the dev half.
Subject SubjectReader::InTheWordsOf(int i, int e) const {
  if (i + 4 >= e || t_.Lower(i) != "in" || t_.Lower(i + 1) != "the" || t_.Lower(i + 2) != "words" ||
      t_.Lower(i + 3) != "of") {
    return Subject();
  }
  for (int k = i; k < i + 3; ++k) {
    if (t_[k].quote >= 0 || t_[k].comma_after || t_[k].sentence_end) return Subject();
  }
  const Subject who = NameAfter(i + 4, e);
  const bool named = who.kind == Subject::Kind::kName || who.kind == Subject::Kind::kOrganization;
  return named ? who : Subject();
}

// `as Pope Francis put it`, `as Mr. Trump puts it`, read from the token after "as" within
// [b, e): the name before "put it", a person or a body named as written ("The Atlantic"), or
// "he"/"she" alone (`As he put it last year: "…"`), a pronoun subject like that of `he said`
// for the resolvers (antecedents.h). Descriptions (`as the president put it`) are left to the
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
  const bool pronoun = v == b + 1 && (t_.Lower(b) == "he" || t_.Lower(b) == "she");
  return named || pronoun ? s : Subject();
}

// `Trump’s claim that "…"`, `Warren’s catchphrase, "…"`, `Clinton's response:` + a quote
// paragraph, `…, in Lewis’s words, "…"`: the person whose speech noun introduces the quote
// (within [b, e)) said it. The noun must introduce it (`that`, a comma or a colon between) and
// its phrase open the sentence or clause: in `McConnell called Trump’s remarks "…"` and
// `Short responded to Lieu’s comments: "…"` the quote is about the remarks, not them. Only a
// person the article names: `the Declaration’s words` are a document's.
Subject SubjectReader::PossessorOfSpeech(int b, int e) const {
  int i = e - 1;
  const bool that = i > b && t_[i].quote < 0 && t_.Lower(i) == "that";
  if (that) --i;
  if (i <= b || t_[i].quote >= 0 || t_[i].sentence_end || !IsSpeechNoun(t_.Lower(i))) {
    return Subject();
  }
  if (!that && !t_[i].comma_after && !t_[i].colon_after) return Subject();
  int n = i - 1;  // `famous`, `own`, `key`: lower-case words before the noun.
  while (n >= b && i - n <= kMaxSpeechNounModifiers && t_[n].quote < 0 && !t_[n].capitalized &&
         !t_[n].possessive && !t_[n].comma_after && !t_[n].sentence_end) {
    --n;
  }
  // `Marcus' line that "…"`: a possessive written with the apostrophe alone (kept in the word,
  // or a curly mark right after it) is one too (twentieth round (h)); the name is read without
  // the mark, and must be a person the article names.
  const bool bare = n >= b && !t_[n].possessive && BarePossessive(n);
  if (n < b || t_[n].quote >= 0 || !t_[n].capitalized || (!t_[n].possessive && !bare) ||
      t_[n].comma_after || t_[n].sentence_end) {
    return Subject();
  }
  int s = n;  // The capitalized run ending in the possessive: `President Obama’s`.
  while (s > b && n - s + 1 < kMaxSubjectWords && t_[s - 1].quote < 0 && t_[s - 1].capitalized &&
         !t_[s - 1].possessive && !t_[s - 1].comma_after && !t_[s - 1].sentence_end &&
         !t_[s - 1].colon_after) {
    --s;
  }
  int open = s;  // `In`, `From`, `Then` before the name.
  while (open < n && IsNonNameCapitalized(t_.Lower(open))) ++open;
  // `agree with Marcus' line that "…"`, `citing … Peter Bergen's comment that "…"`: with
  // "that" right before the quote, the quote is what the noun says, whoever cites it
  // (twentieth round (c)); not after a speech verb, whose clause "that" opens (`Kerry said in
  // apparent reference to Romney's remarks that "…"`). Without it the phrase must open its
  // clause.
  if (!OpensClause(b, s)) {
    if (!that) return Subject();
    for (int k = b; k < s; ++k) {
      if (IsSpeechVerb(t_.Lower(k))) return Subject();
    }
  }
  std::vector<WordSpan> words(Tokens(open, n + 1).begin(), Tokens(open, n + 1).end());
  if (bare && absl::EndsWith(t_.Word(n), "'")) --words.back().span.end;
  const Subject who = ParseSubject(t_.text(), t_.lower(), words);
  if (who.kind != Subject::Kind::kName || people_.Find(who.name) < 0) return Subject();
  return who;
}

// `Marcus'`, `Francis’`: token `p`, a capitalized word ending in "s", is a possessive written
// with the apostrophe alone (the tokenizer keeps a straight one in the word; a curly one
// follows its span).
bool SubjectReader::BarePossessive(int p) const {
  const absl::string_view word = t_.Word(p);
  if (word.size() > 2 && absl::EndsWith(word, "s'")) return true;
  const absl::string_view rest = t_.text().substr(t_[p].span.end);
  return word.size() > 1 && absl::EndsWith(word, "s") &&
         (absl::StartsWith(rest, "'") || absl::StartsWith(rest, "\xE2\x80\x99"));
}

// `this statement from national security adviser John Bolton: "…"`, `this argument from Alan
// Dershowitz:`: a speech noun, "from" and a person the article names end the words before the
// quote, with a colon; that person said it. Read within [b, e).
Subject SubjectReader::SpeechFrom(int b, int e) const {
  if (e <= b || !t_[e - 1].colon_after || t_[e - 1].quote >= 0) return Subject();
  for (int f = e - 2; f > b && e - f <= kMaxTitledNameAfterWords; --f) {
    if (t_[f].quote >= 0 || t_[f].sentence_end) return Subject();
    if (t_.Lower(f) != "from") continue;
    // `Here's more from Sturgeon:`, `a revealing question from Chief Justice John Roberts:`,
    // `this shocker from Ben Swann:` introduce that person's words too (twentieth round (c)).
    static constexpr WordSet kMoreWords{{"more", "question", "shocker", "excerpt"}};
    if ((!IsSpeechNoun(t_.Lower(f - 1)) && !kMoreWords.contains(t_.Lower(f - 1))) ||
        t_[f - 1].comma_after) {
      return Subject();
    }
    // `a message from Rolett with the note:`, `an old line from Mr. T in "Rocky III":`: the
    // colon introduces something else than the words from that person.
    for (int k = f + 1; k < e && !t_[k - 1].comma_after; ++k) {
      const absl::string_view w = t_.Lower(k);
      if (w == "with" || w == "in" || w == "on" || w == "about" || w == "at" || w == "during") {
        return Subject();
      }
    }
    const Subject who = NameAfter(f + 1, e);
    if (who.kind != Subject::Kind::kName || people_.Find(who.name) < 0) return Subject();
    return who;
  }
  return Subject();
}

// True when token `s` opens its sentence or clause within [b, ..): after a comma or colon or
// at the range's start, with at most two linking words before it (`in`, `from`, `and`).
bool SubjectReader::OpensClause(int b, int s) const {
  int p = s;
  for (int k = 0;
       k < 2 && p > b && t_[p - 1].quote < 0 && !t_[p - 1].comma_after && !t_[p - 1].colon_after;
       ++k) {
    const absl::string_view w = t_.Lower(p - 1);
    if (w != "in" && w != "from" && w != "and" && w != "but" && w != "so" && w != "then") break;
    --p;
  }
  return p == b || t_[p - 1].comma_after || t_[p - 1].colon_after;
}

// `Kristof pivoted to moral truth, noting that “…”`, `Corbyn reacted … by tweeting that Mr
// Johnson had "…"`: the participle at `v` of any speech verb (verb_words.h), not only of the
// quoting ones, introduces the quote that ends the head [b, e) when it follows a comma or "by"
// and no quote stands between them. Elsewhere such participles open the sentence (`Announcing
// that …, Thatcher appealed …, advising the press:`), are a gerund of someone else (`Barr has
// said that Trump tweeting about … make it “…”`) or an unnamed person's (`with one senior
// quartermaster explaining “…”`), or introduce an earlier quote (`…, asking “Is Comey
// Helping?” … on a roll: “…”`): read on the dev half, those gave 6 of 25 changes read to the
// wrong person.
bool SubjectReader::QuotingParticiple(int b, int v, int e) const {
  if (v <= b || !IsSpeechParticiple(t_.Lower(v))) return false;
  if (t_[v - 1].quote >= 0 && !QuoteWithCommaBefore(v)) return false;
  if (!t_[v - 1].comma_after && t_.Lower(v - 1) != "by") return false;
  for (int i = v + 1; i < e; ++i) {
    if (t_[i].quote >= 0) return false;
  }
  return true;
}

// `Comey took issue with the markings on "memo 2," noting that he "…"`: the word before `v`
// ends a quote inside the sentence with a comma, which belongs to `v`'s clause as it would
// after a word (twentieth round (a)); not a quote opening the sentence (`"…," adding`).
bool SubjectReader::QuoteWithCommaBefore(int v) const {
  return v > 0 && t_[v - 1].quote >= 0 && t_[v - 1].comma_after &&
         t_[t_.SentenceBegin(t_.Sentence(v))].quote < 0;
}

namespace {

// Words before a name that make it a preposition's object, not a verb's: `legislators in
// Alabama for saying`, `a swipe at Romney for saying`.
bool IsPrepositionBeforeName(absl::string_view lower_word) {
  return lower_word == "in" || lower_word == "at" || lower_word == "from" || lower_word == "to" ||
         lower_word == "with" || lower_word == "on" || lower_word == "by" || lower_word == "of" ||
         lower_word == "for" || lower_word == "about" || lower_word == "against" ||
         lower_word == "like" || lower_word == "than" || lower_word == "as";
}

bool IsObjectPronoun(absl::string_view lower_word) {
  return lower_word == "him" || lower_word == "her" || lower_word == "them" || lower_word == "us" ||
         lower_word == "me";
}

}  // namespace

// `Bezos accused AMI of telling him "…"`, `Another still condemned Trump for saying "…"`: the
// participle at `v` of a speech verb after "of"/"for", with nothing but its own clause up to
// the quote that ends [b, e), is said by the object of the verb before: the words are that
// person's or body's, not the accuser's. Anything else (a pronoun, `the Daily Mail for
// writing`, a preposition's object) leaves the quote to the other rules.
Subject SubjectReader::GerundObject(int b, int v, int e) const {
  if (v - 2 < b || !IsSpeechParticiple(t_.Lower(v))) return Subject();
  const absl::string_view link = t_.Lower(v - 1);
  if ((link != "of" && link != "for") || t_[v - 1].quote >= 0 || t_[v - 2].comma_after ||
      t_[v - 2].sentence_end || t_[v - 2].quote >= 0 || ClauseBreakBetween(v, e - 1)) {
    return Subject();
  }
  // The quote right after the participle, its object pronoun or "that": `for saying "…"`,
  // `of telling him "…"`, `for saying -- … -- that half of his supporters fall into a "…"`;
  // not `of promising to lift regulations … to "…"`, `of insisting on "…"`.
  int k = v + 1;
  if (k < e && IsObjectPronoun(t_.Lower(k))) ++k;
  const bool that = k < e && t_.Lower(k) == "that";
  if (!that && k != e) return Subject();
  for (int i = v + 1; i < e; ++i) {
    if (t_[i].quote >= 0) return Subject();
  }
  int s = v - 2;  // The capitalized run ending right before "of"/"for".
  while (s > b && v - 1 - s < kMaxSubjectWords && t_[s - 1].capitalized && t_[s - 1].quote < 0 &&
         !t_[s - 1].comma_after && !t_[s - 1].sentence_end && !t_[s - 1].possessive) {
    --s;
  }
  if (!t_[s].capitalized || s == b || t_[s - 1].quote >= 0 || t_[s - 1].capitalized ||
      t_[s - 1].comma_after || t_[s - 1].sentence_end || IsPrepositionBeforeName(t_.Lower(s - 1))) {
    return Subject();
  }
  const Subject who = ParseSubject(t_.text(), t_.lower(), Tokens(s, v - 1));
  if (who.kind != Subject::Kind::kName && who.kind != Subject::Kind::kOrganization) {
    return Subject();
  }
  return who;
}

namespace {

// True when no letter or digit stands in `text` between `from` and `to`, a short gap: a page
// furniture line (paragraphs.h) between a paragraph ending in ':' and a quote (`…in the ad:`
// + `Advertisement:` + `"…"`) leaves the quote unintroduced (dev half: 6 of 10 such colons
// gave a wrong name: `LOL:`, `…Fort Dodge, Iowa, rally …:`).
bool NoWordsBetween(absl::string_view text, uint32_t from, uint32_t to) {
  constexpr uint32_t kMaxGapBytes = 64;
  if (to < from || to - from > kMaxGapBytes || to > text.size()) return false;
  for (uint32_t i = from; i < to; ++i) {
    if (absl::ascii_isalnum(static_cast<unsigned char>(text[i]))) return false;
  }
  return true;
}

}  // namespace

// The description (`the US President`) opening the clause of the verb at v after a fronted
// clause that a comma or a dash closes, in the sentence from sb; nothing when none.
Subject SubjectReader::DescriptionAfterFrontedClause(int sb, int v) const {
  for (int k = v - 2; k > sb; --k) {
    if (t_[k].quote >= 0) return Subject();
    if (t_.Lower(k) != "the") continue;
    const absl::string_view gap =
        t_.text().substr(t_[k - 1].span.end, t_[k].span.begin - t_[k - 1].span.end);
    const bool dash = gap.find("--") != absl::string_view::npos ||
                      gap.find("\xE2\x80\x94") != absl::string_view::npos;
    if (!t_[k - 1].comma_after && !dash) continue;
    const Subject s = OpeningDescription(k, v);
    if (s.kind == Subject::Kind::kDescription) return s;
  }
  return Subject();
}

// `said he and Trump have maintained`, `says she and Lopez want`: back from verb `v` over "have"/
// "has"/"had" at most, a run of capitalized words (kMaxSubjectWords at most, no comma or quote),
// "and", then "he"/"she" right after a speech verb, all after token `b`.
bool SubjectReader::JointPronounSubject(int b, int v) const {
  int k = v - 1;
  if (k > b && t_[k].quote < 0) {
    const absl::string_view aux = t_.Lower(k);
    if (aux == "have" || aux == "has" || aux == "had") --k;
  }
  const int name_end = k;
  while (k > b && name_end - k < kMaxSubjectWords && t_[k].quote < 0 && t_[k].capitalized &&
         !t_[k].comma_after && !t_[k].possessive) {
    --k;
  }
  if (k == name_end || k - 2 < b || t_[k].quote >= 0 || t_.Lower(k) != "and") return false;
  const absl::string_view pronoun = t_.Lower(k - 1);
  return (pronoun == "he" || pronoun == "she") && t_[k - 1].quote < 0 &&
         t_[k - 2].quote < 0 && !t_[k - 2].comma_after && IsSpeechVerb(t_.Lower(k - 2));
}

// X said: "…"  /  X noted that "…"  /  X called it "…"  /  according to X, "…"  /  X: "…"
// / a paragraph ending in ':' just before a quote that opens the next paragraph. The verb
// nearest the quote wins.
Subject SubjectReader::HeadSubject(int q) const {
  auto [b, e] = HeadRange(q);
  if (b == e && e > 0 && t_[e - 1].colon_after && t_[e - 1].quote < 0 &&
      t_[e - 1].paragraph + 1 == t_.quotes()[q].first_paragraph &&
      NoWordsBetween(t_.text(), t_[e - 1].span.end, t_.quotes()[q].marks.begin)) {
    // Previous paragraph ends with ':': its last sentence introduces the quote.
    b = e - 1;
    while (b > 0 && e - b < kMaxHeadWords && t_[b - 1].quote < 0 &&
           t_[b - 1].paragraph == t_[e - 1].paragraph && !t_[b - 1].sentence_end) {
      --b;
    }
  }
  if (b == e) return Subject();
  // The possessor of a speech noun right before the quote is nearer than any verb.
  const Subject possessor = PossessorOfSpeech(b, e);
  if (possessor.kind != Subject::Kind::kNone) return possessor;
  const Subject from = SpeechFrom(b, e);
  if (from.kind != Subject::Kind::kNone) return from;
  // `Harris' tweet reads, "…"`: the owner of the text that speaks.
  const Subject owner = TextOwner(b, e);
  if (owner.kind != Subject::Kind::kNone) return owner;
  int v = -1;
  const Subject verb = HeadVerbSubject(b, e, &v);
  if (verb.kind != Subject::Kind::kNone || !t_[e - 1].colon_after) return verb;
  if (v >= 0) {
    // `When asked by … to elaborate on that statement, Soros doubled down: "…"`, `Asked about
    // …, Cornyn was definitive: "…"`: a verb in a clause the sentence opens with, which a comma
    // closes, is not what introduces the quote; the clause after the comma says who does
    // (twenty-first round (f)). A verb after that comma whose subject was refused (`Suddeth's
    // mother, who …, told local media:`, `a sign that said:`) leaves the quote unattributed.
    int c = v;
    while (c < e - 1 && !(t_[c].comma_after && t_[c].quote < 0)) ++c;
    if (c >= e - 1) return verb;
    // Only a person the article names: "he"/"she" there resolved to the wrong one as often as
    // the right one on the dev dumps (`Clinton …, she pivoted:` -> Bill Clinton), and a run
    // opening with no given name is no name (`African American scholar Robert C. Smith`).
    int k = c + 1;
    while (k < e && t_[k].capitalized && t_[k].quote < 0 && !t_[k].comma_after) ++k;
    if (k + 1 < e && k > c + 1 && !t_[k].capitalized && t_[k + 1].capitalized &&
        IsGivenName(t_.Word(k + 1))) {
      return verb;  // `African American scholar Robert C. Smith`: a role between two runs.
    }
    Subject s = SharedSubject(c + 1, e);
    if (s.kind == Subject::Kind::kNone) s = TitledNameOpening(LastClauseBegin(c + 1, e), e);
    const bool person = s.kind == Subject::Kind::kName &&
                        (people_.Find(s.name) >= 0 ||
                         IsGivenName(absl::string_view(s.name).substr(0, s.name.find(' '))));
    return person ? s : Subject();
  }
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
  // `…, Fox News commentator and Trump adviser Rudy Giuliani hailed a new media age …:`.
  if (s.kind == Subject::Kind::kNone) s = TitledNameOpening(LastClauseBegin(b, e), e);
  return s;
}

// The subject of the verb nearest before the quote at e in [b, e) (HeadSubject's verbs), or
// nothing when no verb there names one; `*verb` is the verb read, -1 when none was.
Subject SubjectReader::HeadVerbSubject(int b, int e, int* verb) const {
  *verb = -1;
  for (int v = e - 1; v >= b; --v) {
    *verb = v;
    if (t_[v].quote >= 0) continue;
    const absl::string_view w = t_.Lower(v);
    // `prompting the Democratic pundit Van Jones to declare grandiloquently on CNN: "…"`.
    if (v > b + 1 && t_[v - 1].span.end - t_[v - 1].span.begin == 2 && t_.Lower(v - 1) == "to") {
      const Subject caused = CausedToSpeak(b, v, e);
      if (caused.kind != Subject::Kind::kNone) return caused;
    }
    if (w == "according" && v + 1 < e && t_.Lower(v + 1) == "to") return NameAfter(v + 2, e);
    if (w == "in") {
      const Subject words_of = InTheWordsOf(v, e);
      if (words_of.kind != Subject::Kind::kNone) return words_of;
    }
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
      const Subject object = GerundObject(b, v, e);
      if (object.kind != Subject::Kind::kNone) return object;
    }
    const bool thought = ThoughtIntroduces(b, v, e);
    if (thought && IsParticiple(w)) {
      // `X remembers thinking, "…"`: the memory verb's subject had the thought.
      const Subject s = SubjectBefore(b, v - 1);
      if (s.kind != Subject::Kind::kNone) return s;
      continue;
    }
    // `As Pape points out, "…"`, `Trump shot back, "…"`: the two-word verbs read after a quote
    // (`"…," DeSantis points out`) introduce it from before too; in lower case only (`a piece
    // titled "The Journalism Empire Strikes Back,"`, a title dropped before attribution).
    // A participle only after a comma (`…, pointing out that "…"`; not `insist on pointing out`).
    const bool back_verb = v + 1 < e && !t_[v].capitalized &&
                           IsBackSpeechVerb(w, t_.Lower(v + 1)) &&
                           (!IsParticiple(w) || (v > b && t_[v - 1].comma_after));
    // `But as Brian Beutler has written, …, "…"`: "written" is no quoting verb elsewhere.
    if (w == "written" && v > b) {
      const Subject credit = AsNameVerbed(b, v, e);
      if (credit.kind != Subject::Kind::kNone) return credit;
      continue;
    }
    if (!IsQuotingVerb(w) && !QuotingParticiple(b, v, e) && !(w == "say" && v > b) &&
        !JudgingVerbIntroduces(v, e) && !thought && !back_verb) {
      continue;
    }
    // `As stated by Paul Gottinger, …, "…"`, `As Louis CK said in an interview, "…"`: the
    // one an `as`-credit names (subject_credits.cc).
    if (v > b) {
      Subject credit = AsVerbedBy(v, e);
      if (credit.kind == Subject::Kind::kNone) credit = AsNameVerbed(b, v, e);
      if (credit.kind != Subject::Kind::kNone) return credit;
    }
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
    // States, saying"). So for `Judd Deere responded to … Young by stating that "…"` (a
    // participle only QuotingParticiple reads); when no subject is found, the verb before
    // decides, as it did before such participles were read (`When Flake responded to … by
    // tweeting "…"`).
    const bool by = v > b && t_.Lower(v - 1) == "by" && !IsQuotingVerb(w);
    // `Clinton rejected the NRA's "…," saying "…"`: a quote whose comma is the participle's
    // stands where a word would (twentieth round (a)).
    const bool after_quote = v > b && IsParticiple(w) && QuoteWithCommaBefore(v);
    if (v > b && (t_[v - 1].quote < 0 || after_quote) &&
        ((IsParticiple(w) && t_[v - 1].comma_after) || IsVerbConjunction(t_.Lower(v - 1)) || by)) {
      // Its subject is in its own sentence: `…told reporters, “… even politics.” And Sanders
      // echoed that sentiment, saying, “…”` is Sanders's, though the head range runs on into
      // the sentence before (fifteenth round (a)).
      const int sb = std::max(b, t_.SentenceBegin(t_.Sentence(v)));
      Subject shared = SharedSubject(sb, v);
      // `McConnell … called out Pelosi …, and said "…"`, `Then he claimed … and warned that
      // "…"`: the subject of the sentence's first verb (nineteenth round (b)).
      if (shared.kind == Subject::Kind::kNone && !by) shared = FirstVerbSubject(sb, v);
      // `Or the time he bragged on CNBC …, claiming, "…"`: the verb before has the subject.
      if (shared.kind != Subject::Kind::kNone || IsSpeechVerb(w)) return shared;
      // `Ahead of his meeting with Putin -- who … -- the US President also lashed out … by
      // branding journalists "…"`: a description after a fronted clause.
      if (by) {
        const Subject described = DescriptionAfterFrontedClause(sb, v);
        if (described.kind != Subject::Kind::kNone) return described;
      }
      continue;
    }
    // `Putin, for his part, said he and Trump have maintained regular contact …, but "…"`:
    // a subject joining "he" and a name is inside what an earlier verb reports; that verb
    // decides (twentieth round (i)).
    if (JointPronounSubject(b, v)) continue;
    Subject s = SubjectBefore(b, v);
    if (s.kind != Subject::Kind::kNone) return s;
    if (IsSpeechVerb(w) && !IsListenerVerb(w)) {
      s = NameAfter(v + 1, e);
      // `Paul Ryan to say Democrats "…"`, `urged Senate Republicans "…"`, `an ad saying
      // Democrats who oppose … will be "…"`: a party that no comma closes is the verb's object
      // or the subject of what is said, not the speaker (`say Democrats, who argue …`).
      int party = v + 1;
      while (party < e && party - v <= kMaxNameAfterWords && !IsPartyPlural(t_.Lower(party))) {
        ++party;
      }
      const bool object = s.kind == Subject::Kind::kOrganization && party < e &&
                          IsPartyPlural(t_.Lower(party)) && !t_[party].comma_after &&
                          !t_[party].sentence_end;
      if (s.kind != Subject::Kind::kNone && !object) return s;
    }
    // `And he said he wants …, calling the address "…"`: the clause's or sentence's subject;
    // `the president tried to whip up voters by saying that …`: a description opening it.
    Subject opening = ClauseOpeningSubject(b, v);
    if (opening.kind == Subject::Kind::kNone && IsParticiple(w)) opening = OpeningDescription(b, v);
    return opening;
  }
  *verb = -1;
  return Subject();
}

// The token after the last comma before `e` outside quotes, or `b`.
int SubjectReader::LastClauseBegin(int b, int e) const {
  for (int k = e - 2; k >= b; --k) {
    if (t_[k].comma_after && t_[k].quote < 0) return k + 1;
  }
  return b;
}

// `his adviser Kellyanne Conway was more blunt:`, `Fox News commentator and Trump adviser Rudy
// Giuliani hailed …:`, `UFCW Local 400 President Mark P. Federici offered …:`: the clause at
// `s` opens with role words, owners' names, numbers and determiners, then a person's full name
// (a given name and at least one more capitalized word) right before its first other word;
// that person (twenty-first round (f)). Nothing when the clause opens otherwise, or holds a
// possessive or a comma before that word.
Subject SubjectReader::TitledNameOpening(int s, int e) const {
  static constexpr WordSet kLeading{{"his", "her", "their", "its", "the", "a", "an"}};
  int k = s;
  for (; k < e && k - s < kMaxTitledNameAfterWords; ++k) {
    if (t_[k].quote >= 0 || t_[k].possessive) return Subject();
    const absl::string_view w = t_.Lower(k);
    // "and" only between two roles (`commentator and Trump adviser`), not two people (`Fred
    // and Cindy Warmbier released`, `Burgess and James Arkin explore:`).
    const bool joins_roles = w == "and" && k > s && !t_[k - 1].capitalized;
    const bool lead = t_[k].capitalized || absl::ascii_isdigit(static_cast<unsigned char>(w[0])) ||
                      kLeading.contains(w) || IsTitleWord(w) || IsTitleModifier(w) || joins_roles;
    if (!lead) break;
    if (t_[k].comma_after) return Subject();
  }
  if (k == s || k >= e || !t_[k - 1].capitalized) return Subject();
  // The name opens its capitalized run or follows a title (`President Mark P. Federici`), and
  // is someone the article names as a person (not `The New York Times`, `Washington Post`).
  int given = k - 1;
  while (given > s && k - given < 4 && t_[given - 1].capitalized &&
         !IsTitleWord(t_.Lower(given - 1))) {
    --given;
  }
  if (given == k - 1 || !IsGivenName(t_.Word(given))) return Subject();
  // `University of North Carolina law professor William Marshall:`: a place or employer.
  if (given > s && (t_.Lower(given - 1) == "of" || IsAttachingWord(t_.Lower(given - 1)))) {
    return Subject();
  }
  const Subject who = ParseSubject(t_.text(), t_.lower(), Tokens(given, k));
  if (who.kind != Subject::Kind::kName || who.name.find(' ') == std::string::npos ||
      people_.Find(who.name) < 0) {
    return Subject();
  }
  return who;
}

}  // namespace claimdup
