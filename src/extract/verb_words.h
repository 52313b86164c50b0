// Word classes around an attribution verb that decide whose verb it is.
//
// "Dan Coats has said that …": auxiliaries and adverbs between a subject and its verb are
// skipped. "…, saying …" / "… and says …": a participle after a comma, or a verb joined by
// "and", has no subject of its own; its subject is the sentence's (subject_reader.h).
#ifndef CLAIMDUP_EXTRACT_VERB_WORDS_H_
#define CLAIMDUP_EXTRACT_VERB_WORDS_H_

#include "absl/strings/string_view.h"

namespace claimdup {

// True for auxiliaries and adverbs that may stand between a subject and its speech verb:
// has, had, will, would, also, later, repeatedly, ...
bool IsAuxiliaryBeforeVerb(absl::string_view lower_word);
// True for adverbs in -ly (`boldly`, `pointedly`), not nouns or adjectives in -ly (`family`,
// `ally`, `elderly`).
bool IsMannerAdverb(absl::string_view lower_word);

// True for a present participle ("saying", "adding", "calling").
bool IsParticiple(absl::string_view lower_word);
// True for a participle of a speech verb: a quoting one ("saying", "calling") or one whose
// past form is a speech verb ("explaining", "noting", "insisting", "continuing").
bool IsSpeechParticiple(absl::string_view lower_word);

// True for words that join a second verb to the first one's subject: "and", "but".
bool IsVerbConjunction(absl::string_view lower_word);
// True for the forms of "be" that make a passive: `has been charged`, `was told`, `is being`.
bool IsPassiveAuxiliary(absl::string_view lower_word);
// True for the tail verbs (IsTailSpeechVerb holds them) that attribute only a quote opening
// its sentence: `"…," Sessions charged`, not `When Hirono asked Barr to "…," Graham
// interrupted` (speech_verbs.cc, twenty-third round (c)).
bool IsOpeningQuoteTailVerb(absl::string_view lower_word);

// True for a verb that speaks with the particle after it: "Trump shot back", "she fired
// back", "DeSantis points out", "Lang chimes in".
bool IsBackSpeechVerb(absl::string_view lower_word, absl::string_view lower_next);

// True for verbs that hand the words to the person named after them: "He quotes former
// Speaker Tip O'Neill: …", "citing Ronald Reagan: …".
bool IsCitingVerb(absl::string_view lower_word);

// True for nouns naming words someone said or wrote, whose possessor said them: "Trump's
// claim that …", "Warren's catchphrase, …", "in Gouverneur Morris's words, …", "this zinger from
// Brzezinski: …".
bool IsSpeechNoun(absl::string_view lower_word);

}  // namespace claimdup

#endif  // CLAIMDUP_EXTRACT_VERB_WORDS_H_
