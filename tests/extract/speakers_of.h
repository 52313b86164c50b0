// For the speaker-rule tests: the speaker of each claim ExtractClaims finds in a text.
#ifndef CLAIMDUP_TESTS_EXTRACT_SPEAKERS_OF_H_
#define CLAIMDUP_TESTS_EXTRACT_SPEAKERS_OF_H_

#include <string>
#include <vector>

#include "extract/claim_extractor.h"

namespace claimdup::testing {

inline std::vector<std::string> SpeakersOf(const std::string& text) {
  ExtractCounts counts;
  std::vector<std::string> out;
  for (const ExtractedClaim& c : ExtractClaims(text, ExtractOptions(), &counts)) {
    out.push_back(c.speaker);
  }
  return out;
}

}  // namespace claimdup::testing

#endif  // CLAIMDUP_TESTS_EXTRACT_SPEAKERS_OF_H_
