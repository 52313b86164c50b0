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
#include <vector>

#include "absl/status/status.h"
#include "report/outlet_tables.h"
#include "report/report_input.h"

namespace claimdup {

inline constexpr int kHeatmapOutlets = 40;
inline constexpr int kMaxVariants = 8;
inline constexpr int kMaxPairs = 20000;

// The heatmap ("Who repeats whom", with its wire switch) and the "Wire copy or own
// reporting" section, as the page holds them. They read only the outlet tables (pairs,
// clusters per outlet, wire carry counts) and the outlets' names, so another rank of a
// distributed run renders them (pipeline/distributed_tables.h) while rank 0 renders the rest.
struct HtmlOutletSections {
  std::string heatmap, wire;
};
HtmlOutletSections RenderOutletSections(const std::vector<std::string>& outlets,
                                        const OutletTables& tables);

// The page as a string; with `sections` null, rendering its outlet sections itself.
std::string RenderHtmlReport(const ReportOptions& options, const RunResult& result,
                             const OutletTables& tables,
                             const HtmlOutletSections* sections = nullptr);

absl::Status WriteHtmlReport(const ReportOptions& options, const RunResult& result,
                             const OutletTables& tables, const std::string& path,
                             const HtmlOutletSections* sections = nullptr);

}  // namespace claimdup

#endif  // CLAIMDUP_REPORT_HTML_REPORT_H_
