#include "cluster/root_cover.h"

#include <algorithm>

#include "cluster/verify.h"

namespace claimdup {
namespace {

constexpr int kGram = 4;

uint64_t Gram(absl::Span<const WordToken> w, size_t i) {
  uint64_t key = 0;
  for (int j = 0; j < kGram; ++j) key = (key << 16) | w[i + j];
  return key;
}

}  // namespace

void RootRuns::Reset(absl::Span<const WordToken> root, absl::Span<const uint32_t> root_set) {
  root_ = root;
  root_set_ = root_set;
  gram_at_.clear();
  for (size_t g = 0; g + kGram <= root.size(); ++g) gram_at_.try_emplace(Gram(root, g), g);
}

RootCover RootRuns::Describe(absl::Span<const WordToken> w, absl::Span<const uint32_t> member_set,
                             bool variant) const {
  RootCover cover;
  cover.root_end = static_cast<uint32_t>(root_.size());
  const double inter = static_cast<double>(IntersectionSize(member_set, root_set_));
  if (variant) {
    const double uni = static_cast<double>(member_set.size() + root_set_.size()) - inter;
    cover.similarity = uni > 0 ? static_cast<float>(inter / uni) : 1.0f;
    return cover;
  }
  cover.similarity = member_set.empty() ? 0.0f : static_cast<float>(inter / member_set.size());
  int64_t begin = -1, end = -1;
  for (size_t g = 0; g + kGram <= w.size() && begin < 0; ++g) {
    auto it = gram_at_.find(Gram(w, g));
    if (it != gram_at_.end()) begin = std::max<int64_t>(0, int64_t{it->second} - int64_t(g));
  }
  for (size_t g = w.size(); g >= kGram && end < 0; --g) {
    auto it = gram_at_.find(Gram(w, g - kGram));
    if (it != gram_at_.end()) {
      end = std::min<int64_t>(root_.size(), int64_t{it->second} + kGram + int64_t(w.size() - g));
    }
  }
  if (begin >= 0 && end > begin) {
    cover.root_begin = static_cast<uint32_t>(begin);
    cover.root_end = static_cast<uint32_t>(end);
  } else {
    cover.root_end = 0;  // Not located (no shared 4-word run).
  }
  return cover;
}

}  // namespace claimdup
