// Inputs shared by the benchmarks: real article text from the bundled corpus, and claims
// cut from it, so the kernels see the word lengths and vocabulary of news.
#ifndef CLAIMDUP_BENCHMARKS_BENCH_DATA_H_
#define CLAIMDUP_BENCHMARKS_BENCH_DATA_H_

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/str_split.h"
#include "text/normalize.h"

namespace claimdup::bench {

// The article texts of corpus/ (run from the repository root or build/).
inline std::vector<std::string> CorpusTexts() {
  std::vector<std::string> texts;
  for (const char* dir : {"corpus", "../corpus", CLAIMDUP_SOURCE_DIR "/corpus"}) {
    if (!std::filesystem::exists(dir)) continue;
    for (const auto& e : std::filesystem::directory_iterator(dir)) {
      if (e.path().extension() != ".txt") continue;
      std::ifstream in(e.path());
      std::stringstream ss;
      ss << in.rdbuf();
      texts.push_back(ss.str());
    }
    std::sort(texts.begin(), texts.end());
    break;
  }
  return texts;
}

// Normalized claims of `words` words cut from the corpus, repeated to about `bytes`.
inline std::vector<std::string> NormalizedClaims(size_t bytes, int words = 20) {
  std::vector<std::string> vocab_claims;
  for (const std::string& t : CorpusTexts()) {
    std::string n;
    NormalizeForMatching(t, NormalizeOptions(), &n);
    std::vector<std::string> w = absl::StrSplit(n, ' ', absl::SkipEmpty());
    for (size_t i = 0; i + words <= w.size(); i += words) {
      std::string c;
      for (int k = 0; k < words; ++k) c += (k ? " " : "") + w[i + k];
      vocab_claims.push_back(c);
    }
  }
  std::vector<std::string> out;
  size_t total = 0;
  for (size_t i = 0; total < bytes; ++i) {
    out.push_back(vocab_claims[i % vocab_claims.size()]);
    // Vary repeats so hashes differ: append the repeat index as a word.
    out.back() += " r" + std::to_string(i / vocab_claims.size());
    total += out.back().size();
  }
  return out;
}

}  // namespace claimdup::bench

#endif  // CLAIMDUP_BENCHMARKS_BENCH_DATA_H_
