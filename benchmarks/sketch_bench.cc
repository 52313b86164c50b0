// MinHash kernels: classic K-hash (vectorized) and OPH, in shingles per second; and the
// signature comparison kernel.
#include <benchmark/benchmark.h>

#include <random>

#include "sketch/minhash.h"

namespace claimdup {
namespace {

std::vector<std::vector<uint32_t>> RandomSets(int n_sets, int set_size) {
  std::mt19937_64 rng(1);
  std::vector<std::vector<uint32_t>> sets(n_sets);
  for (auto& s : sets) {
    for (int i = 0; i < set_size; ++i) s.push_back(static_cast<uint32_t>(rng()));
  }
  return sets;
}

void Sketch(benchmark::State& state, bool oph) {
  const int k = static_cast<int>(state.range(0));
  const int set_size = static_cast<int>(state.range(1));
  const auto sets = RandomSets(4096, set_size);
  const MinHasher hasher(oph, k, 7);
  std::vector<uint32_t> sig(k);
  int64_t shingles = 0;
  for (auto _ : state) {
    for (const auto& s : sets) {
      hasher.Sketch32(s, sig.data());
      benchmark::DoNotOptimize(sig.data());
      shingles += s.size();
    }
  }
  state.counters["shingles/s"] = benchmark::Counter(shingles, benchmark::Counter::kIsRate);
  state.counters["claims/s"] =
      benchmark::Counter(state.iterations() * sets.size(), benchmark::Counter::kIsRate);
}

void BM_MinHashClassic(benchmark::State& state) { Sketch(state, false); }
void BM_MinHashOph(benchmark::State& state) { Sketch(state, true); }
BENCHMARK(BM_MinHashClassic)->Args({128, 20})->Args({128, 200})->Args({256, 200});
BENCHMARK(BM_MinHashOph)->Args({128, 20})->Args({128, 200})->Args({128, 2000});

void BM_EstimateJaccard(benchmark::State& state) {
  const int bits = static_cast<int>(state.range(0));
  std::vector<uint8_t> a(128 * bits / 8), b(a.size());
  std::mt19937 rng(3);
  for (size_t i = 0; i < a.size(); ++i) a[i] = b[i] = static_cast<uint8_t>(rng());
  for (size_t i = 0; i < a.size(); i += 3) b[i] ^= 1;
  for (auto _ : state) {
    benchmark::DoNotOptimize(EstimateJaccard(a.data(), b.data(), 128, bits));
  }
  state.counters["pairs/s"] = benchmark::Counter(state.iterations(), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_EstimateJaccard)->Arg(16)->Arg(8);

}  // namespace
}  // namespace claimdup

BENCHMARK_MAIN();
