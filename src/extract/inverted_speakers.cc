#include "extract/inverted_speakers.h"

#include "absl/strings/string_view.h"
#include "extract/person_names.h"

namespace claimdup {

namespace {

// `a`/`an`/`the` opening an appositive; with `roles`, also a title word (`deputy director of`)
// or a common noun followed by `of`/`at` (`author of`, `professor at`).
bool OpensAppositive(const ArticleTokens& t, int k, int se, bool roles) {
  const absl::string_view w = t.Lower(k);
  if (w == "a" || w == "an" || w == "the") return true;
  if (!roles || t[k].capitalized || t[k].quote >= 0) return false;
  if (IsTitleWord(w)) return true;
  if (k + 1 >= se) return false;
  const absl::string_view next = t.Lower(k + 1);
  return next == "of" || next == "at";
}

}  // namespace

Subject InvertedSpeaker(const ArticleTokens& t, const SubjectReader& reader, int v, int se,
                        bool roles) {
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
      if (!OpensAppositive(t, k + 1, se, roles)) return Subject();
      return reader.NameAfter(v + 1, k + 1);
    }
  }
  return Subject();
}

}  // namespace claimdup
