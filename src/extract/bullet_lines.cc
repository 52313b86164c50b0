#include "extract/bullet_lines.h"

#include "extract/paragraphs.h"

namespace claimdup {
namespace {

// Bullet lines come in runs: one unpunctuated sentence-case line alone is a headline or a
// caption as often as a summary line.
constexpr int kMinRun = 3;

// Whether most words after the first start in lower case. A word's case is that of its
// first ASCII letter (leading quote marks and brackets skipped); words that start with a
// digit or another script are not counted.
bool InSentenceCase(absl::string_view line) {
  int lower = 0, counted = 0;
  bool first_word = true;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    if (i >= line.size()) break;
    const size_t word_begin = i;
    while (i < line.size() && line[i] != ' ' && line[i] != '\t') ++i;
    if (first_word) {
      first_word = false;
      continue;
    }
    for (size_t k = word_begin; k < i; ++k) {
      const char c = line[k];
      if (c >= 'a' && c <= 'z') {
        ++lower;
        ++counted;
        break;
      }
      if (c >= 'A' && c <= 'Z') {
        ++counted;
        break;
      }
      if (c >= '0' && c <= '9') break;
    }
  }
  return counted > 0 && 2 * lower >= counted;
}

}  // namespace

bool IsBulletLine(absl::string_view paragraph, int min_words) {
  return IsMenuLike(paragraph, min_words) && CountWords(paragraph) >= min_words &&
         InSentenceCase(paragraph);
}

int KeepBulletSummaries(absl::string_view text, const std::vector<Span>& paragraphs, int min_words,
                        std::vector<bool>* menu) {
  int kept = 0;
  size_t p = 0;
  while (p < paragraphs.size()) {
    size_t end = p;
    while (end < paragraphs.size() && (*menu)[end] &&
           IsBulletLine(paragraphs[end].In(text), min_words)) {
      ++end;
    }
    if (end - p >= kMinRun) {
      for (size_t q = p; q < end; ++q) (*menu)[q] = false;
      kept += static_cast<int>(end - p);
    }
    p = end > p ? end : p + 1;
  }
  return kept;
}

}  // namespace claimdup
