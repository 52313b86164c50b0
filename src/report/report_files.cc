#include "report/report_files.h"

#include "absl/strings/str_cat.h"
#include "report/claim_files.h"

namespace claimdup {

absl::Status WriteReportFiles(const RunOptions& options, RunResult* r) {
  const std::string quotes = absl::StrCat(options.out_dir, "/quotes.jsonl");
  absl::Status st = WriteQuotesJsonl(r->claims, r->cluster_of, quotes);
  if (!st.ok()) return st;
  r->files.push_back(quotes);
  const std::string clusters = absl::StrCat(options.out_dir, "/clusters.jsonl");
  st = WriteClustersJsonl(r->claims, r->clusters, clusters);
  if (!st.ok()) return st;
  r->files.push_back(clusters);
  r->files.push_back(absl::StrCat(options.out_dir, "/summary.json"));
  return absl::OkStatus();
}

}  // namespace claimdup
