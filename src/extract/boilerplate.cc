#include "extract/boilerplate.h"

#include <cmath>

namespace claimdup {

void BoilerplateDetector::AddDocument(uint32_t outlet, absl::Span<const uint64_t> hashes) {
  if (outlet >= outlet_docs_.size()) outlet_docs_.resize(outlet + 1, 0);
  ++outlet_docs_[outlet];
  absl::flat_hash_set<uint64_t> seen;
  for (const uint64_t h : hashes) {
    if (seen.insert(h).second) ++docs_with_[Key(outlet, h)];
  }
}

bool BoilerplateDetector::IsBoilerplate(uint32_t outlet, uint64_t paragraph_hash) const {
  auto it = docs_with_.find(Key(outlet, paragraph_hash));
  if (it == docs_with_.end() || it->second < 2) return false;
  const double docs = static_cast<double>(outlet_docs_[outlet]);
  return it->second >= min_fraction_ * docs || it->second >= min_docs_;
}

}  // namespace claimdup
