#include "pipeline/dedup_job.h"

#include <filesystem>
#include <thread>

#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "ingest/byte_source.h"
#include "ingest/document_stream.h"
#include "pipeline/fingerprint.h"
#include "pipeline/ordered_parallel.h"
#include "pipeline/output_guard.h"
#include "pipeline/progress.h"
#include "report/output_set.h"
#include "util/json_writer.h"
#include "util/output_file.h"
#include "util/union_find.h"

namespace claimdup {
namespace {

// A text-file article as a JSON record (JSONL records are written as read).
std::string AsJsonRecord(const Document& d) {
  JsonLine line;
  line.Str("id", d.id)
      .Str("outlet", d.outlet)
      .StrOrNull("date", d.date)
      .StrOrNull("url", d.url)
      .StrOrNull("title", d.title)
      .Str("text", d.text);
  return line.Finish();
}

}  // namespace

void SketchArticles(const std::vector<Document>& batch, const MatchOptions& match,
                    const MinHasher& hasher, DedupSketches* out) {
  SketchScratch scratch;
  for (const Document& d : batch) {
    SketchText(d.text, match, hasher, &scratch);
    out->docs.push_back({d.id, d.outlet, d.date});
    out->signatures.insert(out->signatures.end(), scratch.signature.begin(),
                           scratch.signature.end());
    out->has_words.push_back(!scratch.shingles.empty());
  }
}

absl::Status CheckDedupPaths(const std::vector<std::string>& inputs, const std::string& output) {
  const std::filesystem::path out_path(output);
  const std::string removed_path = RemovedPath(output);
  if (absl::Status apart = CheckOutputFilesApart(inputs, {output, removed_path}); !apart.ok()) {
    return apart;
  }
  for (const std::string& input : inputs) {  // Pass 2 reads every input again.
    std::error_code ec;
    const auto st = std::filesystem::status(input, ec);
    if (input == kStdinPath ||
        (!ec && std::filesystem::exists(st) && !std::filesystem::is_regular_file(st) &&
         !std::filesystem::is_directory(st))) {
      return absl::InvalidArgumentError(
          absl::StrCat(input,
                       ": dedup reads its input twice, which a pipe cannot give: save "
                       "it to a file first"));
    }
  }
  if (out_path.filename() == "removed.jsonl") {
    return absl::InvalidArgumentError(
        absl::StrCat(output,
                     ": dedup writes its removal log to removed.jsonl beside --out; "
                     "choose another name"));
  }
  return absl::OkStatus();
}

std::string RemovedPath(const std::string& output) {
  const std::filesystem::path out_path(output);
  return ((out_path.parent_path().empty() ? std::filesystem::path(".") : out_path.parent_path()) /
          "removed.jsonl")
      .string();
}

absl::StatusOr<DedupResult> RunDedupJob(const std::vector<std::string>& inputs,
                                        const RunOptions& options, const std::string& output) {
  const MinHasher hasher(options.match.sketch == SketchKind::kOph, options.match.num_perms,
                         options.match.seed, options.match.signature_bits);
  const int threads = EffectiveThreads(options);
  DedupSketchPass pass = [&](const IngestOptions& ingest, DedupSketches* all,
                             IngestStats* stats) -> absl::Status {
    auto stream_or = DocumentStream::Open(inputs, ingest);
    if (!stream_or.ok()) return stream_or.status();
    DocumentStream& stream = **stream_or;
    Progress progress(options.progress, "claimdup dedup");
    std::function<absl::StatusOr<bool>(std::vector<Document>*)> produce =
        [&](std::vector<Document>* batch) -> absl::StatusOr<bool> {
      auto got = stream.NextBatch(kDedupBatchDocs, kDedupBatchBytes, batch);
      progress.Update(stream.input_bytes_done(), stream.total_input_bytes(),
                      stream.stats().documents);
      return got;
    };
    std::function<void(std::vector<Document>&, DedupSketches*)> process =
        [&](std::vector<Document>& batch, DedupSketches* out) {
          SketchArticles(batch, options.match, hasher, out);
        };
    std::function<void(DedupSketches&)> consume = [&](DedupSketches& b) { all->Append(b); };
    absl::Status st = OrderedParallel<std::vector<Document>, DedupSketches>(
        threads, 2 * threads + 2, produce, process, consume);
    progress.Finish();
    *stats = stream.stats();
    return st;
  };
  return RunDedupJobWith(inputs, options, output, pass);
}

void DedupSketches::Append(DedupSketches& batch) {
  for (DedupDoc& d : batch.docs) docs.push_back(std::move(d));
  signatures.insert(signatures.end(), batch.signatures.begin(), batch.signatures.end());
  has_words.insert(has_words.end(), batch.has_words.begin(), batch.has_words.end());
  batch = DedupSketches();
}

absl::StatusOr<DedupResult> RunDedupJobWith(const std::vector<std::string>& inputs,
                                            const RunOptions& options, const std::string& output,
                                            const DedupSketchPass& sketch_pass) {
  DedupResult result;
  const int threads = EffectiveThreads(options);
  const int k = options.match.num_perms;
  const int bits = options.match.signature_bits;
  StageTimer timer(&result.stages);
  const std::string removed_path = RemovedPath(output);
  if (absl::Status paths = CheckDedupPaths(inputs, output); !paths.ok()) return paths;
  // Both files are written under temporary names and renamed into place at the end.
  AtomicFilePath out_file(output), removed_file(removed_path);
  IngestOptions ingest = options.ingest;
  ingest.skip_paths = {output, removed_path, out_file.temp(), removed_file.temp()};

  // Pass 1: sketch every body.
  DedupSketches sketches;
  if (absl::Status st = sketch_pass(ingest, &sketches, &result.ingest); !st.ok()) return st;
  std::vector<DedupDoc>& docs = sketches.docs;
  const std::vector<uint8_t>& signatures = sketches.signatures;
  std::vector<uint32_t> items;  // Documents with at least one word.
  for (uint32_t i = 0; i < docs.size(); ++i) {
    if (sketches.has_words[i]) items.push_back(i);
  }
  result.documents = static_cast<int64_t>(docs.size());
  timer.Done("sketch");

  // Candidates at the threshold, decided by the signature estimate.
  result.lsh = ChooseBandsRows(k, options.match.threshold);
  CandidateOptions candidate_options;
  candidate_options.threads = threads;
  const SignatureView view{signatures, {}, k, bits};
  const std::vector<uint64_t> pairs =
      CandidatePairs(view, result.lsh, items, candidate_options, [&](uint32_t a, uint32_t b) {
        return EstimateJaccard(view(a), view(b), k, bits) >= options.match.threshold;
      });
  UnionFind uf(docs.size());
  for (const uint64_t p : pairs) uf.Union(static_cast<uint32_t>(p >> 32), static_cast<uint32_t>(p));
  // The article each group keeps: earliest dated, then first seen.
  std::vector<uint32_t> keeper(docs.size());
  for (uint32_t i = 0; i < docs.size(); ++i) keeper[i] = i;
  for (uint32_t i = 0; i < docs.size(); ++i) {
    uint32_t& best = keeper[uf.Find(i)];
    const std::string& d = docs[i].date;
    const std::string& bd = docs[best].date;
    if (!d.empty() && (bd.empty() || d < bd)) best = i;
  }
  timer.Done("match");

  // Pass 2: write kept records as read, and the removal log.
  auto out = OutputFile::Create(out_file.temp());
  if (!out.ok()) return out.status();
  auto removed = OutputFile::Create(removed_file.temp());
  if (!removed.ok()) return removed.status();
  IngestOptions raw_options = ingest;
  raw_options.keep_raw = true;
  auto again = DocumentStream::Open(inputs, raw_options);
  if (!again.ok()) return again.status();
  Document d;
  for (uint32_t i = 0;; ++i) {
    auto more = (*again)->Next(&d);
    if (!more.ok()) return more.status();
    if (!*more) break;
    if (i >= docs.size() || d.id != docs[i].id) {
      return absl::InternalError(absl::StrCat("input changed while deduplicating: ", d.source));
    }
    const uint32_t keep = keeper[uf.Find(i)];
    if (keep == i) {
      (*out)->WriteLine(d.raw.empty() ? AsJsonRecord(d) : d.raw);
      ++result.kept;
      continue;
    }
    ++result.removed;
    JsonLine line;
    line.Str("id", d.id)
        .Str("outlet", d.outlet)
        .StrOrNull("date", d.date)
        .Str("duplicate_of", docs[keep].id)
        .Str("duplicate_of_outlet", docs[keep].outlet)
        .StrOrNull("duplicate_of_date", docs[keep].date)
        .Num("similarity", EstimateJaccard(view(i), view(keep), k, bits));
    (*removed)->WriteLine(line.Finish());
  }
  for (auto* f : {out->get(), removed->get()}) {
    absl::Status closed = f->Close();
    if (!closed.ok()) return closed;
  }
  for (AtomicFilePath* f : {&removed_file, &out_file}) {
    if (absl::Status done = f->Finish(); !done.ok()) return done;
  }
  result.output = output;
  result.removed_path = removed_path;
  timer.Done("write");
  return result;
}

}  // namespace claimdup
