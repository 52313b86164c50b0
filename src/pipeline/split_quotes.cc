#include "pipeline/split_quotes.h"

#include "pipeline/fingerprint.h"

namespace claimdup {

ClaimTable JoinSplitQuotes(const ClaimTable& claims, const MatchOptions& match,
                           const MinHasher& hasher) {
  ClaimTable joined(hasher.num_perms(), hasher.bits());
  SketchScratch scratch;
  std::string text;
  const uint32_t n = static_cast<uint32_t>(claims.size());
  for (uint32_t i = 0; i < n;) {
    uint32_t j = i + 1;
    while (j < n && claims.group[j] == claims.group[i]) ++j;
    if (j - i >= 2) {
      text.clear();
      uint32_t words = 0;
      for (uint32_t p = i; p < j; ++p) {
        if (!text.empty()) text.push_back(' ');
        const absl::string_view t = claims.text(p);
        text.append(t.data(), t.size());
        words += claims.words[p];
      }
      SketchText(text, match, hasher, &scratch);
      // Paragraph 0: boilerplate is decided on the parts, before joining.
      joined.AddClaim(claims.doc[i], claims.begin[i], claims.end[j - 1], words, claims.group[i],
                      claims.speaker[i], 0, text, scratch.sketch());
    }
    i = j;
  }
  return joined;
}

}  // namespace claimdup
