// Writing a run's report files into its output folder.
#ifndef CLAIMDUP_REPORT_REPORT_FILES_H_
#define CLAIMDUP_REPORT_REPORT_FILES_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "report/html_report.h"
#include "report/outlet_tables.h"
#include "report/output_set.h"
#include "report/report_input.h"

namespace claimdup {

// What writing the report files adds to a run's account.
struct WrittenReports {
  StageTime time;  // The "write reports" stage.
  // Cross-outlet clusters too wide (report/outlet_tables.h) to add rows to outlet_pairs.csv.
  int64_t clusters_without_pairs = 0;
  std::vector<std::string> files;  // Final paths, summary.json's (written later) last.
};

// What WriteReportFiles hands a ClaimFilesWriter besides the paths. `tables` gives the run's
// outlet tables, built on the first call (from any thread), so the writer can first send
// other ranks what they wait for. `others`, when not null, writes every other report file
// (the CSV tables, report.html): the writer calls it at most once, after its own part went
// well, in place of waiting on other ranks, so rank 0 writes them while the ranks finish
// theirs; not called, WriteReportFiles writes them after the writer. Null when
// they are written beside the writer on a thread of their own (result.threads > 1).
// With `tables_elsewhere` true, it leaves out outlet_pairs.csv, speakers.csv and
// misattributed.csv: the writer had them written (from report/table_rows.h's rows) to
// `tables`'s paths, where they are staged. With `sections` not null, report.html takes its
// outlet sections from it (report/html_report.h: another rank rendered them) instead of
// rendering them.
struct TablePaths {
  std::string outlet_pairs, speakers, misattributed;
};
struct ClaimFilesSteps {
  std::function<const OutletTables&()> tables;
  std::function<absl::Status(bool tables_elsewhere, const HtmlOutletSections* sections)> others;
  TablePaths table_paths;
};

// quotes.jsonl, clusters.jsonl, outlet_quotes.csv, outlet_pairs.csv, speakers.csv,
// misattributed.csv, outlet_edits.csv (report/factcheck_files.h) and report.html, staged
// in `outputs` (committed by the caller). quotes.jsonl and clusters.jsonl are written on a
// thread of their own beside the others when result.threads > 1. The caller adds the answer
// to its RunResult before WriteSummaryJson. With `write_claim_files` (and claim files on),
// quotes.jsonl, clusters.jsonl and outlet_quotes.csv are whatever it writes, given `result`,
// to the staged paths it is given (a distributed run's parts, written by the ranks that hold
// the claims), in place of the whole run's; it is the only writer that may talk to other
// ranks. The first failure is returned (the writer's, or the other files' when the writer
// called them and its ranks agreed on it).
using ClaimFilesWriter =
    std::function<absl::Status(const RunResult& result, const ClaimFilesSteps& steps,
                               const std::string& quotes_path,
                               const std::string& clusters_path,
                               const std::string& outlet_quotes_path)>;
absl::StatusOr<WrittenReports> WriteReportFiles(
    const ReportOptions& options, OutputSet* outputs, const RunResult& result,
    const ClaimFilesWriter& write_claim_files = nullptr);

// summary.json (to `path`): counts, parameters, per-stage wall time and peak memory.
absl::Status WriteSummaryJson(const ReportOptions& options, const RunResult& result,
                              const std::string& path);

// The summary printed after a run: counts, the top `options.top` cross-outlet quotes with
// their outlets, and where the files are.
std::string TerminalSummary(const ReportOptions& options, const RunResult& result);

}  // namespace claimdup

#endif  // CLAIMDUP_REPORT_REPORT_FILES_H_
