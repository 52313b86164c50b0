#include "extract/speaker_names.h"

#include <algorithm>
#include <map>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/string_view.h"
#include "core/given_name_forms.h"
#include "extract/given_names.h"
#include "text/edit_distance.h"
#include "util/union_find.h"

namespace claimdup {
namespace {

struct Parsed {
  std::string first;    // Lower-case first given name ("" for a bare surname).
  std::string middle;   // Lower-case words between them, dots and spaces dropped ("C.W.",
                        // "C W" -> "cw"; "" when none).
  std::string surname;  // Lower-case.
};

// `Beto O’Rourke` and `Beto O'Rourke`, `America’s Voice` and `America's Voice`: outlets write
// the apostrophe either way; the two spellings are one name.
std::string FoldApostrophes(const std::string& name) {
  return absl::StrReplaceAll(name, {{"\xE2\x80\x99", "'"}, {"\xE2\x80\x98", "'"}});
}

Parsed Parse(const std::string& written) {
  const std::string name = FoldApostrophes(written);
  Parsed p;
  size_t last = name.rfind(' ');
  if (last != std::string::npos && last > 0 &&
      // A generational suffix ends a surname: "Donald Trump Jr" is a Trump Jr, another
      // person than Donald Trump, and a bare "Trump Jr" is his.
      IsGenerationalSuffix(absl::string_view(name).substr(last + 1))) {
    last = name.rfind(' ', last - 1);  // The surname word and its suffix.
  }
  p.surname = absl::AsciiStrToLower(last == std::string::npos ? name : name.substr(last + 1));
  if (last != std::string::npos) {
    const size_t first_end = name.find(' ');
    p.first = absl::AsciiStrToLower(name.substr(0, first_end));
    if (!p.first.empty() && p.first.back() == '.') p.first.pop_back();
    if (first_end < last) {
      for (const char c : name.substr(first_end + 1, last - first_end - 1)) {
        if (c != '.' && c != ' ') {
          p.middle.push_back(absl::ascii_tolower(static_cast<unsigned char>(c)));
        }
      }
    }
  }
  return p;
}

// First (or middle) names `a` and `b` of two people with `surname`.
bool Compatible(const std::string& a, const std::string& b, const std::string& surname) {
  if (a == b) return true;
  if (AreGivenNameForms(a, b, surname)) return true;
  if (a.empty() || b.empty() || a[0] != b[0]) return false;
  if (a.size() == 1 || b.size() == 1) return true;  // An initial.
  return EditDistance(a, b) <= 2 && std::min(a.size(), b.size()) >= 4;
}

// Middle names agree when either is absent, or as first names do (equal, an initial, a
// close spelling: "Yulin" / "Yulín"): "George W. Bush" and "George H.W. Bush" are two
// people, and so are the "House Intelligence" and "House Judiciary" committees.
bool MiddlesCompatible(const std::string& a, const std::string& b, const std::string& surname) {
  return a.empty() || b.empty() || Compatible(a, b, surname);
}

// Share of a surname's full-name uses one person must hold for a bare surname to be theirs.
constexpr double kDominantShare = 0.9;

}  // namespace

std::vector<uint32_t> CanonicalSpeakers(const std::vector<std::string>& speakers,
                                        const std::vector<int64_t>& counts,
                                        const std::vector<int64_t>& articles) {
  const size_t n = speakers.size();
  std::vector<Parsed> parsed(n);
  std::map<std::string, std::vector<uint32_t>> by_surname;  // Ordered: deterministic.
  for (uint32_t i = 1; i < n; ++i) {
    parsed[i] = Parse(speakers[i]);
    by_surname[parsed[i].surname].push_back(i);
  }
  UnionFind uf(n);
  for (const auto& [surname, ids] : by_surname) {
    std::vector<uint32_t> full, bare;
    for (uint32_t id : ids) (parsed[id].first.empty() ? bare : full).push_back(id);
    for (size_t x = 0; x < full.size(); ++x) {
      for (size_t y = x + 1; y < full.size(); ++y) {
        const Parsed &a = parsed[full[x]], &b = parsed[full[y]];
        if (Compatible(a.first, b.first, surname) &&
            MiddlesCompatible(a.middle, b.middle, surname)) {
          uf.Union(full[x], full[y]);
        }
      }
    }
    // A bare surname joins the person who holds nearly all uses of the full names with that
    // surname ("Trump" -> Donald Trump beside a few Melania Trump); with two people in real
    // use ("Clinton": Hillary and Bill) it stays as written.
    std::map<uint32_t, int64_t> uses;  // Group root -> claims under its full names.
    int64_t total = 0;
    for (uint32_t id : full) {
      uses[uf.Find(id)] += counts[id];
      total += counts[id];
    }
    uint32_t top = 0;
    int64_t top_uses = -1;
    for (const auto& [root, u] : uses) {
      if (u > top_uses) {
        top = root;
        top_uses = u;
      }
    }
    bool dominant = !full.empty() && top_uses >= kDominantShare * static_cast<double>(total);
    if (dominant && !articles.empty()) {
      // A bare surname across the run is the full name's only if that name is common enough
      // here to be who the other articles mean.
      int64_t top_articles = 0, bare_articles = 0;
      for (uint32_t id : full) {
        if (uf.Find(id) == top) top_articles += articles[id];
      }
      for (uint32_t id : bare) bare_articles += articles[id];
      dominant = 2 * top_articles >= bare_articles;
    }
    for (uint32_t id : bare) {
      if (dominant) uf.Union(id, top);
      uf.Union(id, bare[0]);
    }
  }
  // Canonical spelling per group: most used full name, then the alphabetically first.
  std::vector<uint32_t> best(n, UINT32_MAX);
  auto better = [&](uint32_t a, uint32_t b) {
    const bool fa = !parsed[a].first.empty(), fb = !parsed[b].first.empty();
    if (fa != fb) return fa;
    if (counts[a] != counts[b]) return counts[a] > counts[b];
    return speakers[a] < speakers[b];
  };
  for (uint32_t i = 1; i < n; ++i) {
    const uint32_t root = uf.Find(i);
    if (best[root] == UINT32_MAX || better(i, best[root])) best[root] = i;
  }
  std::vector<uint32_t> out(n, 0);
  for (uint32_t i = 1; i < n; ++i) out[i] = best[uf.Find(i)];
  return out;
}

}  // namespace claimdup
