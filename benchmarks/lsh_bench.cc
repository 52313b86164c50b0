// LSH bucketing + candidate generation over 1M claims (random signatures with a share of
// near-duplicate groups), in claims per second.
#include <benchmark/benchmark.h>

#include <cstring>
#include <random>

#include "index/lsh.h"

namespace claimdup {
namespace {

void BM_CandidatePairs(benchmark::State& state) {
  constexpr int kPerms = 128;
  const size_t n = static_cast<size_t>(state.range(0));
  const int threads = static_cast<int>(state.range(1));
  std::vector<uint16_t> values(n * kPerms);
  std::mt19937_64 rng(5);
  for (size_t i = 0; i < n; ++i) {
    // Every 10th claim starts a group of 4 near-copies (a few values changed).
    if (i % 10 < 4 && i % 10 > 0) {
      std::copy_n(&values[(i - 1) * kPerms], kPerms, &values[i * kPerms]);
      for (int c = 0; c < 8; ++c) {
        values[i * kPerms + rng() % kPerms] = static_cast<uint16_t>(rng());
      }
    } else {
      for (int k = 0; k < kPerms; ++k) values[i * kPerms + k] = static_cast<uint16_t>(rng());
    }
  }
  std::vector<uint8_t> sigs(values.size() * 2);  // Stored 16-bit signatures.
  std::memcpy(sigs.data(), values.data(), sigs.size());
  std::vector<uint32_t> items(n);
  for (size_t i = 0; i < n; ++i) items[i] = static_cast<uint32_t>(i);
  // 0.43: the run's candidate threshold (containment on); 0.8: Jaccard only (dedup).
  const double threshold = state.range(2) / 100.0;
  const LshParams params = ChooseBandsRows(kPerms, threshold);
  CandidateOptions options;
  options.threads = threads;
  size_t pairs = 0;
  for (auto _ : state) {
    pairs = CandidatePairs({sigs, {}, kPerms, 16}, params, items, options).size();
  }
  state.counters["claims/s"] =
      benchmark::Counter(state.iterations() * n, benchmark::Counter::kIsRate);
  state.counters["pairs"] = pairs;
  state.SetLabel(std::to_string(params.bands) + "x" + std::to_string(params.rows));
}
BENCHMARK(BM_CandidatePairs)
    ->Args({1000000, 1, 43})
    ->Args({1000000, 2, 43})
    ->Args({1000000, 1, 80})
    ->Args({1000000, 2, 80})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(2);

}  // namespace
}  // namespace claimdup

BENCHMARK_MAIN();
