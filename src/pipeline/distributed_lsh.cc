#include "pipeline/distributed_lsh.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "absl/strings/string_view.h"
#include "core/radix_sort.h"
#include "index/lsh.h"
#include "pipeline/rank_bytes.h"
#include "sketch/minhash.h"
#include "util/run_on_threads.h"

namespace claimdup {
namespace {

// Entries are owned by (band, top 8 bits of the folded key), spread over the ranks.
int OwnerOf(int band, uint64_t entry, int ranks) {
  return static_cast<int>(((static_cast<uint64_t>(band) << 8) | (entry >> 56)) % ranks);
}

// One rank's range of the items: ids ascending, their shingle counts and signatures.
struct ItemRange {
  int num_perms = 0;
  int bits = 16;
  std::vector<uint32_t> ids;
  std::vector<uint32_t> shingles;
  std::string signatures;  // ids.size() signatures of num_perms * bits / 8 bytes.
  size_t bytes() const { return static_cast<size_t>(num_perms) * (bits / 8); }
  const uint8_t* signature(size_t k) const {
    return reinterpret_cast<const uint8_t*>(signatures.data()) + k * bytes();
  }
};

std::string EncodeRange(const SignatureView& view, absl::Span<const uint32_t> ids,
                        const std::function<uint32_t(uint32_t)>& shingle_count) {
  std::string out;
  Put<int32_t>(&out, view.num_perms);
  Put<int32_t>(&out, view.bits);
  Put<uint64_t>(&out, ids.size());
  out.reserve(out.size() + ids.size() * (8 + view.bytes()));
  PutArray(&out, ids.data(), ids.size());
  for (const uint32_t id : ids) Put<uint32_t>(&out, shingle_count(id));
  for (const uint32_t id : ids) PutArray(&out, view(id), view.bytes());
  return out;
}

ItemRange DecodeRange(absl::string_view bytes) {
  RankBytesReader in(bytes);
  ItemRange range;
  range.num_perms = in.Get<int32_t>();
  range.bits = in.Get<int32_t>();
  const uint64_t n = in.Get<uint64_t>();
  range.ids.resize(n);
  range.shingles.resize(n);
  range.signatures.resize(n * range.bytes());
  in.GetArray(range.ids.data(), n);
  in.GetArray(range.shingles.data(), n);
  in.GetArray(range.signatures.data(), range.signatures.size());
  return range;
}

// Rank 0 sends rank r the r-th of `size` contiguous ranges of `items`; each rank returns its own.
ItemRange ShareItems(MpiWorld* world, const SignatureView* view, absl::Span<const uint32_t> items,
                     const std::function<uint32_t(uint32_t)>* shingle_count) {
  if (!world->root()) return DecodeRange(world->Receive(0));
  const int size = world->size();
  std::string mine;
  for (int r = 0; r < size; ++r) {
    const size_t lo = items.size() * r / size, hi = items.size() * (r + 1) / size;
    std::string bytes = EncodeRange(*view, items.subspan(lo, hi - lo), *shingle_count);
    if (r == 0) {
      mine = std::move(bytes);
    } else {
      world->Send(r, bytes);
    }
  }
  return DecodeRange(mine);
}

// The rank holding item `id`: ranges are contiguous and ascending; `first` lists each rank's
// first id (UINT32_MAX when its range is empty).
int HomeOf(uint32_t id, const std::vector<uint32_t>& first) {
  int home = 0;
  for (int r = 0; r < static_cast<int>(first.size()); ++r) {
    if (first[r] != UINT32_MAX && first[r] <= id) home = r;
  }
  return home;
}

// This rank's band entries, to their owners: per owner, sections of (band, count, entries).
std::vector<std::string> EntriesByOwner(const ItemRange& range, LshParams params, int ranks,
                                        int threads) {
  threads = std::max(1, std::min(threads, params.bands));
  std::vector<std::vector<std::string>> out(threads, std::vector<std::string>(ranks));
  RunOnThreads(threads, [&](int t) {
    std::vector<std::vector<uint64_t>> to(ranks);
    for (int band = t; band < params.bands; band += threads) {
      for (auto& v : to) v.clear();
      for (size_t k = 0; k < range.ids.size(); ++k) {
        const uint64_t entry = BandEntry(range.signature(k), range.bits, params, band, range.ids[k]);
        to[OwnerOf(band, entry, ranks)].push_back(entry);
      }
      for (int r = 0; r < ranks; ++r) {
        if (to[r].empty()) continue;
        Put<int32_t>(&out[t][r], band);
        Put<uint64_t>(&out[t][r], to[r].size());
        PutArray(&out[t][r], to[r].data(), to[r].size());
      }
    }
  });
  std::vector<std::string> joined(ranks);
  for (int r = 0; r < ranks; ++r) {
    for (int t = 0; t < threads; ++t) joined[r] += out[t][r];
  }
  return joined;
}

// The signatures and shingle counts of the items an owner needs (ids ascending), fetched
// from their ranks with one exchange.
struct FetchedItems {
  std::vector<uint32_t> ids;
  std::vector<uint32_t> shingles;
  std::string signatures;
};

FetchedItems FetchItems(MpiWorld* world, const ItemRange& range, std::vector<uint32_t> needed) {
  const std::vector<int64_t> firsts =
      world->AllGather({range.ids.empty() ? int64_t{UINT32_MAX} : int64_t{range.ids.front()}});
  const std::vector<uint32_t> first(firsts.begin(), firsts.end());
  std::vector<std::string> ask(world->size());
  for (const uint32_t id : needed) Put<uint32_t>(&ask[HomeOf(id, first)], id);
  const std::vector<std::string> asked = world->AllToAll(ask);
  std::vector<std::string> reply(world->size());
  for (int r = 0; r < world->size(); ++r) {
    RankBytesReader in(asked[r]);
    while (!in.done()) {
      const uint32_t id = in.Get<uint32_t>();
      const size_t k = std::lower_bound(range.ids.begin(), range.ids.end(), id) - range.ids.begin();
      if (k == range.ids.size() || range.ids[k] != id) {
        std::fprintf(stderr, "claimdup: internal error: item %u asked of the wrong rank\n", id);
        std::abort();
      }
      Put<uint32_t>(&reply[r], range.shingles[k]);
      PutArray(&reply[r], range.signature(k), range.bytes());
    }
  }
  const std::vector<std::string> replies = world->AllToAll(reply);
  FetchedItems fetched;
  fetched.ids = std::move(needed);
  fetched.shingles.resize(fetched.ids.size());
  fetched.signatures.resize(fetched.ids.size() * range.bytes());
  // Ids ascending and ranges ascending by rank: the replies in rank order are in id order.
  size_t k = 0;
  for (const std::string& bytes : replies) {
    RankBytesReader in(bytes);
    while (!in.done()) {
      fetched.shingles[k] = in.Get<uint32_t>();
      in.GetArray(fetched.signatures.data() + k * range.bytes(), range.bytes());
      ++k;
    }
  }
  if (k != fetched.ids.size()) {
    std::fprintf(stderr, "claimdup: internal error: %zu of %zu LSH items fetched\n", k,
                 fetched.ids.size());
    std::abort();
  }
  return fetched;
}

// One rank's part of the request: its pairs (sorted) and the pairs the filter dropped.
std::vector<uint64_t> FindPairsOfOwnBuckets(MpiWorld* world, const ItemRange& range,
                                            const ClusterOptions& options, int threads,
                                            int64_t* dropped) {
  const LshParams params = options.lsh;
  const std::vector<std::string> received =
      world->AllToAll(EntriesByOwner(range, params, world->size(), threads));
  std::vector<std::vector<uint64_t>> by_band(params.bands);
  for (const std::string& bytes : received) {
    RankBytesReader in(bytes);
    while (!in.done()) {
      const int band = in.Get<int32_t>();
      const uint64_t n = in.Get<uint64_t>();
      std::vector<uint64_t>& entries = by_band.at(band);
      entries.resize(entries.size() + n);
      in.GetArray(entries.data() + entries.size() - n, n);
    }
  }
  // Sorted as CandidatePairs sorts a band: by folded key, items ascending within a bucket.
  std::vector<uint32_t> needed;
  for (std::vector<uint64_t>& entries : by_band) {
    RadixSortInPlace(absl::MakeSpan(entries));
    for (size_t i = 0; i < entries.size();) {
      size_t j = i + 1;
      while (j < entries.size() && (entries[j] >> 32) == (entries[i] >> 32)) ++j;
      if (j - i > 1) {
        for (size_t k = i; k < j; ++k) needed.push_back(static_cast<uint32_t>(entries[k]));
      }
      i = j;
    }
  }
  std::sort(needed.begin(), needed.end());
  needed.erase(std::unique(needed.begin(), needed.end()), needed.end());
  const FetchedItems items = FetchItems(world, range, std::move(needed));
  const SignatureView view{
      absl::MakeConstSpan(reinterpret_cast<const uint8_t*>(items.signatures.data()),
                          items.signatures.size()),
      {}, range.num_perms, range.bits};
  auto local = [&](uint32_t id) {
    return static_cast<uint32_t>(std::lower_bound(items.ids.begin(), items.ids.end(), id) -
                                 items.ids.begin());
  };
  const PairFilter keep = [&](uint32_t a, uint32_t b) {
    const double estimate = EstimateJaccard(view(a), view(b), range.num_perms, range.bits);
    return WorthVerifying(estimate, items.shingles[a], items.shingles[b], options);
  };
  CandidateOptions candidate_options = options.candidates;
  threads = std::max(1, std::min(threads, params.bands));
  std::vector<std::vector<uint64_t>> found(threads);
  std::vector<int64_t> refused(threads, 0);
  RunOnThreads(threads, [&](int t) {
    std::vector<uint64_t> bucket, pairs;
    for (int band = t; band < params.bands; band += threads) {
      const std::vector<uint64_t>& entries = by_band[band];
      for (size_t i = 0; i < entries.size();) {
        size_t j = i + 1;
        while (j < entries.size() && (entries[j] >> 32) == (entries[i] >> 32)) ++j;
        if (j - i > 1) {
          // Items renumbered into the fetched arrays, in the same order (ids ascending).
          bucket.clear();
          for (size_t k = i; k < j; ++k) {
            bucket.push_back((entries[k] & 0xFFFFFFFF00000000ull) |
                             local(static_cast<uint32_t>(entries[k])));
          }
          pairs.clear();
          AddBucketPairs(bucket.data(), bucket.size(), view, params, band, candidate_options, keep,
                         &pairs, &refused[t]);
          for (const uint64_t p : pairs) {
            found[t].push_back((uint64_t{items.ids[p >> 32]} << 32) |
                               items.ids[static_cast<uint32_t>(p)]);
          }
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
  const ItemRange range = ShareItems(world, view, items, shingle_count);
  int64_t mine_dropped = 0;
  std::vector<uint64_t> pairs = FindPairsOfOwnBuckets(world, range, options, threads, &mine_dropped);
  if (!world->root()) {
    std::string bytes;
    Put<int64_t>(&bytes, mine_dropped);
    PutArray(&bytes, pairs.data(), pairs.size());
    world->Send(0, bytes);
    return {};
  }
  *dropped += mine_dropped;
  for (int r = 1; r < world->size(); ++r) {
    const std::string bytes = world->Receive(r);
    RankBytesReader in(bytes);
    *dropped += in.Get<int64_t>();
    const size_t n = in.left() / sizeof(uint64_t);
    const size_t mid = pairs.size();
    pairs.resize(mid + n);
    in.GetArray(pairs.data() + mid, n);
    std::inplace_merge(pairs.begin(), pairs.begin() + mid, pairs.end());
  }
  return pairs;
}

}  // namespace claimdup
