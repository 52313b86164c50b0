// MinHash signatures of shingle sets: classic K-hash MinHash and one-permutation hashing.
//
// Classic: value i is min over x of (a_i * x + b_i) mod 2^32, a_i odd — one multiply-add
// per (shingle, i), a loop the compiler vectorizes (AVX2/AVX-512 clones chosen at run time).
// OPH (Shrivastava 2017): one hash per shingle picks a bin and a value, O(n + K), and empty
// bins are filled by optimal densification. Both are seeded and deterministic across runs,
// thread counts and machines. Stored signatures keep the low 16 bits of each value (b-bit
// MinHash): a row matches by chance with probability 2^-16, and the store is half the size.
#ifndef CLAIMDUP_SKETCH_MINHASH_H_
#define CLAIMDUP_SKETCH_MINHASH_H_

#include <cstdint>
#include <vector>

#include "absl/types/span.h"

namespace claimdup {

class MinHasher {
 public:
  static constexpr int kMaxPerms = 1024;

  // `num_perms` (<= kMaxPerms) values per signature, from `seed`.
  MinHasher(bool one_permutation, int num_perms, uint64_t seed);

  int num_perms() const { return num_perms_; }

  // Full 32-bit values of the set's signature into out[0, num_perms). An empty set gives
  // all 0xFFFFFFFF.
  void Sketch32(absl::Span<const uint32_t> shingles, uint32_t* out) const;

  // The stored (16-bit) signature into out[0, num_perms). `scratch` is reused space.
  void Sketch16(absl::Span<const uint32_t> shingles, std::vector<uint32_t>* scratch,
                uint16_t* out) const;

 private:
  void SketchClassic(absl::Span<const uint32_t> shingles, uint32_t* out) const;
  void SketchOph(absl::Span<const uint32_t> shingles, uint32_t* out) const;

  uint64_t ProbeBin(int bin, uint64_t attempt) const;  // OPH densification probe.

  static constexpr int kProbes = 32;  // Precomputed densification probes per bin.
  bool one_permutation_;
  int num_perms_;
  uint64_t seed_;
  std::vector<uint32_t> mul_, add_;  // Classic: the K (a_i, b_i).
  std::vector<uint16_t> probes_;     // OPH: num_perms x kProbes bins.
};

// Share of equal values in two signatures of length k: the MinHash Jaccard estimate.
double EstimateJaccard(const uint16_t* a, const uint16_t* b, int k);

// 64-bit mixer (SplitMix64 finalizer), used to derive seeds and OPH hashes.
inline uint64_t Mix64(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ull;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebull;
  x ^= x >> 31;
  return x;
}

}  // namespace claimdup

#endif  // CLAIMDUP_SKETCH_MINHASH_H_
