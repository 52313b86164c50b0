// report.html: one self-contained page (inline CSS, JS and SVG; no network) with the run
// summary, an outlet x outlet heatmap of shared quotes, the top cross-outlet quotes
// (sortable, filterable by outlet, speaker and text, variants on click, paginated) and a
// per-outlet view of what it repeated from whom.
//
// Size is bounded whatever the run: the heatmap shows the `kHeatmapOutlets` outlets in
// most cross-outlet clusters, the table the `html_top` largest clusters with at most
// `kMaxVariants` wordings each, the per-outlet view the `kMaxPairs` strongest pairs.
#ifndef CLAIMDUP_REPORT_HTML_REPORT_H_
#define CLAIMDUP_REPORT_HTML_REPORT_H_

#include <string>

#include "absl/status/status.h"
#include "report/outlet_tables.h"
#include "report/report_input.h"

namespace claimdup {

inline constexpr int kHeatmapOutlets = 40;
inline constexpr int kMaxVariants = 8;
inline constexpr int kMaxPairs = 20000;

// The page as a string.
std::string RenderHtmlReport(const ReportOptions& options, const RunResult& result,
                             const OutletTables& tables);

absl::Status WriteHtmlReport(const ReportOptions& options, const RunResult& result,
                             const OutletTables& tables, const std::string& path);

}  // namespace claimdup

#endif  // CLAIMDUP_REPORT_HTML_REPORT_H_
