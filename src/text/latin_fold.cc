#include "text/latin_fold.h"

#include <cstring>

#include "absl/strings/ascii.h"
#include "text/utf8.h"

namespace claimdup {

const char* FoldLatin(char32_t c) {
  static const char* const kLatin1[64] = {
      "a", "a", "a", "a", "a", "a", "ae", "c",     "e", "e", "e", "e", "i", "i", "i",  "i",
      "d", "n", "o", "o", "o", "o", "o",  nullptr, "o", "u", "u", "u", "u", "y", "th", "ss",
      "a", "a", "a", "a", "a", "a", "ae", "c",     "e", "e", "e", "e", "i", "i", "i",  "i",
      "d", "n", "o", "o", "o", "o", "o",  nullptr, "o", "u", "u", "u", "u", "y", "th", "y"};
  if (c >= 0xC0 && c <= 0xFF) return kLatin1[c - 0xC0];
  if (c >= 0x100 && c <= 0x17F) {
    // Latin Extended-A comes in upper/lower pairs; each pair maps to its base letter.
    static constexpr char kBase[] =
        "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkklllllll"
        "lllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
    // One NUL-terminated string per ASCII letter, so the result needs no buffer.
    static constexpr char kLetters[] =
        "a\0b\0c\0d\0e\0f\0g\0h\0i\0j\0k\0l\0m\0n\0o\0p\0q\0r\0s\0t\0u\0v\0w\0x\0y\0z";
    const size_t i = c - 0x100;
    if (i < sizeof(kBase) - 1) return kLetters + 2 * (kBase[i] - 'a');
  }
  return nullptr;
}

absl::string_view FoldLatinWord(absl::string_view word, char* buf, size_t capacity) {
  size_t n = 0;
  for (size_t pos = 0; pos < word.size();) {
    const unsigned char b = static_cast<unsigned char>(word[pos]);
    if (b < 0x80) {
      if (n == capacity) return {};
      buf[n++] = absl::ascii_tolower(b);
      ++pos;
      continue;
    }
    int len = 0;
    const char* folded = FoldLatin(DecodeUtf8(word, pos, &len));
    if (folded == nullptr) return {};
    const size_t add = std::strlen(folded);
    if (n + add > capacity) return {};
    std::memcpy(buf + n, folded, add);
    n += add;
    pos += len;
  }
  return absl::string_view(buf, n);
}

}  // namespace claimdup
