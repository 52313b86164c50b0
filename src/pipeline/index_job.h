// Daily runs against an index (store/claim_index.h): `run --index` and `report --index`.
//
// A run reads its dumps as `run` does (ReadClaims), then finds the earlier claims its new
// claims may match: every 4-word run of a new claim is looked up among the winnowed runs
// the index keeps of each old claim (a run held by more than the anchors' max_df claims is
// a stock phrase and finds nothing, as in one run). Those claims, every member of their
// clusters and whole quote groups are loaded beside the new claims into one ClaimTable,
// and the clustering of one run (ClusterClaims) runs on it unchanged. Its groups are then
// mapped onto stable ids: a new claim joins the cluster of the earlier claims it matched;
// earlier clusters one new claim links become one, keeping the oldest (smallest) id, the
// others becoming its aliases; a cluster of new claims only takes the id of its first
// claim. Earlier decisions are never undone: a cluster never splits, no claim leaves its
// cluster except by a merge. Cost follows the new claims and what they match, not the index.
#ifndef CLAIMDUP_PIPELINE_INDEX_JOB_H_
#define CLAIMDUP_PIPELINE_INDEX_JOB_H_

#include <functional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "pipeline/index_params.h"
#include "pipeline/run_options.h"
#include "report/index_reports.h"
#include "store/claim_index.h"

namespace claimdup {

// Test seams: callbacks a test linking the library gives RunIndexJob to act at a known
// moment of a run (the CLI passes none, so no user can reach them). mid_update runs once,
// inside the run's transaction, when half of the new claims are written to the index: a
// test stops or kills the process there to check that a killed run leaves the index as it
// was.
struct IndexJobHooks {
  std::function<void()> mid_update;
};

// Adds `inputs` to the index at `index_path` (created when missing) and writes this run's
// reports into options.out_dir: quotes.jsonl (the new claims), clusters.jsonl (every
// cluster they touched, with all its members), summary.json. `log` gets --verbose lines.
absl::StatusOr<IndexRunCounts> RunIndexJob(const std::vector<std::string>& inputs,
                                           const RunOptions& options, const std::string& index_path,
                                           std::string* log, const IndexJobHooks& hooks = {});

// The same files as a plain `run` over everything in the index (read-only; a run may write
// meanwhile) into options.out_dir: the index's clusters with their stable ids; roots,
// relations and edits from one clustering over all its claims with the settings the index
// was built with (options' matching settings are replaced by the index's). Holds the whole
// index in memory, as one run over all its dumps would.
absl::StatusOr<IndexRunCounts> ReportIndexJob(const std::string& index_path,
                                              const RunOptions& options);

}  // namespace claimdup

#endif  // CLAIMDUP_PIPELINE_INDEX_JOB_H_
