#include "extract/given_names.h"

#include <bitset>
#include <string>
#include <vector>

#include "absl/algorithm/container.h"
#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "extract/person_names.h"
#include "extract/word_set.h"
#include "text/latin_fold.h"

namespace claimdup {
namespace {

constexpr absl::string_view kGivenNames =
#include "extract/given_names_data.inc"
    ;

// A 64 Kibit filter on (length, first, second, last letter, any case) of the listed names:
// most capitalized words of an article are no given name and skip the hash lookup.
constexpr size_t kFilterBits = 1 << 16;

size_t FilterKey(absl::string_view w) {
  const auto low = [](char c) { return static_cast<size_t>(absl::ascii_tolower(c)); };
  return (w.size() * 977u + low(w[0]) * 31u + low(w[w.size() > 1 ? 1 : 0]) * 131u +
          low(w.back()) * 7919u) &
         (kFilterBits - 1);
}

// The listed names; kUnknown marks a name used for both.
const absl::flat_hash_map<std::string, Gender>& GivenNames();

const std::bitset<kFilterBits>& GivenNameFilter() {
  static const auto* kFilter = [] {
    auto* filter = new std::bitset<kFilterBits>();
    for (const auto& [name, gender] : GivenNames()) filter->set(FilterKey(name));
    return filter;
  }();
  return *kFilter;
}

const absl::flat_hash_map<std::string, Gender>& GivenNames() {
  static const auto* kTable = [] {
    auto* table = new absl::flat_hash_map<std::string, Gender>();
    for (absl::string_view line : absl::StrSplit(kGivenNames, '\n', absl::SkipEmpty())) {
      const size_t sp = line.rfind(' ');
      if (sp == absl::string_view::npos || sp + 1 >= line.size()) continue;
      const char g = line[sp + 1];
      (*table)[std::string(line.substr(0, sp))] = g == 'F'   ? Gender::kFemale
                                                  : g == 'M' ? Gender::kMale
                                                             : Gender::kUnknown;
    }
    return table;
  }();
  return *kTable;
}

// Longer strings are no given name of the list.
constexpr size_t kMaxGivenNameBytes = 24;

// `name` lower-cased into `buf` (no allocation: this runs for many capitalized words).
absl::string_view LowerInto(absl::string_view name, char (&buf)[kMaxGivenNameBytes]) {
  for (size_t i = 0; i < name.size(); ++i) buf[i] = absl::ascii_tolower(name[i]);
  return absl::string_view(buf, name.size());
}

// The listed entry for `name` (any case), or nullptr. A name written with diacritics is looked
// up without them (José as jose, Zoë as zoe, Łukasz as lukasz): the list is ASCII.
const Gender* FindGivenName(absl::string_view name) {
  if (name.empty() || name.size() > kMaxGivenNameBytes) return nullptr;
  char buf[kMaxGivenNameBytes];
  absl::string_view key = name;
  if (!absl::c_all_of(name, [](char c) { return absl::ascii_isascii(c); })) {
    key = FoldLatinWord(name, buf, sizeof(buf));
    if (key.empty()) return nullptr;
  }
  if (!GivenNameFilter().test(FilterKey(key))) return nullptr;
  const auto& table = GivenNames();
  const auto it = table.find(key.data() == buf ? key : LowerInto(key, buf));
  return it == table.end() ? nullptr : &it->second;
}

}  // namespace

Gender GivenNameGender(absl::string_view name) {
  const Gender* gender = FindGivenName(name);
  return gender == nullptr ? Gender::kUnknown : *gender;
}

bool GivenNameMayBe(absl::string_view name, Gender g) {
  const Gender listed = GivenNameGender(name);
  return listed == Gender::kUnknown || listed == g;
}

Gender PronounGender(absl::string_view lower_word) {
  static constexpr WordSet kMale{{"he", "him", "his", "himself"}};
  static constexpr WordSet kFemale{{"she", "her", "hers", "herself"}};
  if (kMale.contains(lower_word)) return Gender::kMale;
  if (kFemale.contains(lower_word)) return Gender::kFemale;
  return Gender::kUnknown;
}

bool IsGivenName(absl::string_view name) { return FindGivenName(name) != nullptr; }

bool IsGenerationalSuffix(absl::string_view word) {
  word = absl::StripSuffix(word, ".");
  if (word.size() < 2 || word.size() > 3) return false;
  char lower[3];
  for (size_t i = 0; i < word.size(); ++i) {
    lower[i] = absl::ascii_tolower(static_cast<unsigned char>(word[i]));
  }
  const absl::string_view w(lower, word.size());
  return w == "jr" || w == "sr" || w == "ii" || w == "iii" || w == "iv";
}

std::string PersonSurname(absl::string_view speaker) {
  std::vector<absl::string_view> words = absl::StrSplit(speaker, ' ', absl::SkipEmpty());
  while (words.size() > 2) {  // Generational suffixes are not the surname.
    if (!IsGenerationalSuffix(words.back())) break;
    words.pop_back();
  }
  if (words.size() < 2 || !IsGivenName(words.front())) return "";
  std::string surname = absl::AsciiStrToLower(words.back());
  // "Washington Post", "Jackson Sun": a publication whose name opens with a given name.
  if (IsPublicationWord(surname)) return "";
  return surname;
}

}  // namespace claimdup
