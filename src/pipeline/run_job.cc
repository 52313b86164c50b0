#include "pipeline/run_job.h"

#include <algorithm>
#include <cmath>
#include <thread>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/time/clock.h"
#include "cluster/article_reuse.h"
#include "cluster/credit_steps.h"
#include "cluster/misattribution.h"
#include "cluster/quote_edits.h"
#include "cluster/split_quotes.h"
#include "cluster/verify.h"
#include "core/memory.h"
#include "extract/boilerplate.h"
#include "extract/given_names.h"
#include "extract/speaker_names.h"
#include "ingest/document_stream.h"
#include "pipeline/fingerprint.h"
#include "pipeline/ordered_parallel.h"
#include "pipeline/output_guard.h"
#include "pipeline/progress.h"
#include "report/output_set.h"
#include "report/report_files.h"
#include "util/output_file.h"

namespace claimdup {
namespace {

constexpr size_t kBatchBytes = 1 << 20;
constexpr size_t kBatchDocs = 512;

// Drops claims whose paragraph is boilerplate of their outlet. A document's claims are
// consecutive rows, and so are the claims of one paragraph (sentence mode has several):
// each paragraph is counted and looked up once.
// *kept (if given) says which rows were kept; empty when all were.
int64_t RemoveBoilerplate(const BoilerplateOptions& options, ClaimTable* claims,
                          std::vector<bool>* kept) {
  if (!options.enabled) return 0;
  BoilerplateDetector detector(options.min_fraction, options.min_docs);
  const size_t n = claims->size();
  const auto unknown_it = std::find(claims->outlets.begin(), claims->outlets.end(), "unknown");
  const uint32_t unknown = static_cast<uint32_t>(unknown_it - claims->outlets.begin());
  std::vector<uint64_t> paragraphs;
  size_t i = 0;
  for (uint32_t d = 0; d < claims->docs.size(); ++d) {  // Documents without claims count too.
    paragraphs.clear();
    for (; i < n && claims->doc(i) == d; ++i) {
      if (paragraphs.empty() || paragraphs.back() != claims->paragraph_hash(i)) {
        paragraphs.push_back(claims->paragraph_hash(i));
      }
    }
    // Without an outlet name there is no outlet whose template a paragraph could be.
    if (claims->docs[d].outlet != unknown) detector.AddDocument(claims->docs[d].outlet, paragraphs);
  }
  detector.Finish();
  std::vector<bool> keep(n);
  int64_t removed = 0;
  bool boilerplate = false;
  for (i = 0; i < n; ++i) {
    if (i == 0 || claims->doc(i) != claims->doc(i - 1) ||
        claims->paragraph_hash(i) != claims->paragraph_hash(i - 1)) {
      const uint32_t outlet = claims->docs[claims->doc(i)].outlet;
      boilerplate = outlet != unknown && detector.IsBoilerplate(outlet, claims->paragraph_hash(i));
    }
    keep[i] = !boilerplate;
    removed += boilerplate;
  }
  if (removed > 0) claims->Compact(keep);
  if (kept != nullptr && removed > 0) *kept = std::move(keep);
  return removed;
}

// Folds speaker spelling variants onto one name per person.
void CanonicalizeSpeakers(ClaimTable* claims) {
  std::vector<int64_t> counts(claims->speakers.size(), 0);
  std::vector<int64_t> articles(claims->speakers.size(), 0);
  std::vector<int64_t> last_doc(claims->speakers.size(), -1);  // Claims come article by article.
  for (size_t i = 0; i < claims->size(); ++i) {
    const uint32_t s = claims->speaker(i);
    ++counts[s];
    if (last_doc[s] != claims->doc(i)) {
      last_doc[s] = claims->doc(i);
      ++articles[s];
    }
  }
  const std::vector<uint32_t> canon = CanonicalSpeakers(claims->speakers, counts, articles);
  claims->RenameSpeakers(canon);
}

}  // namespace

double CandidateThreshold(const MatchOptions& match) {
  const double c = match.containment, r = match.min_contained_share;
  return std::min(match.threshold, c * r / (1.0 + r - c * r));
}

ClusterOptions MakeClusterOptions(const MatchOptions& match) {
  ClusterOptions c;
  // With anchors, an excerpt of any length is found and verified; min_contained_share then
  // only sets how far below the Jaccard threshold LSH reaches for truncated copies, and
  // overlapping stretches of one statement are matched too.
  c.anchors = match.excerpts;
  c.verify = VerifyParams{
      .threshold = match.threshold,
      .containment = match.containment,
      .containment_min_words = match.containment_min_words,
      .word_similarity = match.word_similarity,
      .min_contained_share = c.anchors ? 0.0 : match.min_contained_share,
      .overlap_words = c.anchors ? match.overlap_words : 0,
  };
  c.short_excerpt_words = match.short_excerpt_words;
  c.short_excerpt_days = match.short_excerpt_days;
  c.speaker_surname = PersonSurname;
  c.shingle_size = match.shingle_size;
  c.shingle_seed = match.seed;
  // About 3.4 of the estimate's largest standard error (0.5 / sqrt(K)), as
  // ClusterOptions::estimate_slack says: 0.15 at K = 128, 0.21 at K = 64.
  c.estimate_slack = 1.7 / std::sqrt(static_cast<double>(match.num_perms));
  c.candidate_threshold = CandidateThreshold(match);
  c.lsh = ChooseBandsRows(match.num_perms, c.candidate_threshold);
  return c;
}

void ReserveForInput(const std::vector<std::string>& inputs, size_t input_bytes, ClaimUnit unit,
                     ClaimTable* claims) {
  // Compressed dumps hold about 4x their size in text; claims are a fraction of it.
  bool compressed = false;
  for (const std::string& in : inputs) {
    compressed |= absl::EndsWith(in, ".gz") || absl::EndsWith(in, ".zst");
  }
  const size_t text = input_bytes * (compressed ? 4 : 1);
  // Over-reserving costs address space only: untouched pages are never faulted in.
  const size_t claim_bytes = unit == ClaimUnit::kQuotes ? 400 : 100;
  claims->Reserve(text / claim_bytes + 1024, text / 2);
}

namespace {

// Step 1: ingest, extract and fingerprint `inputs` into result->claims, sealed.
absl::Status IngestClaims(const std::vector<std::string>& inputs, const RunOptions& options,
                          RunResult* out,
                          const std::function<bool(const Document&)>& keep = nullptr) {
  RunResult& result = *out;
  const int threads = EffectiveThreads(options);
  result.threads = threads;
  StageTimer timer(&result.stages);

  auto stream_or = DocumentStream::Open(inputs, options.ingest);
  if (!stream_or.ok()) return stream_or.status();
  DocumentStream& stream = **stream_or;
  const MinHasher hasher(options.match.sketch == SketchKind::kOph, options.match.num_perms,
                         options.match.seed, options.match.signature_bits);
  result.claims = ClaimTable(options.match.num_perms, options.match.signature_bits);
  // Matching never reads claim text; it waits on disk for the reports.
  if (absl::Status spilled = result.claims.Spill(options.out_dir); !spilled.ok()) {
    return spilled;
  }
  ReserveForInput(inputs, stream.total_input_bytes(), options.extract.unit, &result.claims);
  Progress progress(options.progress, "claimdup");

  // 1. Ingest, extract and fingerprint, in parallel, merged in input order.
  std::function<absl::StatusOr<bool>(std::vector<Document>*)> produce =
      [&](std::vector<Document>* batch) -> absl::StatusOr<bool> {
    auto got = stream.NextBatch(kBatchDocs, kBatchBytes, batch);
    if (keep && got.ok()) {
      batch->erase(std::remove_if(batch->begin(), batch->end(),
                                  [&](const Document& d) { return !keep(d); }),
                   batch->end());
    }
    progress.Update(stream.input_bytes_done(), stream.total_input_bytes(),
                    stream.stats().documents);
    return got;
  };
  const std::function<void(std::vector<Document>&, FingerprintedBatch*)> process =
      FingerprintStep(options.extract, options.match, hasher);
  std::function<void(FingerprintedBatch&)> consume = [&](FingerprintedBatch& batch) {
    result.claims.Append(std::move(batch.table));  // The batch is made anew for each input.
    result.extract += batch.counts;
  };
  absl::Status st = OrderedParallel<std::vector<Document>, FingerprintedBatch>(
      threads, 2 * threads + 2, produce, process, consume);
  progress.Finish();
  if (!st.ok()) return st;
  if (absl::Status sealed = result.claims.Seal(); !sealed.ok()) return sealed;
  result.ingest = stream.stats();
  ReturnFreeMemory();  // The batches' memory: clustering's peak comes next.
  timer.Done("ingest+extract+sketch");
  return absl::OkStatus();
}

// Step 2: outlet boilerplate and speaker spellings need the whole run.
void PrepareClaims(const RunOptions& options, RunResult* result,
                   std::vector<bool>* kept = nullptr) {
  StageTimer timer(&result->stages);
  result->boilerplate_claims = RemoveBoilerplate(options.boilerplate, &result->claims, kept);
  result->claims.DropParagraphHashes();
  CanonicalizeSpeakers(&result->claims);
  timer.Done("boilerplate+speakers");
}

}  // namespace

absl::Status ReadClaims(const std::vector<std::string>& inputs, const RunOptions& options,
                        RunResult* result, const std::function<bool(const Document&)>& keep) {
  if (absl::Status read = IngestClaims(inputs, options, result, keep); !read.ok()) return read;
  PrepareClaims(options, result);
  return absl::OkStatus();
}

absl::Status ClusterIngestedClaims(const RunOptions& options, std::string* log,
                                   RunResult* result_ptr, const AcrossRanks& across) {
  PrepareClaims(options, result_ptr, across.kept);
  RunResult& result = *result_ptr;
  const int threads = result.threads;
  StageTimer timer(&result.stages);
  const MinHasher hasher(options.match.sketch == SketchKind::kOph, options.match.num_perms,
                         options.match.seed, options.match.signature_bits);

  // 3. Cluster.
  ClusterOptions cluster_options = MakeClusterOptions(options.match);
  if (across.matching) across.matching(&cluster_options);
  result.lsh_threshold = cluster_options.candidate_threshold;
  result.lsh = cluster_options.lsh;
  if (log != nullptr) {
    absl::StrAppendFormat(log,
                          "LSH: %d bands x %d rows over %d permutations, chosen for similarity "
                          "%.3f (threshold %.2f, containment %.2f)\n",
                          result.lsh.bands, result.lsh.rows, options.match.num_perms,
                          result.lsh_threshold, options.match.threshold, options.match.containment);
    absl::StrAppend(log, "S-curve P(candidate | Jaccard s):");
    for (double s : {0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0}) {
      absl::StrAppendFormat(log, " %.1f:%.3f", s, CollisionProbability(s, result.lsh));
    }
    absl::StrAppend(log, "\n");
  }
  const ClaimTable joined = JoinSplitQuotes(result.claims, options.match, hasher);
  result.cluster_of = ClusterClaims(&result.claims, joined, cluster_options, threads,
                                    &result.cluster_stats, &result.relations);
  // Reports read text, not fingerprints.
  result.claims.DropMatchingColumns();
  timer.Done("cluster");
  const uint32_t short_words = static_cast<uint32_t>(options.match.short_excerpt_words);
  // Sentences carry no speakers: nothing to misattribute.
  const bool credited = options.extract.unit == ClaimUnit::kQuotes;
  std::vector<ClusterCredits> credits;  // Made with the summaries across ranks.
  result.clusters =
      across.summarize
          ? across.summarize(result.claims, result.cluster_of, result.relations.relation,
                             /*min_size=*/2, short_words, credited ? &credits : nullptr)
          : SummarizeClusters(result.claims, result.cluster_of, result.relations.relation,
                              /*min_size=*/2, short_words);
  timer.Done("summarize");
  if (options.extract.unit == ClaimUnit::kSentences) {
    result.reuse = FindArticleReuse(result.claims, result.clusters);
    for (size_t k = 0; k < result.clusters.size(); ++k) {
      result.clusters[k].stock = result.reuse.stock[k] && !options.show_stock;
    }
    timer.Done("article reuse");
  }
  result.quote_edits =
      across.quote_edits
          ? across.quote_edits(result)
          : ComputeQuoteEdits(result.claims, result.clusters, result.relations, threads);
  if (credited) {
    result.misattribution =
        across.summarize ? FinishMisattributions(result.claims, result.clusters, result.relations,
                                                 std::move(credits))
                         : FindMisattributions(result.claims, result.clusters, result.relations);
  }
  timer.Done("fact-check");
  result.peak_rss_bytes = PeakRssBytes();
  return absl::OkStatus();
}

absl::StatusOr<RunResult> ComputeClusters(const std::vector<std::string>& inputs,
                                          const RunOptions& options, std::string* log) {
  RunResult result;
  if (absl::Status read = IngestClaims(inputs, options, &result); !read.ok()) return read;
  if (absl::Status clustered = ClusterIngestedClaims(options, log, &result); !clustered.ok()) {
    return clustered;
  }
  return result;
}

absl::StatusOr<RunResult> RunJob(const std::vector<std::string>& inputs, const RunOptions& options,
                                 std::string* log) {
  if (absl::Status apart = CheckOutputFolderApart(inputs, options.out_dir); !apart.ok()) {
    return apart;
  }
  absl::Status dir = EnsureDirectory(options.out_dir);
  if (!dir.ok()) return dir;
  auto outputs = OutputSet::Open(options.out_dir);  // Locked until the run ends.
  if (!outputs.ok()) return outputs.status();
  auto result = ComputeClusters(inputs, options, log);
  if (!result.ok()) return result.status();
  return WriteRunReports(options, outputs->get(), std::move(*result), log);
}

absl::StatusOr<RunResult> WriteRunReports(const RunOptions& options, OutputSet* outputs,
                                          RunResult result_value, std::string* log,
                                          const ClaimFilesWriter& write_claim_files) {
  RunResult* result = &result_value;
  const ReportOptions report = ReportOptionsOf(options);
  auto reports = WriteReportFiles(report, outputs, *result, write_claim_files);
  if (!reports.ok()) return reports.status();
  result->stages.push_back(reports->time);
  result->clusters_without_pairs = reports->clusters_without_pairs;
  result->files.insert(result->files.end(), reports->files.begin(), reports->files.end());
  result->peak_rss_bytes = PeakRssBytes();
  // summary.json last, so it carries every stage's time.
  absl::Status written = WriteSummaryJson(report, *result, outputs->Stage(kSummaryFileName));
  if (!written.ok()) return written;
  written = outputs->Commit();
  if (!written.ok()) return written;
  if (log != nullptr) {
    for (const StageTime& s : result->stages) {
      absl::StrAppendFormat(log, "stage %-24s %8.3f s\n", s.stage, s.seconds);
    }
  }
  return result_value;
}

}  // namespace claimdup
