// Finding the next byte of interest in text, 16 bytes at a time (SSE2).
//
// The scanners of extraction (quote marks, a word's end, no-break spaces) look for a few
// byte values in text where almost no byte is one of them. FirstByteWhere loads 16 bytes,
// marks candidates with a few vector compares (`candidates`: a superset of the bytes
// wanted, returned as a vector whose bytes have their high bit set where a candidate
// stands), and checks each candidate with `wanted`, the exact rule; past the last whole
// block it reads a byte at a time. Header-only: the callers' lambdas inline.
#ifndef CLAIMDUP_TEXT_BYTE_SCAN_H_
#define CLAIMDUP_TEXT_BYTE_SCAN_H_

#include <emmintrin.h>

#include <cstdint>

namespace claimdup {

// The first position in [pos, end) of `s` whose byte satisfies `wanted`, or `end`.
// `candidates(__m128i bytes) -> __m128i` must mark (high bit) every byte `wanted` accepts.
template <typename Candidates, typename Wanted>
uint32_t FirstByteWhere(const char* s, uint32_t pos, uint32_t end, Candidates candidates,
                        Wanted wanted) {
  while (pos + 16 <= end) {
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + pos));
    int mask = _mm_movemask_epi8(candidates(bytes));
    while (mask != 0) {
      const uint32_t at = pos + static_cast<uint32_t>(__builtin_ctz(mask));
      if (wanted(static_cast<unsigned char>(s[at]))) return at;
      mask &= mask - 1;
    }
    pos += 16;
  }
  while (pos < end && !wanted(static_cast<unsigned char>(s[pos]))) ++pos;
  return pos;
}

}  // namespace claimdup

#endif  // CLAIMDUP_TEXT_BYTE_SCAN_H_
