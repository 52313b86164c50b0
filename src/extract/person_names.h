// Reading person names out of the words around a quote.
//
// A subject phrase ("NATO Secretary General Anders Fogh Rasmussen", "Mr Lavrov", "he",
// "the German foreign minister") is split into a name (the trailing run of capitalized
// words that are not titles) and the title words before it; a phrase with no name is a
// pronoun, a description (title words only) or an organization ("NATO", "the Kremlin").
// person_names.cc parses the phrase; name_words.cc holds the title, role and non-name word
// lists it reads; speech_verbs.cc the speech verb lists.
#ifndef CLAIMDUP_EXTRACT_PERSON_NAMES_H_
#define CLAIMDUP_EXTRACT_PERSON_NAMES_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "extract/word_tokens.h"

namespace claimdup {

struct Subject {
  // kUnnamed: someone the article does not name ("a former official"): no speaker, no guess.
  // kBody: an organization or document by its common noun ("the committee", "the study"),
  // resolved by named_bodies.h.
  enum class Kind { kNone, kName, kPronoun, kDescription, kOrganization, kUnnamed, kBody };
  Kind kind = Kind::kNone;
  std::string name;                 // kName / kOrganization: the name as written; kPronoun:
                                    // "he" or "she"; kBody: the noun ("committee").
  std::vector<std::string> titles;  // Lower-case words before the name, or of a description.
  bool definite = false;            // The phrase starts with "the" ("the senator").

  // Someone the article does not name: no speaker, and no guess from context.
  static Subject Unnamed() {
    Subject s;
    s.kind = Kind::kUnnamed;
    return s;
  }
};

// True for words that introduce speech: said, told, added, stressed, ...
bool IsSpeechVerb(absl::string_view lower_word);

// True for a speech verb, or a verb that attributes a quote it follows right after the
// speaker: `"…," Clapper testified`, `"…," he deadpanned`, `"…," recalls Ziglar`.
bool IsTailSpeechVerb(absl::string_view lower_word);
// True for verbs that put words in a subject's mouth inside a sentence: the speech verbs
// and "called", "described", "accused", "praised", "testified", ...
bool IsQuotingVerb(absl::string_view lower_word);
// True for verbs by which a court, an agency or a writer puts its words on something: "ruled",
// "held", "assessed", "describes", "defines". They introduce a quote only in the shapes
// SubjectReader::HeadSubject checks (`ruled that "…"`, `describes X as "…"`).
bool IsJudgingVerb(absl::string_view lower_word);
// True for "democrats"/"republicans": a party's members, who speak as a group
// (`"…," Senate Democrats wrote`; ParseSubject reads them as an organization).
bool IsPartyPlural(absl::string_view lower_word);
// True for "told"/"asked": the name after them is the listener, not the speaker.
bool IsListenerVerb(absl::string_view lower_word);
// True for words that, right before a capitalized run, make it an employer or a place rather
// than the speaker: "the spokesman for Clinton", "an analyst at Harvard University".
bool IsAttachingWord(absl::string_view lower_word);
// True for words naming a relative: "wife", "son", "widow", "daughter-in-law", ...
bool IsKinWord(absl::string_view lower_word);
// True for title and role words: minister, secretary-general, president, mr, ...
bool IsTitleWord(absl::string_view lower_word);
// Last words of newspaper, magazine and broadcaster names: "The New York Times" (times,
// post, journal, news, ...).
bool IsPublicationWord(absl::string_view lower_word);
// The title one person holds of a title before several names: "sen" for "sens" (`Sens. Marco
// Rubio of Florida and Ted Cruz of Texas`), "rep" for "reps"; other words unchanged.
absl::string_view SingularTitle(absl::string_view lower_word);
// True for nouns a reporter calls a person by that are no title: "the real estate mogul",
// "the billionaire" (mogul, billionaire, businessman, businesswoman, tycoon).
bool IsPersonEpithet(absl::string_view lower_word);
// True for (lower-cased) words that open place names and some given-name lists hold: el, los,
// las, new, north, south, east, west, fort, port (`El Salvador`, `New York`).
bool IsPlaceOpener(absl::string_view lower_word);
// True for title words that qualify a role rather than name one: former, top, senior, state,
// general, of, ... ("the state income tax" names no one).
bool IsTitleModifier(absl::string_view lower_word);
// True for title words that are also common surnames: king, justice, judge, bishop, dean
// (`Rep. Peter King`, `Gov. Jim Justice`, `"…," King said`).
bool IsSurnameTitle(absl::string_view lower_word);
// True for (lower-cased) words that are never part of a name: the, but, monday, april, ...
bool IsNonNameCapitalized(absl::string_view lower_word);
// True for words (any case) that, standing alone as a one-word name, name no one: a
// sentence adverb that is also a surname (`First, he mocked …`; Harry First keeps his given
// name) and a party adjective (`said a Democratic congressman`).
bool IsLoneNonName(absl::string_view word);

// True for the two-word name `first second` that stands for a thing, not a person (`Jim Crow
// laws`, `Uncle Sam`; any case): it introduces no one and speaks for no one.
bool IsFigureOfSpeechName(absl::string_view first, absl::string_view second);

// Parses the subject phrase `words`, tokens of `text`; `lower` is `text` lower-cased (ASCII),
// byte for byte. Words in parentheses are skipped ("McConnell (R-Ky.)"), a place after the
// name is cut ("Dick Durbin of Illinois"), and a phrase of more than 12 words is no subject.
// An owner's unnamed agent or relative (`Trump's doctor`, `Ford's lawyers`) is kUnnamed.
Subject ParseSubject(absl::string_view text, absl::string_view lower,
                     absl::Span<const WordSpan> words);

// True when `w`, a token of `text`, is the middle initial "A." or "I." of a name (`John A.
// Boehner`, `Christopher A. Wray`): one capital letter with a period right after it, which
// IsNonNameCapitalized reads as the word "a" or "i" (nineteenth round (a)).
inline bool IsArticleLikeInitial(absl::string_view text, const WordSpan& w) {
  return w.span.end == w.span.begin + 1 && w.span.end < text.size() &&
         (text[w.span.begin] == 'A' || text[w.span.begin] == 'I') && text[w.span.end] == '.';
}

// True when `words` (tokens of `text`, `lower` its lower-cased copy) are a body's name going
// on past of/for/on: `the U.S. Department of Transportation`, `the Center for American
// Progress` (capitalized words, "the"/"and" among them; no title or possessive before a
// person: `Institute for Justice Senior Attorney Erica Smith`); sets `s` to the organization,
// named as written.
bool BodyNameWithPreposition(absl::string_view text, absl::string_view lower,
                             absl::Span<const WordSpan> words, Subject* s);

// A token's text in the lower-cased copy of the article.
inline absl::string_view LowerWord(absl::string_view lower, const WordSpan& t) {
  return t.span.In(lower);
}

}  // namespace claimdup

#endif  // CLAIMDUP_EXTRACT_PERSON_NAMES_H_
