#include "sketch/minhash.h"

#include <algorithm>
#include <cstring>
#include <limits>

namespace claimdup {
namespace {

constexpr uint32_t kEmpty = std::numeric_limits<uint32_t>::max();
constexpr int kBlock = 64;  // Signature lanes kept in registers while scanning the shingles.

// sig[i] = min over shingles of (mul[i] * x + add[i]), for i in [0, k), k % kBlock == 0 or
// any k (tail handled). Cloned for AVX-512 / AVX2 / baseline and picked at load time.
__attribute__((target_clones("arch=x86-64-v4", "arch=x86-64-v3", "default"))) void ClassicKernel(
    const uint32_t* shingles, size_t n, const uint32_t* mul, const uint32_t* add, int k,
    uint32_t* sig) {
  int i0 = 0;
  for (; i0 + kBlock <= k; i0 += kBlock) {
    uint32_t acc[kBlock];
    for (int j = 0; j < kBlock; ++j) acc[j] = kEmpty;
    for (size_t s = 0; s < n; ++s) {
      const uint32_t x = shingles[s];
      for (int j = 0; j < kBlock; ++j) {
        const uint32_t h = mul[i0 + j] * x + add[i0 + j];
        acc[j] = acc[j] < h ? acc[j] : h;
      }
    }
    for (int j = 0; j < kBlock; ++j) sig[i0 + j] = acc[j];
  }
  for (int i = i0; i < k; ++i) {
    uint32_t m = kEmpty;
    for (size_t s = 0; s < n; ++s) m = std::min(m, mul[i] * shingles[s] + add[i]);
    sig[i] = m;
  }
}

__attribute__((target_clones("arch=x86-64-v4", "arch=x86-64-v3", "default"))) int CountEqual16(
    const uint8_t* a, const uint8_t* b, int k) {
  int same = 0;
  for (int i = 0; i < k; ++i) {
    uint16_t x, y;  // memcpy: an aligned load, without type punning.
    std::memcpy(&x, a + 2 * i, 2);
    std::memcpy(&y, b + 2 * i, 2);
    same += (x == y);
  }
  return same;
}

__attribute__((target_clones("arch=x86-64-v4", "arch=x86-64-v3", "default"))) int CountEqual8(
    const uint8_t* a, const uint8_t* b, int k) {
  int same = 0;
  for (int i = 0; i < k; ++i) same += (a[i] == b[i]);
  return same;
}

}  // namespace

MinHasher::MinHasher(bool one_permutation, int num_perms, uint64_t seed, int bits)
    : one_permutation_(one_permutation), num_perms_(num_perms), seed_(seed), bits_(bits) {
  if (!one_permutation_) {
    mul_.resize(num_perms);
    add_.resize(num_perms);
    uint64_t state = seed;
    for (int i = 0; i < num_perms; ++i) {
      state = Mix64(state + 0x9e3779b97f4a7c15ull);
      mul_[i] = static_cast<uint32_t>(state >> 32) | 1u;  // Odd: a bijection mod 2^32.
      add_[i] = static_cast<uint32_t>(state);
    }
  } else {
    probes_.resize(static_cast<size_t>(num_perms) * kProbes);
    for (int i = 0; i < num_perms; ++i) {
      for (int a = 0; a < kProbes; ++a) {
        probes_[static_cast<size_t>(i) * kProbes + a] = static_cast<uint16_t>(ProbeBin(i, a + 1));
      }
    }
  }
}

void MinHasher::Sketch32(absl::Span<const uint32_t> shingles, uint32_t* out) const {
  if (one_permutation_) {
    SketchOph(shingles, out);
  } else {
    SketchClassic(shingles, out);
  }
}

void MinHasher::SketchStored(absl::Span<const uint32_t> shingles, std::vector<uint32_t>* scratch,
                             uint8_t* out) const {
  scratch->resize(num_perms_);
  Sketch32(shingles, scratch->data());
  // Not the low bits of the minimum: with a * x + b mod 2^32 they depend only on the low
  // bits of the shingle, so two sets whose shingles share them would match in every row
  // where those shingles win. The top bits of a multiplicative hash of all 32 bits do not.
  for (int i = 0; i < num_perms_; ++i) {
    const uint64_t mixed = static_cast<uint64_t>((*scratch)[i]) * 0x9e3779b97f4a7c15ull;
    if (bits_ == 8) {
      out[i] = static_cast<uint8_t>(mixed >> 56);
    } else {
      const uint16_t v = static_cast<uint16_t>(mixed >> 48);
      std::memcpy(out + 2 * i, &v, 2);
    }
  }
}

void MinHasher::SketchClassic(absl::Span<const uint32_t> shingles, uint32_t* out) const {
  ClassicKernel(shingles.data(), shingles.size(), mul_.data(), add_.data(), num_perms_, out);
}

void MinHasher::SketchOph(absl::Span<const uint32_t> shingles, uint32_t* out) const {
  const uint64_t k = static_cast<uint64_t>(num_perms_);
  std::fill(out, out + num_perms_, kEmpty);
  // One multiply per shingle (its fingerprint is already a uniform hash): the high half of
  // the product picks the bin, the low half (a bijection of the fingerprint) is the value.
  for (const uint32_t x : shingles) {
    const uint64_t h = (static_cast<uint64_t>(x) ^ seed_) * 0x9e3779b97f4a7c15ull;
    const uint64_t bin = ((h >> 32) * k) >> 32;  // Fair range reduction (Lemire).
    const uint32_t value = static_cast<uint32_t>(h);
    out[bin] = value < out[bin] ? value : out[bin];
  }
  if (shingles.empty()) return;
  // Optimal densification: an empty bin copies the first non-empty bin along its own seeded
  // probe sequence (precomputed). Decisions read only the original fill.
  uint64_t filled[kMaxPerms / 64] = {};
  for (int i = 0; i < num_perms_; ++i) filled[i >> 6] |= uint64_t{out[i] != kEmpty} << (i & 63);
  auto is_filled = [&](uint64_t j) { return (filled[j >> 6] >> (j & 63)) & 1; };
  for (int i = 0; i < num_perms_; ++i) {
    if (is_filled(i)) continue;
    const uint16_t* probes = probes_.data() + static_cast<size_t>(i) * kProbes;
    int a = 0;
    while (a < kProbes && !is_filled(probes[a])) ++a;
    if (a < kProbes) {
      out[i] = out[probes[a]];
      continue;
    }
    for (uint64_t attempt = kProbes + 1;; ++attempt) {  // Rare: very sparse sets.
      const uint64_t j = ProbeBin(i, attempt);
      if (is_filled(j)) {
        out[i] = out[j];
        break;
      }
    }
  }
}

uint64_t MinHasher::ProbeBin(int bin, uint64_t attempt) const {
  const uint64_t h = Mix64(seed_ ^ (static_cast<uint64_t>(bin) << 32) ^ attempt);
  return ((h >> 32) * static_cast<uint64_t>(num_perms_)) >> 32;
}

double EstimateJaccard(const uint8_t* a, const uint8_t* b, int k, int bits) {
  const int same = bits == 8 ? CountEqual8(a, b, k) : CountEqual16(a, b, k);
  // P(equal) = J + (1 - J) c with c = 2^-bits: J = (P - c) / (1 - c).
  const double c = 1.0 / static_cast<double>(1 << bits);
  const double j = (static_cast<double>(same) / k - c) / (1.0 - c);
  return std::clamp(j, 0.0, 1.0);
}

}  // namespace claimdup
