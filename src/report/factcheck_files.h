// The fact-checking reports of a run: misattributed.csv (cluster/misattribution.h),
// outlet_edits.csv (cluster/quote_edits.h), their section of report.html and their counts
// in summary.json. They read finished results and write nothing else.
#ifndef CLAIMDUP_REPORT_FACTCHECK_FILES_H_
#define CLAIMDUP_REPORT_FACTCHECK_FILES_H_

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "cluster/cluster_summary.h"
#include "cluster/clusterer.h"
#include "cluster/misattribution.h"
#include "cluster/quote_edits.h"
#include "core/claim_table.h"

namespace claimdup {

// Rows of report.html's misattribution section.
inline constexpr int kHtmlMisattributions = 50;

// misattributed.csv: one row per lead and person, leads ranked as in `report`:
// cluster,speaker,outlets,claims,first_date,first_outlet,rank,quote.
absl::Status WriteMisattributedCsv(const ClaimTable& claims, const ClusterRelations& relations,
                                   const MisattributionReport& report, const std::string& path);

// outlet_edits.csv: per outlet, its members of cross-outlet clusters and how they render
// the root wording: outlet,members,verbatim,excerpt,changed,ellipsis,words_replaced,
// words_dropped,words_added (verbatim + excerpt + changed = members; excerpt counts
// truncated ones with no word changed). Outlets with most members first.
absl::Status WriteOutletEditsCsv(const ClaimTable& claims, const std::vector<ClusterInfo>& clusters,
                                 const std::vector<QuoteEdit>& edits, const std::string& path);

// Appends report.html's "Same words, different speakers" section (HTML-escaped, at most
// kHtmlMisattributions leads).
void AppendMisattributionSection(const ClaimTable& claims, const ClusterRelations& relations,
                                 const MisattributionReport& report, std::string* html);

// summary.json's "fact_check" object: the misattribution counts and the edit kinds of the
// members of cross-outlet clusters.
std::string FactCheckSummaryJson(const std::vector<ClusterInfo>& clusters,
                                 const MisattributionReport& report,
                                 const std::vector<QuoteEdit>& edits);

}  // namespace claimdup

#endif  // CLAIMDUP_REPORT_FACTCHECK_FILES_H_
