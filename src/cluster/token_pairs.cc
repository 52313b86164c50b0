#include "cluster/token_pairs.h"

#include <algorithm>

#include "cluster/shingle_table.h"
#include "util/run_on_threads.h"

namespace claimdup {

std::vector<Match> VerifyTokenPairs(const TokenPairs& block, int k, uint64_t seed,
                                    const VerifyParams& params, int threads) {
  threads = std::max(1, threads);
  const std::vector<uint8_t> every(block.num_items(), 1);
  const ShingleTable sets(
      every, [&](uint32_t item) { return block.token_seq(item); }, k, seed, threads);
  std::vector<Match> match(block.pairs.size(), Match::kNone);
  const size_t n = block.pairs.size();
  RunOnThreads(threads, [&](int t) {
    const size_t lo = n * t / threads, hi = n * (t + 1) / threads;
    for (size_t i = lo; i < hi; ++i) {
      const uint32_t a = static_cast<uint32_t>(block.pairs[i] >> 32);
      const uint32_t b = static_cast<uint32_t>(block.pairs[i]);
      match[i] = VerifyPair(sets.set(a), sets.set(b), block.token_seq(a), block.token_seq(b),
                            block.words[a], block.words[b], params);
    }
  });
  return match;
}

std::vector<RootCover> DescribeTokenPairs(const TokenPairs& block, int k, uint64_t seed,
                                          int threads) {
  threads = std::max(1, threads);
  const std::vector<uint8_t> every(block.num_items(), 1);
  const ShingleTable sets(
      every, [&](uint32_t item) { return block.token_seq(item); }, k, seed, threads);
  std::vector<RootCover> cover(block.pairs.size());
  const size_t n = block.pairs.size();
  RunOnThreads(threads, [&](int t) {
    RootRuns runs;
    uint32_t runs_root = UINT32_MAX;
    const size_t lo = n * t / threads, hi = n * (t + 1) / threads;
    for (size_t i = lo; i < hi; ++i) {
      const uint32_t member = static_cast<uint32_t>(block.pairs[i] >> 32);
      const uint32_t root = static_cast<uint32_t>(block.pairs[i]);
      if (root != runs_root) {
        runs_root = root;
        runs.Reset(block.token_seq(root), sets.set(root));
      }
      cover[i] = runs.Describe(block.token_seq(member), sets.set(member), block.variant[i] != 0);
    }
  });
  return cover;
}

}  // namespace claimdup
