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

ClaimSketch SketchScratch::sketch() const {
  return {tokens, static_cast<uint32_t>(shingles.size()), SetFingerprint(shingles),
          signature.data()};
}

}  // namespace claimdup
