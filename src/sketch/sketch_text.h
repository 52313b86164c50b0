// Sketching one text for matching: normalize, shingle, MinHash.
//
// The same steps for extracted claims, the joined texts of split quotes and (in dedup)
// whole articles, so every item compared was fingerprinted alike. Scratch vectors are
// reused across calls; the sketch views them until the next call.
#ifndef CLAIMDUP_SKETCH_SKETCH_TEXT_H_
#define CLAIMDUP_SKETCH_SKETCH_TEXT_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "core/claim_table.h"
#include "core/match_options.h"
#include "sketch/minhash.h"

namespace claimdup {

struct SketchScratch {
  std::string normalized;
  std::vector<WordToken> tokens;  // The normalized words as 16-bit hashes, in order.
  std::vector<uint32_t> shingles;
  std::vector<uint32_t> values;
  std::vector<uint8_t> signature;
  // The claim's sketch: views of the vectors above, valid until the next call.
  ClaimSketch sketch() const;
};

// Normalizes, shingles and sketches `text` into *scratch.
void SketchText(absl::string_view text, const MatchOptions& match, const MinHasher& hasher,
                SketchScratch* scratch);

// The same from a text's word tokens, kept from an earlier SketchText (scratch->normalized
// is left empty): the sketch SketchText gives the text they came from.
void SketchTokens(absl::Span<const WordToken> tokens, const MatchOptions& match,
                  const MinHasher& hasher, SketchScratch* scratch);

}  // namespace claimdup

#endif  // CLAIMDUP_SKETCH_SKETCH_TEXT_H_
