#include "pipeline/distributed_proposals.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "pipeline/rank_bytes.h"
#include "pipeline/rank_roles.h"
#include "sketch/minhash.h"
#include "util/run_on_threads.h"

namespace claimdup {
namespace {

// Where working rank d (pipeline/rank_roles.h) starts its range of pairs: the key of its
// range's first item (~0 when its range is empty, after every pair; a rank that does not
// work has none). When the claims' homes ascend with their positions (each rank read its own
// share of the input), rank d's range holds the claims it sketched (the first working
// rank's also those of a rank 0 that does not work, the last rank's also the joined
// quotes), so the first claim of each pair it checks is its own; else the ranges are equal
// shares of the items.
std::vector<uint64_t> RangeStarts(const ItemHomes& homes, int ranks) {
  const WorkingRanks working = WorkingRanksOf(ranks);
  const size_t n = homes.items.size();
  std::vector<uint64_t> starts(ranks + 1, ~uint64_t{0});
  for (int d = working.first; d < ranks; ++d) {
    size_t at = working.Begin(n, d);
    if (homes.homes_ascending) {
      const auto claims_end = homes.home.begin() + homes.claims;
      at = d == working.first
               ? 0
               : std::lower_bound(homes.home.begin(), claims_end, static_cast<uint16_t>(d)) -
                     homes.home.begin();
    }
    if (at < n) starts[d] = static_cast<uint64_t>(homes.items[at]) << 32;
  }
  return starts;
}

// One band's sorted proposals that fall in this rank's range, read from the exchange.
struct BandList {
  int band = 0;
  std::vector<uint64_t> pairs;
  size_t next = 0;
};

// Each pair of the lists once, with the smallest band that proposed it, sorted by pair: a
// k-way merge over a heap of the lists' next pairs (at most one list per band), each step
// taking the smallest (pair, band).
void MergeSmallestBand(std::vector<BandList>* lists, std::vector<uint64_t>* pairs,
                       std::vector<uint16_t>* bands) {
  size_t total = 0;
  for (const BandList& l : *lists) total += l.pairs.size();
  pairs->reserve(total);
  bands->reserve(total);
  auto after = [&](size_t x, size_t y) {  // Heap order: the smallest (pair, band) on top.
    const BandList& lx = (*lists)[x];
    const BandList& ly = (*lists)[y];
    const uint64_t px = lx.pairs[lx.next], py = ly.pairs[ly.next];
    return px != py ? px > py : lx.band > ly.band;
  };
  std::vector<size_t> heap;
  for (size_t i = 0; i < lists->size(); ++i) {
    if (!(*lists)[i].pairs.empty()) heap.push_back(i);
  }
  std::make_heap(heap.begin(), heap.end(), after);
  while (!heap.empty()) {
    std::pop_heap(heap.begin(), heap.end(), after);
    BandList& l = (*lists)[heap.back()];
    const uint64_t pair = l.pairs[l.next];
    if (pairs->empty() || pairs->back() != pair) {
      pairs->push_back(pair);
      bands->push_back(static_cast<uint16_t>(l.band));
    }
    if (++l.next < l.pairs.size()) {
      std::push_heap(heap.begin(), heap.end(), after);
    } else {
      heap.pop_back();
    }
  }
}

// How many pairs ahead the check fetches the second item's signature.
constexpr size_t kPrefetchAhead = 16;

}  // namespace

namespace {

// This rank's range: each pair proposed anywhere once, with its smallest band, sorted.
void ReduceToRange(MpiWorld* world, const ItemHomes& homes,
                   std::vector<BandProposals>* proposals, std::vector<uint64_t>* pairs,
                   std::vector<uint16_t>* bands) {
  const int ranks = world->size();
  const std::vector<uint64_t> starts = RangeStarts(homes, ranks);
  std::vector<std::string> to(ranks);
  for (BandProposals& p : *proposals) {
    for (int d = WorkingRanksOf(ranks).first; d < ranks; ++d) {
      const auto begin = std::lower_bound(p.pairs.begin(), p.pairs.end(), starts[d]);
      const auto end = std::lower_bound(begin, p.pairs.end(), starts[d + 1]);
      if (begin == end) continue;
      Put<int64_t>(&to[d], p.band);
      Put<uint64_t>(&to[d], static_cast<uint64_t>(end - begin));
      PutArray(&to[d], &*begin, static_cast<size_t>(end - begin));
    }
    std::vector<uint64_t>().swap(p.pairs);
  }
  std::vector<std::string> received = world->AllToAll(std::move(to));
  std::vector<BandList> lists;
  for (std::string& bytes : received) {
    RankBytesReader in(bytes);
    while (!in.done()) {
      BandList& l = lists.emplace_back();
      l.band = static_cast<int>(in.Get<int64_t>());
      l.pairs.resize(in.Get<uint64_t>());
      in.GetArray(l.pairs.data(), l.pairs.size());
    }
    std::string().swap(bytes);
  }
  MergeSmallestBand(&lists, pairs, bands);
}

// The whole signatures and shingle counts of the items of `pairs`, by position: this rank's
// own read in place, the others fetched from their homes (collective).
struct PairSignatures {
  std::vector<const uint8_t*> signature;  // By position; null for items of no pair.
  std::vector<uint32_t> shingle_count;
  FetchedSignatures fetched;
};

void GetPairSignatures(MpiWorld* world, const ItemHomes& homes, const HomeSignatures& mine,
                       const std::vector<uint64_t>& pairs, PairSignatures* out) {
  if (pairs.empty()) {  // No range (a rank 0 that does not work): only the collective.
    out->fetched = FetchSignatures(world, homes, mine, {});
    return;
  }
  const size_t n = homes.items.size();
  out->signature.assign(n, nullptr);
  out->shingle_count.assign(n, 0);
  std::vector<uint32_t> far;  // Positions homed elsewhere, once each.
  std::vector<bool> asked(n, false);
  auto note = [&](uint32_t item) {
    const uint32_t p = homes.position_of[item];
    if (homes.home[p] == world->rank()) {
      out->signature[p] = mine.signature(homes.row[p]);
      out->shingle_count[p] = mine.shingle_count(homes.row[p]);
    } else if (!asked[p]) {
      asked[p] = true;
      far.push_back(p);
    }
  };
  for (const uint64_t pair : pairs) {
    note(static_cast<uint32_t>(pair >> 32));
    note(static_cast<uint32_t>(pair));
  }
  out->fetched = FetchSignatures(world, homes, mine, far);
  for (size_t i = 0; i < far.size(); ++i) {
    out->signature[far[i]] = out->fetched.signatures.data() + i * homes.bytes();
    out->shingle_count[far[i]] = out->fetched.shingle_counts[i];
  }
}

}  // namespace

std::vector<uint64_t> CheckProposalsOfRange(MpiWorld* world, const ItemHomes& homes,
                                            const HomeSignatures& mine,
                                            const ClusterOptions& options, int threads,
                                            std::vector<BandProposals>* proposals,
                                            int64_t* dropped) {
  std::vector<uint64_t> pairs;
  std::vector<uint16_t> bands;
  ReduceToRange(world, homes, proposals, &pairs, &bands);
  PairSignatures sig;
  GetPairSignatures(world, homes, mine, pairs, &sig);
  const size_t n = pairs.size();
  auto at = [&](uint32_t item) { return homes.position_of[item]; };
  const int parts = static_cast<int>(std::max<size_t>(1, std::min<size_t>(threads, n / 4096)));
  std::vector<std::vector<uint64_t>> part_kept(parts);
  std::vector<int64_t> refused(parts, 0);
  RunOnThreads(parts, [&](int t) {
    const size_t end = n * (t + 1) / parts;
    for (size_t i = n * t / parts; i < end; ++i) {
      // Pairs come sorted by their first item, so the second's signature is a random read:
      // all its cache lines (the estimate reads them all) fetched kPrefetchAhead pairs ahead.
      if (i + kPrefetchAhead < end) {
        const uint8_t* ahead = sig.signature[at(static_cast<uint32_t>(pairs[i + kPrefetchAhead]))];
        for (size_t b = 0; b < homes.bytes(); b += 64) __builtin_prefetch(ahead + b);
      }
      const uint32_t pa = at(static_cast<uint32_t>(pairs[i] >> 32));
      const uint32_t pb = at(static_cast<uint32_t>(pairs[i]));
      const uint8_t* a = sig.signature[pa];
      const uint8_t* b = sig.signature[pb];
      if (ShareBandBefore(a, b, homes.bits, options.lsh, bands[i])) continue;
      const double estimate = EstimateJaccard(a, b, homes.num_perms, homes.bits);
      if (!WorthVerifying(estimate, sig.shingle_count[pa], sig.shingle_count[pb], options)) {
        ++refused[t];
        continue;
      }
      part_kept[t].push_back(pairs[i]);
    }
  });
  // The ranges are in rank order, so the pairs gathered in rank order are sorted.
  std::vector<uint64_t> kept;
  for (std::vector<uint64_t>& part : part_kept) {
    kept.insert(kept.end(), part.begin(), part.end());
    std::vector<uint64_t>().swap(part);
  }
  int64_t count = 0;
  for (int64_t r : refused) count += r;
  kept = GatherPairsAtRoot(world, std::move(kept), &count, /*merge_sorted=*/false);
  if (world->root()) *dropped += count;
  return kept;
}

}  // namespace claimdup
