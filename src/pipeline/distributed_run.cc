#include "pipeline/distributed_run.h"

#include <sys/resource.h>

#include <algorithm>
#include <climits>
#include <memory>
#include <thread>

#include "absl/strings/str_format.h"
#include "absl/time/clock.h"
#include "core/memory.h"
#include "ingest/document_stream.h"
#include "ingest/file_range.h"
#include "ingest/input_share.h"
#include "pipeline/distributed_edits.h"
#include "pipeline/distributed_matching.h"
#include "pipeline/distributed_quotes.h"
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

// User and system CPU time of this process so far: on a machine shared with other work,
// what each rank did, where wall times say more about the other work.
double CpuSeconds() {
  struct rusage usage;
  if (getrusage(RUSAGE_SELF, &usage) != 0) return 0;
  return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
         1e-6 * static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec);
}

// Rank 0's side of the exchange: appends every batch of the run to the claim table in input
// order, its own as they are made and the others' as they arrive.
class BatchMerger {
 public:
  BatchMerger(MpiWorld* world, RunResult* result, SignatureHomes* homes)
      : world_(world), result_(result), homes_(homes), ended_(world->size(), false) {}

  // Appends global batch `b`, one of rank 0's, after every earlier batch of the others.
  void AppendOwn(int64_t b, FingerprintedBatch& batch) {
    if (!TakeOthersUntil(b)) return;
    if (world_->size() > 1) homes_->mine.Take(&batch.table);  // Signatures stay home.
    Append(batch, 0);
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
      Append(*batch, owner);
      ++next_;
    }
    return problem_.ok() && !incomplete_;
  }
  void Append(FingerprintedBatch& batch, int owner) {
    homes_->AddRun(owner, static_cast<int64_t>(batch.table.size()));
    result_->claims.Append(std::move(batch.table));
    result_->extract += batch.counts;
    batch = FingerprintedBatch();
  }

  MpiWorld* world_;
  RunResult* result_;
  SignatureHomes* homes_;
  std::vector<bool> ended_;
  int64_t next_ = 0;  // The next global batch to append.
  absl::Status problem_;
  bool incomplete_ = false;
};

// Reads all of `inputs` and fingerprints batches rank, rank + size, ...: rank 0 merges them
// (and the others') into result->claims, the other ranks send them to rank 0. *total counts
// the batches read, so a failure can be placed in input order.
absl::Status FingerprintShare(MpiWorld* world, const std::vector<std::string>& inputs,
                              const RunOptions& options, RunResult* result,
                              SignatureHomes* homes, int64_t* total, bool* incomplete) {
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
  const std::function<void(std::vector<Document>&, FingerprintedBatch*)> process =
      FingerprintStep(options.extract, options.match, hasher);
  BatchMerger merger(world, result, homes);
  std::string bytes;
  std::function<void(FingerprintedBatch&)> consume = [&](FingerprintedBatch& batch) {
    const int64_t global = mine++ * size + rank;
    if (world->root()) return merger.AppendOwn(global, batch);
    homes->mine.Take(&batch.table);  // Signatures stay home (pipeline/distributed_signatures.h).
    if (homes->keep_tokens) homes->tokens.Add(batch.table);  // And the words, for the anchors.
    bytes.assign(1, kBatchMessage);
    EncodeShard(batch, &bytes);
    batch = FingerprintedBatch();
    world->Send(0, bytes);
  };
  const int threads = EffectiveThreads(options);
  absl::Status st = OrderedParallel<std::vector<Document>, FingerprintedBatch>(
      threads, 2 * threads + 2, produce, process, consume);
  result->ingest = stream.stats();
  homes->mine.Seal();
  homes->tokens.Seal();
  if (!world->root()) {
    world->Send(0, std::string(1, kEndMessage));
    return st;
  }
  absl::Status merged = merger.Finish(*total, st.ok());
  *incomplete = merger.incomplete();
  return st.ok() ? merged : st;
}

// Per-rank times of the ingest stage, for --verbose.
struct RankTimes {
  double read = 0;      // Reading, extracting and sketching this rank's input.
  double exchange = 0;  // Agreeing on the outcome and moving batches to rank 0.
  double read_cpu = 0, exchange_cpu = 0;  // Their CPU seconds (all of this rank's threads).
  double edits = 0;     // The fact-check's diffs of this rank's members (the other ranks).
  double quotes = 0;    // Writing this rank's parts of quotes.jsonl, clusters.jsonl (the others).
  double matching = 0;  // Finding and verifying candidates (pipeline/distributed_matching.h).
  int64_t parts = 0;    // Files and parts of files this rank read (shared mode).
  int64_t bytes = 0;    // Their size on disk.
  bool shared = false;  // Each rank read its own share (else every rank read everything).
};

// Numbers the first part of this rank's share when it starts inside a file: its first line
// is 1 + the newlines of the earlier ranks' parts of that file. Each rank counts the
// newlines of its last part when a later rank goes on in the same file.
absl::Status NumberFirstLine(MpiWorld* world, InputShare* share) {
  absl::Status st;
  int64_t last_file = -1, newlines = 0;
  if (st.ok() && !share->files.empty() && share->files.back().end >= 0) {
    const InputFile& last = share->files.back();
    auto counted = CountNewlines(last.path, last.begin, last.end);
    if (counted.ok()) {
      last_file = static_cast<int64_t>(share->listed.back());
      newlines = *counted;
    }
    st = counted.status();
  }
  const std::vector<int64_t> all = world->AllGather({last_file, newlines});
  if (st = world->Agree(st, world->rank()); !st.ok()) return st;
  if (share->files.empty() || share->files.front().begin == 0) return absl::OkStatus();
  int64_t before = 0;
  for (int q = 0; q < world->rank(); ++q) {
    if (all[2 * q] == static_cast<int64_t>(share->listed.front())) before += all[2 * q + 1];
  }
  share->files.front().first_line = before + 1;
  return absl::OkStatus();
}

// Rank 0: every message of ranks 1..n-1, in rank order, each rank's until its end message:
// batches go to `take` (bytes after the message tag), the end messages' ingest counts are
// added to *stats. Every message is taken, also after damage (the senders wait for it),
// but nothing more is taken in or counted: returns the first damage.
absl::Status ReceiveShares(MpiWorld* world, IngestStats* stats,
                           const std::function<absl::Status(absl::string_view*)>& take) {
  absl::Status damaged;
  for (int r = 1; r < world->size(); ++r) {
    for (;;) {
      const std::string bytes = world->Receive(r);
      absl::string_view in(bytes);
      in.remove_prefix(1);
      if (bytes.front() == kEndMessage) {
        auto counts = DecodeIngestStats(&in);
        if (!counts.ok()) damaged.Update(counts.status());
        if (damaged.ok()) AddIngestStats(*counts, stats);
        break;
      }
      if (damaged.ok()) damaged.Update(take(&in));
    }
  }
  return damaged;
}

// Appends the claims of a batch just encoded for rank 0 to *own, without fingerprints and
// without their articles' URLs and titles, which only rank 0's reports read.
void KeepArticlesAndText(ClaimTable table, ClaimTable* own) {
  table.DropSignatures();
  for (DocInfo& d : table.docs) {
    std::string().swap(d.url);
    std::string().swap(d.title);
  }
  own->Append(std::move(table));
}

// Each rank reads, extracts and fingerprints its own share of the input (ingest/
// input_share.h), keeping its batches; once all are done, rank 0 appends its own and then
// each other rank's in rank order: the input order. Ingest counts are summed the same way.
// `stream` has listed the input; its share has been chosen.
// Returns the agreed outcome of reading (the same on every rank); *merged says on rank 0
// whether the other ranks' batches arrived whole. The other ranks append their claims'
// articles and text to `own` (spilled; may be null) and say in *own_status whether they could.
absl::Status FingerprintOwnShare(MpiWorld* world, DocumentStream* stream,
                                 const RunOptions& options, RunResult* result,
                                 ClaimTable* own, absl::Status* own_status,
                                 std::vector<int64_t>* claims_per_rank, SignatureHomes* homes,
                                 absl::Status* merged, RankTimes* times) {
  const absl::Time start = absl::Now();
  const double cpu_start = CpuSeconds();
  int64_t claims = 0, docs = 0;
  const MinHasher hasher(options.match.sketch == SketchKind::kOph, options.match.num_perms,
                         options.match.seed, options.match.signature_bits);
  std::vector<std::string> kept;  // Another rank's encoded batches, until rank 0 takes them.
  std::function<absl::StatusOr<bool>(std::vector<Document>*)> produce =
      [&](std::vector<Document>* batch) { return stream->NextBatch(kBatchDocs, kBatchBytes, batch); };
  const std::function<void(std::vector<Document>&, FingerprintedBatch*)> process =
      FingerprintStep(options.extract, options.match, hasher);
  std::function<void(FingerprintedBatch&)> consume = [&](FingerprintedBatch& batch) {
    claims += static_cast<int64_t>(batch.table.size());
    docs += static_cast<int64_t>(batch.table.docs.size());
    // Signatures stay home (pipeline/distributed_signatures.h); one process keeps them.
    if (world->size() > 1) homes->mine.Take(&batch.table);
    if (world->root()) {
      result->claims.Append(std::move(batch.table));
      result->extract += batch.counts;
    } else {
      if (homes->keep_tokens) homes->tokens.Add(batch.table);  // For the anchors.
      kept.emplace_back(1, kBatchMessage);
      EncodeShard(batch, &kept.back());
      // Kept here, from the batch in hand, not decoded from its message while rank 0 waits
      // for the next one: rank 0 takes the ranks' batches one rank after the other, so any
      // work between two sends of a rank was a stall of the whole run.
      if (own != nullptr) KeepArticlesAndText(std::move(batch.table), own);
    }
    batch = FingerprintedBatch();
  };
  const int threads = EffectiveThreads(options);
  absl::Status st = OrderedParallel<std::vector<Document>, FingerprintedBatch>(
      threads, 2 * threads + 2, produce, process, consume);
  homes->mine.Seal();
  homes->tokens.Seal();
  const absl::Time read = absl::Now();
  times->read = absl::ToDoubleSeconds(read - start);
  const double cpu_read = CpuSeconds();
  times->read_cpu = cpu_read - cpu_start;
  // The failure first in input order is on the lowest failing rank: one process's error.
  if (st = world->Agree(st, world->rank()); !st.ok()) return st;
  *claims_per_rank = world->AllGather({claims});
  const int64_t all_docs = world->SumAll(docs);
  if (!world->root()) {
    // With `own`, the rank has kept its claims' articles and text (not their fingerprints)
    // for its part of quotes.jsonl as it made them (spilled: the text and tokens are on disk).
    size_t freed = 0;
    for (std::string& bytes : kept) {
      world->Send(0, bytes);
      freed += bytes.size();
      std::string().swap(bytes);
      // The sent batches' memory goes back to the system as `own` grows, not at the end.
      if (freed > (size_t{16} << 20)) ReturnFreeMemory(), freed = 0;
    }
    if (own != nullptr && own_status->ok()) *own_status = own->Seal();
    if (own != nullptr) {
      own->DropParagraphHashes();
      own->DropMatchingColumns();
    }
    std::string end(1, kEndMessage);
    EncodeIngestStats(stream->stats(), &end);
    world->Send(0, end);
    times->exchange = absl::ToDoubleSeconds(absl::Now() - read);
    times->exchange_cpu = CpuSeconds() - cpu_read;
    return absl::OkStatus();
  }
  // Room for every rank's claims at once: the columns grow once, not by doubling.
  int64_t all = 0;
  for (size_t r = 0; r < claims_per_rank->size(); ++r) {
    all += (*claims_per_rank)[r];
    homes->AddRun(static_cast<int>(r), (*claims_per_rank)[r]);
  }
  result->claims.Reserve(static_cast<size_t>(all), 0);
  result->claims.docs.reserve(static_cast<size_t>(all_docs));  // Also grown once.
  result->ingest = stream->stats();
  const absl::Status damaged =
      ReceiveShares(world, &result->ingest, [&](absl::string_view* in) -> absl::Status {
        auto batch = DecodeShard(in, result->claims.num_perms(), result->claims.signature_bits());
        if (!batch.ok()) return batch.status();
        result->claims.Append(std::move(batch->table));
        result->extract += batch->counts;
        return absl::OkStatus();
      });
  times->exchange = absl::ToDoubleSeconds(absl::Now() - read);
  times->exchange_cpu = CpuSeconds() - cpu_read;
  *merged = damaged;
  return absl::OkStatus();
}

// The threads one rank uses: --threads, or its share of this machine's cores.
RunOptions RankOptions(const RunOptions& options, const MpiWorld& world) {
  RunOptions o = options;
  if (o.threads <= 0) o.threads = CoresPerRank();
  if (!world.root()) o.progress = false;
  return o;
}

void LogRank(const MpiWorld& world, int64_t total, const RankTimes& times, absl::Time start,
             std::string* log) {
  if (log == nullptr) return;
  std::string what;
  if (times.shared) {
    what = absl::StrFormat("read its share (%d files or parts, %s)", times.parts,
                           HumanBytes(times.bytes));
  } else {
    const int64_t mine = (total - world.rank() + world.size() - 1) / world.size();
    what = absl::StrFormat("read all input, fingerprinted %d of %d batches",
                           std::max<int64_t>(mine, 0), total);
  }
  absl::StrAppendFormat(log,
                        "rank %d of %d: %s; ingest+extract+sketch %.2f s (CPU %.2f s), exchange "
                        "%.2f s (CPU %.2f s), candidates+verify %.2f s, edits %.2f s, "
                        "quotes+clusters parts %.2f s, total %.2f s, CPU %.2f s, peak RSS %s, sent %s, "
                        "received %s\n",
                        world.rank(), world.size(), what, times.read, times.read_cpu,
                        times.exchange, times.exchange_cpu, times.matching, times.edits,
                        times.quotes,
                        absl::ToDoubleSeconds(absl::Now() - start), CpuSeconds(),
                        HumanBytes(PeakRssBytes()), HumanBytes(world.bytes_sent()),
                        HumanBytes(world.bytes_received()));
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

  // 1. Every rank lists the input and takes its share of it. Where the shares are even,
  // each rank reads its own; else (one big compressed dump) every rank reads all of it.
  StageTimer timer(&result.stages);
  RankTimes times;
  auto stream = DocumentStream::Open(inputs, options.ingest);
  absl::StatusOr<InputShare> share = stream.ok() ? ShareOfInput((*stream)->files(), world->rank(),
                                                                world->size())
                                                 : absl::StatusOr<InputShare>(stream.status());
  if (st = world->Agree(share.status()); !st.ok()) return st;
  times.shared = world->SumAll(share->balanced ? 1 : 0) == world->size();
  int64_t total = 0;
  bool incomplete = false;
  absl::Status merged;  // Rank 0: whether every rank's batches arrived whole.
  // With shares, each rank writes its own claims' part of quotes.jsonl
  // (pipeline/distributed_quotes.h): the other ranks keep them in `own`.
  const ReportOptions report = ReportOptionsOf(options);
  const bool quote_parts = times.shared && world->size() > 1 && report.claim_files;
  QuotePartsPlan plan;
  plan.only_repeated = report.unit == ClaimUnit::kSentences && !report.all_claims;
  plan.sentences = report.unit == ClaimUnit::kSentences;
  plan.out_dir = options.out_dir;
  ClaimTable own(options.match.num_perms, options.match.signature_bits);
  absl::Status own_status;  // The other ranks: whether `own` holds their claims.
  SignatureHomes homes;     // This rank's signatures (and on rank 0 their homes).
  homes.kept = &plan.kept;
  // The other ranks keep their claims' words for the anchors (pipeline/distributed_anchors.h).
  homes.keep_tokens = world->size() > 1 && MakeClusterOptions(options.match).anchors;
  if (times.shared) {
    if (st = NumberFirstLine(world, &*share); !st.ok()) return st;
    times.parts = static_cast<int64_t>(share->files.size());
    for (const InputFile& f : share->files) times.bytes += f.size;
    if (quote_parts) {
      st = world->root() ? absl::OkStatus() : own.Spill(options.out_dir);
      if (st = world->Agree(st, world->rank()); !st.ok()) return st;
    }
    if (world->root()) {
      ReserveForInput(inputs, static_cast<size_t>(times.bytes), options.extract.unit,
                      &result.claims);
    }
    (*stream)->KeepShare(std::move(share->files), world->root());
    st = FingerprintOwnShare(world, stream->get(), options, &result,
                             quote_parts ? &own : nullptr, &own_status, &plan.claims_per_rank,
                             &homes, &merged, &times);
    if (!st.ok()) return st;
  } else {
    stream->reset();
    const absl::Time begin = absl::Now();
    st = FingerprintShare(world, inputs, options, &result, &homes, &total, &incomplete);
    times.read = absl::ToDoubleSeconds(absl::Now() - begin);
    // The failure first in input order is the one a single process reports.
    if (st = world->Agree(st, total); !st.ok()) return st;
  }
  if (!world->root()) {
    times.matching =
        ServeMatching(world, MakeClusterOptions(options.match), EffectiveThreads(options), &homes);
    if (quote_parts) {
      const absl::Time begin = absl::Now();
      ServeQuoteEdits(world, own, own_status, EffectiveThreads(options));
      const absl::Time edited = absl::Now();
      times.edits = absl::ToDoubleSeconds(edited - begin);
      // A failure here is agreed on inside and comes back from rank 0 below.
      WriteQuotePart(world, own, own_status, options.out_dir, plan.sentences).IgnoreError();
      times.quotes = absl::ToDoubleSeconds(absl::Now() - edited);
    }
    LogRank(*world, total, times, start, log);
    if (st = world->BroadcastFromRoot(absl::OkStatus()); !st.ok()) return st;
    return std::nullopt;
  }
  st = incomplete ? absl::InternalError("a rank stopped before the end of the input")
                  : merged;
  if (st.ok()) st = result.claims.Seal();
  ReturnFreeMemory();
  timer.Done("ingest+extract+sketch");

  // 3. Rank 0 clusters and reports, as one process would, on as many threads; the other
  // ranks find the LSH and anchor candidates with it (pipeline/distributed_matching.h),
  // then wait.
  result.threads = EffectiveThreads(run_options);
  bool edits_served = false;  // The ranks took part in the fact-check.
  if (st.ok()) {
    AcrossRanks across;
    if (world->size() > 1) {
      across.matching = [&](ClusterOptions* cluster) {
        MatchAcrossRanks(world, EffectiveThreads(options), &times.matching, &homes, cluster);
      };
      // Each working rank summarizes a range of clusters (pipeline/distributed_summaries.h).
      across.summarize = [&](const ClaimTable& claims, const std::vector<uint32_t>& cluster_of,
                             const std::vector<Relation>& relation, size_t min_size,
                             uint32_t short_words, std::vector<ClusterCredits>* credits) {
        return SummarizeAcrossRanks(world, &times.matching, claims, cluster_of, relation,
                                    min_size, short_words, credits);
      };
    }
    if (quote_parts) {
      across.quote_edits = [&](const RunResult& r) {
        EndMatching(world);
        edits_served = true;
        return QuoteEditsAcrossRanks(world, plan, r, result.threads);
      };
    }
    across.kept = &plan.kept;
    st = ClusterIngestedClaims(options, log, &result, across);
  }
  if (!edits_served) EndMatching(world);
  if (quote_parts && !edits_served) SkipQuoteEdits(world);
  ClaimFilesWriter write_quotes;
  bool quotes_written = false;  // The ranks took part in writing quotes.jsonl, clusters.jsonl.
  if (quote_parts) {
    write_quotes = [&](const RunResult& r, const ClaimFilesSteps& steps, const std::string& path,
                       const std::string& clusters, const std::string& outlet_quotes) {
      quotes_written = true;
      return WriteQuotesAcrossRanks(world, plan, r, steps, path, clusters, outlet_quotes);
    };
  }
  absl::StatusOr<RunResult> done =
      st.ok() ? WriteRunReports(options, outputs.get(), std::move(result), log, write_quotes)
              : absl::StatusOr<RunResult>(st);
  if (quote_parts && !quotes_written) {
    SkipQuoteParts(world, done.status());
  }
  LogRank(*world, total, times, start, log);
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
  // Each rank sketches its own share of the input (as RunJobAcrossRanks reads it) or, where
  // the shares cannot be made even, reads all of it and sketches batches rank, rank + n, ...
  std::vector<DedupSketches> mine;
  int64_t total = 0;
  bool by_shares = false;
  auto sketch_share = [&](const IngestOptions& ingest, IngestStats* stats) -> absl::Status {
    auto stream_or = DocumentStream::Open(inputs, ingest);
    absl::StatusOr<InputShare> share =
        stream_or.ok() ? ShareOfInput((*stream_or)->files(), world->rank(), n)
                       : absl::StatusOr<InputShare>(stream_or.status());
    if (absl::Status agreed = world->Agree(share.status()); !agreed.ok()) return agreed;
    by_shares = world->SumAll(share->balanced ? 1 : 0) == n;
    DocumentStream& stream = **stream_or;
    if (by_shares) {
      if (absl::Status numbered = NumberFirstLine(world, &*share); !numbered.ok()) {
        return numbered;
      }
      stream.KeepShare(std::move(share->files), world->root());
    }
    std::function<absl::StatusOr<bool>(std::vector<Document>*)> produce =
        [&](std::vector<Document>* batch) -> absl::StatusOr<bool> {
      for (;;) {
        auto got = stream.NextBatch(kDedupBatchDocs, kDedupBatchBytes, batch);
        if (!got.ok() || !*got) return got;
        if (by_shares || total++ % n == world->rank()) return true;
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
    return world->Agree(read, by_shares ? world->rank() : total);
  };
  if (!world->root()) {
    IngestOptions ingest = options.ingest;
    ingest.skip_paths = {output, RemovedPath(output)};  // Partial files are skipped by name.
    IngestStats stats;
    st = sketch_share(ingest, &stats);
    if (st.ok()) {
      std::string bytes;
      for (DedupSketches& batch : mine) {
        bytes.assign(1, kBatchMessage);
        EncodeDedupSketches(batch, &bytes);
        batch = DedupSketches();
        world->Send(0, by_shares ? absl::string_view(bytes) : absl::string_view(bytes).substr(1));
      }
      if (by_shares) {  // The end mark carries this rank's ingest counts.
        bytes.assign(1, kEndMessage);
        EncodeIngestStats(stats, &bytes);
        world->Send(0, bytes);
      }
    }
    // Rank 0 ends with the job's outcome, also after a failure agreed on above.
    absl::Status outcome = world->BroadcastFromRoot(absl::OkStatus());
    if (!st.ok()) return st;
    if (!outcome.ok()) return outcome;
    return std::nullopt;
  }
  bool shared = false;
  DedupSketchPass pass = [&](const IngestOptions& ingest, DedupSketches* all,
                             IngestStats* stats) -> absl::Status {
    shared = true;
    if (absl::Status read = sketch_share(ingest, stats); !read.ok()) return read;
    absl::Status damaged;
    if (by_shares) {  // Rank 0's share, then each other rank's: the input order.
      for (DedupSketches& batch : mine) all->Append(batch);
      return ReceiveShares(world, stats, [&](absl::string_view* in) -> absl::Status {
        auto batch = DecodeDedupSketches(in, hasher.signature_bytes());
        if (!batch.ok()) return batch.status();
        all->Append(*batch);
        return absl::OkStatus();
      });
    }
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
  if (!shared) world->Agree(done.status()).IgnoreError();
  if (st = world->BroadcastFromRoot(done.status()); !st.ok()) return st;
  return std::optional<DedupResult>(std::move(*done));
}

}  // namespace claimdup
