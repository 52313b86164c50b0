#include "report/report_files.h"

#include "absl/strings/str_cat.h"
#include "report/claim_files.h"
#include "report/csv_reports.h"
#include "report/html_report.h"
#include "report/outlet_tables.h"

namespace claimdup {

absl::Status WriteReportFiles(const RunOptions& options, RunResult* r) {
  StageTimer timer(&r->stages);
  const std::string quotes = absl::StrCat(options.out_dir, "/quotes.jsonl");
  const bool only_repeated = options.extract.unit == ClaimUnit::kSentences && !options.all_claims;
  absl::Status st = WriteQuotesJsonl(r->claims, r->cluster_of, only_repeated, quotes);
  if (!st.ok()) return st;
  r->files.push_back(quotes);
  const std::string clusters = absl::StrCat(options.out_dir, "/clusters.jsonl");
  st = WriteClustersJsonl(r->claims, r->clusters, clusters);
  if (!st.ok()) return st;
  r->files.push_back(clusters);
  timer.Done("write quotes+clusters jsonl");
  const OutletTables tables = BuildOutletTables(r->claims, r->clusters);
  const std::string outlet_quotes = absl::StrCat(options.out_dir, "/outlet_quotes.csv");
  const std::string outlet_pairs = absl::StrCat(options.out_dir, "/outlet_pairs.csv");
  const std::string speakers = absl::StrCat(options.out_dir, "/speakers.csv");
  const std::string html = absl::StrCat(options.out_dir, "/report.html");
  for (absl::Status s : {WriteOutletQuotesCsv(r->claims, tables, outlet_quotes),
                         WriteOutletPairsCsv(r->claims, tables, outlet_pairs),
                         WriteSpeakersCsv(r->claims, tables, speakers)}) {
    if (!s.ok()) return s;
  }
  timer.Done("write csv tables");
  st = WriteHtmlReport(options, *r, tables, html);
  if (!st.ok()) return st;
  timer.Done("write report.html");
  for (const std::string& f : {outlet_quotes, outlet_pairs, speakers, html}) r->files.push_back(f);
  r->files.push_back(absl::StrCat(options.out_dir, "/summary.json"));
  return absl::OkStatus();
}

}  // namespace claimdup
