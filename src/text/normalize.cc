#include "text/normalize.h"

#include "absl/strings/str_cat.h"
#include "text/latin_fold.h"
#include "text/spelling_fold.h"
#include "text/utf8.h"

namespace claimdup {
namespace {

// What a code point becomes: a letter/digit to keep (lower-cased, accents folded), a
// character dropped inside a word (apostrophes), or a word separator (everything else).
enum class Role { kKeep, kDrop, kSeparator };

char32_t LowerNonLatin(char32_t c) {
  if (c >= 0x391 && c <= 0x3A9 && c != 0x3A2) return c + 0x20;  // Greek capitals.
  if (c >= 0x410 && c <= 0x42F) return c + 0x20;                // Cyrillic А-Я.
  if (c >= 0x400 && c <= 0x40F) return c + 0x50;                // Cyrillic Ѐ-Џ.
  if (c == 0x3C2) return 0x3C3;                                 // Final sigma.
  return c;
}

Role RoleOf(char32_t c) {
  if (c == '\'' || c == 0x2019 || c == 0x2018 || c == 0x02BC || c == 0x2032 || c == '`') {
    return Role::kDrop;
  }
  if (c < 0x80) {
    return ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
               ? Role::kKeep
               : Role::kSeparator;
  }
  if (c >= 0x2000 && c <= 0x2BFF) return Role::kSeparator;  // Punctuation, dashes, symbols.
  if (c == 0xA0 || c == 0xAB || c == 0xBB || c == 0xB7 || c == 0xBF || c == 0xA1 || c == 0xD7 ||
      c == 0xF7 || c == 0xFFFD || (c >= 0xA2 && c <= 0xBF) || c == 0x3000 ||
      (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0x3000 && c <= 0x303F)) {
    return Role::kSeparator;
  }
  return Role::kKeep;
}

void AppendWord(absl::string_view word, const NormalizeOptions& options, std::string* out,
                std::string* scratch) {
  if (word.empty()) return;
  if (!out->empty()) out->push_back(' ');
  if (options.spelling_fold && FoldSpelling(word, scratch)) {
    out->append(*scratch);
  } else {
    out->append(word.data(), word.size());
  }
}

// Expands an English contraction (`word` holds '\'' where an apostrophe was) into *first and
// *second ("don't" -> "do" "not", "it's" -> "it" "is"); false when it is none. Possessives
// ("russia's") are not contractions.
bool ExpandContraction(absl::string_view word, std::string* first, std::string* second) {
  const size_t apos = word.rfind('\'');
  if (apos == absl::string_view::npos || apos == 0) return false;
  const absl::string_view stem = word.substr(0, apos), tail = word.substr(apos + 1);
  if (tail == "t" && stem.size() >= 2 && stem.back() == 'n') {
    const absl::string_view base = stem.substr(0, stem.size() - 1);
    *first = base == "wo"    ? "will"
             : base == "ca"  ? "can"
             : base == "sha" ? "shall"
                             : std::string(base);
    *second = "not";
    return true;
  }
  static constexpr std::pair<absl::string_view, absl::string_view> kTails[] = {
      {"re", "are"}, {"ve", "have"}, {"ll", "will"}, {"m", "am"}};
  for (const auto& [t, full] : kTails) {
    if (tail == t) {
      *first = std::string(stem);
      *second = std::string(full);
      return true;
    }
  }
  if (tail == "s") {
    static constexpr absl::string_view kIs[] = {"it",   "he",  "she",  "that",  "there",
                                                "what", "who", "here", "where", "let"};
    for (absl::string_view w : kIs) {
      if (stem == w) {
        *first = std::string(stem);
        *second = stem == "let" ? "us" : "is";
        return true;
      }
    }
  }
  return false;
}

// `apostrophe`: whether the word holds one (the caller tracks it; most words do not).
void FlushWord(std::string* word, bool* apostrophe, const NormalizeOptions& options,
               std::string* out, std::string* scratch) {
  absl::string_view w = *word;
  if (*apostrophe) {
    *apostrophe = false;
    // Trim apostrophes at the edges (quote marks, "ministers'"), then expand contractions.
    size_t b = 0, e = w.size();
    while (b < e && w[b] == '\'') ++b;
    while (e > b && w[e - 1] == '\'') --e;
    w = w.substr(b, e - b);
    if (w.find('\'') != absl::string_view::npos) {
      std::string first, second;
      if (ExpandContraction(w, &first, &second)) {
        AppendWord(first, options, out, scratch);
        AppendWord(second, options, out, scratch);
      } else {
        std::string joined;
        for (char c : w) {
          if (c != '\'') joined.push_back(c);
        }
        AppendWord(joined, options, out, scratch);
      }
      word->clear();
      return;
    }
  }
  if (w.size() == 6 && w == "cannot") {  // The same as "can't" and "can not".
    AppendWord("can", options, out, scratch);
    AppendWord("not", options, out, scratch);
  } else {
    AppendWord(w, options, out, scratch);
  }
  word->clear();
}

}  // namespace

void NormalizeForMatching(absl::string_view text, const NormalizeOptions& options,
                          std::string* out) {
  out->clear();
  std::string word, scratch;
  bool apostrophe = false;
  size_t pos = 0;
  while (pos < text.size()) {
    const unsigned char b = static_cast<unsigned char>(text[pos]);
    if (b < 0x80) {  // ASCII fast path.
      ++pos;
      if ((b >= 'a' && b <= 'z') || (b >= '0' && b <= '9')) {
        word.push_back(static_cast<char>(b));
      } else if (b >= 'A' && b <= 'Z') {
        word.push_back(static_cast<char>(b + 32));
      } else if (b == '\'' || b == '`') {
        word.push_back('\'');
        apostrophe = true;
      } else if (!word.empty()) {
        FlushWord(&word, &apostrophe, options, out, &scratch);
      }
      continue;
    }
    int len = 0;
    const char32_t c = DecodeUtf8(text, pos, &len);
    pos += len;
    switch (RoleOf(c)) {
      case Role::kDrop:
        word.push_back('\'');  // Apostrophe: contractions are expanded when the word ends.
        apostrophe = true;
        break;
      case Role::kSeparator:
        FlushWord(&word, &apostrophe, options, out, &scratch);
        break;
      case Role::kKeep:
        if (const char* folded = FoldLatin(c)) {
          word.append(folded);
        } else {
          AppendUtf8(LowerNonLatin(c), &word);
        }
        break;
    }
  }
  FlushWord(&word, &apostrophe, options, out, &scratch);
}

}  // namespace claimdup
