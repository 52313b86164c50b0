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

void AddBucketPairs(const Entry* bucket, size_t m, const SignatureView& signatures,
                    const CandidateOptions& options, std::vector<uint64_t>* out) {
  const int num_perms = signatures.num_perms;
  auto pair = [](uint32_t a, uint32_t b) {
    return a < b ? (static_cast<uint64_t>(a) << 32) | b : (static_cast<uint64_t>(b) << 32) | a;
  };
  if (m <= static_cast<size_t>(options.max_bucket)) {
    for (size_t i = 0; i < m; ++i) {
      for (size_t j = i + 1; j < m; ++j) out->push_back(pair(bucket[i].item, bucket[j].item));
    }
    return;
  }
  // Giant bucket: order members by their whole signature so similar ones sit together,
  // then pair each with its next `window` neighbours.
  std::vector<uint32_t> members(m);
  for (size_t i = 0; i < m; ++i) members[i] = bucket[i].item;
  std::sort(members.begin(), members.end(), [&](uint32_t a, uint32_t b) {
    const uint16_t* sa = signatures(a);
    const uint16_t* sb = signatures(b);
    const int c = std::memcmp(sa, sb, num_perms * sizeof(uint16_t));
    return c != 0 ? c < 0 : a < b;
  });
  for (size_t i = 0; i < m; ++i) {
    for (size_t j = i + 1; j < m && j <= i + options.window; ++j) {
      out->push_back(pair(members[i], members[j]));
    }
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
  return XXH3_64bits_withSeed(signature + static_cast<size_t>(band) * params.rows,
                              params.rows * sizeof(uint16_t), static_cast<uint64_t>(band));
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

std::vector<uint64_t> CandidatePairs(const SignatureView& signatures, LshParams params,
                                     absl::Span<const uint32_t> items,
                                     const CandidateOptions& options) {
  const int threads = std::max(1, std::min(options.threads, params.bands));
  std::vector<std::vector<uint64_t>> per_thread(threads);
  auto work = [&](int t) {
    std::vector<Entry> entries(items.size());
    std::vector<uint64_t>& out = per_thread[t];
    for (int band = t; band < params.bands; band += threads) {
      for (size_t i = 0; i < items.size(); ++i) {
        entries[i] = {BandKey(signatures(items[i]), params, band), items[i]};
      }
      std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        return a.key != b.key ? a.key < b.key : a.item < b.item;
      });
      for (size_t i = 0; i < entries.size();) {
        size_t j = i + 1;
        while (j < entries.size() && entries[j].key == entries[i].key) ++j;
        if (j - i > 1) AddBucketPairs(&entries[i], j - i, signatures, options, &out);
        i = j;
      }
      // Keep memory bounded: fold duplicates across bands as we go.
      std::sort(out.begin(), out.end());
      out.erase(std::unique(out.begin(), out.end()), out.end());
    }
  };
  std::vector<std::thread> pool;
  for (int t = 1; t < threads; ++t) pool.emplace_back(work, t);
  work(0);
  for (std::thread& th : pool) th.join();
  std::vector<uint64_t> pairs;
  for (auto& v : per_thread) pairs.insert(pairs.end(), v.begin(), v.end());
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  return pairs;
}

}  // namespace claimdup
