// Outlet boilerplate found from the dump itself: paragraphs that recur across an outlet's
// articles ("RFE/RL has been declared an "undesirable organization"…", share and subscribe
// footers). No per-outlet lists: a paragraph is boilerplate when it appears in at least two
// of the outlet's articles and in `min_fraction` of them or in `min_docs` of them. Articles
// are counted as stories: two articles sharing more than half of the smaller one's
// claim-bearing paragraphs are versions of one story (a story and its update, the same file
// read twice) and count once, so a quote they both carry is news, not boilerplate. (Checked
// for paragraphs in at most kMaxVersionCheck articles: more is boilerplate by any count.)
#ifndef CLAIMDUP_EXTRACT_BOILERPLATE_H_
#define CLAIMDUP_EXTRACT_BOILERPLATE_H_

#include <cstdint>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/types/span.h"

namespace claimdup {

inline constexpr uint32_t kMaxVersionCheck = 4;

class BoilerplateDetector {
 public:
  BoilerplateDetector(double min_fraction, int64_t min_docs)
      : min_fraction_(min_fraction), min_docs_(min_docs) {}

  // Records one article of `outlet` and the hashes of its claim-bearing paragraphs
  // (repeats within the article count once).
  void AddDocument(uint32_t outlet, absl::Span<const uint64_t> paragraph_hashes);

  // After the last AddDocument: counts the paragraphs. The (outlet, paragraph) keys are
  // sorted once (8 bytes each) and only those in two or more articles are kept, so the
  // table IsBoilerplate reads is small and stays in cache.
  void Finish();

  // After Finish(): whether the paragraph is boilerplate for the outlet.
  bool IsBoilerplate(uint32_t outlet, uint64_t paragraph_hash) const;

 private:
  static uint64_t Key(uint32_t outlet, uint64_t hash) {
    return hash ^ (0x9e3779b97f4a7c15ull * (static_cast<uint64_t>(outlet) + 1));
  }
  // Whether articles a and b share more than half of the smaller one's paragraphs.
  bool SameStory(uint32_t a, uint32_t b) const;
  // Counts the paragraphs in few articles again, one per story.
  void CountStories();
  double min_fraction_;
  int64_t min_docs_;
  std::vector<int64_t> outlet_docs_;
  std::vector<uint64_t> keys_;                         // Key(outlet, paragraph) per article.
  std::vector<size_t> article_begin_;                  // Article i's keys_: [i], [i + 1].
  absl::flat_hash_map<uint64_t, uint32_t> docs_with_;  // Repeated keys -> articles.
};

}  // namespace claimdup

#endif  // CLAIMDUP_EXTRACT_BOILERPLATE_H_
