#include "pipeline/distributed_lsh.h"

#include <algorithm>
#include <string>

#include "core/radix_sort.h"
#include "index/lsh.h"
#include "pipeline/rank_bytes.h"
#include "sketch/minhash.h"
#include "util/run_on_threads.h"

namespace claimdup {
namespace {

// What every rank needs to bucket any band: all signatures (rank 0's arrays as they are, so
// item ids index them the same way) and the items with their shingle counts.
struct LshData {
  int num_perms = 0;
  int bits = 16;
  std::vector<uint8_t> main, extra;  // Copies on ranks 1..N-1; empty on rank 0.
  std::vector<uint32_t> items;
  std::vector<uint32_t> shingles;  // By item id (dense up to the largest item).
  SignatureView view;
};

void ShareData(MpiWorld* world, const SignatureView* view, absl::Span<const uint32_t> items,
               const std::function<uint32_t(uint32_t)>* shingle_count, LshData* data) {
  std::string header;
  if (world->root()) {
    Put<int32_t>(&header, view->num_perms);
    Put<int32_t>(&header, view->bits);
    Put<uint64_t>(&header, view->main.size());
    Put<uint64_t>(&header, view->extra.size());
    Put<uint64_t>(&header, items.size());
    PutArray(&header, items.data(), items.size());
    for (const uint32_t id : items) Put<uint32_t>(&header, (*shingle_count)(id));
  }
  world->BroadcastBytes(&header);
  RankBytesReader in(header);
  data->num_perms = in.Get<int32_t>();
  data->bits = in.Get<int32_t>();
  const uint64_t main_bytes = in.Get<uint64_t>(), extra_bytes = in.Get<uint64_t>();
  const uint64_t n = in.Get<uint64_t>();
  data->items.resize(n);
  in.GetArray(data->items.data(), n);
  data->shingles.assign(n == 0 ? 0 : size_t{data->items.back()} + 1, 0);
  for (const uint32_t id : data->items) data->shingles[id] = in.Get<uint32_t>();
  if (world->root()) {
    world->BroadcastBuffer(const_cast<uint8_t*>(view->main.data()), main_bytes);
    world->BroadcastBuffer(const_cast<uint8_t*>(view->extra.data()), extra_bytes);
    data->view = *view;
    return;
  }
  data->main.resize(main_bytes);
  data->extra.resize(extra_bytes);
  world->BroadcastBuffer(data->main.data(), main_bytes);
  world->BroadcastBuffer(data->extra.data(), extra_bytes);
  data->view = SignatureView{data->main, data->extra, data->num_perms, data->bits};
}

// The pairs of this rank's bands (band % ranks == rank), sorted, as CandidatePairs finds them
// in those bands; the estimate filter's drops are added to *dropped.
std::vector<uint64_t> PairsOfOwnBands(const MpiWorld& world, const LshData& data,
                                      const ClusterOptions& options, int threads,
                                      int64_t* dropped) {
  const LshParams params = options.lsh;
  std::vector<int> bands;
  for (int b = world.rank(); b < params.bands; b += world.size()) bands.push_back(b);
  threads = std::max(1, std::min<int>(threads, static_cast<int>(bands.size())));
  const SignatureView& view = data.view;
  const PairFilter keep = [&](uint32_t a, uint32_t b) {
    const double estimate = EstimateJaccard(view(a), view(b), data.num_perms, data.bits);
    return WorthVerifying(estimate, data.shingles[a], data.shingles[b], options);
  };
  std::vector<std::vector<uint64_t>> found(threads);
  std::vector<int64_t> refused(threads, 0);
  RunOnThreads(threads, [&](int t) {
    std::vector<uint64_t> entries(data.items.size()), scratch(data.items.size());
    for (size_t k = t; k < bands.size(); k += threads) {
      const int band = bands[k];
      for (size_t i = 0; i < data.items.size(); ++i) {
        entries[i] = BandEntry(view(data.items[i]), data.bits, params, band, data.items[i]);
      }
      // Filled in item order: sorted by key, they stay in item order within a bucket.
      RadixSortByHighHalf(absl::MakeSpan(entries), absl::MakeSpan(scratch));
      for (size_t i = 0; i < entries.size();) {
        size_t j = i + 1;
        while (j < entries.size() && (entries[j] >> 32) == (entries[i] >> 32)) ++j;
        if (j - i > 1) {
          AddBucketPairs(&entries[i], j - i, view, params, band, options.candidates, keep,
                         &found[t], &refused[t]);
        }
        i = j;
      }
    }
    RadixSortInPlace(absl::MakeSpan(found[t]));
  });
  std::vector<uint64_t> pairs;
  for (int t = 0; t < threads; ++t) {
    const size_t mid = pairs.size();
    pairs.insert(pairs.end(), found[t].begin(), found[t].end());
    std::vector<uint64_t>().swap(found[t]);
    std::inplace_merge(pairs.begin(), pairs.begin() + mid, pairs.end());
  }
  for (const int64_t n : refused) *dropped += n;
  return pairs;
}

}  // namespace

std::vector<uint64_t> LshPairsOnRanks(MpiWorld* world, const ClusterOptions& options, int threads,
                                      const SignatureView* view, absl::Span<const uint32_t> items,
                                      const std::function<uint32_t(uint32_t)>* shingle_count,
                                      int64_t* dropped) {
  std::vector<uint64_t> pairs;
  int64_t mine_dropped = 0;
  {
    LshData data;
    ShareData(world, view, items, shingle_count, &data);
    pairs = PairsOfOwnBands(*world, data, options, threads, &mine_dropped);
  }
  pairs = GatherPairsAtRoot(world, std::move(pairs), &mine_dropped, /*merge_sorted=*/true);
  if (!world->root()) return {};
  *dropped += mine_dropped;
  return pairs;
}

}  // namespace claimdup
