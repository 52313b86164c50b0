// Writing a run's report files into its output folder.
#ifndef CLAIMDUP_REPORT_REPORT_FILES_H_
#define CLAIMDUP_REPORT_REPORT_FILES_H_

#include <string>

#include "absl/status/status.h"
#include "report/output_set.h"
#include "report/report_input.h"

namespace claimdup {

// quotes.jsonl, clusters.jsonl, outlet_quotes.csv, outlet_pairs.csv, speakers.csv and
// report.html, staged in `outputs` (committed by the caller); adds each final path to
// result->files, and summary.json's. quotes.jsonl is written on a thread of its own beside
// the others when result->threads > 1.
absl::Status WriteReportFiles(const ReportOptions& options, OutputSet* outputs, RunResult* result);

// summary.json (to `path`): counts, parameters, per-stage wall time and peak memory.
absl::Status WriteSummaryJson(const ReportOptions& options, const RunResult& result,
                              const std::string& path);

// The summary printed after a run: counts, the top `options.top` cross-outlet quotes with
// their outlets, and where the files are.
std::string TerminalSummary(const ReportOptions& options, const RunResult& result);

}  // namespace claimdup

#endif  // CLAIMDUP_REPORT_REPORT_FILES_H_
