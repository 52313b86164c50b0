#include "report/report_files.h"

#include <mutex>
#include <optional>
#include <thread>

#include "absl/strings/str_cat.h"
#include "report/article_pairs_files.h"
#include "report/claim_files.h"
#include "report/csv_reports.h"
#include "report/factcheck_files.h"
#include "report/outlet_tables.h"

namespace claimdup {
namespace {

// quotes.jsonl (the largest file), written on its own; with `write_claim_files`,
// clusters.jsonl and outlet_quotes.csv too (given `steps`).
absl::Status WriteQuotes(const ReportOptions& options, const RunResult& r, const std::string& path,
                         const ClaimFilesSteps& steps, const std::string& clusters_path,
                         const std::string& outlet_quotes_path,
                         const ClaimFilesWriter& write_claim_files) {
  if (!options.claim_files) return absl::OkStatus();
  if (write_claim_files) {
    return write_claim_files(r, steps, path, clusters_path, outlet_quotes_path);
  }
  const bool only_repeated = options.unit == ClaimUnit::kSentences && !options.all_claims;
  return WriteQuotesJsonl(r.claims, r.cluster_of, r.relations, only_repeated, path, r.quote_edits,
                          options.unit == ClaimUnit::kSentences);
}

// Where the files other than quotes.jsonl are staged.
struct OtherPaths {
  std::string clusters, outlet_quotes, outlet_pairs, speakers, html, misattributed, outlet_edits;
  std::string article_pairs;  // Sentence mode only.
};

// Everything else: clusters.jsonl and outlet_quotes.csv (unless `clusters_written`:
// WriteQuotes writes them), the CSV tables and report.html.
// With `tables_elsewhere`, outlet_pairs.csv, speakers.csv and misattributed.csv are left out
// (the distributed writer had other ranks write them); with `sections`, report.html's outlet
// sections are those (rendered by another rank).
absl::Status WriteOthers(const ReportOptions& options, const RunResult& r,
                         const OutletTables& tables, const OtherPaths& paths,
                         bool clusters_written, bool tables_elsewhere = false,
                         const HtmlOutletSections* sections = nullptr) {
  absl::Status st =
      options.claim_files && !clusters_written
          ? WriteClustersJsonl(r.claims, r.clusters, r.relations, paths.clusters, r.reuse.stock)
          : absl::OkStatus();
  if (!st.ok()) return st;
  if (!paths.article_pairs.empty()) {
    st = WriteArticlePairsCsv(r.claims, r.reuse.pairs, paths.article_pairs);
    if (!st.ok()) return st;
  }
  for (absl::Status s :
       {options.claim_files && clusters_written
            ? absl::OkStatus()
            : WriteOutletQuotesCsv(r.claims, tables, paths.outlet_quotes),
        tables_elsewhere ? absl::OkStatus()
                         : WriteOutletPairsCsv(r.claims, tables, paths.outlet_pairs),
        tables_elsewhere ? absl::OkStatus() : WriteSpeakersCsv(r.claims, tables, paths.speakers),
        tables_elsewhere ? absl::OkStatus()
                         : WriteMisattributedCsv(r.claims, r.relations, r.misattribution,
                                                 paths.misattributed),
        WriteOutletEditsCsv(r.claims, r.clusters, r.quote_edits, paths.outlet_edits)}) {
    if (!s.ok()) return s;
  }
  return WriteHtmlReport(options, r, tables, paths.html, sections);
}

}  // namespace

absl::StatusOr<WrittenReports> WriteReportFiles(const ReportOptions& options, OutputSet* outputs,
                                                const RunResult& r,
                                                const ClaimFilesWriter& write_claim_files) {
  std::vector<StageTime> stages;
  StageTimer timer(&stages);
  static constexpr const char* kOthers[] = {
      "clusters.jsonl", "outlet_quotes.csv", "outlet_pairs.csv", "speakers.csv",
      "report.html",    "misattributed.csv", "outlet_edits.csv"};
  const std::string quotes = outputs->Stage("quotes.jsonl");
  OtherPaths others{.clusters = outputs->Stage(kOthers[0]),
                    .outlet_quotes = outputs->Stage(kOthers[1]),
                    .outlet_pairs = outputs->Stage(kOthers[2]),
                    .speakers = outputs->Stage(kOthers[3]),
                    .html = outputs->Stage(kOthers[4]),
                    .misattributed = outputs->Stage(kOthers[5]),
                    .outlet_edits = outputs->Stage(kOthers[6]),
                    .article_pairs = ""};
  const bool sentences = options.unit == ClaimUnit::kSentences;
  if (sentences) others.article_pairs = outputs->Stage(kArticlePairsFileName);
  // The two writers only read the result, so they run side by side when two threads may.
  absl::Status quotes_status, others_status;
  const bool clusters_written = write_claim_files != nullptr;
  WrittenReports written;
  // Built once, on first use: the distributed writer sends its ranks their facts first, and
  // its outlet_quotes rows (the tables') after.
  std::once_flag tables_built;
  std::optional<OutletTables> built;
  const std::function<const OutletTables&()> tables = [&]() -> const OutletTables& {
    std::call_once(tables_built, [&] { built.emplace(BuildOutletTables(r.claims, r.clusters)); });
    return *built;
  };
  bool others_written = false;  // By the writer, through steps.others.
  if (r.threads > 1) {
    const ClaimFilesSteps steps{tables, nullptr, {}};
    std::thread writer([&] {
      quotes_status = WriteQuotes(options, r, quotes, steps, others.clusters, others.outlet_quotes,
                                  write_claim_files);
    });
    others_status = WriteOthers(options, r, tables(), others, clusters_written);
    writer.join();
  } else {
    // One thread: a distributed writer writes the others while its ranks copy their parts.
    const ClaimFilesSteps steps{
        tables,
        [&](bool tables_elsewhere, const HtmlOutletSections* sections) {
          others_written = true;
          others_status = WriteOthers(options, r, tables(), others, clusters_written,
                                      tables_elsewhere, sections);
          return others_status;
        },
        {others.outlet_pairs, others.speakers, others.misattributed}};
    quotes_status = WriteQuotes(options, r, quotes, steps, others.clusters, others.outlet_quotes,
                                write_claim_files);
    if (quotes_status.ok() && !others_written) {
      others_status = WriteOthers(options, r, tables(), others, clusters_written);
    }
  }
  if (!quotes_status.ok()) return quotes_status;
  if (!others_status.ok()) return others_status;
  written.clusters_without_pairs = tables().clusters_without_pairs;
  timer.Done("write reports");
  written.time = stages.back();
  written.files.push_back(outputs->FinalPath("quotes.jsonl"));
  for (const char* name : kOthers) written.files.push_back(outputs->FinalPath(name));
  if (sentences) written.files.push_back(outputs->FinalPath(kArticlePairsFileName));
  written.files.push_back(outputs->FinalPath(kSummaryFileName));
  return written;
}

}  // namespace claimdup
