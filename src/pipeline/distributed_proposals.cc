#include "pipeline/distributed_proposals.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "pipeline/rank_bytes.h"
#include "util/run_on_threads.h"

namespace claimdup {
namespace {

// Where rank d (1 <= d < N) of `ranks` starts its range of pairs: the key of the first item
// of its equal share of item positions (~0 when that share is empty, after every pair).
std::vector<uint64_t> RangeStarts(absl::Span<const uint32_t> items, int ranks) {
  const size_t owners = static_cast<size_t>(ranks - 1);
  std::vector<uint64_t> starts(ranks + 1, ~uint64_t{0});
  for (size_t d = 1; d < static_cast<size_t>(ranks); ++d) {
    const size_t at = items.size() * (d - 1) / owners;
    if (at < items.size()) starts[d] = static_cast<uint64_t>(items[at]) << 32;
  }
  return starts;
}

// A reduced range as it travels to rank 0: the count, the pairs, then each pair's band.
std::string EncodeRange(const std::vector<uint64_t>& pairs, const std::vector<uint16_t>& bands) {
  std::string bytes;
  Put<uint64_t>(&bytes, pairs.size());
  PutArray(&bytes, pairs.data(), pairs.size());
  PutArray(&bytes, bands.data(), bands.size());
  return bytes;
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

void ReduceProposals(MpiWorld* world, absl::Span<const uint32_t> items,
                     std::vector<BandProposals>* proposals) {
  const int ranks = world->size();
  const std::vector<uint64_t> starts = RangeStarts(items, ranks);
  std::vector<std::string> to(ranks);
  for (BandProposals& p : *proposals) {
    for (int d = 1; d < ranks; ++d) {
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
  std::vector<uint64_t> pairs;
  std::vector<uint16_t> bands;
  MergeSmallestBand(&lists, &pairs, &bands);
  std::vector<BandList>().swap(lists);
  world->Send(0, EncodeRange(pairs, bands));
}

std::vector<uint64_t> CheckReducedProposals(MpiWorld* world, const SignatureView& view,
                                            LshParams params, const PairFilter& keep, int threads,
                                            int64_t* dropped) {
  world->AllToAll(std::vector<std::string>(world->size()));
  std::vector<uint64_t> kept;
  for (int r = 1; r < world->size(); ++r) {
    const std::string bytes = world->Receive(r);
    RankBytesReader in(bytes);
    const size_t n = in.Get<uint64_t>();
    if (in.left() != n * (sizeof(uint64_t) + sizeof(uint16_t))) {
      std::fprintf(stderr, "claimdup: internal error: a message between ranks is cut short\n");
      std::abort();
    }
    // Read in place (no second copy of a range on rank 0).
    const char* pair_bytes = bytes.data() + sizeof(uint64_t);
    const char* band_bytes = pair_bytes + n * sizeof(uint64_t);
    auto pair_at = [&](size_t i) {
      uint64_t pair;
      std::memcpy(&pair, pair_bytes + i * sizeof(pair), sizeof(pair));
      return pair;
    };
    auto band_at = [&](size_t i) {
      uint16_t band;
      std::memcpy(&band, band_bytes + i * sizeof(band), sizeof(band));
      return band;
    };
    const int parts = static_cast<int>(std::max<size_t>(1, std::min<size_t>(threads, n / 4096)));
    std::vector<std::vector<uint64_t>> part_kept(parts);
    std::vector<int64_t> refused(parts, 0);
    RunOnThreads(parts, [&](int t) {
      const size_t end = n * (t + 1) / parts;
      for (size_t i = n * t / parts; i < end; ++i) {
        // Pairs come sorted by their first item, so the second's signature is a random
        // read: all its cache lines (the estimate reads them all) fetched kPrefetchAhead
        // pairs ahead.
        if (i + kPrefetchAhead < end) {
          const uint8_t* ahead = view(static_cast<uint32_t>(pair_at(i + kPrefetchAhead)));
          for (size_t at = 0; at < view.bytes(); at += 64) __builtin_prefetch(ahead + at);
        }
        const uint64_t pair = pair_at(i);
        const uint32_t a = static_cast<uint32_t>(pair >> 32), b = static_cast<uint32_t>(pair);
        if (ShareBandBefore(view(a), view(b), view.bits, params, band_at(i))) continue;
        if (!keep(a, b)) {
          ++refused[t];
          continue;
        }
        part_kept[t].push_back(pair);
      }
    });
    for (int t = 0; t < parts; ++t) {
      kept.insert(kept.end(), part_kept[t].begin(), part_kept[t].end());
      *dropped += refused[t];
    }
  }
  return kept;
}

}  // namespace claimdup
