#include "extract/described_speakers.h"

#include "extract/unnamed_speakers.h"
#include "extract/word_set.h"

namespace claimdup {
namespace {

// Person nouns the pronoun chain knows (antecedent_chain.cc UnnamedNounGender) and
// unnamed_speakers.cc's IsPersonNoun lacks, less the ones also read as adjectives or in set
// phrases there (`a general election`, `an agent of change`, `a guard rail`), plus a few
// more of news reports' passers-by (`a Syrian refugee`, `a Holocaust survivor`).
bool IsDescribedPersonNoun(absl::string_view w) {
  static constexpr WordSet kNouns{
      {"guy",       "man",        "boy",       "gentleman", "father",    "son",
       "husband",   "brother",    "woman",     "girl",      "lady",      "mother",
       "daughter",  "wife",       "sister",    "delegate",  "moderator", "soldier",
       "student",   "teacher",    "driver",    "neighbor",  "neighbour", "stranger",
       "veteran",   "attendee",   "friend",    "relative",  "reporter",  "journalist",
       "questioner", "caller",    "customer",  "passenger", "patient",   "doctor",
       "nurse",     "farmer",     "refugee",   "survivor",  "immigrant", "demonstrator",
       "shopper",   "volunteer",  "parent",    "teenager",  "teen",      "retiree",
       "businessman", "businesswoman", "policeman", "policewoman"}};
  return kNouns.contains(w);
}

}  // namespace

bool NamesIndefiniteDescription(const ArticleTokens& t, int b, int e) {
  if (b >= e || t[b].quote >= 0 || !IsIndefiniteOpening(t.Lower(b))) return false;
  for (int i = b + 1; i < e && i <= b + kMaxUnnamedWords && t[i].quote < 0; ++i) {
    if (IsDescribedPersonNoun(t.Lower(i))) {
      // `a veteran journalist`, `a student volunteer`: the last noun is the head.
      while (i + 1 < e && !t[i].comma_after && !t[i].sentence_end && t[i + 1].quote < 0 &&
             IsDescribedPersonNoun(t.Lower(i + 1))) {
        ++i;
      }
      if (i + 1 >= e || t[i].sentence_end) return true;
      const absl::string_view next = t.Lower(i + 1);
      // `One woman, she said, even told her …`: a sentence of its own, not the attribution.
      if (t[i].comma_after && next != "who") return false;
      // `a passenger named Oleg`, `a refugee called Mohammed`.
      if (next == "named" || next == "called") return false;
      // `another neighbor, Israel Lugo,`, `a student Josh Strong`: the name speaks.
      return !t[i + 1].capitalized || t[i + 1].quote >= 0;
    }
    if (t[i].comma_after || t[i].sentence_end || t[i].colon_after) return false;
  }
  return false;
}

}  // namespace claimdup
