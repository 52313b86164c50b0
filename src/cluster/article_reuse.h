// Sentence mode at the article level: which clusters are stock phrases, and which articles
// reprint which.
//
// Learned from the dump, not from a word list. Two articles are one "story" (a reprint
// family) when they share at least `family_min_shared` sentence clusters that make up at
// least `family_min_share` of the shorter one. A cluster carried by `min_stock_docs`
// articles or more is a stock phrase when most of its articles are different stories
// (stories / articles >= `stock_story_share`) and they were not published in one burst (a
// claim that travels between outlets is reported within days, with the same names; "X did
// not respond to a request for comment.", columnists' bios and copyright footers recur for
// years, a template's names change: "The Cruz campaign…", "The Clinton campaign…"). This is
// decided twice: the second time, pairs sharing only first-round stock phrases no longer
// make one story.
//
// Linear in the dump: article pairs are counted from clusters of at most `max_pair_docs`
// articles; a wider cluster pairs each article only with its `neighbours` next articles in
// one global order (by a min-hash of each article's cluster set, so reprints of one story
// sit together), so no cluster adds more than `neighbours` pairs per article.
#ifndef CLAIMDUP_CLUSTER_ARTICLE_REUSE_H_
#define CLAIMDUP_CLUSTER_ARTICLE_REUSE_H_

#include <cstdint>
#include <vector>

#include "cluster/cluster_summary.h"
#include "core/claim_table.h"

namespace claimdup {

struct ArticleReuseOptions {
  int min_stock_docs = 5;
  double stock_story_share = 0.7;
  int family_min_shared = 3;
  double family_min_share = 0.2;
  // A burst: at least `burst_share` of the dated articles lie within `burst_days` of each
  // other (with 3 dated articles or more) and share a name: a capitalized word of their
  // wording past its first (a wording that names nobody goes with any).
  int burst_days = 30;
  double burst_share = 0.5;
  size_t max_pair_docs = 64;
  size_t neighbours = 8;
  // An article pair is listed when it shares `pair_min_shared` sentences, or fewer that
  // make up `pair_min_later_share` of the later article.
  int pair_min_shared = 2;
  double pair_min_later_share = 0.5;
};

// Two articles sharing sentences: `earlier` published first (by date; undated or same
// date: input order), `later` the one that reprinted.
struct ArticlePair {
  uint32_t earlier = 0, later = 0;  // Document indices.
  uint32_t shared = 0;              // Sentence clusters (not stock) both carry.
  uint32_t later_sentences = 0;     // Sentences of the later article.
  double later_share = 0;           // shared / later_sentences.
};

struct ArticleReuse {
  std::vector<bool> stock;         // Per cluster (index into the clusters given).
  std::vector<ArticlePair> pairs;  // Most shared first, then document indices.
  int64_t stock_clusters = 0;
  int64_t stock_cross_outlet = 0;  // Of those, carried by 2+ outlets.
  int64_t wide_clusters = 0;       // Over max_pair_docs articles: neighbour pairs only.
  // Article pairs counted (sharing at least one cluster within the caps above): at most
  // max_pair_docs - 1 per article and narrow cluster, `neighbours` per article and wide one.
  int64_t counted_pairs = 0;
};

ArticleReuse FindArticleReuse(const ClaimTable& claims, const std::vector<ClusterInfo>& clusters,
                              const ArticleReuseOptions& options = {});

}  // namespace claimdup

#endif  // CLAIMDUP_CLUSTER_ARTICLE_REUSE_H_
