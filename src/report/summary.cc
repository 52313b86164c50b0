// summary.json and the terminal summary.
#include <algorithm>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "report/factcheck_files.h"
#include "report/report_files.h"
#include "text/control_chars.h"
#include "text/utf8.h"
#include "util/human_bytes.h"
#include "util/json_writer.h"
#include "util/output_file.h"

namespace claimdup {
namespace {

// Outlets named per quote in the terminal summary; the rest are counted.
constexpr size_t kTerminalOutlets = 10;

// Input text as the terminal may show it: no escape sequences, NUL or line breaks.
std::string Printable(absl::string_view s) { return WithoutControlChars(s, false); }

int64_t CrossOutletClusters(const RunResult& r) {
  return std::count_if(r.clusters.begin(), r.clusters.end(),
                       [](const ClusterInfo& c) { return IsCrossOutlet(c); });
}

}  // namespace

absl::Status WriteSummaryJson(const ReportOptions& options, const RunResult& r,
                              const std::string& path) {
  auto file = OutputFile::Create(path);
  if (!file.ok()) return file.status();
  JsonLine skipped;
  for (const auto& [reason, n] : r.ingest.skipped) skipped.Int(reason, n);
  JsonLine counts;
  counts.Int("documents", r.ingest.documents)
      .Int("input_bytes", r.ingest.bytes)
      .Int("claims", r.claims.size())
      .Int("quotes_found", r.extract.quotes_found)
      .Int("skipped_short", r.extract.short_skipped)
      .Int("skipped_unbalanced", r.extract.unbalanced)
      .Int("skipped_overlong", r.extract.overlong)
      .Int("menu_lines", r.extract.menu_lines)
      .Int("link_boxes", r.extract.link_boxes)
      .Int("boilerplate_claims", r.boilerplate_claims)
      .Int("bad_records_skipped", r.ingest.total_skipped())
      .Raw("bad_records_by_reason", skipped.Finish())
      .Int("utf8_repaired_records", r.ingest.utf8_repaired_records)
      .Int("utf8_replacements", r.ingest.utf8_replacements)
      .Int("undated_documents", r.ingest.undated_documents)
      .Int("invalid_dates", r.ingest.invalid_dates)
      .Int("dated_by_embedded_tweet", r.extract.tweet_dated)
      .Int("clusters", r.clusters.size())
      .Int("cross_outlet_clusters", CrossOutletClusters(r))
      .Int("clusters_without_pairs", r.clusters_without_pairs)
      .Int("exact_duplicates", r.cluster_stats.exact_duplicates)
      .Int("set_key_collisions", r.cluster_stats.set_key_collisions)
      .Int("candidate_pairs", r.cluster_stats.candidate_pairs)
      .Int("candidates_skipped_by_estimate", r.cluster_stats.estimate_skipped)
      .Int("jaccard_edges", r.cluster_stats.jaccard_edges)
      .Int("containment_edges", r.cluster_stats.containment_edges)
      .Int("containment_joined", r.cluster_stats.containment_joined)
      .Int("containment_ambiguous", r.cluster_stats.containment_ambiguous)
      .Int("anchor_pairs", r.cluster_stats.anchor_pairs)
      .Int("stock_phrases", r.cluster_stats.stock_phrases)
      .Int("overlap_edges", r.cluster_stats.overlap_edges)
      .Int("short_excerpts_far_apart", r.cluster_stats.short_excerpts_far_apart)
      .Int("short_excerpts_other_speaker", r.cluster_stats.short_excerpts_other_speaker);
  if (options.unit == ClaimUnit::kSentences) {
    // Stock phrases are left out of cross_outlet_clusters unless --show-stock.
    counts.Int("stock_clusters", r.reuse.stock_clusters)
        .Int("stock_cross_outlet_clusters", r.reuse.stock_cross_outlet)
        .Int("article_pairs", r.reuse.pairs.size())
        .Int("article_pairs_counted", r.reuse.counted_pairs)
        .Int("clusters_over_pair_cap", r.reuse.wide_clusters);
  }
  JsonLine params;
  params.Str("unit", options.unit == ClaimUnit::kQuotes ? "quotes" : "sentences")
      .Int("min_words", options.min_words)
      .Num("threshold", options.match.threshold)
      .Num("containment", options.match.containment)
      .Num("word_similarity", options.match.word_similarity)
      .Num("min_contained_share", options.match.min_contained_share)
      .Bool("excerpt_anchors", options.match.excerpts)
      .Int("overlap_words", options.match.excerpts ? options.match.overlap_words : 0)
      .Int("shingle_size", options.match.shingle_size)
      .Int("num_perms", options.match.num_perms)
      .Int("signature_bits", options.match.signature_bits)
      .Str("sketch", options.match.sketch == SketchKind::kOph ? "oph" : "classic")
      .Bool("spelling_fold", options.match.spelling_fold)
      .Int("lsh_bands", r.lsh.bands)
      .Int("lsh_rows", r.lsh.rows)
      .Num("lsh_threshold", r.lsh_threshold)
      .Int("threads", r.threads)
      .Bool("lenient", options.lenient);
  JsonLine stages, stages_cpu;
  double total = 0;
  for (const StageTime& s : r.stages) {
    stages.Num(s.stage, s.seconds);
    stages_cpu.Num(s.stage, s.cpu_seconds);
    total += s.seconds;
  }
  JsonLine cluster_steps, cluster_steps_cpu;
  for (const StageTime& s : r.cluster_stats.steps) {
    cluster_steps.Num(s.stage, s.seconds);
    cluster_steps_cpu.Num(s.stage, s.cpu_seconds);
  }
  JsonLine top;
  top.Str("version", CLAIMDUP_VERSION)
      .Raw("counts", counts.Finish())
      .Raw("parameters", params.Finish())
      .Raw("stage_seconds", stages.Finish())
      .Raw("cluster_step_seconds", cluster_steps.Finish())
      .Raw("stage_cpu_seconds", stages_cpu.Finish())
      .Raw("cluster_step_cpu_seconds", cluster_steps_cpu.Finish())
      .Raw("fact_check", FactCheckSummaryJson(r.clusters, r.misattribution, r.quote_edits))
      .Num("total_seconds", total)
      .Int("peak_rss_bytes", r.peak_rss_bytes)
      .Raw("warnings", JsonStringArray(r.ingest.warnings));
  (*file)->WriteLine(top.Finish());
  return (*file)->Close();
}

std::string TerminalSummary(const ReportOptions& options, const RunResult& r) {
  std::string out;
  double total = 0;
  for (const StageTime& s : r.stages) total += s.seconds;
  absl::StrAppendFormat(&out, "claimdup: %d articles (%s) from %d outlets -> %d %s in %.2f s\n",
                        r.ingest.documents, HumanBytes(r.ingest.bytes), r.claims.outlets.size(),
                        r.claims.size(),
                        options.unit == ClaimUnit::kQuotes ? "quotes" : "sentences", total);
  absl::StrAppendFormat(&out,
                        "  skipped: %d short (< %d words), %d unbalanced, %d overlong, "
                        "%d outlet boilerplate; %d menu-like lines ignored\n",
                        r.extract.short_skipped, options.min_words, r.extract.unbalanced,
                        r.extract.overlong, r.boilerplate_claims, r.extract.menu_lines);
  if (r.ingest.total_skipped() > 0) {
    std::vector<std::string> parts;
    for (const auto& [reason, n] : r.ingest.skipped) parts.push_back(absl::StrCat(n, " ", reason));
    absl::StrAppend(&out, "  bad records skipped (--lenient): ", absl::StrJoin(parts, ", "), "\n");
    for (const std::string& w : r.ingest.warnings) {
      absl::StrAppend(&out, "    ", Printable(w), "\n");
    }
  }
  if (r.ingest.utf8_repaired_records > 0) {
    absl::StrAppendFormat(&out, "  invalid UTF-8 repaired in %d records (%d sequences)\n",
                          r.ingest.utf8_repaired_records, r.ingest.utf8_replacements);
  }
  const int64_t cross = CrossOutletClusters(r);
  absl::StrAppendFormat(&out, "  clusters: %d of 2+ claims, %d across outlets\n", r.clusters.size(),
                        cross);
  if (options.unit == ClaimUnit::kSentences) {
    absl::StrAppendFormat(
        &out,
        "  stock phrases: %d clusters (%d across outlets), %s; article pairs "
        "sharing sentences: %d (article_pairs.csv)\n",
        r.reuse.stock_clusters, r.reuse.stock_cross_outlet,
        options.show_stock ? "shown (--show-stock)" : "left out below (--show-stock shows them)",
        r.reuse.pairs.size());
  }
  const auto ranked = RankCrossOutlet(r.clusters, static_cast<size_t>(std::max(options.top, 0)));
  if (!ranked.empty() && options.top > 0) {
    const bool sentences = options.unit == ClaimUnit::kSentences;
    absl::StrAppendFormat(&out, "\nTop cross-outlet %s:\n", sentences ? "sentences" : "quotes");
    int shown = 0;
    for (const ClusterInfo* c : ranked) {
      if (shown++ >= options.top) break;
      std::vector<std::string> outlets;
      for (uint32_t o : c->outlets) {
        if (outlets.size() == kTerminalOutlets) {
          outlets.push_back(absl::StrCat("and ", c->outlets.size() - kTerminalOutlets, " more"));
          break;
        }
        outlets.push_back(Printable(TruncateUtf8(r.claims.outlets[o], 60)));
      }
      // Sentences carry no speakers: their line starts with the outlet count.
      const std::string speaker =
          sentences             ? ""
          : c->speakers.empty() ? "unknown speaker — "
                                : absl::StrCat(Printable(SpeakerLabel(r.claims, *c)), " — ");
      const DocInfo& first = r.claims.docs[r.claims.doc(c->first)];
      const size_t index = c - r.clusters.data();
      const bool stock = index < r.reuse.stock.size() && r.reuse.stock[index];
      absl::StrAppendFormat(&out, "%3d. %s\"%s\"\n     %s%d outlets: %s; first: %s%s\n", shown,
                            stock ? "[stock] " : "",
                            Printable(TruncateUtf8(CanonicalText(r.claims, r.relations, *c), 110)),
                            speaker, c->outlets.size(), absl::StrJoin(outlets, ", "),
                            Printable(r.claims.outlets[first.outlet]),
                            first.date.empty() ? "" : absl::StrCat(" (", first.date, ")"));
    }
  }
  if (!r.files.empty()) {
    absl::StrAppend(&out, "\nWrote ", Printable(options.out_dir), "/: ");
    std::vector<std::string> names;
    for (const std::string& f : r.files) names.push_back(f.substr(f.rfind('/') + 1));
    absl::StrAppend(&out, absl::StrJoin(names, ", "), "\n");
  }
  return out;
}

}  // namespace claimdup
