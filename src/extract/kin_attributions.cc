#include "extract/kin_attributions.h"

#include <algorithm>

#include "absl/strings/string_view.h"
#include "extract/person_names.h"
#include "extract/word_set.h"

namespace claimdup {
namespace {

constexpr int kMaxKinNameWords = 4;  // `his sister, Brandy Peek`.
// `her mother, Christian Curry, told KSDK-TV.` + `"…," her mother said`: how far back the
// same relative may have been named.
constexpr int kMaxKinLookbackTokens = 150;

// Read on every quote's edges: its letters compared in place, no call to memcmp.
bool IsPossessivePronoun(absl::string_view w) {
  if (w.size() == 3)
    return w[0] == 'h' && ((w[1] == 'i' && w[2] == 's') || (w[1] == 'e' && w[2] == 'r'));
  return w.size() == 5 && w[0] == 't' && w[1] == 'h' && w[2] == 'e' && w[3] == 'i' && w[4] == 'r';
}

// IsKinWord and the relatives it leaves out (it also serves the name readers).
bool IsRelative(absl::string_view w) {
  static constexpr WordSet kMore{{"mom", "dad", "parents", "grandmother", "grandfather", "uncle",
                                  "aunt", "cousin", "fiancee", "fiancée", "fiance", "fiancé",
                                  "stepfather", "stepmother", "grandma", "grandpa"}};
  return IsKinWord(w) || kMore.contains(w);
}

bool IsKinModifier(absl::string_view w) {
  static constexpr WordSet kModifiers{{"late", "older", "younger", "elder", "eldest", "oldest",
                                       "youngest", "tearful", "relieved", "own", "twin", "big",
                                       "little", "grieving", "former", "estranged"}};
  return kModifiers.contains(w);
}

bool SameSentence(const ArticleTokens& t, int a, int b) {
  return a >= 0 && b < t.size() && t[a].quote < 0 && t[b].quote < 0 &&
         t.Sentence(a) == t.Sentence(b);
}

// The kin word of `POSS [modifier] KIN` at token p, or -1.
int KinAfterPossessive(const ArticleTokens& t, int p) {
  if (p >= t.size() || t[p].quote >= 0 || !IsPossessivePronoun(t.Lower(p)) ||
      !RunsInto(t[p], t[p + 1 < t.size() ? p + 1 : p]) || p + 1 >= t.size()) {
    return -1;
  }
  int k = p + 1;
  if (IsKinModifier(t.Lower(k)) && k + 1 < t.size() && RunsInto(t[k], t[k + 1])) ++k;
  if (t[k].quote >= 0 || t[k].capitalized || !IsRelative(t.Lower(k))) return -1;
  return k;
}

// The capitalized run of a name from token b, at most kMaxKinNameWords, within the sentence:
// one past its last token, or b when there is none.
int NameRunEnd(const ArticleTokens& t, int b) {
  int e = b;
  while (e < t.size() && e - b < kMaxKinNameWords && t[e].quote < 0 && t[e].capitalized &&
         !t[e].possessive && !IsTitleWord(t.Lower(e)) && !IsNonNameCapitalized(t.Lower(e)) &&
         SameSentence(t, b, e)) {
    ++e;
    if (t[e - 1].comma_after || t[e - 1].sentence_end || t[e - 1].colon_after) break;
  }
  return e;
}

// The name given to the relative at `kin` (`her mother`) the last time the same words were
// written with a name after them, within kMaxKinLookbackTokens: [begin, end) of `a`.
void NameFromEarlier(const ArticleTokens& t, KinAttribution* a) {
  const int p = a->kin - 1 - (IsPossessivePronoun(t.Lower(a->kin - 1)) ? 0 : 1);
  for (int j = p - 1; j >= 0 && p - j <= kMaxKinLookbackTokens; --j) {
    if (t.Lower(j) != t.Lower(p)) continue;
    const int k = KinAfterPossessive(t, j);
    if (k < 0 || t.Lower(k) != t.Lower(a->kin) || k + 1 >= t.size()) continue;
    if (!t[k].comma_after && !RunsInto(t[k], t[k + 1])) continue;
    const int e = NameRunEnd(t, k + 1);
    // `her mother, Christian Curry, told`: the comma after the kin word closes after the name.
    if (e == k + 1 || (t[k].comma_after && !t[e - 1].comma_after && !t[e - 1].sentence_end)) {
      continue;
    }
    a->name_begin = k + 1;
    a->name_end = e;
    return;
  }
}

std::optional<KinAttribution> Named(const ArticleTokens& t, KinAttribution a) {
  if (a.name_begin == a.name_end) NameFromEarlier(t, &a);
  return a;
}

}  // namespace

std::optional<KinAttribution> TailKinAttribution(const ArticleTokens& t, int q) {
  const int b = t.QuoteEnd(q);
  if (b >= t.size() || b == 0 || t[b].quote >= 0 || t.Sentence(b) != t.Sentence(b - 1) ||
      t[b].paragraph != t.quotes()[q].last_paragraph) {
    return std::nullopt;
  }
  KinAttribution a;
  // `"…," says his wife, Maha.` (the pronoun read first: most tails have none).
  if (!IsPossessivePronoun(t.Lower(b))) {
    if (b + 1 >= t.size() || !IsPossessivePronoun(t.Lower(b + 1)) ||
        !IsTailSpeechVerb(t.Lower(b)) || !RunsInto(t[b], t[b + 1])) {
      return std::nullopt;
    }
    const int k = KinAfterPossessive(t, b + 1);
    if (k < 0) return std::nullopt;
    a.verb = b;
    a.kin = k;
    a.name_begin = a.name_end = k + 1;
    if (t[k].comma_after || (k + 1 < t.size() && RunsInto(t[k], t[k + 1]))) {
      a.name_end = NameRunEnd(t, k + 1);
    }
    return Named(t, a);
  }
  // `"…," her mother replied`, `"…," his father, Benjamin Watson, said`.
  const int k = KinAfterPossessive(t, b);
  if (k < 0 || k + 1 >= t.size() || !SameSentence(t, k, k + 1)) return std::nullopt;
  a.kin = k;
  a.name_begin = a.name_end = k + 1;
  int v = k + 1;
  if (!IsTailSpeechVerb(t.Lower(v))) {
    a.name_end = NameRunEnd(t, k + 1);
    if (a.name_end == a.name_begin) return std::nullopt;
    v = a.name_end;
    // `his mother, Diane, said`: a comma closes the name the kin word's comma opened.
    if (t[k].comma_after != t[v - 1].comma_after) return std::nullopt;
    if (v >= t.size() || !SameSentence(t, k, v) || !IsTailSpeechVerb(t.Lower(v))) {
      return std::nullopt;
    }
  } else if (t[k].comma_after) {
    return std::nullopt;
  }
  a.verb = v;
  return Named(t, a);
}

std::optional<KinAttribution> HeadKinAttribution(const ArticleTokens& t, int q) {
  int v = t.QuoteStart(q) - 1;
  if (v <= 0 || t[v].quote >= 0) return std::nullopt;
  if (t.Lower(v) == "that") --v;  // `His daughter Ivanka said that "…"`.
  if (v <= 0 || !SameSentence(t, v, t.QuoteStart(q) - 1)) return std::nullopt;
  // The kin phrase ends right before the verb: `her husband remarked`, `his brother Adam
  // Watson wrote`, `her mother, Christian Curry, told`.
  const int sb = std::max(t.SentenceBegin(t.Sentence(v)), v - (kMaxKinNameWords + 3));
  for (int p = v - 1; p >= sb; --p) {
    if (t[p].quote >= 0) return std::nullopt;
    const uint32_t length = t[p].span.size();
    if ((length != 3 && length != 5) || !IsPossessivePronoun(t.Lower(p))) continue;
    if (!IsSpeechVerb(t.Lower(v))) return std::nullopt;  // Read once a pronoun is found.
    // The phrase opens its sentence or a clause after a comma: not `what his father said`.
    if (p > t.SentenceBegin(t.Sentence(p)) && !t[p - 1].comma_after) return std::nullopt;
    const int k = KinAfterPossessive(t, p);
    if (k < 0) return std::nullopt;
    KinAttribution a;
    a.verb = v;
    a.kin = k;
    a.name_begin = a.name_end = k + 1;
    if (k + 1 == v) {
      if (t[k].comma_after) return std::nullopt;
      return Named(t, a);
    }
    a.name_end = NameRunEnd(t, k + 1);
    if (a.name_end != v || t[k].comma_after != t[v - 1].comma_after) return std::nullopt;
    return a;
  }
  return std::nullopt;
}

}  // namespace claimdup
