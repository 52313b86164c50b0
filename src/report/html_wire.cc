#include "report/html_wire.h"

#include <algorithm>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_replace.h"
#include "report/wire_provenance.h"
#include "text/control_chars.h"

namespace claimdup {
namespace {

std::string Escape(absl::string_view s) {
  return absl::StrReplaceAll(WithoutControlChars(s, /*keep_line_breaks=*/false),
                             {{"&", "&amp;"}, {"<", "&lt;"}, {">", "&gt;"}, {"\"", "&quot;"}});
}

std::string Percent(int64_t part, int64_t whole) {
  return whole > 0 ? absl::StrFormat("%.1f%%", 100.0 * part / whole) : std::string("0%");
}

}  // namespace

void AppendHeatmapWireSwitch(std::string* html) {
  absl::StrAppend(
      html,
      "<div id=\"heat-switch\" style=\"margin:6px 0\"><label><input type=\"radio\" name=\"heat\" "
      "value=\"fa\" checked> all shared quotes</label><label><input type=\"radio\" "
      "name=\"heat\" value=\"fw\"> only those no common wire credit explains</label></div>"
      "<script>document.querySelectorAll('#heat-switch input').forEach(function(r){"
      "r.addEventListener('change',function(){var k=r.value;"
      "document.querySelectorAll('#heatmap rect.cell').forEach(function(c){"
      "c.setAttribute('fill',c.getAttribute('data-'+k));});});});</script>");
}

void AppendWireSection(const std::vector<std::string>& outlets, const OutletTables& tables,
                       std::string* html) {
  const int64_t wire = tables.wire_carry[static_cast<int>(WireCarry::kWire)];
  const int64_t mixed = tables.wire_carry[static_cast<int>(WireCarry::kMixed)];
  const int64_t own = tables.wire_carry[static_cast<int>(WireCarry::kOwn)];
  const int64_t cross = wire + mixed + own;
  absl::StrAppend(
      html,
      "<section id=\"wire\"><h2>Wire copy or own reporting</h2><p class=\"note\">An outlet "
      "carried a quote through a wire when its article credits AP, Reuters, AFP, dpa, "
      "Bloomberg or UPI (dateline, credit line, contribution note, copyright). Of ",
      cross, " cross-outlet quotes, <b>", wire, "</b> (", Percent(wire, cross),
      ") were carried through a wire by every outlet, <b>", mixed, "</b> (", Percent(mixed, cross),
      ") by some, and <b>", own, "</b> (", Percent(own, cross),
      ") by none. The heatmap above can show only reuse that no common wire credit "
      "explains; clusters.jsonl says per quote (carried), outlet_pairs.csv per pair "
      "(shared_not_wire).</p>");
  std::vector<const OutletPairRow*> pairs;
  for (const OutletPairRow& p : tables.pairs) {
    if (p.not_wire > 0) pairs.push_back(&p);
  }
  const size_t n = std::min(pairs.size(), kHtmlWirePairs);
  std::partial_sort(pairs.begin(), pairs.begin() + n, pairs.end(),
                    [&](const OutletPairRow* x, const OutletPairRow* y) {
                      if (x->not_wire != y->not_wire) return x->not_wire > y->not_wire;
                      if (x->shared != y->shared) return x->shared > y->shared;
                      if (x->a != y->a) return outlets[x->a] < outlets[y->a];
                      return outlets[x->b] < outlets[y->b];
                    });
  if (n == 0) {
    absl::StrAppend(html,
                    "<p class=\"empty\">No two outlets share a quote outside a common "
                    "wire.</p></section>");
    return;
  }
  absl::StrAppend(html,
                  "<table id=\"wire-table\"><thead><tr><th>Outlets</th><th>Shared quotes</th>"
                  "<th>Not through a common wire</th></tr></thead><tbody>");
  for (size_t i = 0; i < n; ++i) {
    const OutletPairRow& p = *pairs[i];
    absl::StrAppend(html, "<tr><td>", Escape(outlets[p.a]), " × ",
                    Escape(outlets[p.b]), "</td><td class=\"num\">", p.shared,
                    "</td><td class=\"num\">", p.not_wire, "</td></tr>");
  }
  absl::StrAppend(html, "</tbody></table></section>");
}

}  // namespace claimdup
