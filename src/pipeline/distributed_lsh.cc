#include "pipeline/distributed_lsh.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "core/radix_sort.h"
#include "index/lsh.h"
#include "pipeline/distributed_proposals.h"
#include "pipeline/rank_bytes.h"
#include "sketch/minhash.h"
#include "util/run_on_threads.h"

namespace claimdup {
namespace {

// What every rank knows of a request: the signatures' shape and the items.
struct LshShape {
  int num_perms = 0;
  int bits = 16;
  std::vector<uint32_t> items;
};

// The bands rank `rank` of `ranks` (at least 2) owns: none for rank 0, whose lone work bounds
// the run; band b is rank 1 + b % (ranks - 1)'s.
std::vector<int> BandsOf(int rank, int ranks, int bands) {
  std::vector<int> own;
  if (rank == 0) return own;
  for (int b = rank - 1; b < bands; b += ranks - 1) own.push_back(b);
  return own;
}

// Copies the bands of items[0, n) into the chunk's rows: band b of item i to
// start[b] + i * band bytes. kBytes is the band's size when known at compile time (the usual
// bands: 4, 6, 8 bytes), so each copy is a move of that size, not a memmove call.
template <size_t kBytes>
void CopyChunkRows(const SignatureView& view, const uint32_t* items, size_t n,
                   const std::vector<char*>& start, size_t band_bytes) {
  const size_t bytes = kBytes != 0 ? kBytes : band_bytes;
  const size_t bands = start.size();
  for (size_t i = 0; i < n; ++i) {
    const uint8_t* signature = view(items[i]);
    for (size_t b = 0; b < bands; ++b) {
      std::memcpy(start[b] + i * bytes, signature + b * bytes, bytes);
    }
  }
}

void ShareShape(MpiWorld* world, const SignatureView* view, absl::Span<const uint32_t> items,
                LshShape* shape) {
  std::string header;
  if (world->root()) {
    Put<int32_t>(&header, view->num_perms);
    Put<int32_t>(&header, view->bits);
    PutArray(&header, items.data(), items.size());
  }
  world->BroadcastBytes(&header);
  RankBytesReader in(header);
  shape->num_perms = in.Get<int32_t>();
  shape->bits = in.Get<int32_t>();
  shape->items.resize(in.left() / sizeof(uint32_t));
  in.GetArray(shape->items.data(), shape->items.size());
}

// The items whose band rows travel in one message per rank: CLAIMDUP_MPI_BAND_CHUNK_ITEMS
// when set (tests make it tiny so that a small run takes many chunks), else 16,384 (about
// 4 MB of whole signatures at K = 128, read once while in cache).
size_t BandChunkItems() {
  const char* v = std::getenv("CLAIMDUP_MPI_BAND_CHUNK_ITEMS");
  const long n = v == nullptr ? 0 : std::strtol(v, nullptr, 10);
  return n > 0 ? static_cast<size_t>(n) : size_t{1} << 14;
}

// Rank 0: sends each other rank the bytes of its own bands of every item, in chunks of
// BandChunkItems() items: one message per rank and chunk, holding its bands one after the
// other (band k of its bands, chunk position i at (k * chunk items + i) * band bytes). Each
// signature is read once, while its chunk is in cache (one message per band read every
// signature once per band: a cache miss per item and band, 0.15 CPU s at 16x, N = 16).
void SendBandRows(MpiWorld* world, const SignatureView& view, absl::Span<const uint32_t> items,
                  LshParams params) {
  const size_t band_bytes = BandBytes(view.bits, params);
  const size_t chunk = BandChunkItems();
  std::vector<std::string> rows(world->size());
  std::vector<std::vector<int>> bands(world->size());
  for (int r = 1; r < world->size(); ++r) bands[r] = BandsOf(r, world->size(), params.bands);
  for (size_t lo = 0; lo < items.size(); lo += chunk) {
    const size_t n = std::min(chunk, items.size() - lo);
    // Where band b of chunk position 0 goes: the rank owning b, at its place among its bands.
    std::vector<char*> start(params.bands, nullptr);
    for (int r = 1; r < world->size(); ++r) {
      rows[r].resize(bands[r].size() * n * band_bytes);
      for (size_t k = 0; k < bands[r].size(); ++k) {
        start[bands[r][k]] = rows[r].data() + k * n * band_bytes;
      }
    }
    const uint32_t* chunk_items = items.data() + lo;
    switch (band_bytes) {
      case 4:
        CopyChunkRows<4>(view, chunk_items, n, start, band_bytes);
        break;
      case 6:
        CopyChunkRows<6>(view, chunk_items, n, start, band_bytes);
        break;
      case 8:
        CopyChunkRows<8>(view, chunk_items, n, start, band_bytes);
        break;
      default:
        CopyChunkRows<0>(view, chunk_items, n, start, band_bytes);
    }
    for (int r = 1; r < world->size(); ++r) world->Send(r, rows[r]);
  }
}

// A rank other than 0: what SendBandRows sent it, chunk after chunk, laid out band after band
// (band k of its bands, item position p at (k * items + p) * band bytes).
std::string ReceiveBandRows(MpiWorld* world, const LshShape& shape, LshParams params) {
  const size_t bands = BandsOf(world->rank(), world->size(), params.bands).size();
  const size_t band_bytes = BandBytes(shape.bits, params);
  const size_t items = shape.items.size(), chunk = BandChunkItems();
  std::string rows(bands * items * band_bytes, '\0');
  for (size_t lo = 0; lo < items; lo += chunk) {
    const size_t n = std::min(chunk, items - lo);
    const std::string part = world->Receive(0);
    if (part.size() != bands * n * band_bytes) {
      std::fprintf(stderr, "claimdup: internal error: a message between ranks is cut short\n");
      std::abort();
    }
    for (size_t k = 0; k < bands; ++k) {
      std::memcpy(rows.data() + (k * items + lo) * band_bytes, part.data() + k * n * band_bytes,
                  n * band_bytes);
    }
  }
  return rows;
}

// A rank other than 0 holds only its own bands' bytes: it proposes the pairs of its bands
// whose members agree on the band and on none of its own earlier bands, per band, and rank 0
// (which holds the whole signatures) applies the first-shared-band rule over all bands and
// the estimate filter. Members of giant buckets are ordered by whole signature: those
// signatures alone are fetched from rank 0.
class RankBands {
 public:
  RankBands(const MpiWorld& world, const LshShape& shape, LshParams params, std::string rows)
      : shape_(shape),
        params_(params),
        bands_(BandsOf(world.rank(), world.size(), params.bands)),
        band_bytes_(BandBytes(shape.bits, params)),
        rows_(std::move(rows)),
        found_(bands_.size()),
        giants_(bands_.size()) {}

  // The pairs of small buckets; giant buckets are kept for ProposeGiantPairs.
  void ProposeSmallBucketPairs(const CandidateOptions& options, int threads) {
    const size_t n = shape_.items.size();
    threads = std::max(1, std::min<int>(threads, static_cast<int>(bands_.size())));
    RunOnThreads(threads, [&](int t) {
      std::vector<uint64_t> entries(n), scratch(n);
      for (size_t k = t; k < bands_.size(); k += threads) {
        for (size_t p = 0; p < n; ++p) {
          entries[p] = BandEntryOfRows(Rows(k, p), shape_.bits, params_, bands_[k], p);
        }
        // Filled in position order: sorted by key, they stay in item order within a bucket.
        RadixSortByHighHalf(absl::MakeSpan(entries), absl::MakeSpan(scratch));
        for (size_t i = 0; i < n;) {
          size_t j = i + 1;
          while (j < n && (entries[j] >> 32) == (entries[i] >> 32)) ++j;
          if (j - i > static_cast<size_t>(options.max_bucket)) {
            giants_[k].emplace_back(entries.begin() + i, entries.begin() + j);
          } else if (j - i > 1) {
            ForEachBucketPair(&entries[i], j - i, options, std::less<uint32_t>(),
                              [&](uint32_t p, uint32_t q) { Emit(k, p, q); });
          }
          i = j;
        }
      }
    });
  }

  // The item positions in giant buckets, sorted, unique.
  std::vector<uint32_t> GiantMembers() const {
    std::vector<uint32_t> members;
    for (const auto& band : giants_) {
      for (const auto& bucket : band) {
        for (const uint64_t entry : bucket) members.push_back(static_cast<uint32_t>(entry));
      }
    }
    std::sort(members.begin(), members.end());
    members.erase(std::unique(members.begin(), members.end()), members.end());
    return members;
  }

  // The pairs of giant buckets, given the whole signatures of GiantMembers() (in its order).
  void ProposeGiantPairs(const CandidateOptions& options, const std::vector<uint32_t>& members,
                         absl::string_view signatures) {
    const size_t bytes = static_cast<size_t>(shape_.num_perms) * (shape_.bits / 8);
    auto signature = [&](uint32_t p) {
      const size_t at = std::lower_bound(members.begin(), members.end(), p) - members.begin();
      return reinterpret_cast<const uint8_t*>(signatures.data()) + at * bytes;
    };
    auto before = [&](uint32_t p, uint32_t q) {
      const int c = std::memcmp(signature(p), signature(q), bytes);
      return c != 0 ? c < 0 : shape_.items[p] < shape_.items[q];
    };
    for (size_t k = 0; k < bands_.size(); ++k) {
      for (const auto& bucket : giants_[k]) {
        ForEachBucketPair(bucket.data(), bucket.size(), options, before,
                          [&](uint32_t p, uint32_t q) { Emit(k, p, q); });
      }
      std::vector<std::vector<uint64_t>>().swap(giants_[k]);
    }
  }

  // The pairs of each own band, sorted.
  std::vector<BandProposals> TakeProposals() {
    std::vector<BandProposals> proposals(bands_.size());
    for (size_t k = 0; k < bands_.size(); ++k) {
      proposals[k].band = bands_[k];
      proposals[k].pairs = std::move(found_[k]);
      RadixSortInPlace(absl::MakeSpan(proposals[k].pairs));
    }
    return proposals;
  }

 private:
  const uint8_t* Rows(size_t k, size_t p) const {
    return reinterpret_cast<const uint8_t*>(rows_.data()) +
           (k * shape_.items.size() + p) * band_bytes_;
  }

  // Positions p and q of a bucket of own band k: kept when they agree on the band and on no
  // earlier own band (there the pair was proposed already).
  void Emit(size_t k, uint32_t p, uint32_t q) {
    if (!SameBandRows(Rows(k, p), Rows(k, q), band_bytes_)) return;
    for (size_t e = 0; e < k; ++e) {
      if (SameBandRows(Rows(e, p), Rows(e, q), band_bytes_)) return;
    }
    uint32_t a = shape_.items[p], b = shape_.items[q];
    if (a > b) std::swap(a, b);
    found_[k].push_back((static_cast<uint64_t>(a) << 32) | b);
  }

  const LshShape& shape_;
  const LshParams params_;
  const std::vector<int> bands_;
  const size_t band_bytes_;
  const std::string rows_;
  std::vector<std::vector<uint64_t>> found_;                 // By own band.
  std::vector<std::vector<std::vector<uint64_t>>> giants_;  // By own band: giant buckets.
};

// A rank other than 0: its proposals, reduced to one per pair with the other ranks' and sent
// to rank 0 (pipeline/distributed_proposals.h).
void ProposeOnRank(MpiWorld* world, const LshShape& shape, const ClusterOptions& options,
                   int threads) {
  RankBands bands(*world, shape, options.lsh, ReceiveBandRows(world, shape, options.lsh));
  bands.ProposeSmallBucketPairs(options.candidates, threads);
  const std::vector<uint32_t> members = bands.GiantMembers();
  std::string request;
  PutArray(&request, members.data(), members.size());
  world->Send(0, request);
  bands.ProposeGiantPairs(options.candidates, members, world->Receive(0));
  std::vector<BandProposals> proposals = bands.TakeProposals();
  ReduceProposals(world, shape.items, &proposals);
}

// Rank 0: sends each rank the whole signatures of the item positions it asks for.
void ServeGiantMembers(MpiWorld* world, const SignatureView& view,
                       absl::Span<const uint32_t> items) {
  for (int r = 1; r < world->size(); ++r) {
    const std::string request = world->Receive(r);
    RankBytesReader in(request);
    std::string signatures;
    while (!in.done()) {
      const uint32_t p = in.Get<uint32_t>();
      signatures.append(reinterpret_cast<const char*>(view(items[p])), view.bytes());
    }
    world->Send(r, signatures);
  }
}

}  // namespace

std::vector<uint64_t> LshPairsOnRanks(MpiWorld* world, const ClusterOptions& options, int threads,
                                      const SignatureView* view, absl::Span<const uint32_t> items,
                                      const std::function<uint32_t(uint32_t)>* shingle_count,
                                      int64_t* dropped) {
  PairFilter keep;
  std::vector<uint32_t> shingles;  // Rank 0: by item id, read once each (the check's pairs
                                   // read them at random: a small dense copy stays in cache).
  if (world->root()) {
    if (!items.empty()) shingles.resize(size_t{*std::max_element(items.begin(), items.end())} + 1);
    for (const uint32_t item : items) shingles[item] = (*shingle_count)(item);
    keep = [&](uint32_t a, uint32_t b) {
      const double estimate = EstimateJaccard((*view)(a), (*view)(b), view->num_perms, view->bits);
      return WorthVerifying(estimate, shingles[a], shingles[b], options);
    };
  }
  if (world->size() == 1) {  // Nobody to share with: the pairs of one process.
    CandidateOptions candidates = options.candidates;
    candidates.threads = threads;
    return CandidatePairs(*view, options.lsh, items, candidates, keep, dropped);
  }
  LshShape shape;
  ShareShape(world, view, items, &shape);
  if (!world->root()) {
    ProposeOnRank(world, shape, options, threads);
    return {};
  }
  SendBandRows(world, *view, items, options.lsh);
  ServeGiantMembers(world, *view, items);
  return CheckReducedProposals(world, *view, options.lsh, keep, threads, dropped);
}

}  // namespace claimdup
