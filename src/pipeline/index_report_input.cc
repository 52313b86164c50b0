#include "pipeline/index_report_input.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "cluster/article_reuse.h"
#include "cluster/cluster_summary.h"
#include "cluster/misattribution.h"
#include "cluster/quote_edits.h"
#include "pipeline/run_job.h"

namespace claimdup {

RunResult TouchedClustersResult(ClaimTable table, ClusterRelations relations, const OldClaims& old,
                                const StableIds& stable, const RunOptions& options, int threads) {
  const uint32_t n = static_cast<uint32_t>(table.size());
  const uint32_t n_old = static_cast<uint32_t>(old.claims.size());
  absl::flat_hash_map<int64_t, int64_t> merged_into(stable.merges.begin(), stable.merges.end());
  const absl::flat_hash_set<int64_t> touched(stable.cluster.begin(), stable.cluster.end());
  // Per row: its stable cluster when touched, else -1.
  std::vector<int64_t> stable_of(n, -1);
  for (uint32_t r = 0; r < n_old; ++r) {
    int64_t id = old.claims[r].cluster;
    if (auto it = merged_into.find(id); it != merged_into.end()) id = it->second;
    if (touched.contains(id)) stable_of[r] = id;
  }
  for (uint32_t r = n_old; r < n; ++r) stable_of[r] = stable.cluster[r - n_old];
  return StableClustersResult(std::move(table), std::move(relations), stable_of, options, threads);
}

RunResult StableClustersResult(ClaimTable table, ClusterRelations relations,
                               const std::vector<int64_t>& stable_of, const RunOptions& options,
                               int threads) {
  const uint32_t n = static_cast<uint32_t>(table.size());
  RunResult result;
  result.cluster_of.resize(n);
  absl::flat_hash_map<int64_t, uint32_t> first_row;  // Rows are in id order.
  for (uint32_t r = 0; r < n; ++r) {
    result.cluster_of[r] =
        stable_of[r] < 0 ? r : first_row.try_emplace(stable_of[r], r).first->second;
  }
  table.DropMatchingColumns();  // Reports read text, not fingerprints.
  result.claims = std::move(table);
  result.relations = std::move(relations);
  result.threads = threads;
  const ClusterOptions cluster_options = MakeClusterOptions(options.match);
  result.lsh = cluster_options.lsh;
  result.lsh_threshold = cluster_options.candidate_threshold;
  result.clusters =
      SummarizeClusters(result.claims, result.cluster_of, result.relations.relation,
                        /*min_size=*/2, static_cast<uint32_t>(options.match.short_excerpt_words));
  if (options.extract.unit == ClaimUnit::kSentences) {
    result.reuse = FindArticleReuse(result.claims, result.clusters);
    for (size_t k = 0; k < result.clusters.size(); ++k) {
      result.clusters[k].stock = result.reuse.stock[k] && !options.show_stock;
    }
  }
  result.quote_edits = ComputeQuoteEdits(result.claims, result.clusters, result.relations, threads);
  if (options.extract.unit == ClaimUnit::kQuotes) {
    result.misattribution = FindMisattributions(result.claims, result.clusters, result.relations);
  }
  // The stable ids name the clusters from here on (root texts follow them).
  absl::flat_hash_map<uint32_t, std::string> root_text;
  for (ClusterInfo& c : result.clusters) {
    const uint32_t id = static_cast<uint32_t>(stable_of[c.id]);
    if (auto it = result.relations.root_text.find(c.id); it != result.relations.root_text.end()) {
      root_text.emplace(id, std::move(it->second));
    }
    c.id = id;
  }
  result.relations.root_text = std::move(root_text);
  return result;
}

}  // namespace claimdup
