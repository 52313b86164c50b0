#include "cluster/split_quotes.h"

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "sketch/sketch_text.h"

namespace claimdup {
namespace {

// Whether `part`, as extraction cut it ("…wealthy nation" from `"…wealthy nation," X said.
// "You would think…"`), ends where a reader needs a period before a next part that opens a
// sentence: it ends in a letter, digit or closing mark and `next` opens with a capital other
// than "I" (`"When we won," he said, "I knew"` goes on the same sentence).
bool NeedsSentenceStop(absl::string_view part, absl::string_view next) {
  if (part.empty() || next.size() < 2) return false;
  const unsigned char last = static_cast<unsigned char>(part.back());
  const bool open_end = absl::ascii_isalnum(last) || last == ')' || last == '\'' ||
                        last == '"' || absl::EndsWith(part, "\u2019") ||
                        absl::EndsWith(part, "\u201d");
  const unsigned char first = static_cast<unsigned char>(next[0]);
  if (!open_end || !absl::ascii_isupper(first)) return false;
  return !(first == 'I' && !absl::ascii_isalpha(static_cast<unsigned char>(next[1])));
}

}  // namespace

ClaimTable JoinSplitQuotes(const ClaimTable& claims, const MatchOptions& match,
                           const MinHasher& hasher) {
  ClaimTable joined(hasher.num_perms(), hasher.bits());
  SketchScratch scratch;
  std::string text;
  const uint32_t n = static_cast<uint32_t>(claims.size());
  for (uint32_t i = 0; i < n;) {
    uint32_t j = i + 1;
    while (j < n && claims.group(j) == claims.group(i)) ++j;
    if (j - i >= 2) {
      text.clear();
      uint32_t words = 0;
      for (uint32_t p = i; p < j; ++p) {
        const absl::string_view t = claims.text(p);
        if (p > i) text.append(NeedsSentenceStop(claims.text(p - 1), t) ? ". " : " ");
        text.append(t.data(), t.size());
        words += claims.words(p);
      }
      SketchText(text, match, hasher, &scratch);
      // Paragraph 0: boilerplate is decided on the parts, before joining.
      joined.AddClaim(claims.doc(i), claims.begin(i), claims.end(j - 1), words, claims.group(i),
                      claims.speaker(i), 0, text, scratch.sketch());
    }
    i = j;
  }
  return joined;
}

std::vector<std::pair<uint32_t, uint32_t>> SplitQuoteParts(const ClaimTable& claims,
                                                           const ClaimTable& joined) {
  std::vector<std::pair<uint32_t, uint32_t>> parts;
  const uint32_t n = static_cast<uint32_t>(claims.size());
  for (uint32_t k = 0; k < joined.size(); ++k) {
    const uint32_t first = joined.group(k);
    for (uint32_t p = first; p < n && claims.group(p) == first; ++p) parts.push_back({p, n + k});
  }
  return parts;
}

std::vector<bool> ItemsMatchedAlone(const ClaimTable& claims, const ClaimTable& joined,
                                    const std::vector<std::pair<uint32_t, uint32_t>>& parts,
                                    int min_words) {
  std::vector<bool> alone(claims.size() + joined.size(), true);
  for (const auto& [p, j] : parts) alone[p] = claims.words(p) >= static_cast<uint32_t>(min_words);
  return alone;
}

}  // namespace claimdup
