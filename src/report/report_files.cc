#include "report/report_files.h"

#include <thread>

#include "absl/strings/str_cat.h"
#include "report/claim_files.h"
#include "report/csv_reports.h"
#include "report/factcheck_files.h"
#include "report/html_report.h"
#include "report/outlet_tables.h"

namespace claimdup {
namespace {

// quotes.jsonl: the largest file, written on its own.
absl::Status WriteQuotes(const RunOptions& options, const RunResult& r, const std::string& path) {
  const bool only_repeated = options.extract.unit == ClaimUnit::kSentences && !options.all_claims;
  return WriteQuotesJsonl(r.claims, r.cluster_of, r.relations, only_repeated, path, r.quote_edits);
}

// Everything else: clusters.jsonl, the CSV tables and report.html.
absl::Status WriteOthers(const RunOptions& options, const RunResult& r,
                         const std::vector<std::string>& paths, int64_t* clusters_without_pairs) {
  absl::Status st = WriteClustersJsonl(r.claims, r.clusters, r.relations, paths[0]);
  if (!st.ok()) return st;
  const OutletTables tables = BuildOutletTables(r.claims, r.clusters);
  *clusters_without_pairs = tables.clusters_without_pairs;
  for (absl::Status s : {WriteOutletQuotesCsv(r.claims, tables, paths[1]),
                         WriteOutletPairsCsv(r.claims, tables, paths[2]),
                         WriteSpeakersCsv(r.claims, tables, paths[3]),
                         WriteMisattributedCsv(r.claims, r.relations, r.misattribution, paths[5]),
                         WriteOutletEditsCsv(r.claims, r.clusters, r.quote_edits, paths[6])}) {
    if (!s.ok()) return s;
  }
  return WriteHtmlReport(options, r, tables, paths[4]);
}

}  // namespace

absl::Status WriteReportFiles(const RunOptions& options, OutputSet* outputs, RunResult* r) {
  StageTimer timer(&r->stages);
  r->quote_edits = ComputeQuoteEdits(r->claims, r->clusters, r->relations);
  r->misattribution = FindMisattributions(r->claims, r->clusters, r->relations);
  timer.Done("fact-check");
  static constexpr const char* kOthers[] = {
      "clusters.jsonl", "outlet_quotes.csv", "outlet_pairs.csv", "speakers.csv",
      "report.html",    "misattributed.csv", "outlet_edits.csv"};
  const std::string quotes = outputs->Stage("quotes.jsonl");
  std::vector<std::string> others;
  for (const char* name : kOthers) others.push_back(outputs->Stage(name));
  // The two writers only read the result, so they run side by side when two threads may.
  absl::Status quotes_status, others_status;
  int64_t without_pairs = 0;
  if (r->threads > 1) {
    std::thread writer([&] { quotes_status = WriteQuotes(options, *r, quotes); });
    others_status = WriteOthers(options, *r, others, &without_pairs);
    writer.join();
  } else {
    quotes_status = WriteQuotes(options, *r, quotes);
    if (quotes_status.ok()) others_status = WriteOthers(options, *r, others, &without_pairs);
  }
  if (!quotes_status.ok()) return quotes_status;
  if (!others_status.ok()) return others_status;
  timer.Done("write reports");
  r->clusters_without_pairs = without_pairs;
  r->files.push_back(outputs->FinalPath("quotes.jsonl"));
  for (const char* name : kOthers) r->files.push_back(outputs->FinalPath(name));
  r->files.push_back(outputs->FinalPath(kSummaryFileName));
  return absl::OkStatus();
}

}  // namespace claimdup
