#include "report/factcheck_files.h"

#include <algorithm>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "report/csv_writer.h"
#include "report/table_rows.h"
#include "text/control_chars.h"
#include "text/utf8.h"
#include "util/json_writer.h"
#include "util/output_file.h"

namespace claimdup {
namespace {

// Quote text shown per lead.
constexpr size_t kQuoteBytes = kMisattributedQuoteBytes;

std::string Escape(absl::string_view s) {
  return absl::StrReplaceAll(WithoutControlChars(s, /*keep_line_breaks=*/false),
                             {{"&", "&amp;"}, {"<", "&lt;"}, {">", "&gt;"}, {"\"", "&quot;"}});
}

}  // namespace

absl::Status WriteMisattributedCsv(const ClaimTable& claims, const ClusterRelations& relations,
                                   const MisattributionReport& report, const std::string& path) {
  return WriteMisattributedRows(MisattributedRowsOf(claims, relations, report), path);
}

absl::Status WriteOutletEditsCsv(const ClaimTable& claims, const std::vector<ClusterInfo>& clusters,
                                 const std::vector<QuoteEdit>& edits, const std::string& path) {
  struct Row {
    int64_t members = 0, verbatim = 0, excerpt = 0, changed = 0, ellipsis = 0;
    int64_t replaced = 0, dropped = 0, added = 0;
  };
  std::vector<Row> rows(claims.outlets.size());
  for (const ClusterInfo& c : clusters) {
    if (!IsCrossOutlet(c)) continue;
    for (const uint32_t m : c.members) {
      if (m >= edits.size() || !edits[m].known) continue;
      const QuoteEdit& e = edits[m];
      Row& r = rows[claims.docs[claims.doc(m)].outlet];
      ++r.members;
      r.verbatim += e.verbatim();
      r.changed += e.changed();
      r.excerpt += !e.verbatim() && !e.changed();
      r.ellipsis += e.ellipsis;
      r.replaced += e.replaced;
      r.dropped += e.dropped;
      r.added += e.added;
    }
  }
  std::vector<uint32_t> order;
  for (uint32_t o = 0; o < rows.size(); ++o) {
    if (rows[o].members > 0) order.push_back(o);
  }
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    if (rows[a].members != rows[b].members) return rows[a].members > rows[b].members;
    return claims.outlets[a] < claims.outlets[b];
  });
  auto file = OutputFile::Create(path);
  if (!file.ok()) return file.status();
  (*file)->Write(
      "outlet,members,verbatim,excerpt,changed,ellipsis,words_replaced,words_dropped,"
      "words_added\n");
  for (const uint32_t o : order) {
    const Row& r = rows[o];
    (*file)->Write(CsvRow()
                       .Add(claims.outlets[o])
                       .Add(r.members)
                       .Add(r.verbatim)
                       .Add(r.excerpt)
                       .Add(r.changed)
                       .Add(r.ellipsis)
                       .Add(r.replaced)
                       .Add(r.dropped)
                       .Add(r.added)
                       .Finish());
  }
  return (*file)->Close();
}

void AppendMisattributionSection(const ClaimTable& claims, const ClusterRelations& relations,
                                 const MisattributionReport& report, std::string* html) {
  absl::StrAppend(html,
                  "<section id=\"misattributed\"><h2>Same words, different speakers</h2>"
                  "<p class=\"note\">Cross-outlet quotes credited to two or more people (after "
                  "folding titles and surnames); first those whose second person several outlets "
                  "credit, then most outlets: leads for a fact-checker, not verdicts. Left out: "
                  "one person against unknown speakers (",
                  report.left_out_unknown, " clusters), organizations and their spokespeople (",
                  report.left_out_organization, " clusters), one person quoting another (",
                  report.left_out_quoting, "). All ", report.clusters.size(),
                  " are in misattributed.csv.</p>");
  if (report.clusters.empty()) {
    absl::StrAppend(html, "<p class=\"empty\">No quote is credited to two people.</p></section>");
    return;
  }
  absl::StrAppend(html,
                  "<table id=\"misattributed-table\"><thead><tr><th>Outlets</th><th>Quote</th>"
                  "<th>Credited to (outlets, first seen)</th></tr></thead><tbody>");
  const size_t n = std::min<size_t>(report.clusters.size(), kHtmlMisattributions);
  for (size_t i = 0; i < n; ++i) {
    const MisattributedCluster& lead = report.clusters[i];
    absl::StrAppend(html, "<tr><td>", lead.cluster->outlets.size(), "</td><td>",
                    Escape(TruncateUtf8(RootText(claims, relations, *lead.cluster), kQuoteBytes)),
                    "</td><td>");
    for (size_t k = 0; k < lead.speakers.size(); ++k) {
      const CreditedSpeaker& s = lead.speakers[k];
      const DocInfo& first = claims.docs[claims.doc(s.first)];
      absl::StrAppend(html, k ? "<br>" : "", "<b>", Escape(claims.speakers[s.speaker]), "</b> (",
                      s.outlets, ", ", Escape(claims.outlets[first.outlet]),
                      first.date.empty() ? "" : " ", Escape(first.date), ")");
    }
    absl::StrAppend(html, "</td></tr>");
  }
  absl::StrAppend(html, "</tbody></table></section>");
}

std::string FactCheckSummaryJson(const std::vector<ClusterInfo>& clusters,
                                 const MisattributionReport& report,
                                 const std::vector<QuoteEdit>& edits) {
  int64_t members = 0, verbatim = 0, excerpt = 0, changed = 0, ellipsis = 0;
  for (const ClusterInfo& c : clusters) {
    if (!IsCrossOutlet(c)) continue;
    for (const uint32_t m : c.members) {
      if (m >= edits.size() || !edits[m].known) continue;
      ++members;
      verbatim += edits[m].verbatim();
      changed += edits[m].changed();
      excerpt += !edits[m].verbatim() && !edits[m].changed();
      ellipsis += edits[m].ellipsis;
    }
  }
  JsonLine j;
  j.Int("misattributed_clusters", report.clusters.size())
      .Int("misattribution_left_out_quoting", report.left_out_quoting)
      .Int("misattribution_left_out_organization", report.left_out_organization)
      .Int("misattribution_left_out_unknown", report.left_out_unknown)
      .Int("edited_members", members)
      .Int("edits_verbatim", verbatim)
      .Int("edits_excerpt", excerpt)
      .Int("edits_changed_words", changed)
      .Int("edits_ellipsis", ellipsis);
  return j.Finish();
}

}  // namespace claimdup
