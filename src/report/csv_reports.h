// outlet_quotes.csv, outlet_pairs.csv and speakers.csv: tidy tables for pandas/DuckDB.
#ifndef CLAIMDUP_REPORT_CSV_REPORTS_H_
#define CLAIMDUP_REPORT_CSV_REPORTS_H_

#include <cstdint>
#include <string>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "core/claim_table.h"
#include "report/outlet_tables.h"

namespace claimdup {

// outlet_quotes.csv's header line, and one of its rows (with the newline). The one format of
// the file, whether one process writes it or the ranks of a distributed run write parts.
inline constexpr absl::string_view kOutletQuotesCsvHeader =
    "outlet,cluster,claims,first_date,is_first\n";
std::string OutletQuoteCsvLine(absl::string_view outlet, uint32_t cluster, int64_t claims,
                               absl::string_view first_date, bool is_first);

// outlet,cluster,claims,first_date,is_first
absl::Status WriteOutletQuotesCsv(const ClaimTable& claims, const OutletTables& t,
                                  const std::string& path);
// outlet_a,outlet_b,shared_clusters,a_first,b_first,jaccard,shared_not_wire
absl::Status WriteOutletPairsCsv(const ClaimTable& claims, const OutletTables& t,
                                 const std::string& path);
// speaker,clusters,outlets,claims
absl::Status WriteSpeakersCsv(const ClaimTable& claims, const OutletTables& t,
                              const std::string& path);

}  // namespace claimdup

#endif  // CLAIMDUP_REPORT_CSV_REPORTS_H_
