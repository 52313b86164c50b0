// Normalization, shingling + hashing, and claim extraction throughput (bytes of text/s).
#include <benchmark/benchmark.h>

#include "bench_data.h"
#include "extract/claim_extractor.h"
#include "text/normalize.h"
#include "text/shingle.h"

namespace claimdup {
namespace {

void BM_ShingleHash(benchmark::State& state) {
  const auto claims = bench::NormalizedClaims(4 << 20, static_cast<int>(state.range(0)));
  std::vector<WordToken> scratch;
  std::vector<uint32_t> set;
  int64_t bytes = 0, shingles = 0;
  for (auto _ : state) {
    for (const std::string& c : claims) {
      ShingleSet(c, 3, 1, &scratch, &set);
      bytes += c.size();
      shingles += set.size();
    }
    benchmark::DoNotOptimize(set.data());
  }
  state.SetBytesProcessed(bytes);
  state.counters["shingles/s"] = benchmark::Counter(shingles, benchmark::Counter::kIsRate);
}
BENCHMARK(BM_ShingleHash)->Arg(20)->Arg(60)->Unit(benchmark::kMillisecond);

void BM_Normalize(benchmark::State& state) {
  const auto texts = bench::CorpusTexts();
  std::string out;
  int64_t bytes = 0;
  for (auto _ : state) {
    for (const std::string& t : texts) {
      NormalizeForMatching(t, NormalizeOptions(), &out);
      bytes += t.size();
    }
    benchmark::DoNotOptimize(out.data());
  }
  state.SetBytesProcessed(bytes);
}
BENCHMARK(BM_Normalize);

void BM_ExtractClaims(benchmark::State& state) {
  const auto texts = bench::CorpusTexts();
  ExtractOptions options;
  options.unit = state.range(0) == 0 ? ClaimUnit::kQuotes : ClaimUnit::kSentences;
  int64_t bytes = 0;
  for (auto _ : state) {
    ExtractCounts counts;
    for (const std::string& t : texts) {
      auto claims = ExtractClaims(t, options, &counts);
      benchmark::DoNotOptimize(claims.data());
      bytes += t.size();
    }
  }
  state.SetBytesProcessed(bytes);
  state.SetLabel(state.range(0) == 0 ? "quotes" : "sentences");
}
BENCHMARK(BM_ExtractClaims)->Arg(0)->Arg(1);

}  // namespace
}  // namespace claimdup

BENCHMARK_MAIN();
