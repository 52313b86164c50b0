#include "index/lsh.h"

// Inlined: the hot loops hash a few bytes at a time, where a call costs as much as the hash.
#define XXH_INLINE_ALL
#include <xxhash.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <map>
#include <mutex>
#include <tuple>

#include "core/radix_sort.h"
#include "util/run_on_threads.h"

namespace claimdup {
namespace {

// The search behind ChooseBandsRows.
LshParams SearchBandsRows(int num_perms, double threshold, double fp_weight, double fn_weight);

// Trapezoid integral of f over [a, b].
template <typename F>
double Integrate(F f, double a, double b) {
  constexpr int kSteps = 200;
  const double h = (b - a) / kSteps;
  double sum = 0.5 * (f(a) + f(b));
  for (int i = 1; i < kSteps; ++i) sum += f(a + i * h);
  return sum * h;
}

// The key of a band from its own bytes `rows` (BandKey reads them from the whole signature).
uint64_t KeyOfRows(const uint8_t* rows, int bits, LshParams params, int band) {
  const size_t value_bytes = bits / 8;
  const int key_bits = params.rows * bits;
  if (key_bits <= 64) {
    // The band's values fit in the key exactly: no hashing, no collisions. The first row
    // lands in the top bits, which the sort partitions on (MinHash values are uniform); the
    // band number fills the spare low bits so bands' keys differ.
    uint64_t key = 0;
    for (int r = 0; r < params.rows; ++r) {
      uint16_t v = 0;
      if (value_bytes == 2) {
        std::memcpy(&v, rows + 2 * r, 2);
      } else {
        v = rows[r];
      }
      key = (key << bits) | v;
    }
    if (key_bits == 64) return key;
    key <<= 64 - key_bits;  // Values in the top bits, the band below them.
    return key | (static_cast<uint64_t>(band) & ((uint64_t{1} << (64 - key_bits)) - 1));
  }
  return XXH3_64bits_withSeed(rows, params.rows * value_bytes, static_cast<uint64_t>(band));
}

// A band entry: the band key folded to 32 bits above the item. Bands of up to 32 bits (two
// 16-bit rows, four 8-bit rows) keep their key exactly; longer ones hash it, so a bucket may hold
// items of two keys (chance 2^-32 per pair): emitted pairs are checked against the rows themselves.
uint64_t EntryOfKey(uint64_t key, int bits, LshParams params, uint32_t item) {
  const uint64_t key32 = params.rows * bits <= 32 ? key >> 32 : (key * 0x9e3779b97f4a7c15ull) >> 32;
  return (key32 << 32) | item;
}

uint64_t Entry(const uint8_t* signature, int bits, LshParams params, int band, uint32_t item) {
  return EntryOfKey(BandKey(signature, bits, params, band), bits, params, item);
}

uint32_t ItemOf(uint64_t entry) { return static_cast<uint32_t>(entry); }

// Whether two signatures agree on band `band` (`band_bytes` bytes per band). The usual
// 4- and 6-byte bands compare as integers, not through a memcmp call.
bool SameBand(const uint8_t* x, const uint8_t* y, size_t band_bytes, int band) {
  const size_t at = band * band_bytes;
  x += at;
  y += at;
  if (band_bytes == 4 || band_bytes == 6 || band_bytes == 8) {
    uint32_t a, b;
    std::memcpy(&a, x, 4);
    std::memcpy(&b, y, 4);
    if (a != b) return false;
    if (band_bytes == 4) return true;
    if (band_bytes == 6) {
      uint16_t c, d;
      std::memcpy(&c, x + 4, 2);
      std::memcpy(&d, y + 4, 2);
      return c == d;
    }
    std::memcpy(&a, x + 4, 4);
    std::memcpy(&b, y + 4, 4);
    return a == b;
  }
  return std::memcmp(x, y, band_bytes) == 0;
}

// True when x and y share a band before `band`: the pair was emitted there already.
bool SharedEarlierBand(const uint8_t* x, const uint8_t* y, size_t band_bytes, int band) {
  for (int b = 0; b < band; ++b) {
    if (SameBand(x, y, band_bytes, b)) return true;
  }
  return false;
}

}  // namespace

// Emits the candidate pairs of one bucket of band `band` that share the band's rows, each
// pair only in the first band its members share, so no pair is emitted twice and no
// de-duplication pass is needed. Pairs that `keep` refuses are counted, not emitted.
void AddBucketPairs(const uint64_t* bucket, size_t m, const SignatureView& signatures,
                    LshParams params, int band, const CandidateOptions& options,
                    const PairFilter& keep, std::vector<uint64_t>* out, int64_t* dropped) {
  const size_t band_bytes = static_cast<size_t>(params.rows) * (signatures.bits / 8);
  auto emit = [&](uint32_t a, uint32_t b) {
    const uint8_t* x = signatures(a);
    const uint8_t* y = signatures(b);
    if (!SameBand(x, y, band_bytes, band) || SharedEarlierBand(x, y, band_bytes, band)) return;
    if (a > b) std::swap(a, b);
    if (keep && !keep(a, b)) {
      ++*dropped;
      return;
    }
    out->push_back((static_cast<uint64_t>(a) << 32) | b);
  };
  // Giant buckets: members ordered by their whole signature so similar ones sit together.
  auto before = [&](uint32_t a, uint32_t b) {
    const int c = std::memcmp(signatures(a), signatures(b), signatures.bytes());
    return c != 0 ? c < 0 : a < b;
  };
  ForEachBucketPair(bucket, m, options, before, emit);
}

size_t BandBytes(int bits, LshParams params) {
  return static_cast<size_t>(params.rows) * (bits / 8);
}

bool SameBandRows(const uint8_t* x, const uint8_t* y, size_t band_bytes) {
  return SameBand(x, y, band_bytes, 0);
}

bool ShareBandBefore(const uint8_t* x, const uint8_t* y, int bits, LshParams params, int band) {
  return SharedEarlierBand(x, y, BandBytes(bits, params), band);
}

namespace {

// How many items ahead CandidatePairs fetches a band of a signature.
constexpr size_t kPrefetchAhead = 16;
// How many sorted entries ahead CandidatePairs fetches the signatures of bucket members.
constexpr size_t kBucketPrefetchAhead = 24;

}  // namespace

double CollisionProbability(double s, LshParams p) {
  return 1.0 - std::pow(1.0 - std::pow(s, p.rows), p.bands);
}

LshParams ChooseBandsRows(int num_perms, double threshold, double fp_weight, double fn_weight) {
  // Each choice integrates two curves for every (bands, rows): ~70 million instructions for
  // 128 permutations. A run asks for the same settings more than once (an indexed day: to
  // cluster, then for its report tables), so answers are kept for the process's life.
  static std::mutex mu;
  static std::map<std::tuple<int, double, double, double>, LshParams> chosen;
  const auto key = std::make_tuple(num_perms, threshold, fp_weight, fn_weight);
  {
    std::lock_guard<std::mutex> lock(mu);
    if (auto it = chosen.find(key); it != chosen.end()) return it->second;
  }
  const LshParams best = SearchBandsRows(num_perms, threshold, fp_weight, fn_weight);
  std::lock_guard<std::mutex> lock(mu);
  chosen.emplace(key, best);
  return best;
}

namespace {

LshParams SearchBandsRows(int num_perms, double threshold, double fp_weight, double fn_weight) {
  LshParams best{1, num_perms};
  double best_error = 1e300;
  for (int b = 1; b <= num_perms; ++b) {
    for (int r = 1; b * r <= num_perms; ++r) {
      const LshParams p{b, r};
      const double fp =
          Integrate([&](double s) { return CollisionProbability(s, p); }, 0.0, threshold);
      const double fn =
          Integrate([&](double s) { return 1.0 - CollisionProbability(s, p); }, threshold, 1.0);
      const double error = fp_weight * fp + fn_weight * fn;
      if (error < best_error - 1e-12) {
        best_error = error;
        best = p;
      }
    }
  }
  return best;
}

}  // namespace

uint64_t BandKey(const uint8_t* signature, int bits, LshParams params, int band) {
  return KeyOfRows(signature + static_cast<size_t>(band) * BandBytes(bits, params), bits, params,
                   band);
}

uint64_t BandEntry(const uint8_t* signature, int bits, LshParams params, int band, uint32_t item) {
  return Entry(signature, bits, params, band, item);
}

uint64_t BandEntryOfRows(const uint8_t* band_rows, int bits, LshParams params, int band,
                         uint32_t item) {
  return EntryOfKey(KeyOfRows(band_rows, bits, params, band), bits, params, item);
}

std::vector<uint64_t> CandidatePairs(const SignatureView& signatures, LshParams params,
                                     absl::Span<const uint32_t> items,
                                     const CandidateOptions& options, const PairFilter& keep,
                                     int64_t* dropped) {
  const int threads = std::max(1, std::min(options.threads, params.bands));
  std::vector<std::vector<uint64_t>> per_thread(threads);
  std::vector<int64_t> dropped_per_thread(threads, 0);
  auto work = [&](int t) {
    std::vector<uint64_t> entries(items.size()), scratch(items.size());
    std::vector<uint64_t>& out = per_thread[t];
    for (int band = t; band < params.bands; band += threads) {
      // One band of every signature: a strided read the hardware does not run ahead of, so
      // the band kPrefetchAhead items on is fetched by hand.
      const size_t band_at = static_cast<size_t>(band) * params.rows * (signatures.bits / 8);
      for (size_t i = 0; i < items.size(); ++i) {
        if (i + kPrefetchAhead < items.size()) {
          __builtin_prefetch(signatures(items[i + kPrefetchAhead]) + band_at);
        }
        entries[i] = Entry(signatures(items[i]), signatures.bits, params, band, items[i]);
      }
      // Filled in item order: sorted by key, they stay in item order within a bucket.
      RadixSortByHighHalf(absl::MakeSpan(entries), absl::MakeSpan(scratch));
      // Buckets are read in key order, so their members' signatures are random reads: the
      // members of buckets kBucketPrefetchAhead entries on are fetched by hand (the band's
      // bytes and the first bands, which SharedEarlierBand reads); singletons are skipped.
      size_t fetched = 0;
      auto prefetch_to = [&](size_t end) {
        for (end = std::min(end, entries.size()); fetched < end; ++fetched) {
          const uint64_t key = entries[fetched] >> 32;
          const bool shared = (fetched > 0 && (entries[fetched - 1] >> 32) == key) ||
                              (fetched + 1 < entries.size() && (entries[fetched + 1] >> 32) == key);
          if (!shared) continue;
          const uint8_t* sig = signatures(ItemOf(entries[fetched]));
          __builtin_prefetch(sig);
          __builtin_prefetch(sig + band_at);
        }
      };
      for (size_t i = 0; i < entries.size();) {
        prefetch_to(i + kBucketPrefetchAhead);
        size_t j = i + 1;
        while (j < entries.size() && (entries[j] >> 32) == (entries[i] >> 32)) ++j;
        if (j - i > 1) {
          AddBucketPairs(&entries[i], j - i, signatures, params, band, options, keep, &out,
                         &dropped_per_thread[t]);
        }
        i = j;
      }
    }
    RadixSortInPlace(absl::MakeSpan(out));  // Pairs are unique; sorting makes the order canonical.
  };
  RunOnThreads(threads, work);
  std::vector<uint64_t> pairs = std::move(per_thread[0]);
  for (int t = 1; t < threads; ++t) {
    const size_t mid = pairs.size();
    pairs.insert(pairs.end(), per_thread[t].begin(), per_thread[t].end());
    std::vector<uint64_t>().swap(per_thread[t]);
    std::inplace_merge(pairs.begin(), pairs.begin() + mid, pairs.end());
  }
  if (dropped != nullptr) {
    for (int64_t d : dropped_per_thread) *dropped += d;
  }
  return pairs;
}

}  // namespace claimdup
