#include "report/article_pairs_files.h"

#include <algorithm>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "extract/wire_credits.h"
#include "report/csv_writer.h"
#include "text/control_chars.h"
#include "text/utf8.h"
#include "util/output_file.h"

namespace claimdup {
namespace {

std::string Escape(absl::string_view s) {
  return absl::StrReplaceAll(WithoutControlChars(s, /*keep_line_breaks=*/false),
                             {{"&", "&amp;"}, {"<", "&lt;"}, {">", "&gt;"}, {"\"", "&quot;"}});
}

// One article in a table cell: outlet, date, title (linked when it has a URL) and id.
std::string ArticleCell(const ClaimTable& claims, const DocInfo& d) {
  const std::string title = Escape(TruncateUtf8(d.title.empty() ? d.id : d.title, 160));
  // Only web links: a javascript: URL in the input must not become a live link.
  const bool web = absl::StartsWith(d.url, "http://") || absl::StartsWith(d.url, "https://");
  const std::string link =
      !web ? title
           : absl::StrCat("<a href=\"", Escape(d.url), "\" rel=\"noopener\">", title, "</a>");
  return absl::StrCat(
      "<b>", Escape(claims.outlets[d.outlet]), "</b> ", d.date.empty() ? "undated" : Escape(d.date),
      "<br>", link,
      d.title.empty() ? "" : absl::StrCat("<div class=\"who\">", Escape(d.id), "</div>"));
}

std::string WireList(uint8_t wires) { return absl::StrJoin(WireNames(wires), ";"); }

// What the pair's wire credits say, for a reader: "both credit AP", "earlier credits
// Reuters", "earlier AP; later Reuters", or "" when neither credits a wire.
std::string WireNote(uint8_t earlier, uint8_t later) {
  const uint8_t both = earlier & later;
  const uint8_t only_earlier = static_cast<uint8_t>(earlier & ~both);
  const uint8_t only_later = static_cast<uint8_t>(later & ~both);
  std::vector<std::string> parts;
  if (both != 0) parts.push_back(absl::StrCat("both credit ", WireList(both)));
  if (only_earlier != 0) {
    parts.push_back(
        absl::StrCat(both ? "earlier also " : "earlier credits ", WireList(only_earlier)));
  }
  if (only_later != 0) {
    parts.push_back(absl::StrCat(both ? "later also " : "later credits ", WireList(only_later)));
  }
  return absl::StrJoin(parts, "; ");
}

}  // namespace

absl::Status WriteArticlePairsCsv(const ClaimTable& claims, const std::vector<ArticlePair>& pairs,
                                  const std::string& path) {
  auto file = OutputFile::Create(path);
  if (!file.ok()) return file.status();
  (*file)->Write(
      "article_a,article_b,outlet_a,outlet_b,date_a,date_b,shared_sentences,sentences_b,"
      "share_b,title_a,title_b,url_a,url_b,wire_a,wire_b,common_wire\n");
  for (const ArticlePair& p : pairs) {
    const DocInfo& a = claims.docs[p.earlier];
    const DocInfo& b = claims.docs[p.later];
    (*file)->Write(CsvRow()
                       .Add(a.id)
                       .Add(b.id)
                       .Add(claims.outlets[a.outlet])
                       .Add(claims.outlets[b.outlet])
                       .Add(a.date)
                       .Add(b.date)
                       .Add(int64_t{p.shared})
                       .Add(int64_t{p.later_sentences})
                       .Add(p.later_share)
                       .Add(a.title)
                       .Add(b.title)
                       .Add(a.url)
                       .Add(b.url)
                       .Add(WireList(a.wire))
                       .Add(WireList(b.wire))
                       .Add(WireList(a.wire & b.wire))
                       .Finish());
  }
  return (*file)->Close();
}

}  // namespace claimdup

namespace claimdup {

void AppendArticlePairsSection(const ClaimTable& claims, const ArticleReuse& reuse,
                               std::string* html) {
  size_t common_wire = 0;
  for (const ArticlePair& p : reuse.pairs) {
    common_wire += (claims.docs[p.earlier].wire & claims.docs[p.later].wire) != 0;
  }
  absl::StrAppend(html,
                  "<section id=\"article-pairs\"><h2>Article pairs: who reprinted whom</h2>"
                  "<p class=\"note\">Articles sharing sentences (wire copy, reprinted stories): "
                  "the earlier article (by date, else input order), the later one, the sentences "
                  "they share and the share of the later article that is. Stock phrases (",
                  reuse.stock_clusters,
                  " sentence clusters: lines many unrelated articles carry, such as requests for "
                  "comment, bios and footers) are not counted. The first ",
                  std::min(reuse.pairs.size(), kHtmlArticlePairs), " of ", reuse.pairs.size(),
                  " pairs; all are in article_pairs.csv. Wire: the news agencies (AP, Reuters, "
                  "AFP, ...) the articles credit; ",
                  common_wire, " of the ", reuse.pairs.size(),
                  " pairs both credit the same wire (syndication rather than copying).</p>");
  if (reuse.pairs.empty()) {
    absl::StrAppend(html, "<p class=\"empty\">No two articles share sentences.</p></section>");
    return;
  }
  absl::StrAppend(
      html,
      "<table id=\"article-pairs-table\"><thead><tr><th>Shared</th><th>Of the later"
      "</th><th>Earlier article</th><th>Later article</th><th>Wire</th></tr></thead><tbody>");
  const size_t n = std::min(reuse.pairs.size(), kHtmlArticlePairs);
  for (size_t i = 0; i < n; ++i) {
    const ArticlePair& p = reuse.pairs[i];
    absl::StrAppendFormat(html,
                          "<tr><td class=\"num\"><span class=\"badge\">%d</span></td>"
                          "<td class=\"num\">%.0f%%<div class=\"who\">of %d</div></td>"
                          "<td>%s</td><td>%s</td><td>%s</td></tr>",
                          p.shared, 100.0 * p.later_share, p.later_sentences,
                          ArticleCell(claims, claims.docs[p.earlier]),
                          ArticleCell(claims, claims.docs[p.later]),
                          Escape(WireNote(claims.docs[p.earlier].wire, claims.docs[p.later].wire)));
  }
  absl::StrAppend(html, "</tbody></table></section>");
}

}  // namespace claimdup
