#include "extract/boilerplate.h"

#include <algorithm>
#include <cmath>

#include "core/radix_sort.h"

namespace claimdup {

void BoilerplateDetector::AddDocument(uint32_t outlet, absl::Span<const uint64_t> hashes) {
  if (outlet >= outlet_docs_.size()) outlet_docs_.resize(outlet + 1, 0);
  ++outlet_docs_[outlet];
  if (article_begin_.empty()) article_begin_.push_back(0);
  const size_t first = keys_.size();
  for (const uint64_t h : hashes) keys_.push_back(Key(outlet, h));
  // An article has tens of paragraphs: sorting them is the cheapest way to count each once.
  std::sort(keys_.begin() + first, keys_.end());
  keys_.erase(std::unique(keys_.begin() + first, keys_.end()), keys_.end());
  article_begin_.push_back(keys_.size());
}

bool BoilerplateDetector::SameStory(uint32_t a, uint32_t b) const {
  absl::Span<const uint64_t> x(keys_.data() + article_begin_[a],
                               article_begin_[a + 1] - article_begin_[a]);
  absl::Span<const uint64_t> y(keys_.data() + article_begin_[b],
                               article_begin_[b + 1] - article_begin_[b]);
  if (y.size() < x.size()) std::swap(x, y);
  // Each article's keys are sorted: the smaller one's are looked up in the larger, so a
  // long article compared with many short ones costs little each time.
  size_t shared = 0;
  for (const uint64_t k : x) shared += std::binary_search(y.begin(), y.end(), k);
  return 2 * shared > x.size();
}

void BoilerplateDetector::CountStories() {
  // The articles of each paragraph found in 2..kMaxVersionCheck of them.
  absl::flat_hash_map<uint64_t, std::vector<uint32_t>> few;
  for (uint32_t a = 0; a + 1 < article_begin_.size(); ++a) {
    for (size_t i = article_begin_[a]; i < article_begin_[a + 1]; ++i) {
      auto it = docs_with_.find(keys_[i]);
      if (it != docs_with_.end() && it->second <= kMaxVersionCheck) few[keys_[i]].push_back(a);
    }
  }
  // Story and update share many paragraphs: each pair is compared once.
  absl::flat_hash_map<uint64_t, bool> same;
  for (auto& [key, articles] : few) {
    uint32_t stories = 0;
    for (size_t i = 0; i < articles.size(); ++i) {
      bool version = false;
      for (size_t j = 0; j < i && !version; ++j) {
        const uint64_t pair = (static_cast<uint64_t>(articles[j]) << 32) | articles[i];
        auto [it, added] = same.try_emplace(pair, false);
        if (added) it->second = SameStory(articles[j], articles[i]);
        version = it->second;
      }
      stories += !version;
    }
    docs_with_[key] = stories;
  }
}

void BoilerplateDetector::Finish() {
  std::vector<uint64_t> by_article = keys_;  // Articles' paragraphs, for CountStories.
  RadixSortInPlace(absl::MakeSpan(keys_));
  for (size_t i = 0; i < keys_.size();) {
    size_t j = i + 1;
    while (j < keys_.size() && keys_[j] == keys_[i]) ++j;
    if (j - i >= 2) docs_with_[keys_[i]] = static_cast<uint32_t>(j - i);
    i = j;
  }
  // keys_ was sorted above: per-article order is rebuilt from the saved copy.
  keys_.swap(by_article);
  CountStories();
  std::vector<uint64_t>().swap(keys_);
  std::vector<size_t>().swap(article_begin_);
}

bool BoilerplateDetector::IsBoilerplate(uint32_t outlet, uint64_t paragraph_hash) const {
  auto it = docs_with_.find(Key(outlet, paragraph_hash));
  if (it == docs_with_.end() || it->second < 2) return false;  // In one story at most.
  const double docs = static_cast<double>(outlet_docs_[outlet]);
  return it->second >= min_fraction_ * docs || it->second >= min_docs_;
}

}  // namespace claimdup
