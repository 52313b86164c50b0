#include "index/lsh.h"

#include <xxhash.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <thread>

namespace claimdup {
namespace {

// Trapezoid integral of f over [a, b].
template <typename F>
double Integrate(F f, double a, double b) {
  constexpr int kSteps = 200;
  const double h = (b - a) / kSteps;
  double sum = 0.5 * (f(a) + f(b));
  for (int i = 1; i < kSteps; ++i) sum += f(a + i * h);
  return sum * h;
}

struct Entry {
  uint64_t key;
  uint32_t item;
};

// True when x and y share a band before `band`: the pair was emitted there already.
bool SharedEarlierBand(const uint16_t* x, const uint16_t* y, LshParams params, int band) {
  const int rows = params.rows;
  for (int b = 0; b < band; ++b) {
    const uint16_t* xb = x + static_cast<size_t>(b) * rows;
    const uint16_t* yb = y + static_cast<size_t>(b) * rows;
    int r = 0;
    while (r < rows && xb[r] == yb[r]) ++r;
    if (r == rows) return true;
  }
  return false;
}

// Emits the candidate pairs of one bucket of band `band`, each pair only in the first band
// its members share, so no pair is emitted twice and no de-duplication pass is needed.
void AddBucketPairs(const Entry* bucket, size_t m, const SignatureView& signatures,
                    LshParams params, int band, const CandidateOptions& options,
                    std::vector<uint64_t>* out) {
  const int num_perms = signatures.num_perms;
  auto emit = [&](uint32_t a, uint32_t b) {
    if (SharedEarlierBand(signatures(a), signatures(b), params, band)) return;
    out->push_back(a < b ? (static_cast<uint64_t>(a) << 32) | b
                         : (static_cast<uint64_t>(b) << 32) | a);
  };
  if (m <= static_cast<size_t>(options.max_bucket)) {
    for (size_t i = 0; i < m; ++i) {
      for (size_t j = i + 1; j < m; ++j) emit(bucket[i].item, bucket[j].item);
    }
    return;
  }
  // Giant bucket: order members by their whole signature so similar ones sit together,
  // then pair each with its next `window` neighbours.
  std::vector<uint32_t> members(m);
  for (size_t i = 0; i < m; ++i) members[i] = bucket[i].item;
  std::sort(members.begin(), members.end(), [&](uint32_t a, uint32_t b) {
    const int c = std::memcmp(signatures(a), signatures(b), num_perms * sizeof(uint16_t));
    return c != 0 ? c < 0 : a < b;
  });
  for (size_t i = 0; i < m; ++i) {
    for (size_t j = i + 1; j < m && j <= i + options.window; ++j) emit(members[i], members[j]);
  }
}

}  // namespace

double CollisionProbability(double s, LshParams p) {
  return 1.0 - std::pow(1.0 - std::pow(s, p.rows), p.bands);
}

LshParams ChooseBandsRows(int num_perms, double threshold, double fp_weight, double fn_weight) {
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

uint64_t BandKey(const uint16_t* signature, LshParams params, int band) {
  const uint16_t* rows = signature + static_cast<size_t>(band) * params.rows;
  if (params.rows <= 4) {
    // Up to four 16-bit values fit in the key exactly: no hashing, no collisions. The first
    // row lands in the top bits, which the bucketing partitions on (MinHash values are
    // uniform); the band number fills the spare low bits so bands' keys differ.
    uint64_t key = 0;
    for (int r = 0; r < params.rows; ++r) key = (key << 16) | rows[r];
    key <<= 64 - 16 * params.rows;  // Values in the top bits, the band below them.
    return params.rows == 4 ? key : key | (static_cast<uint64_t>(band) & 0xFFFF);
  }
  return XXH3_64bits_withSeed(rows, params.rows * sizeof(uint16_t), static_cast<uint64_t>(band));
}

void ComputeBandKeys(absl::Span<const uint16_t> signatures, int num_perms, LshParams params,
                     std::vector<uint64_t>* keys) {
  const size_t n = signatures.size() / num_perms;
  keys->resize(n * params.bands);
  for (size_t i = 0; i < n; ++i) {
    for (int b = 0; b < params.bands; ++b) {
      (*keys)[i * params.bands + b] = BandKey(signatures.data() + i * num_perms, params, b);
    }
  }
}

namespace {

// Sorts entries by (key, item): a counting-sort pass on the key's top 16 bits, then small
// sorts inside each of the 65536 partitions. Linear in practice; `scratch` is reused.
void SortEntries(std::vector<Entry>* entries, std::vector<Entry>* scratch,
                 std::vector<uint32_t>* counts) {
  constexpr int kBits = 16;
  counts->assign((1u << kBits) + 1, 0);
  for (const Entry& e : *entries) ++(*counts)[(e.key >> (64 - kBits)) + 1];
  for (size_t i = 1; i < counts->size(); ++i) (*counts)[i] += (*counts)[i - 1];
  scratch->resize(entries->size());
  std::vector<uint32_t> next(counts->begin(), counts->end() - 1);
  for (const Entry& e : *entries) (*scratch)[next[e.key >> (64 - kBits)]++] = e;
  for (size_t p = 0; p + 1 < counts->size(); ++p) {
    const uint32_t lo = (*counts)[p], hi = (*counts)[p + 1];
    if (hi - lo > 1) {
      std::sort(scratch->begin() + lo, scratch->begin() + hi, [](const Entry& a, const Entry& b) {
        return a.key != b.key ? a.key < b.key : a.item < b.item;
      });
    }
  }
  entries->swap(*scratch);
}

void SortUnique(std::vector<uint64_t>* v) {
  std::sort(v->begin(), v->end());
  v->erase(std::unique(v->begin(), v->end()), v->end());
}

}  // namespace

std::vector<uint64_t> CandidatePairs(const SignatureView& signatures, LshParams params,
                                     absl::Span<const uint32_t> items,
                                     const CandidateOptions& options) {
  const int threads = std::max(1, std::min(options.threads, params.bands));
  std::vector<std::vector<uint64_t>> per_thread(threads);
  auto work = [&](int t) {
    std::vector<Entry> entries(items.size()), scratch;
    std::vector<uint32_t> counts;
    std::vector<uint64_t>& out = per_thread[t];
    for (int band = t; band < params.bands; band += threads) {
      for (size_t i = 0; i < items.size(); ++i) {
        entries[i] = {BandKey(signatures(items[i]), params, band), items[i]};
      }
      SortEntries(&entries, &scratch, &counts);
      for (size_t i = 0; i < entries.size();) {
        size_t j = i + 1;
        while (j < entries.size() && entries[j].key == entries[i].key) ++j;
        if (j - i > 1) {
          AddBucketPairs(&entries[i], j - i, signatures, params, band, options, &out);
        }
        i = j;
      }
    }
    SortUnique(&out);  // Each pair is emitted once; sorting makes the order canonical.
  };
  std::vector<std::thread> pool;
  for (int t = 1; t < threads; ++t) pool.emplace_back(work, t);
  work(0);
  for (std::thread& th : pool) th.join();
  std::vector<uint64_t> pairs = std::move(per_thread[0]);
  for (int t = 1; t < threads; ++t) {
    pairs.insert(pairs.end(), per_thread[t].begin(), per_thread[t].end());
  }
  if (threads > 1) SortUnique(&pairs);
  return pairs;
}

}  // namespace claimdup
