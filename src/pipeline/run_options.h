// RunOptions: every setting of a claimdup job, with its default, in one place.
#ifndef CLAIMDUP_PIPELINE_RUN_OPTIONS_H_
#define CLAIMDUP_PIPELINE_RUN_OPTIONS_H_

#include <cstdint>
#include <string>

#include "core/match_options.h"
#include "extract/claim_extractor.h"
#include "ingest/ingest_options.h"
#include "report/report_input.h"

namespace claimdup {

// Sentence mode has ~15x the claims of quote mode, nearly all unique: it sketches with fewer
// permutations and looks for copies holding two thirds of the longer sentence or more (a
// wire sentence re-attributed: `"…," Lavrov said.` in one outlet, `"…," Lavrov told a press
// conference … on Thursday.` in another), so LSH stays selective (16 x 4 bands instead of
// 34 x 3) and chance overlaps of common phrases do not flood verification. Its signatures
// keep 8 bits per value: a 4-row band is then an exact 32-bit key, and the signatures,
// most of the run's memory, take 64 bytes a sentence.
inline constexpr int kSentencePerms = 64;
inline constexpr double kSentenceContainedShare = 0.66;
inline constexpr int kSentenceSignatureBits = 8;

// The match settings the user gave explicitly: mode defaults do not override them.
struct GivenMatchOptions {
  bool num_perms = false;
  bool min_contained_share = false;
  bool signature_bits = false;
};

// Applies the sentence-mode defaults above to the settings the user did not give.
void UseSentenceDefaults(const GivenMatchOptions& given, MatchOptions* match);

// When a paragraph is an outlet's boilerplate: it recurs in at least 2 of the outlet's
// articles and in `min_fraction` of them or in `min_docs` of them.
struct BoilerplateOptions {
  bool enabled = true;  // --no-boilerplate: keep every claim.
  double min_fraction = 0.3;
  int64_t min_docs = 50;
};

struct RunOptions {
  IngestOptions ingest;
  ExtractOptions extract;
  MatchOptions match;
  BoilerplateOptions boilerplate;
  int threads = 0;  // 0: one per core.
  std::string out_dir = "claimdup-out";
  int top = ReportOptions{}.top;            // Quotes listed in the terminal summary.
  int html_top = ReportOptions{}.html_top;  // Clusters listed in report.html.
  // Sentence mode: list every sentence in quotes.jsonl, not only repeated ones.
  bool all_claims = ReportOptions{}.all_claims;
  bool show_stock = ReportOptions{}.show_stock;  // Sentence mode: stock phrases in the views.
  bool verbose = false;
  bool progress = true;  // Progress bar (only drawn when stderr is a terminal).
};

// The worker threads a job uses: options.threads, or one per core when it is 0.
int EffectiveThreads(const RunOptions& options);

// What the reports need of `options`.
ReportOptions ReportOptionsOf(const RunOptions& options);

}  // namespace claimdup

#endif  // CLAIMDUP_PIPELINE_RUN_OPTIONS_H_
