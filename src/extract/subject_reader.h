// Reading who speaks from the words around a quote: the subject phrase of its attribution.
//
// A SubjectReader finds, for a quote, the phrase that names its speaker: the attribution
// right after it (`"…," X said`, `"…," said X`, `"…," X, an analyst at Y, said`) or the verb
// nearest before it in its sentence (`X said: "…"`, `X noted that "…"`, `X called it "…"`).
// It returns the phrase parsed (person_names.h: a name, pronoun, description or
// organization); resolving pronouns and descriptions to people is antecedents.h's job.
// Every read is bounded by the constants below, so a quote costs O(1) however long its
// paragraph. Its readers live by concern: subject_reader.cc the attribution after a quote,
// subject_head.cc the attribution before it, subject_clauses.cc a verb's subject read back
// clause by clause, subject_names_after.cc the name after an inverted verb (`said X`),
// subject_openings.cc the subject that opens its sentence or clause, subject_caused.cc the
// object of a causing verb (`prompting X to declare: "…"`), subject_first_verb.cc the subject
// of a sentence's first verb for a second verb joined to it (`X called Y "…" and said "…"`),
// subject_described_holder.cc the name after a description's comma (`said the adviser, X`).
#ifndef CLAIMDUP_EXTRACT_SUBJECT_READER_H_
#define CLAIMDUP_EXTRACT_SUBJECT_READER_H_

#include <utility>

#include "absl/types/span.h"
#include "extract/article_people.h"
#include "extract/attribution_tokens.h"
#include "extract/list_word_surnames.h"
#include "extract/person_names.h"

namespace claimdup {

inline constexpr int kTailVerbLookahead = 16;  // `"…," Geoffrey Skelley, a political analyst
                                               // at the University of Virginia, said`.
inline constexpr int kMaxTailWords = 40;       // Rest of the sentence after a quote.
inline constexpr int kMaxHeadWords = 60;       // Sentence before a quote, back to its start.
inline constexpr int kMaxInvertedDescriptionWords = 4;  // `said the former Texas governor`.
inline constexpr int kMaxUnnamedClauseWords = 8;         // `who did not want to be identified`.
inline constexpr int kMaxNameAfterWords = 8;   // `said NATO Secretary General Anders Fogh …`.
// After an inverted verb: `said House Oversight and Government Reform Committee Chairman
// Darrell E. Issa`.
inline constexpr int kMaxTitledNameAfterWords = 12;
// Words between a quote and the attribution closing its sentence: `"…" at the Mayflower hotel
// last April, Sessions insisted`.
inline constexpr int kMaxClosingGapWords = 32;
inline constexpr int kMaxSubjectWords = 9;      // `GOP strategist Brian Walsh said`.
inline constexpr int kMaxSubjectClauses = 3;    // `X, chairman of Y, who …, said`.
inline constexpr int kMaxAppositiveWords = 24;  // `X, a Christian author and the senior vice
                                                // president of the National …, argued`.
inline constexpr int kMaxColonSubjectWords = 5;
inline constexpr int kMaxJoinedVerbWords = 2;  // `Trump came out and said:`.  // `Lavrov: "…"`.
// `Thatcher's famous remark "…"`, `Ginsburg's own textualist retort:`: words between a
// possessive name and its speech noun.
inline constexpr int kMaxSpeechNounModifiers = 2;
// `Lindsey Graham, R-S.C., who said`, `Mitch McConnell, Kentucky Republican, who`: a short tag
// after a name's comma.
inline constexpr int kMaxTagWords = 3;
// `Judge Derrick Watson ruled Wednesday that the state … had "…"`: words from a judging verb to
// its quote; `ruled late Friday that`: words between "ruled" and "that"; `describes the goal of
// United Front work … as "[getting] …"`: words between "as" and the quote.
inline constexpr int kMaxJudgedWords = 24;
inline constexpr int kMaxRulingDateWords = 2;
inline constexpr int kMaxWordsAfterAs = 2;
// `who in a seminal speech on Independence Day in 1821 declared`: words between "who" and its
// verb.
inline constexpr int kMaxWhoPhraseWords = 10;
inline constexpr int kMaxRelativeSubjectWords = 5;  // `who The New York Times describes`.
// `accused her of bowing to the “far left,” and said "…"`: the longest quote between a
// sentence's first verb and a second verb joined to it (subject_first_verb.cc).
inline constexpr int kMaxQuotedWordsBetweenVerbs = 12;
// `"…," broadcaster and writer Earl Ofari Hutchinson told`: role words before a tail's name.
inline constexpr int kMaxRoleWordsBeforeName = 4;

class SubjectReader {
 public:
  // `tokens` and `people` must outlive the reader.
  SubjectReader(const ArticleTokens& tokens, const ArticlePeople& people)
      : t_(tokens), people_(people), list_word_surnames_(tokens) {}

  // The attribution after quote q: `"…," X said` / `"…," said X` / `"…," according to X`.
  Subject TailSubject(int q) const;
  // `"…," Sasse’s statement read.`: the owner of the text whose verb the tail after quote q's
  // closing comma opens with (a possessive, a text noun, a text verb); kNone otherwise.
  Subject TailTextOwner(int q) const;
  // True when the attribution verb after quote q is "reported"/"reports": `"…," Reuters
  // reported` names who carried the quote, which may have a speaker of its own before it.
  bool TailReports(int q) const;
  // True when the tail of quote q opens with `according to`: `Schiff said Tuesday that "…,"
  // according to NPR` names a source, who may have carried someone else's words.
  bool TailCitesSource(int q) const;
  // The attribution closing quote q's sentence after unquoted words that continue it:
  // `"…" at the Mayflower hotel last April, Sessions insisted.`
  Subject ClosingAttribution(int q) const;
  // The attribution before quote q in its sentence, the verb nearest the quote winning; or
  // the previous paragraph when it ends with ':' right before the quote. A speech noun that
  // introduces the quote is nearer than any verb (`Trump’s claim: "…"`).
  Subject HeadSubject(int q) const;
  // The subject of the verb at token `v`, read back to token `b` clause by clause.
  Subject SubjectBefore(int b, int v) const;
  // True when the verb at `v` has a subject joining "he"/"she" and a name (`said he and Trump
  // have maintained …, but "…"`): reported speech of the one "he" is, not the name's quote.
  bool JointPronounSubject(int b, int v) const;
  // The name after "said"/"according to" starting at token `b`, within [b, e).
  Subject NameAfter(int b, int e) const;

 private:
  std::pair<int, int> TailRange(int q) const;
  bool QuotedPhraseInTail(int i, int limit) const;
  Subject AttributionIn(int b, int e) const;
  Subject DocumentClause(int b, int v) const;
  static bool IsDeterminer(absl::string_view lower_word);
  bool ClauseBreakBetween(int b, int e) const;
  bool SpeechVerbIn(int b, int e) const;
  bool QuotingParticiple(int b, int v, int e) const;
  bool QuoteWithCommaBefore(int v) const;
  std::pair<int, int> HeadRange(int q) const;
  Subject HeadVerbSubject(int b, int e, int* verb) const;
  int LastClauseBegin(int b, int e) const;
  Subject TitledNameOpening(int s, int e) const;
  Subject SentenceOpeningSubject(int b, int v) const;
  Subject SentenceOpeningBody(int b, int v) const;
  Subject QuotedAsSaying(int b, int as) const;
  Subject WithSubject(int b, int v, int e) const;
  Subject GerundObject(int b, int v, int e) const;
  Subject OpeningDescription(int b, int v) const;
  bool IsPutIt(int v, int e) const;
  Subject InTheWordsOf(int i, int e) const;
  bool JudgingVerbIntroduces(int v, int e) const;
  bool ThoughtIntroduces(int b, int v, int e) const;
  Subject AsNamePutIt(int b, int e) const;
  Subject PossessorOfSpeech(int b, int e) const;
  // True when token `p` is a possessive written with the apostrophe alone: `Marcus'`.
  bool BarePossessive(int p) const;
  bool CreditClosedBefore(int b, int e) const;
  Subject AsVerbedBy(int v, int e) const;
  Subject AsNameVerbed(int b, int v, int e) const;
  Subject AsNameVerbedAfter(int b, int e) const;
  Subject TextOwner(int b, int e) const;
  bool OpensClause(int b, int s) const;
  Subject SpeechFrom(int b, int e) const;
  Subject CausedToSpeak(int b, int v, int e) const;
  Subject OpeningPersonBeforeAppositive(int b, int v) const;
  struct Opening {
    int begin = 0, end = 0;  // Tokens of the opening run.
    Subject subject;
  };
  Opening OpeningName(int b, int v) const;
  Subject ClauseOpeningSubject(int b, int v) const;
  Subject SharedSubject(int b, int v) const;
  Subject WhoClauseSubject(int b, int v) const;
  int WhoBeforeTimePhrase(int b, int v) const;
  Subject PersonBeforeAppositive(int b, int i, int end) const;
  Subject OwnerNamedPerson(int p, int v) const;
  Subject SubjectOfJoinedVerb(int b, int v) const;
  Subject FirstVerbSubject(int sb, int v) const;
  bool ReadsAsVerb(int k) const;
  Subject AppositiveFullName(int b, int e) const;
  // True when [b, n) after an inverted verb, closed there, is "the" and at most
  // kMaxInvertedDescriptionWords words ending in a role, none a possessive, a quote or a
  // person's name (`said the Massachusetts senator.`, not `said the Romney deputy`).
  bool InvertedDescription(int b, int n, bool closed) const;
  // True when token n opens `who …` keeping its subject unnamed (`who did not want to be
  // identified`, `who requested anonymity`).
  bool AnonymityClauseAt(int n, int e) const;
  Subject OrganizationWithPreposition(int b, int n, int e) const;
  bool IsAcronymHead(int i) const;
  bool EndsPossessive(int i) const;
  bool ModifiesARole(int b, int name_end) const;
  Subject NameBeforeUnlistedVerb(int b, int e) const;
  // `"…," fret Emily Badger and Niraj Chokshi at the New York Times.`: an inverted verb in no
  // list, then a full name (subject_reader.cc).
  Subject NameAfterUnlistedVerb(int b, int e) const;
  Subject NameBeforeLongAppositive(int b, int e) const;
  // `"…," Neil Birrell, chief investment officer at Premier Asset Management.`: a full name
  // and its roles, no verb, after a quote ending in a comma (subject_verbless_credits.cc).
  Subject VerblessCredit(int b, int e) const;
  // True when the quote closed right before token b opens its sentence or paragraph.
  bool QuoteOpensSentence(int b) const;
  Subject IntroducedSurname(int i, int e) const;
  bool PersonEndsAt(int b, int name_end) const;
  bool OfInsideTitle(int n, int e) const;
  Subject DescriptionAfterFrontedClause(int sb, int v) const;
  bool AppositiveNamesPerson(int s, int v) const;
  Subject FullNameAfterRoleWords(int b, int e) const;
  Subject NameAfterMannerAdjective(int b, int e) const;
  // `"…," said the adviser, Aaron Pickrell.`: "the", a person's role and a comma from token b,
  // then the holder's name (a person) within [b, e) speaks; Subject() otherwise
  // (subject_described_holder.cc, twenty-second round (b)).
  Subject HolderAfterDescription(int b, int e) const;
  Subject TailVerbSubject(int b, int e, int v, bool back_verb) const;
  absl::Span<const WordSpan> Tokens(int b, int e) const;
  int ClauseStart(int b, int end) const;
  int BeforeDashAside(int b, int v) const;
  bool IsSubjectlessClause(int s) const;
  Subject NameOrPronounIn(int s, int end) const;
  bool ObtainedBy(int s, int start) const;
  bool RoleWordsBeforeFullName(int b, int e) const;

  const ArticleTokens& t_;
  const ArticlePeople& people_;
  ListWordSurnames list_word_surnames_;  // `Theresa May`, `Art Pope`: read on first use.
};

}  // namespace claimdup

#endif  // CLAIMDUP_EXTRACT_SUBJECT_READER_H_
