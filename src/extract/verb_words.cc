#include "extract/verb_words.h"

#include <string>

#include "absl/strings/match.h"
#include "extract/person_names.h"
#include "extract/word_set.h"

namespace claimdup {

bool IsAuxiliaryBeforeVerb(absl::string_view w) {
  static constexpr WordSet kWords{
      {"has",        "have",     "had",       "will",      "would",      "could",
       "also",       "later",    "then",      "once",      "previously", "repeatedly",
       "recently",   "often",    "again",     "already",   "reportedly", "publicly",
       "frequently", "famously", "privately", "similarly", "likewise",   "simply",
       "allegedly",  // `"…," Lewandowski allegedly told Hicks`.
       "is",         "was",      "are",       "were"}};  // `Cox is claiming that`.
  return kWords.contains(w) || IsMannerAdverb(w);
}

bool IsMannerAdverb(absl::string_view w) {
  // `Cruz boldly declared, "…"`, `"…," Justice Elena Kagan pointedly asked`, `O'Donnell
  // expertly explained`: an adverb in -ly; not the nouns, adjectives and verbs in -ly that
  // stand before a verb as its subject (`the family said`, `a close ally said`, `the assembly
  // voted`).
  static constexpr WordSet kNotAdverbs{
      {"family",    "assembly", "rally",    "reply",   "supply", "monopoly", "anomaly",
       "homily",    "italy",    "early",    "likely",  "daily",  "weekly",   "monthly",
       "quarterly", "elderly",  "friendly", "lonely",  "costly", "deadly",   "jolly",
       "silly",     "lovely",   "lively",   "orderly", "bully",  "belly",    "jelly",
       "tally",     "folly",    "holly",    "comply",  "apply",  "imply",    "butterfly",
       "firefly",   "panoply",  "unlikely"}};
  return w.size() >= 5 && absl::EndsWith(w, "ly") && !kNotAdverbs.contains(w);
}

bool IsParticiple(absl::string_view w) { return w.size() > 4 && absl::EndsWith(w, "ing"); }

bool IsSpeechParticiple(absl::string_view w) {
  if (!IsParticiple(w)) return false;
  if (IsQuotingVerb(w) || w == "reporting") return true;
  const std::string stem(w.substr(0, w.size() - 3));
  return IsSpeechVerb(stem + "ed") || IsSpeechVerb(stem + "d");
}

bool IsVerbConjunction(absl::string_view w) { return w == "and" || w == "but"; }

bool IsPassiveAuxiliary(absl::string_view w) {
  return w == "been" || w == "was" || w == "were" || w == "is" || w == "are" || w == "be" ||
         w == "being";
}

bool IsBackSpeechVerb(absl::string_view w, absl::string_view next) {
  static constexpr WordSet kVerbs{
      {"shot", "shoots", "fired", "fires", "hit", "hits", "pushed", "pushes", "struck", "strikes"}};
  if (next == "back") return kVerbs.contains(w);
  // `"…," DeSantis points out`, `"…," Graciela Lang chimes in` (twelfth round (b)).
  // `Watts disputed the claim …, pointing out that "…"` (twentieth round (a)).
  if (next == "out") return w == "points" || w == "pointed" || w == "pointing";
  return next == "in" && (w == "chimes" || w == "chimed");
}

bool IsCitingVerb(absl::string_view w) {
  return w == "quotes" || w == "quoted" || w == "quoting" || w == "cites" || w == "cited" ||
         w == "citing";
}

bool IsSpeechNoun(absl::string_view w) {
  static constexpr WordSet kNouns{
      {"statement", "remark",   "remarks",  "words",      "claim",       "assertion",
       "response",  "reply",    "answer",   "retort",     "quip",        "tweet",
       "comment",   "comments", "warning",  "slogan",     "catchphrase", "mantra",
       "refrain",   "motto",    "vow",      "pledge",     "promise",     "declaration",
       "admission", "boast",    "plea",     "testimony",  "insistence",  "prediction",
       "line",      "message",  "argument", "contention", "assurance",   "quote",
       "soundbite", "zinger",   "phrase",   "post",       "rejoinder",   "advice"}};
  return kNouns.contains(w);
}

}  // namespace claimdup
