#include "extract/reaction_sentences.h"

#include <algorithm>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "extract/subject_reader.h"
#include "extract/word_set.h"

namespace claimdup {
namespace {

// Verbs that, read on the dumps before a quote paragraph with no attribution, said that their
// subject went on to speak (twenty-fourth round (c) in docs/speaker_rounds.md).
bool IsReactionVerb(absl::string_view w) {
  static constexpr WordSet kVerbs{
      {"expressed",  "expresses",   "conveyed",    "conveys",   "voiced",    "voices",
       "reacted",    "reacts",      "responded",   "responds",  "echoed",    "echoes",
       "praised",    "praises",     "criticized",  "criticizes", "slammed",  "slams",
       "blasted",    "blasts",      "defended",    "defends",   "lamented",  "laments",
       "acknowledged", "acknowledges", "described", "describes", "reflected", "reflects",
       "offered",    "offers",      "shared",      "shares",    "tweeted",   "tweets",
       "posted",     "posts",       "spoke",       "speaks"}};
  return kVerbs.contains(w);
}

// `called out`, `hit back`, `took to` …: a verb whose particle makes it a reaction.
bool IsReactionPhrase(absl::string_view w, absl::string_view particle) {
  if (particle == "out") return w == "called" || w == "calls" || w == "lashed" || w == "lashes";
  if (particle == "back") {
    return w == "hit" || w == "hits" || w == "fired" || w == "fires" || w == "pushed" ||
           w == "pushes" || w == "shot" || w == "shoots";
  }
  if (particle == "in") return w == "weighed" || w == "weighs" || w == "chimed" || w == "chimes";
  if (particle == "to") return w == "took" || w == "takes";
  return false;
}

bool IsRelativeWord(absl::string_view w) {
  return w == "who" || w == "which" || w == "that" || w == "whom" || w == "whose";
}

bool IsNegation(absl::string_view w) {
  return w == "not" || w == "never" || w == "neither" || w == "nor" || absl::EndsWith(w, "n't") ||
         absl::EndsWith(w, "n\xE2\x80\x99t");
}

}  // namespace

int ReactionVerbBefore(const ArticleTokens& t, int q) {
  const QuoteSpan& quote = t.quotes()[q];
  const int c = t.QuoteStart(q) - 1;
  if (c < 0 || c + 1 >= t.size() || t[c].quote >= 0 || !t[c].sentence_end) return -1;
  // The quote opens the next paragraph and fills it: nothing but marks before it, no word of
  // its last paragraph after it.
  if (t[c].paragraph + 1 != quote.first_paragraph) return -1;
  constexpr uint32_t kMaxGapBytes = 64;
  if (quote.marks.begin < t[c].span.end || quote.marks.begin - t[c].span.end > kMaxGapBytes) {
    return -1;
  }
  for (uint32_t i = t[c].span.end; i < quote.marks.begin && i < t.text().size(); ++i) {
    if (absl::ascii_isalnum(static_cast<unsigned char>(t.text()[i]))) return -1;
  }
  const int e = t.QuoteEnd(q);
  if (e < t.size() && t[e].paragraph <= quote.last_paragraph) return -1;
  const int b = std::max(t.SentenceBegin(t.Sentence(c)), c + 1 - kMaxHeadWords);
  for (int k = b; k <= c; ++k) {
    if (t[k].quote >= 0) return -1;
  }
  for (int v = c; v > b; --v) {
    const absl::string_view w = t.Lower(v);
    if (t[v].capitalized) continue;
    if (!IsReactionVerb(w) && !(v < c && IsReactionPhrase(w, t.Lower(v + 1)))) continue;
    // `Republican nominee John Cox, who described himself …`, `who also praised`: a relative clause's verb is not
    // what the sentence says its subject did.
    if (IsRelativeWord(t.Lower(v - 1)) || (v - 2 >= b && IsRelativeWord(t.Lower(v - 2)))) {
      return -1;
    }
    for (int k = b; k < v; ++k) {
      if (IsNegation(t.Lower(k))) return -1;
    }
    return v;
  }
  return -1;
}

}  // namespace claimdup
