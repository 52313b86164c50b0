// report.html's wire provenance: the heatmap's switch between all reuse and reuse not
// through a common wire, and the "Wire copy or own reporting" section.
//
// The heatmap's cells carry both fills (data-fa: all shared quotes, data-fw: those not
// explained by a common wire credit, report/wire_provenance.h); the switch swaps them.
#ifndef CLAIMDUP_REPORT_HTML_WIRE_H_
#define CLAIMDUP_REPORT_HTML_WIRE_H_

#include <string>
#include <vector>

#include "report/outlet_tables.h"

namespace claimdup {

// Outlet pairs listed in the section, most shared quotes not through a common wire first.
inline constexpr size_t kHtmlWirePairs = 20;

// Appends the heatmap's switch (radio buttons and the script that swaps the cells' fills).
void AppendHeatmapWireSwitch(std::string* html);

// Appends the section: how many cross-outlet clusters were carried through a wire, by
// some outlets only (mixed), or by none (own reporting) (`tables.wire_carry`); and the
// outlet pairs sharing most quotes that no common wire credit explains (`tables.pairs`,
// naming `outlets`). Reads no claim: another rank renders it from those alone.
void AppendWireSection(const std::vector<std::string>& outlets, const OutletTables& tables,
                       std::string* html);

}  // namespace claimdup

#endif  // CLAIMDUP_REPORT_HTML_WIRE_H_
