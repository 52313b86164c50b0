#include "text/ascii_lower.h"

#include <emmintrin.h>

#include "absl/strings/ascii.h"

namespace claimdup {

std::string AsciiLowerCopy(absl::string_view text) {
  std::string out(text.size(), '\0');
  AsciiLowerInto(text, out.data());
  return out;
}

void AsciiLowerInto(absl::string_view text, char* to) {
  const char* in = text.data();
  const size_t n = text.size();
  // Shifted so that 'A' is the smallest signed byte: one signed compare finds 'A'-'Z'.
  const __m128i shift = _mm_set1_epi8(static_cast<char>(0x80 - 'A'));
  const __m128i past_z = _mm_set1_epi8(static_cast<char>(0x80 - 'A' + 'Z' + 1));
  const __m128i case_bit = _mm_set1_epi8(0x20);
  size_t i = 0;
  for (; i + 16 <= n; i += 16) {
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(in + i));
    const __m128i upper = _mm_cmplt_epi8(_mm_add_epi8(bytes, shift), past_z);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(to + i),
                     _mm_or_si128(bytes, _mm_and_si128(upper, case_bit)));
  }
  for (; i < n; ++i) to[i] = absl::ascii_tolower(static_cast<unsigned char>(in[i]));
}

}  // namespace claimdup
