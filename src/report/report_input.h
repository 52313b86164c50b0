// What the reports read: the settings that shape them (ReportOptions) and what a run
// computed (RunResult: the claim table, clusters and every count and timing the reports
// print). Plain structs, so the reports can be built and tested without the pipeline that
// fills them (pipeline/run_job.h).
#ifndef CLAIMDUP_REPORT_REPORT_INPUT_H_
#define CLAIMDUP_REPORT_REPORT_INPUT_H_

#include <cstdint>
#include <string>
#include <vector>

#include "cluster/article_reuse.h"
#include "cluster/cluster_summary.h"
#include "cluster/clusterer.h"
#include "cluster/misattribution.h"
#include "cluster/quote_edits.h"
#include "core/claim_table.h"
#include "core/match_options.h"
#include "extract/claim_extractor.h"
#include "index/lsh.h"
#include "ingest/ingest_options.h"
#include "util/stage_timer.h"

namespace claimdup {

// The settings the reports use: how much they list (the source of these defaults) and the
// run settings they record, which pipeline/run_options.h's ReportOptionsOf copies in.
struct ReportOptions {
  int top = 10;         // Quotes listed in the terminal summary.
  int html_top = 2000;  // Clusters listed in report.html.
  // Sentence mode: list every sentence in quotes.jsonl, not only repeated ones.
  bool all_claims = false;
  // Sentence mode: keep stock phrases (cluster/article_reuse.h) in the cross-outlet views.
  bool show_stock = false;
  // Writes quotes.jsonl and clusters.jsonl too (false: the caller writes them, as `run
  // --index` does with the index's stable ids; they are staged all the same).
  bool claim_files = true;
  // Recorded in summary.json, report.html and the terminal summary.
  std::string out_dir;
  ClaimUnit unit = ExtractOptions{}.unit;
  int min_words = ExtractOptions{}.min_words;
  bool lenient = IngestOptions{}.lenient;
  MatchOptions match;
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
  // Fact-checking (cluster/quote_edits.h, cluster/misattribution.h), computed after
  // clustering.
  std::vector<QuoteEdit> quote_edits;   // Per claim: its edit against its root wording.
  MisattributionReport misattribution;  // Points into `clusters`.
  // Sentence mode: stock phrases and article pairs (cluster/article_reuse.h).
  ArticleReuse reuse;
};

}  // namespace claimdup

#endif  // CLAIMDUP_REPORT_REPORT_INPUT_H_
