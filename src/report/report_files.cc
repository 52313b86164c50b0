#include "report/report_files.h"

#include <thread>

#include "absl/strings/str_cat.h"
#include "report/claim_files.h"
#include "report/csv_reports.h"
#include "report/html_report.h"
#include "report/outlet_tables.h"

namespace claimdup {
namespace {

// quotes.jsonl: the largest file, written on its own.
absl::Status WriteQuotes(const RunOptions& options, const RunResult& r, const std::string& path) {
  const bool only_repeated = options.extract.unit == ClaimUnit::kSentences && !options.all_claims;
  return WriteQuotesJsonl(r.claims, r.cluster_of, r.relations, only_repeated, path);
}

// Everything else: clusters.jsonl, the CSV tables and report.html.
absl::Status WriteOthers(const RunOptions& options, const RunResult& r,
                         const std::vector<std::string>& paths) {
  absl::Status st = WriteClustersJsonl(r.claims, r.clusters, r.relations, paths[0]);
  if (!st.ok()) return st;
  const OutletTables tables = BuildOutletTables(r.claims, r.clusters);
  for (absl::Status s : {WriteOutletQuotesCsv(r.claims, tables, paths[1]),
                         WriteOutletPairsCsv(r.claims, tables, paths[2]),
                         WriteSpeakersCsv(r.claims, tables, paths[3])}) {
    if (!s.ok()) return s;
  }
  return WriteHtmlReport(options, r, tables, paths[4]);
}

}  // namespace

absl::Status WriteReportFiles(const RunOptions& options, RunResult* r) {
  StageTimer timer(&r->stages);
  auto path = [&](const char* name) { return absl::StrCat(options.out_dir, "/", name); };
  const std::string quotes = path("quotes.jsonl");
  const std::vector<std::string> others = {path("clusters.jsonl"), path("outlet_quotes.csv"),
                                           path("outlet_pairs.csv"), path("speakers.csv"),
                                           path("report.html")};
  // The two writers only read the result, so they run side by side when two threads may.
  absl::Status quotes_status, others_status;
  if (r->threads > 1) {
    std::thread writer([&] { quotes_status = WriteQuotes(options, *r, quotes); });
    others_status = WriteOthers(options, *r, others);
    writer.join();
  } else {
    quotes_status = WriteQuotes(options, *r, quotes);
    if (quotes_status.ok()) others_status = WriteOthers(options, *r, others);
  }
  if (!quotes_status.ok()) return quotes_status;
  if (!others_status.ok()) return others_status;
  timer.Done("write reports");
  r->files.push_back(quotes);
  for (const std::string& f : others) r->files.push_back(f);
  r->files.push_back(path("summary.json"));
  return absl::OkStatus();
}

}  // namespace claimdup
