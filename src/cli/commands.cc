#include "cli/commands.h"

#include <cstdio>
#include <fstream>
#include <iostream>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "cli/options.h"
#include "dist/mpi_world.h"
#include "eval/quote_eval.h"
#include "pipeline/dedup_job.h"
#include "pipeline/explain_job.h"
#include "pipeline/distributed_run.h"
#include "pipeline/extract_job.h"
#include "pipeline/index_job.h"
#include "pipeline/output_guard.h"
#include "pipeline/run_job.h"
#include "report/output_set.h"
#include "report/report_files.h"

namespace claimdup::cli {
namespace {

constexpr int kExitOk = 0;
constexpr int kExitInternal = 1;
constexpr int kExitUsage = 2;

// Bad input and bad usage are the user's to fix (2); anything else is ours (1).
int ExitCodeOf(const absl::Status& status) {
  switch (status.code()) {
    case absl::StatusCode::kInvalidArgument:
    case absl::StatusCode::kNotFound:
    case absl::StatusCode::kPermissionDenied:
    case absl::StatusCode::kDataLoss:
    case absl::StatusCode::kFailedPrecondition:
      return kExitUsage;
    default:
      return kExitInternal;
  }
}

int Fail(const absl::Status& status) {
  std::fprintf(stderr, "claimdup: error: %s\n", std::string(status.message()).c_str());
  return ExitCodeOf(status);
}

// Standard output is a file too: a full disk or closed pipe must not pass for success.
int FlushStdout(int code) {
  std::cout.flush();
  if (std::fflush(stdout) != 0 || std::ferror(stdout) || !std::cout) {
    std::fprintf(stderr, "claimdup: error: standard output: write failed\n");
    return kExitInternal;
  }
  return code;
}

// `run --index` and `report`: a few lines on what the run added and where the files are.
void PrintIndexSummary(const IndexRunCounts& r, const std::string& out_dir) {
  if (r.run > 0) {
    std::printf(
        "claimdup run %lld into %s: %lld articles, %lld claims added (%lld joined earlier "
        "clusters, %lld new clusters, %lld clusters gained an outlet, %lld merged)\n",
        static_cast<long long>(r.run), r.index.c_str(), static_cast<long long>(r.new_docs),
        static_cast<long long>(r.new_claims), static_cast<long long>(r.joined_existing),
        static_cast<long long>(r.new_clusters), static_cast<long long>(r.gained_outlet),
        static_cast<long long>(r.merged_clusters));
  }
  std::printf("  index: %lld articles, %lld claims; %lld clusters listed in %s/clusters.jsonl\n",
              static_cast<long long>(r.index_docs), static_cast<long long>(r.index_claims),
              static_cast<long long>(r.clusters_touched), out_dir.c_str());
}

int RunIndexed(const CliConfig& c) {
  std::string log;
  auto result = RunIndexJob(c.inputs, c.run, c.index, c.run.verbose ? &log : nullptr);
  if (!log.empty()) std::fputs(log.c_str(), stderr);
  if (!result.ok()) return Fail(result.status());
  if (result->skipped_docs > 0) {
    std::fprintf(stderr,
                 "claimdup: %lld articles skipped: already in the index (same id, URL and "
                 "text)\n",
                 static_cast<long long>(result->skipped_docs));
  }
  if (result->updated_docs > 0) {
    std::fprintf(stderr,
                 "claimdup: %lld articles added again as updates: their id and URL are in the "
                 "index with other text\n",
                 static_cast<long long>(result->updated_docs));
  }
  if (!c.quiet) PrintIndexSummary(*result, c.run.out_dir);
  return FlushStdout(kExitOk);
}

int Report(const CliConfig& c) {
  auto result = ReportIndexJob(c.index, c.run);
  if (!result.ok()) return Fail(result.status());
  if (!c.quiet) PrintIndexSummary(*result, c.run.out_dir);
  return FlushStdout(kExitOk);
}

void PrintDedupSummary(const CliConfig& c, const DedupResult& result);

// One rank of an MPI job (mpirun, srun): every rank gets the job's outcome; rank 0 prints
// what a single process would, the others only their --verbose lines.
int RunAsRank(const CliConfig& c) {
  auto world = MpiWorld::Init();
  if (!world.ok()) return Fail(world.status());
  std::string log;
  int code = kExitOk;
  const bool root = (*world)->root();
  if (c.command == "dedup") {
    auto result = RunDedupAcrossRanks(world->get(), c.inputs, c.run, c.dedup_out);
    if (!result.ok()) code = root ? Fail(result.status()) : ExitCodeOf(result.status());
    if (result.ok() && result->has_value() && !c.quiet) PrintDedupSummary(c, **result);
  } else {
    auto result = RunJobAcrossRanks(world->get(), c.inputs, c.run, c.run.verbose ? &log : nullptr);
    if (!log.empty()) std::fputs(log.c_str(), stderr);
    if (!result.ok()) code = root ? Fail(result.status()) : ExitCodeOf(result.status());
    if (result.ok() && result->has_value() && !c.quiet) {
      const std::string summary = TerminalSummary(ReportOptionsOf(c.run), **result);
      std::fwrite(summary.data(), 1, summary.size(), stdout);
    }
  }
  world->reset();  // MPI_Finalize: every rank gets here, also after an error.
  return code == kExitOk ? FlushStdout(code) : code;
}

int Run(const CliConfig& c) {
  if (LaunchedByMpiLauncher()) return RunAsRank(c);
  if (!c.index.empty()) return RunIndexed(c);
  std::string log;
  auto result = RunJob(c.inputs, c.run, c.run.verbose ? &log : nullptr);
  if (!log.empty()) std::fputs(log.c_str(), stderr);
  if (!result.ok()) return Fail(result.status());
  if (!c.quiet) {
    const std::string summary = TerminalSummary(ReportOptionsOf(c.run), *result);
    std::fwrite(summary.data(), 1, summary.size(), stdout);
  }
  return FlushStdout(kExitOk);
}

int Extract(const CliConfig& c) {
  IngestStats ingest;
  ExtractCounts counts;
  absl::Status st;
  if (c.extract_out.empty()) {
    st = RunExtractJob(c.inputs, c.run.ingest, c.run.extract, std::cout, &ingest, &counts);
    if (absl::IsDataLoss(st)) st = absl::DataLossError("standard output: write failed");
  } else {
    st = CheckOutputFilesApart(c.inputs, {c.extract_out});
    if (!st.ok()) return Fail(st);
    // Written beside the target and renamed over it at the end: a failed run keeps the old file.
    AtomicFilePath target(c.extract_out);
    std::ofstream out(target.temp(), std::ios::binary);
    if (!out) {
      return Fail(absl::PermissionDeniedError(absl::StrCat(c.extract_out, ": cannot create")));
    }
    IngestOptions ingest_options = c.run.ingest;
    ingest_options.skip_paths = {c.extract_out, target.temp()};
    st = RunExtractJob(c.inputs, ingest_options, c.run.extract, out, &ingest, &counts);
    out.close();
    if (st.ok() && !out) st = absl::DataLossError("write failed");
    if (absl::IsDataLoss(st) && st.message() == "write failed") {
      st = absl::DataLossError(absl::StrCat(c.extract_out, ": write failed"));
    }
    if (st.ok()) st = target.Finish();
  }
  if (!st.ok()) return Fail(st);
  if (!c.quiet) {
    std::fprintf(stderr,
                 "claimdup extract: %lld articles, %lld claims; skipped %lld short, %lld "
                 "unbalanced, %lld overlong; %lld menu-like lines; %lld bad records\n",
                 static_cast<long long>(ingest.documents), static_cast<long long>(counts.claims),
                 static_cast<long long>(counts.short_skipped),
                 static_cast<long long>(counts.unbalanced), static_cast<long long>(counts.overlong),
                 static_cast<long long>(counts.menu_lines),
                 static_cast<long long>(ingest.total_skipped()));
  }
  return FlushStdout(kExitOk);
}

void PrintDedupSummary(const CliConfig& c, const DedupResult& result) {
  double secs = 0;
  for (const StageTime& s : result.stages) secs += s.seconds;
  std::printf(
      "claimdup dedup: %lld articles -> %lld kept, %lld near-duplicates removed "
      "(threshold %.2f, LSH %d x %d) in %.2f s\n  wrote %s and %s\n",
      static_cast<long long>(result.documents), static_cast<long long>(result.kept),
      static_cast<long long>(result.removed), c.run.match.threshold, result.lsh.bands,
      result.lsh.rows, secs, result.output.c_str(), result.removed_path.c_str());
  if (result.ingest.total_skipped() > 0) {
    std::printf("  %lld bad records skipped (--lenient)\n",
                static_cast<long long>(result.ingest.total_skipped()));
  }
}

int Dedup(const CliConfig& c) {
  if (LaunchedByMpiLauncher()) return RunAsRank(c);
  auto result = RunDedupJob(c.inputs, c.run, c.dedup_out);
  if (!result.ok()) return Fail(result.status());
  if (!c.quiet) PrintDedupSummary(c, *result);
  return FlushStdout(kExitOk);
}

int Eval(const CliConfig& c) {
  auto report = EvaluateQuotes(c.gold, c.pred);
  if (!report.ok()) return Fail(report.status());
  std::fputs(FormatEvalReport(*report).c_str(), stdout);
  return FlushStdout(kExitOk);
}

int Explain(const CliConfig& c) {
  int64_t a = 0, b = 0;
  if (!absl::SimpleAtoi(c.inputs[0], &a) || !absl::SimpleAtoi(c.inputs[1], &b)) {
    return Fail(absl::InvalidArgumentError("explain needs two claim ids"));
  }
  auto text = ExplainPair(c.run.out_dir, a, b);
  if (!text.ok()) return Fail(text.status());
  std::fwrite(text->data(), 1, text->size(), stdout);
  return FlushStdout(kExitOk);
}

}  // namespace

int Main(int argc, char** argv) {
  auto config = ParseCommandLine(argc, argv);
  if (!config.ok()) return Fail(config.status());
  if (config->version) {
    std::printf("claimdup %s\n", CLAIMDUP_VERSION);
    return FlushStdout(kExitOk);
  }
  if (config->help) {
    std::fputs(HelpText(config->command).c_str(), stdout);
    return FlushStdout(kExitOk);
  }
  if (config->command == "run") return Run(*config);
  if (config->command == "extract") return Extract(*config);
  if (config->command == "dedup") return Dedup(*config);
  if (config->command == "eval") return Eval(*config);
  if (config->command == "explain") return Explain(*config);
  if (config->command == "report") return Report(*config);
  return Fail(absl::InvalidArgumentError(absl::StrCat("unknown command ", config->command)));
}

}  // namespace claimdup::cli
