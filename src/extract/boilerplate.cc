#include "extract/boilerplate.h"

#include <algorithm>
#include <cmath>

#include "core/radix_sort.h"

namespace claimdup {

void BoilerplateDetector::AddDocument(uint32_t outlet, absl::Span<const uint64_t> hashes) {
  if (outlet >= outlet_docs_.size()) outlet_docs_.resize(outlet + 1, 0);
  ++outlet_docs_[outlet];
  const size_t first = keys_.size();
  for (const uint64_t h : hashes) keys_.push_back(Key(outlet, h));
  // An article has tens of paragraphs: sorting them is the cheapest way to count each once.
  std::sort(keys_.begin() + first, keys_.end());
  keys_.erase(std::unique(keys_.begin() + first, keys_.end()), keys_.end());
}

void BoilerplateDetector::Finish() {
  RadixSortInPlace(absl::MakeSpan(keys_));
  for (size_t i = 0; i < keys_.size();) {
    size_t j = i + 1;
    while (j < keys_.size() && keys_[j] == keys_[i]) ++j;
    if (j - i >= 2) docs_with_[keys_[i]] = static_cast<uint32_t>(j - i);
    i = j;
  }
  std::vector<uint64_t>().swap(keys_);
}

bool BoilerplateDetector::IsBoilerplate(uint32_t outlet, uint64_t paragraph_hash) const {
  auto it = docs_with_.find(Key(outlet, paragraph_hash));
  if (it == docs_with_.end()) return false;  // In one article at most.
  const double docs = static_cast<double>(outlet_docs_[outlet]);
  return it->second >= min_fraction_ * docs || it->second >= min_docs_;
}

}  // namespace claimdup
