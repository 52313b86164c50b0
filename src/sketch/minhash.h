// MinHash signatures of shingle sets: classic K-hash MinHash and one-permutation hashing.
//
// Classic: value i is min over x of (a_i * x + b_i) mod 2^32, a_i odd — one multiply-add
// per (shingle, i), a loop the compiler vectorizes (AVX2/AVX-512 clones chosen at run time).
// OPH (Shrivastava 2017): one hash per shingle picks a bin and a value, O(n + K), and empty
// bins are filled by optimal densification. Both are seeded and deterministic across runs,
// thread counts and machines. Stored signatures keep `bits` (8 or 16) bits of a hash of each
// 32-bit minimum (b-bit MinHash, Li & Koenig 2010): two rows of different minima match by
// chance with probability 2^-bits, which the estimate corrects for. 16 bits suit K = 128 and 3-row
// LSH bands (quotes); 8 bits halve the store again and suit 4-row bands (sentences, where the store
// is most of the memory). A stored value of 16 bits is a native-endian uint16.
#ifndef CLAIMDUP_SKETCH_MINHASH_H_
#define CLAIMDUP_SKETCH_MINHASH_H_

#include <cstdint>
#include <vector>

#include "absl/types/span.h"

namespace claimdup {

class MinHasher {
 public:
  static constexpr int kMaxPerms = 1024;

  // `num_perms` (<= kMaxPerms) values per signature of `bits` (8 or 16) bits, from `seed`.
  MinHasher(bool one_permutation, int num_perms, uint64_t seed, int bits = 16);

  int num_perms() const { return num_perms_; }
  int bits() const { return bits_; }
  // Bytes of one stored signature.
  size_t signature_bytes() const { return static_cast<size_t>(num_perms_) * (bits_ / 8); }

  // Full 32-bit values of the set's signature into out[0, num_perms). An empty set gives
  // all 0xFFFFFFFF.
  void Sketch32(absl::Span<const uint32_t> shingles, uint32_t* out) const;

  // The stored signature into out[0, signature_bytes()). `scratch` is reused space.
  void SketchStored(absl::Span<const uint32_t> shingles, std::vector<uint32_t>* scratch,
                    uint8_t* out) const;

 private:
  void SketchClassic(absl::Span<const uint32_t> shingles, uint32_t* out) const;
  void SketchOph(absl::Span<const uint32_t> shingles, uint32_t* out) const;

  uint64_t ProbeBin(int bin, uint64_t attempt) const;  // OPH densification probe.

  static constexpr int kProbes = 32;  // Precomputed densification probes per bin.
  bool one_permutation_;
  int num_perms_;
  uint64_t seed_;
  int bits_;
  std::vector<uint32_t> mul_, add_;  // Classic: the K (a_i, b_i).
  std::vector<uint16_t> probes_;     // OPH: num_perms x kProbes bins.
};

// The MinHash Jaccard estimate of two stored signatures of k values of `bits` bits: the share
// of equal values, less the share expected from chance matches of the low bits, clamped to
// [0, 1].
double EstimateJaccard(const uint8_t* a, const uint8_t* b, int k, int bits);

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
