#include "pipeline/index_job.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <tuple>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "cluster/clusterer.h"
#include "cluster/quote_edits.h"
#include "cluster/roots.h"
#include "cluster/split_quotes.h"
#include "core/memory.h"
#include "core/radix_sort.h"
#include "index/anchors.h"
#include "pipeline/index_match.h"
#include "pipeline/index_report_input.h"
#include "pipeline/output_guard.h"
#include "pipeline/run_job.h"
#include "report/output_set.h"
#include "report/report_files.h"
#include "sketch/minhash.h"
#include "util/output_file.h"

namespace claimdup {
namespace {

// The stored form of new claim i of `fresh`.
void ToStored(const ClaimTable& fresh, size_t i, int64_t claim_base, int64_t doc_base, int64_t run,
              int64_t cluster, StoredClaim* c, StoredDoc* d) {
  const DocInfo& info = fresh.docs[fresh.doc(i)];
  c->id = claim_base + static_cast<int64_t>(i);
  c->doc = doc_base + fresh.doc(i);
  c->group = claim_base + fresh.group(i);
  c->cluster = cluster;
  c->begin = fresh.begin(i);
  c->end = fresh.end(i);
  c->words = fresh.words(i);
  c->speaker = fresh.speakers[fresh.speaker(i)];
  c->text = std::string(fresh.text(i));
  const absl::Span<const WordToken> tokens = fresh.token_seq(i);
  c->tokens.assign(tokens.begin(), tokens.end());
  d->id = c->doc;
  d->run = run;
  d->ext_id = info.id;
  d->outlet = fresh.outlets[info.outlet];
  d->date = info.date;
  d->url = info.url;
  d->title = info.title;
  d->wire = info.wire;
}

// Writes clusters.jsonl lines for `clusters` (ids, read back from the index with all their
// members); counts the listed ones and the earlier ones (id < first_new_id) that gained an
// outlet in `run`.
// Claims and documents this run holds in memory (the earlier ones it loaded, whole clusters,
// and its own), read instead of the index where they are.
struct InMemory {
  const OldClaims* old = nullptr;
  const std::vector<StoredClaim>* fresh = nullptr;
  const std::vector<StoredDoc>* fresh_docs = nullptr;
  int64_t claim_base = 0, doc_base = 0;

  // Claim `id` and its document, from memory or else from `index`; its cluster is `cluster`.
  absl::Status Load(ClaimIndex* index, int64_t id, int64_t cluster, StoredClaim* c,
                    StoredDoc* d) const {
    if (id >= claim_base) {
      *c = (*fresh)[id - claim_base];
      *d = (*fresh_docs)[c->doc - doc_base];
      return absl::OkStatus();
    }
    auto it = std::lower_bound(old->claims.begin(), old->claims.end(), id,
                               [](const StoredClaim& x, int64_t v) { return x.id < v; });
    if (it == old->claims.end() || it->id != id) return index->LoadClaim(id, c, d);
    *c = *it;
    c->cluster = cluster;
    *d = *std::lower_bound(old->docs.begin(), old->docs.end(), c->doc,
                           [](const StoredDoc& x, int64_t v) { return x.id < v; });
    return absl::OkStatus();
  }
};

absl::Status WriteTouchedClusters(ClaimIndex* index, const std::vector<int64_t>& clusters,
                                  int64_t run, uint32_t short_words, const InMemory& memory,
                                  OutputFile* file, IndexRunCounts* counts) {
  std::vector<int64_t> ids, aliases;
  std::vector<StoredClaim> members;
  std::vector<StoredDoc> docs;
  for (const int64_t cluster : clusters) {
    ids.clear();
    if (absl::Status st = index->ClusterMembers(cluster, &ids); !st.ok()) return st;
    if (ids.size() < 2) continue;
    std::sort(ids.begin(), ids.end());
    members.assign(ids.size(), {});
    docs.assign(ids.size(), {});
    for (size_t k = 0; k < ids.size(); ++k) {
      if (absl::Status st = memory.Load(index, ids[k], cluster, &members[k], &docs[k]); !st.ok()) {
        return st;
      }
    }
    absl::flat_hash_set<std::string> before;
    bool had_old = false, gained = false;
    for (size_t k = 0; k < ids.size(); ++k) {
      if (docs[k].run != run) {
        before.insert(docs[k].outlet);
        had_old = true;
      }
    }
    for (size_t k = 0; k < ids.size() && had_old; ++k) {
      gained |= docs[k].run == run && !before.contains(docs[k].outlet);
    }
    counts->gained_outlet += gained;
    ++counts->clusters_touched;
    aliases.clear();
    if (absl::Status st = index->Aliases(cluster, &aliases); !st.ok()) return st;
    file->WriteLine(IndexClusterLine(cluster, aliases, members, docs, run, short_words));
  }
  return absl::OkStatus();
}

// The relation, similarity and edit of rows first_row.. of `result`, into *facts (one per row).
void FillFacts(const RunResult& result, size_t first_row, std::vector<QuoteFacts>* facts) {
  const bool described = result.relations.relation.size() == result.claims.size();
  // A claim alone has no root to relate to, as in `run`.
  std::vector<bool> repeated(result.claims.size(), false);
  for (uint32_t r = 0; r < result.claims.size(); ++r) {
    if (result.cluster_of[r] != r) repeated[r] = repeated[result.cluster_of[r]] = true;
  }
  for (size_t i = 0; i < facts->size(); ++i) {
    const size_t row = first_row + i;
    QuoteFacts& f = (*facts)[i];
    if (described && repeated[row]) {
      f.relation = RelationName(result.relations.relation[row]);
      f.similarity = result.relations.similarity[row];
      f.root_begin = result.relations.root_begin[row];
      f.root_end = result.relations.root_end[row];
    }
    if (row < result.quote_edits.size() && result.quote_edits[row].known) {
      f.edit = EditName(result.quote_edits[row]);
    }
  }
}

}  // namespace

absl::StatusOr<IndexRunCounts> RunIndexJob(const std::vector<std::string>& inputs,
                                           const RunOptions& options, const std::string& index_path,
                                           std::string* log, const IndexJobHooks& hooks) {
  if (absl::Status apart = CheckOutputFolderApart(inputs, options.out_dir); !apart.ok()) {
    return apart;
  }
  if (absl::Status apart = CheckOutputFilesApart(inputs, {index_path}); !apart.ok()) return apart;
  if (absl::Status dir = EnsureDirectory(options.out_dir); !dir.ok()) return dir;
  auto outputs = OutputSet::Open(options.out_dir);  // Locked until the run ends.
  if (!outputs.ok()) return outputs.status();
  // The index first: a locked or mismatched index fails before any dump is read.
  auto opened = ClaimIndex::OpenForUpdate(index_path, IndexParamsOf(options));
  if (!opened.ok()) return opened.status();
  ClaimIndex& index = **opened;

  IndexRunCounts counts;
  counts.index = index_path;
  counts.run = index.run();
  RunResult fresh;
  // Articles already in (same id, URL and text: an earlier run's, or an earlier copy in this
  // run) are skipped before extraction; the kept ones' hashes, in input order, are stored.
  std::vector<uint64_t> doc_hashes;
  absl::flat_hash_set<std::tuple<std::string, std::string, uint64_t>> this_run;
  absl::Status lookup;
  const auto keep = [&](const Document& doc) {
    const uint64_t hash = ArticleHash(doc.title, doc.text);
    auto match = index.FindArticle(doc.id, doc.url, hash);
    if (!match.ok()) {
      lookup.Update(match.status());
      return false;
    }
    if (*match == ArticleMatch::kSame || !this_run.insert({doc.id, doc.url, hash}).second) {
      ++counts.skipped_docs;
      return false;
    }
    counts.updated_docs += *match == ArticleMatch::kUpdated;
    doc_hashes.push_back(hash);
    return true;
  };
  if (absl::Status read = ReadClaims(inputs, options, &fresh, keep); !read.ok()) return read;
  if (!lookup.ok()) return lookup;
  if (doc_hashes.size() != fresh.claims.docs.size()) {
    return absl::InternalError("index run: the articles read and the articles kept disagree");
  }
  counts.stages = fresh.stages;
  counts.boilerplate_claims = fresh.boilerplate_claims;
  StageTimer timer(&counts.stages);

  OldClaims old;
  const AnchorOptions anchors;
  const ClusterOptions cluster_options = MakeClusterOptions(options.match);
  absl::Status found =
      FindOldClaims(fresh.claims, anchors.max_df, cluster_options, fresh.threads, &index, &old);
  if (!found.ok()) return found;
  counts.old_claims_found = old.found;
  counts.old_claims_loaded = static_cast<int64_t>(old.claims.size());
  timer.Done("index lookup");

  const MinHasher hasher(options.match.sketch == SketchKind::kOph, options.match.num_perms,
                         options.match.seed, options.match.signature_bits);
  ClaimTable table = MatchTable(old, fresh.claims, options.match, hasher, fresh.threads);
  const ClaimTable joined = JoinSplitQuotes(table, options.match, hasher);
  timer.Done("match table");
  ClusterStats stats;
  ClusterRelations relations;
  const std::vector<uint32_t> cluster_of =
      ClusterClaims(&table, joined, cluster_options, fresh.threads, &stats, &relations);
  const int64_t claim_base = index.claim_count(), doc_base = index.doc_count();
  const StableIds stable = MapToStableIds(old, cluster_of, claim_base);
  counts.joined_existing = stable.joined_existing;
  counts.new_clusters = stable.new_clusters;
  counts.merged_clusters = static_cast<int64_t>(stable.merges.size());
  timer.Done("cluster");

  // The one-run report files over the clusters this run touched; quotes.jsonl and
  // clusters.jsonl are then written again below, with the stable ids of the index.
  std::vector<QuoteFacts> facts(fresh.claims.size());  // Per new claim, for quotes.jsonl.
  {
    RunResult touched = TouchedClustersResult(std::move(table), std::move(relations), old, stable,
                                              options, fresh.threads);
    // The day's reading, as the one-run files of this day would count it.
    touched.ingest = fresh.ingest;
    touched.extract = fresh.extract;
    touched.boilerplate_claims = fresh.boilerplate_claims;
    ReportOptions report = ReportOptionsOf(options);
    report.claim_files = false;  // Written below, with the stable ids.
    auto reports = WriteReportFiles(report, outputs->get(), touched);
    if (!reports.ok()) return reports.status();
    FillFacts(touched, old.claims.size(), &facts);
  }
  timer.Done("fact-check + tables");

  // Into the index (one transaction) and quotes.jsonl.
  auto quotes = OutputFile::Create((*outputs)->Stage("quotes.jsonl"));
  if (!quotes.ok()) return quotes.status();
  const ClaimTable& claims = fresh.claims;
  StoredClaim c;
  StoredDoc d;
  std::vector<StoredClaim> stored(claims.size());  // Kept for clusters.jsonl.
  std::vector<StoredDoc> stored_docs;
  stored_docs.reserve(claims.docs.size());
  for (size_t k = 0; k < claims.docs.size(); ++k) {
    const DocInfo& info = claims.docs[k];
    const StoredDoc doc{doc_base + static_cast<int64_t>(k),
                        counts.run,
                        info.id,
                        claims.outlets[info.outlet],
                        info.date,
                        info.url,
                        info.title,
                        info.wire,
                        doc_hashes[k]};
    if (absl::Status st = index.AddDoc(doc); !st.ok()) return st;
    stored_docs.push_back(doc);
  }
  // The day's postings as (key << 32 | row), then sorted by key (rows ascend within a key,
  // as AddGrams needs); each row's key count beside.
  std::vector<uint64_t> grams;
  std::vector<int> keys_of_row(claims.size());
  std::vector<uint32_t> claim_keys;
  for (size_t i = 0; i < claims.size(); ++i) {
    ToStored(claims, i, claim_base, doc_base, counts.run, stable.cluster[i], &c, &d);
    if (absl::Status st = index.AddClaim(c); !st.ok()) return st;
    (*quotes)->WriteLine(IndexQuoteLine(c, d, &facts[i]));
    stored[i] = c;
    const absl::Span<const WordToken> w = claims.token_seq(i);
    std::vector<uint32_t> kept = QueryGrams(w, anchors);
    if (kept.size() < 2) {  // Short: every run, so a claim containing it shares two.
      kept.clear();
      for (uint32_t p = 0; p + 4 <= w.size(); ++p) kept.push_back(p);
    }
    claim_keys.clear();
    for (const uint32_t p : kept) claim_keys.push_back(GramKey(w, p));
    std::sort(claim_keys.begin(), claim_keys.end());
    claim_keys.erase(std::unique(claim_keys.begin(), claim_keys.end()), claim_keys.end());
    keys_of_row[i] = static_cast<int>(claim_keys.size());
    for (const uint32_t key : claim_keys) grams.push_back(uint64_t{key} << 32 | i);
    if (i == claims.size() / 2 && hooks.mid_update) hooks.mid_update();
  }
  if (absl::Status st = (*quotes)->Close(); !st.ok()) return st;
  std::vector<uint64_t> scratch(grams.size());
  RadixSortByHighHalf(absl::MakeSpan(grams), absl::MakeSpan(scratch));  // Stable: rows ascend.
  std::vector<uint64_t>().swap(scratch);
  std::vector<GramPosting> postings(grams.size());
  for (size_t k = 0; k < grams.size(); ++k) {
    const uint32_t row = static_cast<uint32_t>(grams[k]);
    postings[k] = {static_cast<uint32_t>(grams[k] >> 32), claim_base + row, keys_of_row[row]};
  }
  std::vector<uint64_t>().swap(grams);
  if (absl::Status st = index.AddGrams(postings); !st.ok()) return st;
  for (const auto& [from, into] : stable.merges) {
    if (absl::Status st = index.MergeCluster(from, into); !st.ok()) return st;
  }
  counts.new_docs = static_cast<int64_t>(claims.docs.size());
  counts.new_claims = static_cast<int64_t>(claims.size());
  counts.index_claims = index.claim_count();
  counts.index_docs = index.doc_count();
  timer.Done("index update");

  // The clusters this run's claims are in, but not the new claims alone: a cluster id from
  // this run (>= claim_base: never an earlier claim's, nor a merge's target) holds exactly
  // the new claims given it, so one given to a single claim lists nothing (no lookup).
  std::vector<int64_t> sorted(stable.cluster);
  std::sort(sorted.begin(), sorted.end());
  std::vector<int64_t> touched;
  for (size_t a = 0, b = 0; a < sorted.size(); a = b) {
    while (b < sorted.size() && sorted[b] == sorted[a]) ++b;
    if (sorted[a] < claim_base || b - a >= 2) touched.push_back(sorted[a]);
  }
  auto clusters = OutputFile::Create((*outputs)->Stage("clusters.jsonl"));
  if (!clusters.ok()) return clusters.status();
  const InMemory memory{&old, &stored, &stored_docs, claim_base, doc_base};
  if (absl::Status st = WriteTouchedClusters(
          &index, touched, counts.run, static_cast<uint32_t>(options.match.short_excerpt_words),
          memory, clusters->get(), &counts);
      !st.ok()) {
    return st;
  }
  if (absl::Status st = (*clusters)->Close(); !st.ok()) return st;
  timer.Done("write reports");
  counts.peak_rss_bytes = PeakRssBytes();
  if (absl::Status st =
          WriteIndexSummary(counts, index.params(), (*outputs)->Stage(kSummaryFileName));
      !st.ok()) {
    return st;
  }
  // The index commits first: once it does, the run is in (its reports can be written again
  // with `report`); the report files follow.
  if (absl::Status st = index.Commit(absl::StrJoin(inputs, " ")); !st.ok()) return st;
  if (absl::Status st = (*outputs)->Commit(); !st.ok()) return st;
  if (log != nullptr) {
    absl::StrAppendFormat(log,
                          "index: %d earlier claims found by the lookups, %d verified with a "
                          "new claim, %d with their clusters, %d with their quote groups (key "
                          "lookups %.3f s); %d candidate pairs\n",
                          old.found, old.verified, old.with_clusters, counts.old_claims_loaded,
                          old.lookup_seconds, stats.candidate_pairs);
    for (const StageTime& s : counts.stages) {
      absl::StrAppendFormat(log, "stage %-24s %8.3f s\n", s.stage, s.seconds);
    }
  }
  return counts;
}

absl::StatusOr<IndexRunCounts> ReportIndexJob(const std::string& index_path,
                                              const RunOptions& report_options) {
  if (absl::Status dir = EnsureDirectory(report_options.out_dir); !dir.ok()) return dir;
  auto outputs = OutputSet::Open(report_options.out_dir);
  if (!outputs.ok()) return outputs.status();
  auto opened = ClaimIndex::OpenForReading(index_path);
  if (!opened.ok()) return opened.status();
  ClaimIndex& index = **opened;
  RunOptions options = report_options;  // Clustered as the index was built.
  if (absl::Status st = ApplyIndexParams(index.params(), &options); !st.ok()) return st;
  IndexRunCounts counts;
  counts.index = index_path;
  counts.index_claims = index.claim_count();
  counts.index_docs = index.doc_count();
  StageTimer timer(&counts.stages);
  // Every claim, in id order, with its document.
  OldClaims all;
  std::vector<StoredDoc> docs;
  absl::Status st = index.ForEachClaim([&](const StoredClaim& c, const StoredDoc& d) {
    all.claims.push_back(c);
    if (docs.empty() || docs.back().id != d.id) docs.push_back(d);
  });
  if (!st.ok()) return st;
  std::sort(docs.begin(), docs.end(),
            [](const StoredDoc& a, const StoredDoc& b) { return a.id < b.id; });
  docs.erase(std::unique(docs.begin(), docs.end(),
                         [](const StoredDoc& a, const StoredDoc& b) { return a.id == b.id; }),
             docs.end());
  all.docs = std::move(docs);
  timer.Done("read index");
  // Roots, relations and edits from the one-run clustering over the whole index; the
  // clusters are the index's own (stable) ones.
  const int threads = EffectiveThreads(options);
  const MinHasher hasher(options.match.sketch == SketchKind::kOph, options.match.num_perms,
                         options.match.seed, options.match.signature_bits);
  const ClaimTable none(options.match.num_perms, options.match.signature_bits);
  ClaimTable table = MatchTable(all, none, options.match, hasher, threads);
  const ClaimTable joined = JoinSplitQuotes(table, options.match, hasher);
  ClusterStats stats;
  ClusterRelations relations;
  ClusterClaims(&table, joined, MakeClusterOptions(options.match), threads, &stats, &relations);
  std::vector<int64_t> stable_of(all.claims.size());
  for (size_t r = 0; r < all.claims.size(); ++r) stable_of[r] = all.claims[r].cluster;
  timer.Done("cluster");
  std::vector<QuoteFacts> facts(all.claims.size());
  {
    RunResult result =
        StableClustersResult(std::move(table), std::move(relations), stable_of, options, threads);
    result.ingest.documents = index.doc_count();
    ReportOptions report = ReportOptionsOf(options);
    report.claim_files = false;  // Written below, with the stable ids.
    auto reports = WriteReportFiles(report, outputs->get(), result);
    if (!reports.ok()) return reports.status();
    FillFacts(result, 0, &facts);
  }
  timer.Done("fact-check + tables");
  auto quotes = OutputFile::Create((*outputs)->Stage("quotes.jsonl"));
  if (!quotes.ok()) return quotes.status();
  for (size_t k = 0; k < all.claims.size(); ++k) {
    const StoredClaim& c = all.claims[k];
    const StoredDoc& d =
        *std::lower_bound(all.docs.begin(), all.docs.end(), c.doc,
                          [](const StoredDoc& x, int64_t id) { return x.id < id; });
    (*quotes)->WriteLine(IndexQuoteLine(c, d, &facts[k]));
  }
  if (st = (*quotes)->Close(); !st.ok()) return st;
  auto clusters = OutputFile::Create((*outputs)->Stage("clusters.jsonl"));
  if (!clusters.ok()) return clusters.status();
  std::vector<int64_t> aliases;
  st = index.ForEachCluster([&](int64_t cluster, const std::vector<StoredClaim>& members,
                                const std::vector<StoredDoc>& docs) -> absl::Status {
    aliases.clear();
    if (absl::Status a = index.Aliases(cluster, &aliases); !a.ok()) return a;
    (*clusters)->WriteLine(
        IndexClusterLine(cluster, aliases, members, docs, 0,
                         static_cast<uint32_t>(options.match.short_excerpt_words)));
    ++counts.clusters_touched;
    return absl::OkStatus();
  });
  if (!st.ok()) return st;
  if (st = (*clusters)->Close(); !st.ok()) return st;
  timer.Done("write reports");
  counts.peak_rss_bytes = PeakRssBytes();
  st = WriteIndexSummary(counts, index.params(), (*outputs)->Stage(kSummaryFileName));
  if (!st.ok()) return st;
  if (st = (*outputs)->Commit(); !st.ok()) return st;
  return counts;
}

}  // namespace claimdup
