#include "pipeline/distributed_lsh.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "core/radix_sort.h"
#include "index/lsh.h"
#include "pipeline/distributed_proposals.h"
#include "pipeline/distributed_signatures.h"
#include "pipeline/rank_bytes.h"
#include "pipeline/rank_roles.h"
#include "sketch/minhash.h"
#include "util/run_on_threads.h"

namespace claimdup {
namespace {

// The bands rank `rank` of `ranks` owns: band b is that of the working rank at place
// b % (working ranks) (pipeline/rank_roles.h); none for a rank that does not work.
std::vector<int> BandsOf(int rank, int ranks, int bands) {
  std::vector<int> own;
  const WorkingRanks working = WorkingRanksOf(ranks);
  if (!working.Has(rank)) return own;
  for (int b = working.Index(rank); b < bands; b += working.count) own.push_back(b);
  return own;
}

// Copies the bands of this rank's items at `positions` (n of them) into the rows of one
// message: band b of the i-th to start[b] + i * band bytes. kBytes is the band's size when
// known at compile time (the usual bands: 4, 6, 8 bytes), so each copy is a move of that
// size, not a memmove call.
template <size_t kBytes>
void CopyChunkRows(const HomeSignatures& mine, const ItemHomes& homes, const uint32_t* positions,
                   size_t n, const std::vector<char*>& start, size_t band_bytes) {
  const size_t bytes = kBytes != 0 ? kBytes : band_bytes;
  const size_t bands = start.size();
  for (size_t i = 0; i < n; ++i) {
    const uint8_t* signature = mine.signature(homes.row[positions[i]]);
    for (size_t b = 0; b < bands; ++b) {
      std::memcpy(start[b] + i * bytes, signature + b * bytes, bytes);
    }
  }
}

// The items whose band rows travel in one exchange: CLAIMDUP_MPI_BAND_CHUNK_ITEMS when set
// (tests make it tiny so that a small run takes many chunks), else 16,384 (about 4 MB of
// whole signatures at K = 128, read once while in cache).
size_t BandChunkItems() {
  const char* v = std::getenv("CLAIMDUP_MPI_BAND_CHUNK_ITEMS");
  const long n = v == nullptr ? 0 : std::strtol(v, nullptr, 10);
  return n > 0 ? static_cast<size_t>(n) : size_t{1} << 14;
}

// Collective: every rank sends each rank that owns bands the bytes of those bands of its own
// items, and gets those of its own bands of every item, laid out band after band (band k of
// its bands, item position p at (k * items + p) * band bytes; a rank that owns no band gets
// nothing). One exchange (MPI_Alltoallv) per chunk of BandChunkItems() positions; each
// signature is read once, while its chunk is in cache.
std::string ExchangeBandRows(MpiWorld* world, const ItemHomes& homes, const HomeSignatures& mine,
                             LshParams params) {
  const int ranks = world->size(), me = world->rank();
  const size_t band_bytes = BandBytes(homes.bits, params);
  const size_t items = homes.items.size(), chunk = BandChunkItems();
  std::vector<std::vector<int>> bands(ranks);
  for (int r = 0; r < ranks; ++r) bands[r] = BandsOf(r, ranks, params.bands);
  const size_t own_bands = bands[me].size();
  std::string rows(own_bands * items * band_bytes, '\0');
  std::vector<std::vector<uint32_t>> by_home(ranks);  // A chunk's positions by home rank.
  for (size_t lo = 0; lo < items; lo += chunk) {
    const size_t hi = std::min(items, lo + chunk);
    for (auto& positions : by_home) positions.clear();
    for (size_t p = lo; p < hi; ++p) by_home[homes.home[p]].push_back(static_cast<uint32_t>(p));
    const std::vector<uint32_t>& here = by_home[me];
    const size_t n = here.size();
    std::vector<std::string> to(ranks);
    std::vector<char*> start(params.bands, nullptr);
    for (int r = 0; r < ranks; ++r) {
      to[r].resize(bands[r].size() * n * band_bytes);
      for (size_t k = 0; k < bands[r].size(); ++k) {
        start[bands[r][k]] = to[r].data() + k * n * band_bytes;
      }
    }
    switch (band_bytes) {
      case 4:
        CopyChunkRows<4>(mine, homes, here.data(), n, start, band_bytes);
        break;
      case 6:
        CopyChunkRows<6>(mine, homes, here.data(), n, start, band_bytes);
        break;
      case 8:
        CopyChunkRows<8>(mine, homes, here.data(), n, start, band_bytes);
        break;
      default:
        CopyChunkRows<0>(mine, homes, here.data(), n, start, band_bytes);
    }
    const std::vector<std::string> got = world->AllToAll(std::move(to));
    if (own_bands == 0) continue;
    for (int s = 0; s < ranks; ++s) {
      const std::vector<uint32_t>& from = by_home[s];
      const size_t m = from.size();
      if (got[s].size() != own_bands * m * band_bytes) {
        std::fprintf(stderr, "claimdup: internal error: a message between ranks is cut short\n");
        std::abort();
      }
      if (m == 0) continue;
      // A rank's items in a chunk are one run of positions when each rank read its share.
      const bool run = from.back() - from.front() + 1 == m;
      for (size_t k = 0; k < own_bands; ++k) {
        const char* part = got[s].data() + k * m * band_bytes;
        char* band = rows.data() + k * items * band_bytes;
        if (run) {
          std::memcpy(band + size_t{from.front()} * band_bytes, part, m * band_bytes);
          continue;
        }
        for (size_t i = 0; i < m; ++i) {
          std::memcpy(band + size_t{from[i]} * band_bytes, part + i * band_bytes, band_bytes);
        }
      }
    }
  }
  return rows;
}

// A rank holds only its own bands' bytes (none when it owns no band): it proposes the pairs of its bands
// whose members agree on the band and on none of its own earlier bands, per band; the owners
// of the first items' ranges apply the first-shared-band rule over all bands and the
// estimate filter. Members of giant buckets are ordered by whole signature: those
// signatures alone are fetched from their homes.
class RankBands {
 public:
  RankBands(const MpiWorld& world, const ItemHomes& shape, LshParams params, std::string rows)
      : shape_(shape),
        params_(params),
        bands_(BandsOf(world.rank(), world.size(), params.bands)),
        band_bytes_(BandBytes(shape.bits, params)),
        rows_(std::move(rows)),
        found_(bands_.size()),
        giants_(bands_.size()) {}

  // The pairs of small buckets; giant buckets are kept for ProposeGiantPairs.
  void ProposeSmallBucketPairs(const CandidateOptions& options, int threads) {
    if (bands_.empty()) return;  // A rank that owns no band allocates nothing.
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
                         const std::vector<uint8_t>& signatures) {
    const size_t bytes = static_cast<size_t>(shape_.num_perms) * (shape_.bits / 8);
    auto signature = [&](uint32_t p) {
      const size_t at = std::lower_bound(members.begin(), members.end(), p) - members.begin();
      return signatures.data() + at * bytes;
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

  const ItemHomes& shape_;
  const LshParams params_;
  const std::vector<int> bands_;
  const size_t band_bytes_;
  const std::string rows_;
  std::vector<std::vector<uint64_t>> found_;                 // By own band.
  std::vector<std::vector<std::vector<uint64_t>>> giants_;  // By own band: giant buckets.
};

// Every rank: its proposals (none when it owns no band), reduced to one per pair with the
// other ranks' and checked (pipeline/distributed_proposals.h); rank 0 gets the kept pairs.
std::vector<uint64_t> ProposeOnRank(MpiWorld* world, const ItemHomes& homes,
                                    const HomeSignatures& mine, const ClusterOptions& options,
                                    int threads, int64_t* dropped) {
  RankBands bands(*world, homes, options.lsh, ExchangeBandRows(world, homes, mine, options.lsh));
  bands.ProposeSmallBucketPairs(options.candidates, threads);
  const std::vector<uint32_t> members = bands.GiantMembers();
  bands.ProposeGiantPairs(options.candidates, members,
                          FetchSignatures(world, homes, mine, members).signatures);
  std::vector<BandProposals> proposals = bands.TakeProposals();
  return CheckProposalsOfRange(world, homes, mine, options, threads, &proposals, dropped);
}

}  // namespace

std::vector<uint64_t> LshPairsOnRanks(MpiWorld* world, const ClusterOptions& options, int threads,
                                      SignatureHomes* homes, const SignatureView* view,
                                      absl::Span<const uint32_t> items,
                                      const std::function<uint32_t(uint32_t)>* shingle_count,
                                      int64_t* dropped) {
  std::vector<uint32_t> joined_shingles;  // Rank 0: the joined split quotes'.
  absl::Span<const uint8_t> joined;
  if (world->root()) {
    // The view holds the joined quotes' signatures alone (the claims' stayed home); they
    // follow the claims that outlived the boilerplate filter.
    joined = view->extra;
    int64_t claims = 0;
    for (const HomeRun& run : homes->runs) claims += run.count;
    if (!homes->kept->empty()) claims = std::count(homes->kept->begin(), homes->kept->end(), true);
    for (size_t j = 0; j < joined.size() / view->bytes(); ++j) {
      joined_shingles.push_back((*shingle_count)(static_cast<uint32_t>(claims + j)));
    }
  }
  ItemHomes item_homes =
      ShareItemHomes(world, homes, items, joined, joined_shingles,
                     world->root() ? view->num_perms : 0, world->root() ? view->bits : 0);
  std::vector<uint64_t> pairs =
      ProposeOnRank(world, item_homes, homes->mine, options, threads, dropped);
  homes->mine.Clear();  // Not read again.
  if (homes->keep_tokens) homes->items = std::move(item_homes);  // The anchors read them.
  return pairs;
}

}  // namespace claimdup
