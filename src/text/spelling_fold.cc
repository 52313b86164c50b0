#include "text/spelling_fold.h"

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"

namespace claimdup {
namespace {

// Whole-word spellings that no suffix rule covers.
const absl::flat_hash_map<absl::string_view, absl::string_view>& WordMap() {
  static const auto* kMap = new absl::flat_hash_map<absl::string_view, absl::string_view>{
      {"defence", "defense"},
      {"defences", "defenses"},
      {"offence", "offense"},
      {"offences", "offenses"},
      {"licence", "license"},
      {"pretence", "pretense"},
      {"programme", "program"},
      {"programmes", "programs"},
      {"grey", "gray"},
      {"judgement", "judgment"},
      {"judgements", "judgments"},
      {"ageing", "aging"},
      {"sceptic", "skeptic"},
      {"sceptical", "skeptical"},
      {"scepticism", "skepticism"},
      {"manoeuvre", "maneuver"},
      {"manoeuvres", "maneuvers"},
      {"aluminium", "aluminum"},
      {"cheque", "check"},
      {"catalogue", "catalog"},
      {"analogue", "analog"},
      {"enrol", "enroll"},
      {"fulfil", "fulfill"},
      {"instalment", "installment"},
      {"whilst", "while"},
      {"amongst", "among"},
      {"paediatric", "pediatric"},
      {"foetus", "fetus"},
      {"oestrogen", "estrogen"},
      {"anaesthesia", "anesthesia"},
      {"encyclopaedia", "encyclopedia"},
      {"mould", "mold"},
      {"plough", "plow"},
      {"draught", "draft"},
      {"pyjamas", "pajamas"},
      {"tyre", "tire"},
      {"tyres", "tires"},
      {"kerb", "curb"},
      {"storey", "story"}};
  return *kMap;
}

// -ise words that are spelled -ise in American English too.
bool IsIseException(absl::string_view base) {
  static const auto* kKeep = new absl::flat_hash_set<absl::string_view>{
      "advise",      "advertise", "exercise",  "compromise",  "enterprise",    "franchise",
      "merchandise", "otherwise", "premise",   "promise",     "revise",        "supervise",
      "surprise",    "televise",  "treatise",  "wise",        "rise",          "arise",
      "raise",       "praise",    "noise",     "poise",       "cruise",        "expertise",
      "demise",      "despise",   "devise",    "disguise",    "excise",        "incise",
      "concise",     "precise",   "chastise",  "improvise",   "comprise",      "circumcise",
      "apprise",     "likewise",  "clockwise", "paradise",    "reprise",       "guise",
      "bruise",      "anise",     "valise",    "mortise",     "size",          "seize",
      "reise",       "turquoise", "tortoise",  "porpoise",    "premise",       "despise",
      "uprise",      "sunrise",   "moonrise",  "enfranchise", "disenfranchise"};
  return kKeep->contains(base);
}

bool IsOurException(absl::string_view base) {
  static const auto* kKeep = new absl::flat_hash_set<absl::string_view>{
      "devour",  "detour", "contour", "velour", "troubadour", "paramour",
      "glamour", "dour",   "scour",   "flour",  "tour",       "your",
      "four",    "pour",   "sour",    "hour",   "our",        "amour"};
  return kKeep->contains(base);
}

bool IsDoubleLStem(absl::string_view stem) {  // travel-led, cancel-led: one l in the US.
  static const auto* kStems = new absl::flat_hash_set<absl::string_view>{
      "travel",  "cancel", "model",   "label", "fuel",    "signal",  "total",  "channel", "counsel",
      "equal",   "level",  "marshal", "dial",  "duel",    "jewel",   "tunnel", "rival",   "quarrel",
      "marvel",  "shovel", "pedal",   "label", "libel",   "panel",   "parcel", "pencil",  "shrivel",
      "snorkel", "spiral", "tassel",  "towel", "unravel", "initial", "funnel", "grovel"};
  return kStems->contains(stem);
}

bool ReplaceSuffix(absl::string_view word, absl::string_view from, absl::string_view to,
                   std::string* out) {
  if (!absl::EndsWith(word, from)) return false;
  *out = absl::StrCat(word.substr(0, word.size() - from.size()), to);
  return true;
}

// A 256-bit filter over (length, first letter, last letter) of the whole-word map's keys:
// most words fail it without hashing.
struct WordFilter {
  uint64_t bits[4] = {};
  static size_t Slot(absl::string_view w) {
    return (w.size() * 7 + static_cast<unsigned char>(w.front()) * 31 +
            static_cast<unsigned char>(w.back()) * 131) &
           255;
  }
  bool MayContain(absl::string_view w) const {
    const size_t s = Slot(w);
    return (bits[s >> 6] >> (s & 63)) & 1;
  }
};

const WordFilter& MapFilter() {
  static const WordFilter kFilter = [] {
    WordFilter f;
    for (const auto& [key, value] : WordMap()) {
      const size_t s = WordFilter::Slot(key);
      f.bits[s >> 6] |= uint64_t{1} << (s & 63);
    }
    return f;
  }();
  return kFilter;
}

}  // namespace

bool FoldSpelling(absl::string_view word, std::string* out) {
  const size_t n = word.size();
  if (n < 4) return false;
  if (MapFilter().MayContain(word)) {
    if (auto it = WordMap().find(word); it != WordMap().end()) {
      *out = std::string(it->second);
      return true;
    }
  }
  // One pass finds what each suffix rule needs: "is"/"ys" among the last 8 letters, the
  // last "our", a doubled l. Most words have none and leave here.
  bool ise_candidate = false, has_ll = false;
  size_t our = absl::string_view::npos;
  for (size_t i = 1; i < n; ++i) {
    const char a = word[i - 1], b = word[i];
    if (b == 's' && (a == 'i' || a == 'y') && i + 8 >= n + 1) ise_candidate = true;
    if (a == 'l' && b == 'l') has_ll = true;
    if (b == 'r' && a == 'u' && i >= 2 && word[i - 2] == 'o') our = i - 2;
  }
  const char last = word[n - 1];
  const bool tre_candidate =
      (last == 'e' || last == 's') && word.find("re", n - 4) != absl::string_view::npos;
  if (!ise_candidate && !has_ll && our == absl::string_view::npos && !tre_candidate) {
    return false;
  }
  // -ise/-ised/-ises/-ising/-isation(s) -> -ize...
  static constexpr std::pair<absl::string_view, absl::string_view> kIse[] = {
      {"isations", "izations"}, {"isation", "ization"}, {"ising", "izing"}, {"ised", "ized"},
      {"ises", "izes"},         {"ise", "ize"},         {"ysing", "yzing"}, {"ysed", "yzed"},
      {"yses", "yzes"},         {"yse", "yze"}};
  for (const auto& [from, to] : kIse) {
    if (!ise_candidate) break;
    if (!absl::EndsWith(word, from)) continue;
    const absl::string_view stem = word.substr(0, word.size() - from.size());
    if (stem.size() < 3) break;
    const std::string base = absl::StrCat(stem, from[0] == 'y' ? "yse" : "ise");
    if (from[0] == 'i' && IsIseException(base)) break;
    if (from[0] == 'y' && base != "analyse" && base != "paralyse" && base != "catalyse") break;
    return ReplaceSuffix(word, from, to, out);
  }
  // -our(s|ed|ing|able|...) -> -or...: the "our" is found first, then its suffix checked.
  static constexpr absl::string_view kOurSuffix[] = {
      "",   "s",   "ed",  "ing",  "able", "ably",  "ite",  "ites",  "ful", "less",
      "er", "ers", "ist", "ists", "ism",  "fully", "hood", "hoods", "ly"};
  if (our != absl::string_view::npos && our >= 2) {
    const absl::string_view suffix = word.substr(our + 3);
    for (absl::string_view s : kOurSuffix) {
      if (s != suffix) continue;
      const absl::string_view stem = word.substr(0, our);
      if (IsOurException(word.substr(0, our + 3))) break;
      *out = absl::StrCat(stem, "or", suffix);
      return true;
    }
  }
  // -tre(s) -> -ter(s): centre, theatre, metre, litre, fibre, calibre, sombre, spectre.
  if (absl::EndsWith(word, "tre") || absl::EndsWith(word, "tres") || absl::EndsWith(word, "bre") ||
      absl::EndsWith(word, "bres")) {
    const bool plural = word.back() == 's';
    const absl::string_view stem = word.substr(0, word.size() - (plural ? 3 : 2));
    for (absl::string_view known :
         {"cent", "theat", "met", "lit", "fib", "calib", "somb", "spect", "lust", "sab"}) {
      if (stem == known) return (*out = absl::StrCat(stem, plural ? "ers" : "er"), true);
    }
  }
  // travelled/travelling/traveller -> one l: the stem is "travel" plus a doubled l.
  if (!has_ll) return false;
  for (absl::string_view tail : {"lled", "lling", "ller", "llers"}) {
    if (!absl::EndsWith(word, tail)) continue;
    const absl::string_view stem = word.substr(0, word.size() - tail.size() + 1);
    if (IsDoubleLStem(stem)) return (*out = absl::StrCat(stem, tail.substr(2)), true);
  }
  return false;
}

}  // namespace claimdup
