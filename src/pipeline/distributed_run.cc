#include "pipeline/distributed_run.h"

#include <algorithm>
#include <climits>
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

// Messages from a rank to rank 0: its batches in order, then an end mark. A rank that
// fails stops sending batches but always sends the end mark, and rank 0 always reads up to
// every rank's end mark, so nobody is left waiting before the ranks agree on the outcome.
constexpr char kBatchMessage = 'B';
constexpr char kEndMessage = 'E';

// Rank 0's side of the exchange: appends every batch of the run to the claim table in input
// order, its own as they are made and the others' as they arrive.
class BatchMerger {
 public:
  BatchMerger(MpiWorld* world, RunResult* result)
      : world_(world), result_(result), ended_(world->size(), false) {}

  // Appends global batch `b`, one of rank 0's, after every earlier batch of the others.
  void AppendOwn(int64_t b, FingerprintedBatch& batch) {
    if (!TakeOthersUntil(b)) return;
    Append(batch);
    next_ = b + 1;
  }
  // Once rank 0 has read all `total` batches (or failed): the others' remaining batches, then
  // their end marks. Returns an error if a batch arrived damaged.
  absl::Status Finish(int64_t total, bool own_ok) {
    if (own_ok) TakeOthersUntil(total);
    for (int r = 1; r < world_->size(); ++r) {
      while (!ended_[r]) ended_[r] = world_->Receive(r).front() == kEndMessage;
    }
    return problem_;
  }
  // A rank ended before sending all its batches: it failed, and says why when the ranks agree.
  bool incomplete() const { return incomplete_; }

 private:
  bool TakeOthersUntil(int64_t b) {
    while (problem_.ok() && !incomplete_ && next_ < b) {
      const int owner = static_cast<int>(next_ % world_->size());
      const std::string bytes = world_->Receive(owner);
      if (bytes.front() == kEndMessage) {
        ended_[owner] = true;
        incomplete_ = true;
        return false;
      }
      absl::string_view in(bytes);
      in.remove_prefix(1);
      auto batch = DecodeShard(&in, result_->claims.num_perms(), result_->claims.signature_bits());
      if (!batch.ok()) {
        problem_ = batch.status();
        break;
      }
      Append(*batch);
      ++next_;
    }
    return problem_.ok() && !incomplete_;
  }
  void Append(FingerprintedBatch& batch) {
    result_->claims.Append(batch.table);
    result_->extract += batch.counts;
    batch = FingerprintedBatch();
  }

  MpiWorld* world_;
  RunResult* result_;
  std::vector<bool> ended_;
  int64_t next_ = 0;  // The next global batch to append.
  absl::Status problem_;
  bool incomplete_ = false;
};

// Reads all of `inputs` and fingerprints batches rank, rank + size, ...: rank 0 merges them
// (and the others') into result->claims, the other ranks send them to rank 0. *total counts
// the batches read, so a failure can be placed in input order.
absl::Status FingerprintShare(MpiWorld* world, const std::vector<std::string>& inputs,
                              const RunOptions& options, RunResult* result, int64_t* total,
                              bool* incomplete) {
  auto stream_or = DocumentStream::Open(inputs, options.ingest);
  if (!stream_or.ok()) return stream_or.status();
  DocumentStream& stream = **stream_or;
  const MinHasher hasher(options.match.sketch == SketchKind::kOph, options.match.num_perms,
                         options.match.seed, options.match.signature_bits);
  const int rank = world->rank(), size = world->size();
  int64_t mine = 0;  // This rank's batches consumed so far.
  std::function<absl::StatusOr<bool>(std::vector<Document>*)> produce =
      [&](std::vector<Document>* batch) -> absl::StatusOr<bool> {
    for (;;) {
      auto got = stream.NextBatch(kBatchDocs, kBatchBytes, batch);
      if (!got.ok() || !*got) return got;
      if ((*total)++ % size == rank) return true;
      batch->clear();
    }
  };
  std::function<void(std::vector<Document>&, FingerprintedBatch*)> process =
      [&](std::vector<Document>& batch, FingerprintedBatch* out) {
        FingerprintBatch(batch, options.extract, options.match, hasher, out);
        batch.clear();
        batch.shrink_to_fit();
      };
  BatchMerger merger(world, result);
  std::string bytes;
  std::function<void(FingerprintedBatch&)> consume = [&](FingerprintedBatch& batch) {
    const int64_t global = mine++ * size + rank;
    if (world->root()) return merger.AppendOwn(global, batch);
    bytes.assign(1, kBatchMessage);
    EncodeShard(batch, &bytes);
    batch = FingerprintedBatch();
    world->Send(0, bytes);
  };
  const int threads = EffectiveThreads(options);
  absl::Status st = OrderedParallel<std::vector<Document>, FingerprintedBatch>(
      threads, 2 * threads + 2, produce, process, consume);
  result->ingest = stream.stats();
  if (!world->root()) {
    world->Send(0, std::string(1, kEndMessage));
    return st;
  }
  absl::Status merged = merger.Finish(*total, st.ok());
  *incomplete = merger.incomplete();
  return st.ok() ? merged : st;
}

// The threads one rank uses: --threads, or its share of this machine's cores.
RunOptions RankOptions(const RunOptions& options, const MpiWorld& world) {
  RunOptions o = options;
  if (o.threads <= 0) o.threads = CoresPerRank();
  if (!world.root()) o.progress = false;
  return o;
}

void LogRank(const MpiWorld& world, int64_t total, absl::Time start, std::string* log) {
  if (log == nullptr) return;
  const int64_t mine = (total - world.rank() + world.size() - 1) / world.size();
  absl::StrAppendFormat(log, "rank %d of %d: fingerprinted %d of %d batches, %.2f s, peak RSS %s\n",
                        world.rank(), world.size(), std::max<int64_t>(mine, 0), total,
                        absl::ToDoubleSeconds(absl::Now() - start), HumanBytes(PeakRssBytes()));
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

  // 1. Every rank fingerprints its batches; rank 0 merges all in input order as they come.
  StageTimer timer(&result.stages);
  int64_t total = 0;
  bool incomplete = false;
  st = FingerprintShare(world, inputs, options, &result, &total, &incomplete);
  // The failure first in input order is the one a single process reports.
  if (st = world->Agree(st, total); !st.ok()) return st;
  if (!world->root()) {
    LogRank(*world, total, start, log);
    if (st = world->BroadcastFromRoot(absl::OkStatus()); !st.ok()) return st;
    return std::nullopt;
  }
  st = incomplete ? absl::InternalError("a rank stopped before the end of the input")
                  : result.claims.Seal();
  ReturnFreeMemory();
  timer.Done("ingest+extract+sketch");

  // 3. Rank 0 clusters and reports, as one process would, on as many threads: the other
  // ranks only wait now.
  result.threads = EffectiveThreads(run_options);
  if (st.ok()) st = ClusterIngestedClaims(options, log, &result);
  absl::StatusOr<RunResult> done =
      st.ok() ? WriteRunReports(options, outputs.get(), std::move(result), log)
              : absl::StatusOr<RunResult>(st);
  LogRank(*world, total, start, log);
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
