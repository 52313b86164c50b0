// The whole `run` on N synthetic quote claims (default 1M): articles of 4 attributed quotes,
// quotes drawn from a pool with outlet edits (truncation, dropped word, case), vocabulary
// from the bundled corpus. Prints wall time, claims/s and peak RSS. Not a Google Benchmark
// fixture: one run is the measurement (a second would reuse warm caches and allocations).
//
//   build/run_bench [CLAIMS] [THREADS]
#include <sys/resource.h>

#include <cstdio>
#include <random>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/time/clock.h"
#include "bench_data.h"
#include "core/memory.h"
#include "pipeline/run_job.h"
#include "util/json_writer.h"
#include "util/output_file.h"

namespace claimdup {
namespace {

std::string GenerateDump(int64_t claims, const std::string& path) {
  std::vector<std::string> vocab;
  for (const std::string& t : bench::CorpusTexts()) {
    for (absl::string_view w : absl::StrSplit(t, absl::ByAnyChar(" \n\t"), absl::SkipEmpty())) {
      std::string word;  // Letters and digits only: no stray quote marks in the pool.
      for (char c : w) {
        if (std::isalnum(static_cast<unsigned char>(c))) word.push_back(c);
      }
      if (!word.empty()) vocab.push_back(word);
    }
  }
  std::mt19937_64 rng(2026);
  const int64_t pool_size = claims / 4;  // Each source quote is carried ~4 times.
  std::vector<std::string> pool(pool_size);
  for (auto& q : pool) {
    const int words = 12 + rng() % 20;
    std::vector<absl::string_view> w;
    for (int i = 0; i < words; ++i) w.push_back(vocab[rng() % vocab.size()]);
    q = absl::StrJoin(w, " ");
  }
  const char* speakers[] = {"Sergei Lavrov", "Anders Fogh Rasmussen", "Hillary Clinton",
                            "Guido Westerwelle", "Alain Juppe"};
  auto file = OutputFile::Create(path);
  if (!file.ok()) return "";
  int64_t written = 0, doc = 0;
  while (written < claims) {
    std::string body = "Officials met in Brussels on Thursday to discuss the plans.\n\n";
    for (int q = 0; q < 4 && written < claims; ++q, ++written) {
      std::string quote = pool[rng() % pool_size];
      switch (rng() % 4) {  // Outlet edits.
        case 0:
          break;
        case 1:
          quote = quote.substr(0, quote.size() * 9 / 10);  // Truncated end.
          break;
        case 2:
          quote[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(quote[0])));
          break;
        case 3:
          quote += " indeed";
          break;
      }
      absl::StrAppend(&body, "\"", quote, ",\" ", speakers[rng() % 5], " said.\n\n");
    }
    JsonLine line;
    line.Str("id", absl::StrCat("a", doc))
        .Str("outlet", absl::StrCat("outlet", rng() % 200))
        .Str("date", absl::StrCat("2012-04-", 10 + rng() % 20))
        .Str("text", body);
    (*file)->WriteLine(line.Finish());
    ++doc;
  }
  (*file)->Close().IgnoreError();
  return path;
}

}  // namespace
}  // namespace claimdup

int main(int argc, char** argv) {
  using namespace claimdup;
  TuneAllocator();
  const int64_t claims = argc > 1 ? std::atoll(argv[1]) : 1000000;
  const int threads = argc > 2 ? std::atoi(argv[2]) : 0;
  const std::string path = absl::StrCat("/tmp/claimdup_run_bench_", claims, ".jsonl");
  if (!std::filesystem::exists(path)) {
    std::fprintf(stderr, "generating %s ...\n", path.c_str());
    GenerateDump(claims, path);
  }
  RunOptions options;
  options.out_dir = "/tmp/claimdup_run_bench_out";
  options.threads = threads;
  options.progress = false;
  const absl::Time start = absl::Now();
  auto result = RunJob({path}, options, nullptr);
  const double secs = absl::ToDoubleSeconds(absl::Now() - start);
  if (!result.ok()) {
    std::fprintf(stderr, "run failed: %s\n", std::string(result.status().message()).c_str());
    return 1;
  }
  int64_t cross = 0;
  for (const ClusterInfo& c : result->clusters) cross += IsCrossOutlet(c);
  std::printf("run_bench: %lld claims from %lld articles (%.1f MB JSONL), %d threads\n",
              static_cast<long long>(result->claims.size()),
              static_cast<long long>(result->ingest.documents), result->ingest.bytes / 1e6,
              result->threads);
  std::printf("  wall %.2f s  |  %.2f M claims/s  |  %.1f MB/s input  |  peak RSS %.0f MB\n", secs,
              result->claims.size() / secs / 1e6, result->ingest.bytes / secs / 1e6,
              result->peak_rss_bytes / 1e6);
  std::printf("  clusters %zu (cross-outlet %lld), candidate pairs %lld\n", result->clusters.size(),
              static_cast<long long>(cross),
              static_cast<long long>(result->cluster_stats.candidate_pairs));
  for (const StageTime& s : result->stages) {
    std::printf("  stage %-24s %7.2f s\n", s.stage.c_str(), s.seconds);
  }
  return 0;
}
