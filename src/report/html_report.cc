#include "report/html_report.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_replace.h"
#include "report/article_pairs_files.h"
#include "report/factcheck_files.h"
#include "report/html_style.h"
#include "report/html_wire.h"
#include "report/seriation.h"
#include "text/control_chars.h"
#include "text/utf8.h"
#include "util/json_writer.h"
#include "util/output_file.h"

namespace claimdup {
namespace {

std::string Html(absl::string_view s) {
  return absl::StrReplaceAll(WithoutControlChars(s, /*keep_line_breaks=*/true),
                             {{"&", "&amp;"}, {"<", "&lt;"}, {">", "&gt;"}, {"\"", "&quot;"}});
}

void Card(std::string* out, int64_t value, absl::string_view label) {
  absl::StrAppend(out, "<div class=\"card\"><b>", value, "</b><span>", Html(label),
                  "</span></div>");
}

// Outlets in most cross-outlet clusters, at most kHeatmapOutlets, in seriated order.
std::vector<uint32_t> HeatmapOutlets(const std::vector<std::string>& outlets, const OutletTables& t,
                                     absl::flat_hash_map<uint64_t, int64_t>* shared) {
  std::vector<uint32_t> top;
  for (uint32_t o = 0; o < t.clusters_per_outlet.size(); ++o) {
    if (t.clusters_per_outlet[o] > 0) top.push_back(o);
  }
  std::sort(top.begin(), top.end(), [&](uint32_t a, uint32_t b) {
    if (t.clusters_per_outlet[a] != t.clusters_per_outlet[b]) {
      return t.clusters_per_outlet[a] > t.clusters_per_outlet[b];
    }
    return outlets[a] < outlets[b];
  });
  if (top.size() > static_cast<size_t>(kHeatmapOutlets)) top.resize(kHeatmapOutlets);
  for (const OutletPairRow& p : t.pairs) {
    (*shared)[(uint64_t{p.a} << 32) | p.b] = p.shared;
    (*shared)[(uint64_t{p.b} << 32) | p.a] = p.shared;
  }
  const int n = static_cast<int>(top.size());
  std::vector<double> sim(n * n, 0.0);
  for (const OutletPairRow& p : t.pairs) {
    const auto ia = std::find(top.begin(), top.end(), p.a),
               ib = std::find(top.begin(), top.end(), p.b);
    if (ia == top.end() || ib == top.end()) continue;
    sim[(ia - top.begin()) * n + (ib - top.begin())] = p.jaccard;
    sim[(ib - top.begin()) * n + (ia - top.begin())] = p.jaccard;
  }
  std::vector<uint32_t> ordered;
  for (int i : SpectralOrder(sim, n)) ordered.push_back(top[i]);
  return ordered;
}

void AppendHeatmap(const std::vector<std::string>& outlets, const OutletTables& t,
                   std::string* out) {
  absl::flat_hash_map<uint64_t, int64_t> shared;
  const std::vector<uint32_t> order = HeatmapOutlets(outlets, t, &shared);
  const int n = static_cast<int>(order.size());
  if (n < 2) {
    absl::StrAppend(out, "<p class=\"empty\">No two outlets share a quote.</p>");
    return;
  }
  int64_t max_shared = 1;
  for (const auto& [k, v] : shared) max_shared = std::max(max_shared, v);
  absl::flat_hash_map<uint64_t, int64_t> not_wire;
  int64_t max_not_wire = 1;
  for (const OutletPairRow& p : t.pairs) {
    not_wire[(uint64_t{p.a} << 32) | p.b] = not_wire[(uint64_t{p.b} << 32) | p.a] = p.not_wire;
    max_not_wire = std::max(max_not_wire, p.not_wire);
  }
  const int cell = std::clamp(640 / n, 12, 34);
  const int label = 170;
  const int size = label + n * cell;
  absl::StrAppendFormat(
      out,
      "<div class=\"heat\"><svg id=\"heatmap\" xmlns=\"http://www.w3.org/2000/svg\" "
      "width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"shared quotes "
      "between outlets\">",
      size + 10, size + 10);
  for (int i = 0; i < n; ++i) {
    const std::string name = Html(TruncateUtf8(outlets[order[i]], 28));
    absl::StrAppendFormat(out,
                          "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>"
                          "<text transform=\"translate(%d,%d) rotate(-60)\">%s</text>",
                          label - 6, label + i * cell + cell * 2 / 3, name,
                          label + i * cell + cell / 2, label - 6, name);
  }
  for (int i = 0; i < n; ++i) {
    for (int j = 0; j < n; ++j) {
      const uint32_t a = order[i], b = order[j];
      const int64_t v = i == j ? t.clusters_per_outlet[a] : [&] {
        auto it = shared.find((uint64_t{a} << 32) | b);
        return it == shared.end() ? int64_t{0} : it->second;
      }();
      const auto fill_of = [&](int64_t count, int64_t max) -> std::string {
        if (i == j) return "#d5d9e0";
        if (count == 0) return "#f4f6fa";
        const double x =
            std::log1p(static_cast<double>(count)) / std::log1p(static_cast<double>(max));
        return absl::StrFormat("rgb(%d,%d,%d)", static_cast<int>(222 - 186 * x),
                               static_cast<int>(233 - 146 * x), static_cast<int>(252 - 38 * x));
      };
      const std::string fill = fill_of(v, max_shared);
      // The same cell when reuse through a common wire is left out (report/html_wire.h).
      const auto nw_it = not_wire.find((uint64_t{a} << 32) | b);
      const int64_t nw = i == j || nw_it == not_wire.end() ? 0 : nw_it->second;
      absl::StrAppendFormat(
          out,
          "<rect class=\"cell\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\" "
          "data-a=\"%s\" data-b=\"%s\" data-n=\"%d\" data-w=\"%d\" data-fa=\"%s\" "
          "data-fw=\"%s\"><title>%s</title></rect>",
          label + j * cell, label + i * cell, cell, cell, fill, Html(outlets[a]),
          Html(outlets[b]), v, nw, fill, fill_of(nw, max_not_wire),
          i == j ? Html(absl::StrCat(outlets[a], ": ", v, " cross-outlet quotes"))
                 : Html(absl::StrCat(outlets[a], " × ", outlets[b], ": ", v,
                                     " shared quotes, ", nw, " not through a common wire")));
    }
  }
  absl::StrAppend(out, "</svg></div>");
  AppendHeatmapWireSwitch(out);
}

// The data the page's script renders: outlets, top clusters with variants, pairs.
std::string DataJson(const ReportOptions& options, const RunResult& r, const OutletTables& t) {
  const ClaimTable& claims = r.claims;
  const std::vector<const ClusterInfo*> top =
      RankCrossOutlet(r.clusters, static_cast<size_t>(std::max(options.html_top, 0)));
  std::string json = "{\"outlets\":";
  std::vector<absl::string_view> names(claims.outlets.begin(), claims.outlets.end());
  absl::StrAppend(&json, JsonStringArray(names), ",\"clusters\":[");
  for (size_t i = 0; i < top.size(); ++i) {
    if (i % 32 == 0) claims.ReleaseText();  // Texts scattered over the file: see ReleaseText.
    const ClusterInfo& c = *top[i];
    const DocInfo& first = claims.docs[claims.doc(c.first)];
    std::string outlets = "[", variants = "[";
    for (size_t k = 0; k < c.outlets.size(); ++k)
      absl::StrAppend(&outlets, k ? "," : "", c.outlets[k]);
    outlets += "]";
    int shown = 0;
    // Wordings differ by their shingle sets (as in cluster_summary), so a cluster of 100k
    // identical lines is not read 100k times.
    std::vector<uint64_t> seen;
    for (uint32_t m : c.members) {
      if (std::find(seen.begin(), seen.end(), claims.set_key(m)) != seen.end()) continue;
      if (shown == kMaxVariants) break;
      seen.push_back(claims.set_key(m));
      const DocInfo& d = claims.docs[claims.doc(m)];
      JsonLine v;
      v.Int("o", d.outlet).Str("d", d.date).Str("t", TruncateUtf8(claims.text(m), 600));
      if (r.relations.relation.size() == claims.size()) {
        v.Str("r", RelationName(r.relations.relation[m])).Num("s", r.relations.similarity[m]);
      }
      if (m < r.quote_edits.size() && r.quote_edits[m].known)
        v.Str("e", EditName(r.quote_edits[m]));
      absl::StrAppend(&variants, shown++ ? "," : "", v.Finish());
    }
    variants += "]";
    JsonLine line;
    line.Int("id", c.id)
        .Int("n_outlets", c.outlets.size())
        .Int("size", c.members.size())
        .Str("canonical", TruncateUtf8(CanonicalText(claims, r.relations, c), 600))
        .Str("root", TruncateUtf8(RootText(claims, r.relations, c), 600))
        .Str("speaker", SpeakerLabel(claims, c))
        .Int("first_outlet", first.outlet)
        .Str("first_date", first.date)
        .Raw("outlets", outlets)
        .Raw("variants", variants)
        .Int("more", static_cast<int64_t>(c.members.size()) - shown);
    absl::StrAppend(&json, i ? "," : "", line.Finish());
  }
  absl::StrAppend(&json, "],\"pairs\":[");
  const size_t pairs = std::min<size_t>(t.pairs.size(), kMaxPairs);
  for (size_t i = 0; i < pairs; ++i) {
    const OutletPairRow& p = t.pairs[i];
    absl::StrAppend(&json, i ? "," : "", "[", p.a, ",", p.b, ",", p.shared, ",", p.a_first, ",",
                    p.b_first, "]");
  }
  // Outlets for the per-outlet selector: those in cross-outlet clusters, most first.
  std::vector<uint32_t> order;
  for (uint32_t o = 0; o < t.clusters_per_outlet.size(); ++o) {
    if (t.clusters_per_outlet[o] > 0) order.push_back(o);
  }
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    if (t.clusters_per_outlet[a] != t.clusters_per_outlet[b]) {
      return t.clusters_per_outlet[a] > t.clusters_per_outlet[b];
    }
    return claims.outlets[a] < claims.outlets[b];
  });
  absl::StrAppend(&json, "],\"outlet_order\":[");
  for (size_t i = 0; i < order.size(); ++i) absl::StrAppend(&json, i ? "," : "", order[i]);
  absl::StrAppend(&json, "]}");
  // Inside <script>, "</" would end the element and "<!--" would start a comment the
  // parser must see end: no '<' at all. It only occurs inside JSON strings, where \u003c
  // reads back as '<'.
  return absl::StrReplaceAll(json, {{"<", "\\u003c"}});
}

}  // namespace

HtmlOutletSections RenderOutletSections(const std::vector<std::string>& outlets,
                                        const OutletTables& tables) {
  HtmlOutletSections sections;
  AppendHeatmap(outlets, tables, &sections.heatmap);
  AppendWireSection(outlets, tables, &sections.wire);
  return sections;
}

std::string RenderHtmlReport(const ReportOptions& options, const RunResult& r,
                             const OutletTables& t, const HtmlOutletSections* sections) {
  std::optional<HtmlOutletSections> own;
  if (sections == nullptr) sections = &own.emplace(RenderOutletSections(r.claims.outlets, t));
  int64_t cross = 0;
  for (const ClusterInfo& c : r.clusters) cross += IsCrossOutlet(c);
  std::string out;
  absl::StrAppend(&out,
                  "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                  "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
                  "<title>claimdup report</title><style>",
                  kReportCss, "</style></head><body><header><h1>claimdup report</h1><p>");
  const char* unit = options.unit == ClaimUnit::kQuotes ? "quotes" : "sentences";
  absl::StrAppendFormat(&out,
                        "%d articles from %d outlets · %d %s · %d %s carried by more than one "
                        "outlet",
                        r.ingest.documents, r.claims.outlets.size(), r.claims.size(), unit, cross,
                        unit);
  absl::StrAppend(&out,
                  "</p></header><main><section id=\"summary\"><h2>Run summary</h2>"
                  "<div class=\"cards\">");
  Card(&out, r.ingest.documents, "articles");
  Card(&out, r.claims.outlets.size(), "outlets");
  Card(&out, r.claims.size(), unit);
  Card(&out, cross, "cross-outlet clusters");
  Card(&out, r.clusters.size(), "clusters (2+ claims)");
  Card(&out, r.extract.short_skipped, "skipped as too short");
  Card(&out, r.boilerplate_claims, "dropped as boilerplate");
  Card(&out, r.ingest.total_skipped(), "bad records skipped");
  absl::StrAppendFormat(&out,
                        "</div><p class=\"params\">Jaccard ≥ %.2f or containment ≥ %.2f · "
                        "%d-word shingles · %s MinHash K=%d · LSH %d bands × %d rows · "
                        "claimdup %s</p></section>",
                        options.match.threshold, options.match.containment,
                        options.match.shingle_size,
                        options.match.sketch == SketchKind::kOph ? "OPH" : "classic",
                        options.match.num_perms, r.lsh.bands, r.lsh.rows, CLAIMDUP_VERSION);
  absl::StrAppendFormat(
      &out,
      "<section id=\"who\"><h2>Who repeats whom</h2><p class=\"note\">Quotes "
      "shared by each pair of outlets (up to %d outlets: those in most cross-outlet "
      "quotes; outlets that share quotes are placed together). The diagonal is "
      "the outlet's own count. Hover a cell for numbers.</p>",
      kHeatmapOutlets);
  out += sections->heatmap;
  absl::StrAppendFormat(
      &out,
      "</section><section id=\"quotes\"><h2>Top cross-outlet %s</h2><p class=\"note\">The "
      "%s carried by the most outlets (up to %d). Click a row for the wording each outlet "
      "used; "
      "click a column to sort.</p><div class=\"filters\"><input id=\"f-outlet\" "
      "placeholder=\"Filter by outlet\"><input id=\"f-speaker\" placeholder=\"Filter by "
      "speaker\"><input id=\"f-text\" placeholder=\"Filter by words\"></div>"
      "<table id=\"quotes-table\"><thead><tr><th data-key=\"n_outlets\">Outlets</th>"
      "<th data-key=\"size\">Claims</th><th data-key=\"canonical\">Quote</th>"
      "<th data-key=\"speaker\">Speaker</th><th data-key=\"first_date\">First</th></tr></thead>"
      "<tbody></tbody></table><div class=\"pager\"><button id=\"prev\">‹ Prev</button>"
      "<span id=\"pageinfo\"></span><button id=\"next\">Next ›</button></div></section>",
      unit, unit, options.html_top);
  absl::StrAppend(&out,
                  "<section id=\"outlets\"><h2>Per outlet: what it repeated from whom</h2>"
                  "<p class=\"note\">For the chosen outlet, every outlet it shares quotes with: "
                  "how many, how often the other had them first, and how often it did.</p>"
                  "<div class=\"filters\"><select id=\"outlet-select\"></select></div>"
                  "<table id=\"outlet-table\"><thead><tr><th>Shares quotes with</th>"
                  "<th>Shared</th><th>They had it first</th><th>It had it first</th></tr>"
                  "</thead><tbody></tbody></table></section>");
  if (options.unit == ClaimUnit::kSentences) {
    AppendArticlePairsSection(r.claims, r.reuse, &out);
  } else {
    AppendMisattributionSection(r.claims, r.relations, r.misattribution, &out);
  }
  out += sections->wire;
  absl::StrAppend(&out, "</main><script type=\"application/json\" id=\"data\">",
                  DataJson(options, r, t), "</script><script>", kReportJs,
                  "</script></body></html>\n");
  return out;
}

absl::Status WriteHtmlReport(const ReportOptions& options, const RunResult& result,
                             const OutletTables& tables, const std::string& path,
                             const HtmlOutletSections* sections) {
  auto file = OutputFile::Create(path);
  if (!file.ok()) return file.status();
  (*file)->Write(RenderHtmlReport(options, result, tables, sections));
  return (*file)->Close();
}

}  // namespace claimdup
