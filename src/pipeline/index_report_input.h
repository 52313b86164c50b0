// The one-run report files (report/report_files.h: CSV tables, report.html, fact-check
// fields) for an indexed run: the clusters its new claims touched, as a RunResult the
// one-run writers take unchanged.
//
// The rows are the day's match table (pipeline/index_match.h: the earlier claims loaded,
// whole clusters, then the new ones); a row belongs to the cluster of its stable id when a
// new claim touched that cluster (earlier claims loaded but left untouched are alone, so
// no report lists them). Each cluster's ClusterInfo::id is its stable id, the one
// quotes.jsonl and clusters.jsonl of the index give; roots and relations are those the
// day's clustering found.
#ifndef CLAIMDUP_PIPELINE_INDEX_REPORT_INPUT_H_
#define CLAIMDUP_PIPELINE_INDEX_REPORT_INPUT_H_

#include <cstdint>
#include <vector>

#include "cluster/clusterer.h"
#include "core/claim_table.h"
#include "pipeline/index_match.h"
#include "pipeline/run_options.h"
#include "report/report_input.h"

namespace claimdup {

RunResult TouchedClustersResult(ClaimTable table, ClusterRelations relations, const OldClaims& old,
                                const StableIds& stable, const RunOptions& options, int threads);

// The same for any grouping: row r of `table` belongs to stable cluster stable_of[r] (-1:
// alone, listed by no report). `report --index` gives every row its stored cluster.
RunResult StableClustersResult(ClaimTable table, ClusterRelations relations,
                               const std::vector<int64_t>& stable_of, const RunOptions& options,
                               int threads);

}  // namespace claimdup

#endif  // CLAIMDUP_PIPELINE_INDEX_REPORT_INPUT_H_
