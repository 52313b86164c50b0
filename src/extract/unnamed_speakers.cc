#include "extract/unnamed_speakers.h"

#include <algorithm>

#include "extract/person_names.h"
#include "extract/word_set.h"

namespace claimdup {
namespace {

bool IsPersonNoun(absl::string_view w) {
  static constexpr WordSet kNouns{
      {"official",  "officials",   "user",         "aide",     "source",     "person",
       "spokesman", "spokeswoman", "spokesperson", "resident", "voter",      "staffer",
       "member",    "adviser",     "advisor",      "lawmaker", "insider",    "officer",
       "analyst",   "expert",      "republican",   "democrat", "strategist", "operative",
       "supporter", "protester",   "critic",       "reader",   "viewer",     "commenter",
       "witness",   "employee",    "executive",    "diplomat", "lawyer",     "attorney",
       "worker",    "participant", "respondent",   "fan",      "activist",   "donor"}};
  return kNouns.contains(w);
}

// Nouns of anonymous sourcing: `"…," the source said`, `the official added`. Reporters
// use them for people they do not name, so "the" before them names nobody either.
bool IsAnonymousSourceNoun(absl::string_view w) {
  static constexpr WordSet kNouns{{"source", "sources", "official", "officials", "aide", "aides",
                                   "person", "insider", "staffer", "operative", "adviser",
                                   "advisor", "employee", "diplomat", "individual"}};
  return kNouns.contains(w);
}

// "a", "one" …; or "the", "this" when `noun` is one of anonymous sourcing.
bool OpensUnnamed(absl::string_view w, absl::string_view noun) {
  return IsIndefiniteOpening(w) || ((w == "the" || w == "this") && IsAnonymousSourceNoun(noun));
}

// A word that ends the phrase: a comma, a sentence end or a quote mark.
bool EndsPhrase(const ArticleTokens& t, int i) {
  return t[i].comma_after || t[i].sentence_end || t[i].colon_after;
}

}  // namespace

bool IsIndefiniteOpening(absl::string_view w) {
  return w == "a" || w == "an" || w == "another" || w == "one";
}

bool NamesUnnamedPerson(const ArticleTokens& t, int b, int e) {
  if (b >= e || t[b].quote >= 0) return false;
  const bool indefinite = IsIndefiniteOpening(t.Lower(b));
  for (int i = b + 1; i < e && i <= b + kMaxUnnamedWords && t[i].quote < 0; ++i) {
    const absl::string_view w = t.Lower(i);
    // `the longtime Clinton family adviser Paul Begala`, `the president's top economic
    // adviser, Alan Krueger,`: a name after the noun is who speaks.
    if (IsPersonNoun(w)) {
      return OpensUnnamed(t.Lower(b), w) &&
             (indefinite || i + 1 >= e || !t[i + 1].capitalized || t[i].sentence_end);
    }
    if (EndsPhrase(t, i)) return false;
    // `the Fed said in an official statement`: "the" opens a phrase that ends at its verb.
    if (!indefinite && (IsSpeechVerb(w) || IsAttachingWord(w))) return false;
  }
  return false;
}

bool UnnamedPersonBefore(const ArticleTokens& t, int b, int v) {
  // `Ben LaBolt, an Obama campaign spokesman, said`: an appositive describes a named subject.
  if (v - 1 < b || t[v - 1].quote >= 0 || t[v - 1].comma_after || !IsPersonNoun(t.Lower(v - 1))) {
    return false;
  }
  for (int i = v - 2; i >= b && i >= v - 1 - kMaxUnnamedWords; --i) {
    if (t[i].quote >= 0 || EndsPhrase(t, i)) return false;
    // `Ben Carpenter, a Republican wrote`: after a comma, an appositive with its comma lost.
    if (OpensUnnamed(t.Lower(i), t.Lower(v - 1))) return i == b || !t[i - 1].comma_after;
  }
  return false;
}

}  // namespace claimdup
