// WordSet: a fixed set of short words with a cheap pre-check, for the word lists attribution
// tests every token against (speech verbs, titles, ...).
//
// Most words of a text are in no list; a 4096-bit filter on (length, first byte, last byte)
// rejects them before any hashing, which keeps attribution within the extraction budget. The
// set is built at compile time (`static constexpr WordSet kVerbs{{"said", "says"}};`): no
// guard or heap per lookup. Words the filter passes are looked up in an open-addressing table
// keyed by a hash of at most two 8-byte loads, which with the length are the word itself
// up to 16 bytes (compared without memcmp).
#ifndef CLAIMDUP_EXTRACT_WORD_SET_H_
#define CLAIMDUP_EXTRACT_WORD_SET_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <type_traits>

#include "absl/strings/string_view.h"

namespace claimdup {

template <size_t N>
class WordSet {
 public:
  // `words`: string literals (they outlive the set); duplicates and "" are ignored.
  constexpr WordSet(const char* const (&words)[N]) {  // NOLINT: built from a braced list.
    for (const char* word : words) {
      size_t n = 0;
      while (word[n] != '\0') ++n;
      if (n == 0) continue;
      const absl::string_view w(word, n);
      const Ends x = EndsOf(w);
      size_t i = Hash(x, n) & kMask;
      bool present = false;
      for (; slots_[i].data != nullptr; i = (i + 1) & kMask) {
        if (slots_[i].size == n && Equal(slots_[i].data, word, n)) present = true;
      }
      if (present) continue;
      const size_t key = Key(w);
      filter_[key / 64] |= uint64_t{1} << (key % 64);
      slots_[i] = Slot{word, n, x};
    }
  }

  bool contains(absl::string_view w) const {
    if (w.empty()) return false;
    const size_t key = Key(w);
    if ((filter_[key / 64] >> (key % 64) & 1) == 0) return false;
    const Ends x = EndsOf(w);
    for (size_t i = Hash(x, w.size()) & kMask; slots_[i].data != nullptr; i = (i + 1) & kMask) {
      const Slot& s = slots_[i];
      if (s.size == w.size() && s.ends.a == x.a && s.ends.b == x.b &&
          (w.size() <= 16 || std::memcmp(s.data, w.data(), w.size()) == 0)) {
        return true;
      }
    }
    return false;
  }

 private:
  // Slots: a power of two at least twice the words, so probes stop early.
  static constexpr size_t kSlots = [] {
    size_t slots = 8;
    while (slots < 2 * N) slots *= 2;
    return slots;
  }();
  static constexpr size_t kMask = kSlots - 1;

  static constexpr size_t Key(absl::string_view w) {
    return (w.size() * 977u + static_cast<uint8_t>(w.front()) * 31u +
            static_cast<uint8_t>(w.back())) &
           4095u;
  }

  static constexpr bool Equal(const char* a, const char* b, size_t n) {
    for (size_t i = 0; i < n; ++i) {
      if (a[i] != b[i]) return false;
    }
    return true;
  }

  // `bytes` (at most 8) of `p` as a little-endian number.
  static constexpr uint64_t Load(const char* p, size_t bytes) {
    if (!std::is_constant_evaluated()) {
      if (bytes == 8) {
        uint64_t v;
        std::memcpy(&v, p, 8);
        return v;
      }
      uint32_t v;
      std::memcpy(&v, p, 4);
      return v;
    }
    uint64_t v = 0;
    for (size_t i = 0; i < bytes; ++i) v |= uint64_t{static_cast<uint8_t>(p[i])} << (8 * i);
    return v;
  }

  // The first and the last (up to) 8 bytes of a word (non-empty), never read past its end:
  // with the length they are the whole word when it has at most 16 bytes.
  struct Ends {
    uint64_t a = 0, b = 0;
  };
  static constexpr Ends EndsOf(absl::string_view w) {
    const char* p = w.data();
    const size_t n = w.size();
    if (n >= 8) return {Load(p, 8), Load(p + n - 8, 8)};
    if (n >= 4) return {Load(p, 4), Load(p + n - 4, 4)};
    return {static_cast<uint8_t>(p[0]),
            (uint64_t{static_cast<uint8_t>(p[n / 2])} << 8) | static_cast<uint8_t>(p[n - 1])};
  }

  static constexpr size_t Hash(const Ends& x, size_t n) {
    const uint64_t h = (x.a ^ (x.b * 0x9E3779B97F4A7C15ull) ^ n) * 0xC2B2AE3D27D4EB4Full;
    return static_cast<size_t>(h ^ (h >> 29));
  }

  struct Slot {
    const char* data = nullptr;  // nullptr: empty.
    size_t size = 0;
    Ends ends;
  };

  std::array<uint64_t, 64> filter_{};
  std::array<Slot, kSlots> slots_{};
};

}  // namespace claimdup

#endif  // CLAIMDUP_EXTRACT_WORD_SET_H_
