#include "cluster/article_reuse.h"

#include <algorithm>
#include <tuple>

#include "absl/container/flat_hash_map.h"
#include "absl/hash/hash.h"
#include "absl/strings/ascii.h"
#include "absl/strings/string_view.h"
#include "core/day_number.h"
#include "util/union_find.h"

namespace claimdup {
namespace {

using PairCounts = absl::flat_hash_map<uint64_t, int32_t>;  // (doc a << 32 | doc b), a < b.

uint64_t PairKey(uint32_t a, uint32_t b) {
  return a < b ? (uint64_t{a} << 32) | b : (uint64_t{b} << 32) | a;
}

uint64_t Mix(uint64_t x) {  // splitmix64's finalizer.
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

struct Facts {
  std::vector<uint32_t> sentences;  // Per document: its claims.
  std::vector<uint64_t> order;      // Per document: min-hash of its multi-article clusters.
  std::vector<int32_t> day;         // Per document: DayNumber of its date.
};

Facts GatherFacts(const ClaimTable& claims, const std::vector<ClusterInfo>& clusters) {
  Facts f;
  f.sentences.assign(claims.docs.size(), 0);
  for (size_t i = 0; i < claims.size(); ++i) ++f.sentences[claims.doc(i)];
  f.order.assign(claims.docs.size(), UINT64_MAX);
  for (const ClusterInfo& c : clusters) {
    const uint64_t h = Mix(c.id);
    for (uint32_t d : c.docs) f.order[d] = std::min(f.order[d], h);
  }
  f.day = DocumentDays(claims);
  return f;
}

// Adds `delta` to the shared count of each article pair cluster `c` adds (all pairs up to
// max_pair_docs articles, else each article with its `neighbours` next in `f.order`).
void AddPairs(const ClusterInfo& c, int delta, const Facts& f, const ArticleReuseOptions& options,
              std::vector<uint32_t>* docs, PairCounts* pairs) {
  const std::vector<uint32_t>& all = c.docs;
  if (all.size() < 2) return;
  if (all.size() <= options.max_pair_docs) {
    for (size_t i = 0; i < all.size(); ++i) {
      for (size_t j = i + 1; j < all.size(); ++j) (*pairs)[PairKey(all[i], all[j])] += delta;
    }
    return;
  }
  *docs = all;
  std::sort(docs->begin(), docs->end(), [&](uint32_t a, uint32_t b) {
    return f.order[a] != f.order[b] ? f.order[a] < f.order[b] : a < b;
  });
  for (size_t i = 0; i < docs->size(); ++i) {
    for (size_t j = i + 1; j < docs->size() && j <= i + options.neighbours; ++j) {
      (*pairs)[PairKey((*docs)[i], (*docs)[j])] += delta;
    }
  }
}

// Moves `pairs` from counting the clusters not in `was` to those not in `now`: only the
// clusters whose stock flag changed are visited (stock phrases are few).
void Recount(const std::vector<ClusterInfo>& clusters, const std::vector<bool>& was,
             const std::vector<bool>& now, const Facts& f, const ArticleReuseOptions& options,
             PairCounts* pairs) {
  std::vector<uint32_t> docs;
  for (size_t k = 0; k < clusters.size(); ++k) {
    if (was[k] != now[k]) AddPairs(clusters[k], was[k] ? 1 : -1, f, options, &docs, pairs);
  }
}

// Reprint families: articles joined by pairs sharing enough of the shorter one.
UnionFind Families(const PairCounts& pairs, const Facts& f, const ArticleReuseOptions& options) {
  UnionFind families(f.sentences.size());
  for (const auto& [key, n] : pairs) {
    const uint32_t a = static_cast<uint32_t>(key >> 32), b = static_cast<uint32_t>(key);
    const double shorter = std::min(f.sentences[a], f.sentences[b]);
    if (n >= options.family_min_shared &&
        n >= options.family_min_share * shorter) {
      families.Union(a, b);
    }
  }
  return families;
}

// The names a sentence carries: its capitalized words (not its first word, not the first
// word after a quote mark or colon, not "I"), hashed (never 0), into *names (unsorted).
// A claim that travels keeps its names ("…in Trump Tower"); a template that recurs for
// years changes them ("The Cruz campaign did not respond…", "The Clinton campaign…").
void NamesOf(absl::string_view text, std::vector<uint64_t>* names) {
  names->clear();
  bool opening = true;  // The next word opens the sentence or a quotation.
  for (size_t i = 0; i < text.size();) {
    const unsigned char ch = static_cast<unsigned char>(text[i]);
    if (!absl::ascii_isalnum(ch)) {
      // ASCII and curly quote marks (UTF-8 E2 80 98/99/9C/9D) and colons.
      if (ch == '"' || ch == ':' ||
          (ch >= 0x98 && ch <= 0x9D && i >= 2 && static_cast<unsigned char>(text[i - 2]) == 0xE2)) {
        opening = true;
      }
      ++i;
      continue;
    }
    size_t j = i;
    while (j < text.size() && absl::ascii_isalnum(static_cast<unsigned char>(text[j]))) ++j;
    const absl::string_view word = text.substr(i, j - i);
    if (!opening && absl::ascii_isupper(ch) && word != "I") {
      names->push_back(absl::HashOf(absl::AsciiStrToLower(word)) | 1);
    }
    opening = false;
    i = j;
  }
}

// The most of `days` (sorted) within burst_days of each other.
size_t BestWindow(const std::vector<int32_t>& days, int burst_days) {
  size_t best = 0;
  for (size_t i = 0, j = 0; i < days.size(); ++i) {
    while (days[i] - days[j] > burst_days) ++j;
    best = std::max(best, i - j + 1);
  }
  return best;
}

// Whether the cluster was published in one burst: at least burst_share of its dated articles
// lie within burst_days of each other and carry one name in common (an article whose
// wording names nobody goes with any).
bool IsBurst(const ClusterInfo& c, const ClaimTable& claims, const Facts& f,
             const ArticleReuseOptions& options) {
  size_t articles = 0;
  for (uint32_t d : c.docs) articles += f.day[d] != kUndated;
  if (articles < 3) return false;
  std::vector<std::tuple<uint64_t, int32_t, uint32_t>> named;  // (name, day, article).
  std::vector<uint32_t> named_docs;
  std::vector<uint64_t> names;
  for (uint32_t m : c.members) {
    const uint32_t d = claims.doc(m);
    if (f.day[d] == kUndated) continue;
    NamesOf(claims.text(m), &names);
    for (uint64_t n : names) named.emplace_back(n, f.day[d], d);
    if (!names.empty()) named_docs.push_back(d);
  }
  std::sort(named.begin(), named.end());
  named.erase(std::unique(named.begin(), named.end()), named.end());
  std::sort(named_docs.begin(), named_docs.end());
  // The dated articles whose wording names nobody (c.docs is ascending).
  std::vector<int32_t> unnamed_days;
  for (uint32_t d : c.docs) {
    if (f.day[d] != kUndated && !std::binary_search(named_docs.begin(), named_docs.end(), d)) {
      unnamed_days.push_back(f.day[d]);
    }
  }
  std::sort(unnamed_days.begin(), unnamed_days.end());
  size_t best = BestWindow(unnamed_days, options.burst_days);
  for (size_t i = 0, j = 0; i < named.size(); ++i) {
    if (std::get<0>(named[j]) != std::get<0>(named[i])) j = i;  // Another name.
    while (std::get<1>(named[i]) - std::get<1>(named[j]) > options.burst_days) ++j;
    // With the unnamed articles of the window that ends here.
    const int32_t from = std::get<1>(named[i]) - options.burst_days;
    const auto lo = std::lower_bound(unnamed_days.begin(), unnamed_days.end(), from);
    const auto hi = std::upper_bound(unnamed_days.begin(), unnamed_days.end(), std::get<1>(named[i]));
    best = std::max(best, i - j + 1 + static_cast<size_t>(hi - lo));
  }
  return best >= options.burst_share * articles;
}

std::vector<bool> StockClusters(const std::vector<ClusterInfo>& clusters,
                                const std::vector<bool>& burst, UnionFind& families,
                                const ArticleReuseOptions& options) {
  std::vector<bool> stock(clusters.size(), false);
  std::vector<uint32_t> roots;
  for (size_t k = 0; k < clusters.size(); ++k) {
    const ClusterInfo& c = clusters[k];
    if (c.docs.size() < static_cast<size_t>(options.min_stock_docs)) continue;
    roots.clear();
    for (uint32_t d : c.docs) roots.push_back(families.Find(d));
    std::sort(roots.begin(), roots.end());
    const size_t stories = std::unique(roots.begin(), roots.end()) - roots.begin();
    stock[k] = stories >= options.stock_story_share * c.docs.size() && !burst[k];
  }
  return stock;
}

std::vector<ArticlePair> ListPairs(const PairCounts& pairs, const ClaimTable& claims,
                                   const Facts& f, const ArticleReuseOptions& options) {
  std::vector<ArticlePair> out;
  for (const auto& [key, n] : pairs) {
    uint32_t a = static_cast<uint32_t>(key >> 32), b = static_cast<uint32_t>(key);
    const std::string &da = claims.docs[a].date, &db = claims.docs[b].date;
    // a < b: the later is b unless b is dated strictly earlier.
    if (!da.empty() && !db.empty() &&
        absl::string_view(db).substr(0, 10) < absl::string_view(da).substr(0, 10)) {
      std::swap(a, b);
    }
    if (n == 0) continue;  // Every cluster it shared is a stock phrase.
    const uint32_t later = f.sentences[b];
    const double share = later > 0 ? static_cast<double>(n) / later : 0.0;
    if (n < options.pair_min_shared && share < options.pair_min_later_share) {
      continue;
    }
    out.push_back({a, b, static_cast<uint32_t>(n), later, share});
  }
  std::sort(out.begin(), out.end(), [](const ArticlePair& x, const ArticlePair& y) {
    if (x.shared != y.shared) return x.shared > y.shared;
    if (x.earlier != y.earlier) return x.earlier < y.earlier;
    return x.later < y.later;
  });
  return out;
}

}  // namespace

ArticleReuse FindArticleReuse(const ClaimTable& claims, const std::vector<ClusterInfo>& clusters,
                              const ArticleReuseOptions& options) {
  ArticleReuse r;
  const Facts f = GatherFacts(claims, clusters);
  r.stock.assign(clusters.size(), false);
  PairCounts pairs;  // Shared clusters per article pair, stock phrases (r.stock) left out.
  {
    std::vector<uint32_t> docs;
    for (const ClusterInfo& c : clusters) AddPairs(c, 1, f, options, &docs, &pairs);
  }
  std::vector<bool> burst(clusters.size(), false);
  for (size_t k = 0; k < clusters.size(); ++k) {
    if (clusters[k].docs.size() >= static_cast<size_t>(options.min_stock_docs)) {
      burst[k] = IsBurst(clusters[k], claims, f, options);
    }
  }
  for (int round = 0; round < 2; ++round) {
    UnionFind families = Families(pairs, f, options);
    std::vector<bool> stock = StockClusters(clusters, burst, families, options);
    Recount(clusters, r.stock, stock, f, options, &pairs);
    r.stock = std::move(stock);
  }
  r.pairs = ListPairs(pairs, claims, f, options);
  r.counted_pairs = static_cast<int64_t>(pairs.size());
  for (size_t k = 0; k < clusters.size(); ++k) {
    r.stock_clusters += r.stock[k];
    r.stock_cross_outlet += r.stock[k] && clusters[k].outlets.size() > 1;
    r.wide_clusters += clusters[k].docs.size() > options.max_pair_docs;
  }
  return r;
}

}  // namespace claimdup
