#include "sketch/sketch_text.h"

#include "text/normalize.h"
#include "text/shingle.h"

namespace claimdup {

void SketchText(absl::string_view text, const MatchOptions& match, const MinHasher& hasher,
                SketchScratch* s) {
  NormalizeForMatching(text, NormalizeOptions{match.spelling_fold}, &s->normalized);
  ShingleSet(s->normalized, match.shingle_size, match.seed, &s->tokens, &s->shingles);
  s->signature.resize(hasher.signature_bytes());
  hasher.SketchStored(s->shingles, &s->values, s->signature.data());
}

void SketchTokens(absl::Span<const WordToken> tokens, const MatchOptions& match,
                  const MinHasher& hasher, SketchScratch* s) {
  s->normalized.clear();
  s->tokens.assign(tokens.begin(), tokens.end());
  ShinglesOfTokens(s->tokens, match.shingle_size, match.seed, &s->shingles);
  s->signature.resize(hasher.signature_bytes());
  hasher.SketchStored(s->shingles, &s->values, s->signature.data());
}

ClaimSketch SketchScratch::sketch() const {
  return {tokens, static_cast<uint32_t>(shingles.size()), SetFingerprint(shingles),
          signature.data()};
}

}  // namespace claimdup
