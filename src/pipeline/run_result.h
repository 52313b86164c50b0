// RunResult: what a run computed — the claim table, clusters and every count and timing
// the reports print.
#ifndef CLAIMDUP_PIPELINE_RUN_RESULT_H_
#define CLAIMDUP_PIPELINE_RUN_RESULT_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "cluster/cluster_summary.h"
#include "cluster/clusterer.h"
#include "cluster/misattribution.h"
#include "cluster/quote_edits.h"
#include "core/claim_table.h"
#include "extract/claim_extractor.h"
#include "index/lsh.h"
#include "ingest/ingest_options.h"

namespace claimdup {

struct StageTime {
  std::string stage;
  double seconds = 0;
};

// Records the wall time of consecutive stages: each Done() closes the stage begun at the
// previous Done() (or at construction).
class StageTimer {
 public:
  explicit StageTimer(std::vector<StageTime>* stages) : stages_(stages), start_(absl::Now()) {}
  void Done(const std::string& stage) {
    const absl::Time now = absl::Now();
    stages_->push_back({stage, absl::ToDoubleSeconds(now - start_)});
    start_ = now;
  }

 private:
  std::vector<StageTime>* stages_;
  absl::Time start_;
};

struct RunResult {
  ClaimTable claims;
  std::vector<uint32_t> cluster_of;   // Per claim.
  ClusterRelations relations;         // Per claim: relation to its cluster's root.
  std::vector<ClusterInfo> clusters;  // Clusters of 2+ claims, by id.
  IngestStats ingest;
  ExtractCounts extract;
  int64_t boilerplate_claims = 0;  // Claims dropped as outlet boilerplate.
  ClusterStats cluster_stats;
  LshParams lsh;
  double lsh_threshold = 0;  // The similarity the bands were chosen for.
  std::vector<StageTime> stages;
  int64_t peak_rss_bytes = 0;
  int threads = 1;
  std::vector<std::string> files;  // Files written.
  // Cross-outlet clusters too wide (report/outlet_tables.h) to add rows to outlet_pairs.csv.
  int64_t clusters_without_pairs = 0;
  // Fact-checking (report/factcheck_files.h), filled when the reports are written.
  std::vector<QuoteEdit> quote_edits;   // Per claim: its edit against its root wording.
  MisattributionReport misattribution;  // Points into `clusters`.
};

}  // namespace claimdup

#endif  // CLAIMDUP_PIPELINE_RUN_RESULT_H_
