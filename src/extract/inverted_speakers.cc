#include "extract/inverted_speakers.h"

#include "absl/strings/string_view.h"
#include "extract/person_names.h"
#include "extract/verb_words.h"

namespace claimdup {

namespace {

constexpr int kMaxRoleWords = 3;  // `litigation director at`.

// `a`/`an`/`the` opening an appositive at token `k`, `of`/`at` (`, of Boston`), or a role
// within its first kMaxRoleWords lower-case words: a title word (`deputy director of`) or a
// noun before `of`/`at` (`author of`, `litigation director at`).
bool OpensAppositive(const ArticleTokens& t, int k, int se) {
  const absl::string_view w = t.Lower(k);
  if (w == "a" || w == "an" || w == "the" || w == "of" || w == "at") return true;
  for (int i = k; i < se && i < k + kMaxRoleWords; ++i) {
    if (t[i].capitalized || t[i].quote >= 0) return false;
    if (IsTitleWord(t.Lower(i))) return true;
    if (i + 1 < se && (t.Lower(i + 1) == "of" || t.Lower(i + 1) == "at")) return true;
    if (t[i].comma_after) return false;
  }
  return false;
}

// True when the sentence goes on after the appositive opened at `k` as a clause whose subject
// the name was (`insists Fayette, the state's second-largest county, is well resourced`).
bool ClauseAfterAppositive(const ArticleTokens& t, int k, int se) {
  for (int i = k; i + 1 < se; ++i) {
    if (t[i].comma_after && IsAuxiliaryBeforeVerb(t.Lower(i + 1))) return true;
  }
  return false;
}

}  // namespace

Subject InvertedSpeaker(const ArticleTokens& t, const SubjectReader& reader, int v, int se,
                        bool appositive_ends_sentence) {
  if (v == 0 || IsListenerVerb(t.Lower(v)) || !t[v - 1].comma_after || t[v - 1].quote >= 0 ||
      v + 1 >= se || !t[se - 1].sentence_end) {
    return Subject();
  }
  for (int k = v + 1; k < se && k - v <= kMaxTitledNameAfterWords; ++k) {
    if (t[k].quote >= 0 || t[k].possessive ||
        !(t[k].capitalized || t[k].in_parens || IsTitleWord(t.Lower(k)))) {
      return Subject();
    }
    if (k + 1 == se) return reader.NameAfter(v + 1, se);
    // `Key red states to watch are Texas and Arizona, says Angie Gutierrez, a Ph.D. candidate
    // …`: the name, then an appositive (eighteenth round (d); roles: twenty-first round (j)).
    if (t[k].comma_after && t[k].capitalized && k + 1 < se) {
      if (!OpensAppositive(t, k + 1, se) ||
          (appositive_ends_sentence && ClauseAfterAppositive(t, k + 1, se))) {
        return Subject();
      }
      return reader.NameAfter(v + 1, k + 1);
    }
  }
  return Subject();
}

}  // namespace claimdup
