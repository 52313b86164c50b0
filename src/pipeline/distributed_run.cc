#include "pipeline/distributed_run.h"

#include <algorithm>
#include <memory>
#include <thread>

#include "absl/strings/str_format.h"
#include "absl/time/clock.h"
#include "core/memory.h"
#include "ingest/document_stream.h"
#include "pipeline/fingerprint.h"
#include "pipeline/ordered_parallel.h"
#include "pipeline/output_guard.h"
#include "pipeline/run_job.h"
#include "pipeline/shard_codec.h"
#include "report/output_set.h"
#include "util/human_bytes.h"
#include "util/output_file.h"

namespace claimdup {
namespace {

// The same batch sizes as RunJob (the cut does not change results, only the work items).
constexpr size_t kBatchBytes = 1 << 20;
constexpr size_t kBatchDocs = 512;

struct Share {
  std::vector<FingerprintedBatch> batches;  // Batches rank, rank + size, ... in order.
  int64_t total_batches = 0;                // Batches of the whole input.
  IngestStats ingest;                       // The whole input's (every rank reads it all).
};

// Reads all of `inputs` and fingerprints this rank's batches. share->total_batches counts
// the batches read, so a failure can be placed in input order.
absl::Status FingerprintShare(const std::vector<std::string>& inputs, const RunOptions& options,
                              int rank, int size, Share* share) {
  auto stream_or = DocumentStream::Open(inputs, options.ingest);
  if (!stream_or.ok()) return stream_or.status();
  DocumentStream& stream = **stream_or;
  const MinHasher hasher(options.match.sketch == SketchKind::kOph, options.match.num_perms,
                         options.match.seed, options.match.signature_bits);
  std::function<absl::StatusOr<bool>(std::vector<Document>*)> produce =
      [&](std::vector<Document>* batch) -> absl::StatusOr<bool> {
    for (;;) {
      auto got = stream.NextBatch(kBatchDocs, kBatchBytes, batch);
      if (!got.ok() || !*got) return got;
      const bool mine = share->total_batches % size == rank;
      ++share->total_batches;
      if (mine) return true;
      batch->clear();
    }
  };
  std::function<void(std::vector<Document>&, FingerprintedBatch*)> process =
      [&](std::vector<Document>& batch, FingerprintedBatch* out) {
        FingerprintBatch(batch, options.extract, options.match, hasher, out);
        batch.clear();
        batch.shrink_to_fit();
      };
  std::function<void(FingerprintedBatch&)> consume = [&](FingerprintedBatch& batch) {
    share->batches.push_back(std::move(batch));
  };
  const int threads = EffectiveThreads(options);
  absl::Status st = OrderedParallel<std::vector<Document>, FingerprintedBatch>(
      threads, 2 * threads + 2, produce, process, consume);
  share->ingest = stream.stats();
  return st;
}

// Rank 0: every batch of the run, in input order, into result->claims (spilled like RunJob's).
absl::Status MergeShares(MpiWorld* world, Share* own, RunResult* result) {
  absl::Status damaged;
  for (int64_t b = 0; b < own->total_batches; ++b) {
    const int owner = static_cast<int>(b % world->size());
    if (owner == 0) {
      FingerprintedBatch& batch = own->batches[b / world->size()];
      result->claims.Append(batch.table);
      result->extract += batch.counts;
      batch = FingerprintedBatch();
      continue;
    }
    // Keep receiving after damage: the senders must not be left blocked.
    const std::string bytes = world->Receive(owner);
    absl::string_view in = bytes;
    auto batch = DecodeShard(&in, result->claims.num_perms(), result->claims.signature_bits());
    if (!batch.ok()) {
      damaged = batch.status();
      continue;
    }
    if (damaged.ok()) {
      result->claims.Append(batch->table);
      result->extract += batch->counts;
    }
  }
  own->batches.clear();
  return damaged;
}

// The threads one rank uses: --threads, or its share of this machine's cores.
RunOptions RankOptions(const RunOptions& options, const MpiWorld& world) {
  RunOptions o = options;
  if (o.threads <= 0) {
    const int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    o.threads = std::max(1, cores / LocalRankCount());
  }
  if (!world.root()) o.progress = false;
  return o;
}

void LogRank(const MpiWorld& world, const Share& share, size_t mine, absl::Time start,
             std::string* log) {
  if (log == nullptr) return;
  absl::StrAppendFormat(log, "rank %d of %d: fingerprinted %d of %d batches in %.2f s, peak RSS %s\n",
                        world.rank(), world.size(), mine, share.total_batches,
                        absl::ToDoubleSeconds(absl::Now() - start),
                        HumanBytes(PeakRssBytes()));
}

}  // namespace

absl::StatusOr<std::optional<RunResult>> RunJobAcrossRanks(MpiWorld* world,
                                                           const std::vector<std::string>& inputs,
                                                           const RunOptions& run_options,
                                                           std::string* log) {
  const absl::Time start = absl::Now();
  const RunOptions options = RankOptions(run_options, *world);
  // 0. Rank 0 takes the output folder, as RunJob does.
  std::unique_ptr<OutputSet> outputs;
  RunResult result;
  absl::Status st;
  if (world->root()) {
    st = CheckOutputFolderApart(inputs, options.out_dir);
    if (st.ok()) st = EnsureDirectory(options.out_dir);
    if (st.ok()) {
      auto opened = OutputSet::Open(options.out_dir);
      if (opened.ok()) outputs = std::move(*opened);
      st = opened.status();
    }
    if (st.ok()) {
      result.claims = ClaimTable(options.match.num_perms, options.match.signature_bits);
      st = result.claims.Spill(options.out_dir);
    }
  }
  if (st = world->Agree(st); !st.ok()) return st;

  // 1. Every rank fingerprints its batches.
  StageTimer timer(&result.stages);
  result.threads = EffectiveThreads(options);
  Share share;
  st = FingerprintShare(inputs, options, world->rank(), world->size(), &share);
  const size_t mine = share.batches.size();
  if (st = world->Agree(st, share.total_batches); !st.ok()) return st;

  // 2. Rank 0 merges them in input order; the others send theirs and wait for the outcome.
  if (!world->root()) {
    std::string bytes;
    for (FingerprintedBatch& batch : share.batches) {
      bytes.clear();
      EncodeShard(batch, &bytes);
      batch = FingerprintedBatch();
      world->Send(0, bytes);
    }
    share.batches.clear();
    LogRank(*world, share, mine, start, log);
    if (st = world->BroadcastFromRoot(absl::OkStatus()); !st.ok()) return st;
    return std::nullopt;
  }
  st = MergeShares(world, &share, &result);
  if (st.ok()) st = result.claims.Seal();
  result.ingest = share.ingest;
  ReturnFreeMemory();
  timer.Done("ingest+extract+sketch");

  // 3. Rank 0 clusters and reports, as one process would.
  if (st.ok()) st = ClusterIngestedClaims(options, log, &result);
  absl::StatusOr<RunResult> done =
      st.ok() ? WriteRunReports(options, outputs.get(), std::move(result), log)
              : absl::StatusOr<RunResult>(st);
  LogRank(*world, share, mine, start, log);
  if (st = world->BroadcastFromRoot(done.status()); !st.ok()) return st;
  return std::optional<RunResult>(std::move(*done));
}

absl::StatusOr<std::optional<DedupResult>> RunDedupAcrossRanks(
    MpiWorld* world, const std::vector<std::string>& inputs, const RunOptions& run_options,
    const std::string& output) {
  const RunOptions options = RankOptions(run_options, *world);
  absl::Status st = world->root() ? CheckDedupPaths(inputs, output) : absl::OkStatus();
  if (st = world->Agree(st); !st.ok()) return st;
  const MinHasher hasher(options.match.sketch == SketchKind::kOph, options.match.num_perms,
                         options.match.seed, options.match.signature_bits);
  const int n = world->size();
  // Every rank reads the input and sketches batches rank, rank + n, ...
  std::vector<DedupSketches> mine;
  int64_t total = 0;
  auto sketch_share = [&](const IngestOptions& ingest, IngestStats* stats) -> absl::Status {
    auto stream_or = DocumentStream::Open(inputs, ingest);
    if (!stream_or.ok()) return stream_or.status();
    DocumentStream& stream = **stream_or;
    std::function<absl::StatusOr<bool>(std::vector<Document>*)> produce =
        [&](std::vector<Document>* batch) -> absl::StatusOr<bool> {
      for (;;) {
        auto got = stream.NextBatch(kDedupBatchDocs, kDedupBatchBytes, batch);
        if (!got.ok() || !*got) return got;
        if (total++ % n == world->rank()) return true;
        batch->clear();
      }
    };
    std::function<void(std::vector<Document>&, DedupSketches*)> process =
        [&](std::vector<Document>& batch, DedupSketches* out) {
          SketchArticles(batch, options.match, hasher, out);
        };
    std::function<void(DedupSketches&)> consume = [&](DedupSketches& b) {
      mine.push_back(std::move(b));
    };
    const int threads = EffectiveThreads(options);
    absl::Status read = OrderedParallel<std::vector<Document>, DedupSketches>(
        threads, 2 * threads + 2, produce, process, consume);
    *stats = stream.stats();
    return world->Agree(read, total);
  };
  if (!world->root()) {
    IngestOptions ingest = options.ingest;
    ingest.skip_paths = {output, RemovedPath(output)};  // Partial files are skipped by name.
    IngestStats stats;
    if (st = sketch_share(ingest, &stats); !st.ok()) return st;
    std::string bytes;
    for (DedupSketches& batch : mine) {
      bytes.clear();
      EncodeDedupSketches(batch, &bytes);
      batch = DedupSketches();
      world->Send(0, bytes);
    }
    if (st = world->BroadcastFromRoot(absl::OkStatus()); !st.ok()) return st;
    return std::nullopt;
  }
  bool shared = false;
  DedupSketchPass pass = [&](const IngestOptions& ingest, DedupSketches* all,
                             IngestStats* stats) -> absl::Status {
    shared = true;
    if (absl::Status read = sketch_share(ingest, stats); !read.ok()) return read;
    absl::Status damaged;
    for (int64_t b = 0; b < total; ++b) {
      const int owner = static_cast<int>(b % n);
      if (owner == 0) {
        all->Append(mine[b / n]);
        continue;
      }
      const std::string bytes = world->Receive(owner);  // Also after damage: senders wait.
      absl::string_view in = bytes;
      auto batch = DecodeDedupSketches(&in, hasher.signature_bytes());
      if (!batch.ok()) damaged = batch.status();
      if (damaged.ok()) all->Append(*batch);
    }
    return damaged;
  };
  absl::StatusOr<DedupResult> done = RunDedupJobWith(inputs, options, output, pass);
  // A failure before pass 1 still releases the ranks waiting in it.
  if (!shared) {
    if (st = world->Agree(done.status()); !st.ok()) return st;
  }
  if (st = world->BroadcastFromRoot(done.status()); !st.ok()) return st;
  return std::optional<DedupResult>(std::move(*done));
}

}  // namespace claimdup
