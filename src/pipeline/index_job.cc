#include "pipeline/index_job.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <thread>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "cluster/clusterer.h"
#include "core/memory.h"
#include "index/anchors.h"
#include "pipeline/fingerprint.h"
#include "pipeline/output_guard.h"
#include "pipeline/run_job.h"
#include "pipeline/split_quotes.h"
#include "report/output_set.h"
#include "sketch/minhash.h"
#include "util/output_file.h"
#include "util/union_find.h"

namespace claimdup {
namespace {

// Bumped whenever text/normalize.cc or the word tokens change what a text fingerprints to.
constexpr const char* kNormalizerVersion = "1";
constexpr int64_t kNone = std::numeric_limits<int64_t>::max();

// The index key of the 4-word run at words[i]: 31 bits (a collision only loads one more
// old claim to compare, never a wrong match).
uint32_t GramKey(absl::Span<const WordToken> words, size_t i) {
  uint64_t key = 0;
  for (int j = 0; j < 4; ++j) key = (key << 16) | words[i + j];
  return static_cast<uint32_t>(Mix64(key) & 0x7FFFFFFFu);
}

struct OldClaims {
  std::vector<StoredClaim> claims;  // In id order.
  std::vector<StoredDoc> docs;      // Per claim.
  // How many were found by the lookups, then with their clusters, then with their groups.
  int64_t found = 0, with_clusters = 0;
};

// Which earlier claims a new one is compared with. The index keeps each claim's winnowed
// 4-word runs (all of them when it has fewer than two winnowed ones), and a new claim looks
// up all of its runs. A claim contained in the other shares at least one kept run once the
// shared stretch spans a winnowing window, two once it spans a window more: an earlier claim
// sharing two kept runs is loaded (as anchors ask for two shared query runs, index/anchors.h);
// a new claim of few runs (too short to share two) loads the holders of any run it shares,
// unless more than kRareKeyHolders hold it (a common phrase).
constexpr size_t kRareKeyHolders = 32;
constexpr size_t kShortClaimKeys = 8;

// The earlier claims the new ones may match (sharing a rare 4-word run the index keeps, or
// two), every member of their clusters, and the whole quote groups of all those.
absl::Status FindOldClaims(const ClaimTable& fresh, int max_df, ClaimIndex* index,
                           OldClaims* out) {
  // Each distinct key is looked up once.
  absl::flat_hash_map<uint32_t, std::vector<int64_t>> holders;
  std::vector<uint32_t> keys;
  for (size_t i = 0; i < fresh.size(); ++i) {
    const absl::Span<const WordToken> w = fresh.token_seq(i);
    for (size_t p = 0; p + 4 <= w.size(); ++p) keys.push_back(GramKey(w, p));
  }
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  for (const uint32_t key : keys) {
    std::vector<int64_t> claims;
    if (absl::Status st = index->ClaimsPostingGram(key, max_df, &claims); !st.ok()) return st;
    if (!claims.empty()) holders.emplace(key, std::move(claims));
  }
  std::vector<uint32_t>().swap(keys);
  std::vector<int64_t> ids;
  absl::flat_hash_map<int64_t, int> shared;
  for (size_t i = 0; i < fresh.size(); ++i) {
    const absl::Span<const WordToken> w = fresh.token_seq(i);
    keys.clear();
    for (size_t p = 0; p + 4 <= w.size(); ++p) keys.push_back(GramKey(w, p));
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    shared.clear();
    for (const uint32_t key : keys) {
      auto it = holders.find(key);
      if (it == holders.end()) continue;
      const bool rare =
          keys.size() <= kShortClaimKeys && it->second.size() <= kRareKeyHolders;
      for (const int64_t id : it->second) {
        if (++shared[id] == 2 || rare) ids.push_back(id);
      }
    }
  }
  decltype(holders)().swap(holders);
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  absl::flat_hash_map<int64_t, size_t> slot;
  std::vector<StoredClaim> claims;
  std::vector<StoredDoc> docs;
  claims.reserve(2 * ids.size());  // Clusters and groups add some: move strings rarely.
  docs.reserve(2 * ids.size());
  auto load = [&](int64_t id) -> absl::Status {
    if (!slot.try_emplace(id, claims.size()).second) return absl::OkStatus();
    claims.emplace_back();
    docs.emplace_back();
    return index->LoadClaim(id, &claims.back(), &docs.back());
  };
  for (const int64_t id : ids) {
    if (absl::Status st = load(id); !st.ok()) return st;
  }
  out->found = static_cast<int64_t>(claims.size());
  // Whole clusters: the clustering decides with every member in view, as one run would.
  absl::flat_hash_set<int64_t> clusters;
  for (const StoredClaim& c : claims) clusters.insert(c.cluster);
  for (const int64_t cluster : clusters) {
    ids.clear();
    if (absl::Status st = index->ClusterMembers(cluster, &ids); !st.ok()) return st;
    for (const int64_t id : ids) {
      if (absl::Status st = load(id); !st.ok()) return st;
    }
  }
  out->with_clusters = static_cast<int64_t>(claims.size());
  // Whole quote groups: a split quote is matched as its joined text too.
  absl::flat_hash_set<int64_t> groups;
  for (const StoredClaim& c : claims) groups.insert(c.group);
  for (const int64_t group : groups) {
    ids.clear();
    if (absl::Status st = index->GroupMembers(group, &ids); !st.ok()) return st;
    for (const int64_t id : ids) {
      if (absl::Status st = load(id); !st.ok()) return st;
    }
  }
  std::vector<size_t> order(claims.size());
  for (size_t k = 0; k < order.size(); ++k) order[k] = k;
  std::sort(order.begin(), order.end(),
            [&](size_t a, size_t b) { return claims[a].id < claims[b].id; });
  out->claims.reserve(order.size());
  out->docs.reserve(order.size());
  for (const size_t k : order) {
    out->claims.push_back(std::move(claims[k]));
    out->docs.push_back(std::move(docs[k]));
  }
  return absl::OkStatus();
}

// The sketches of the old claims, recomputed from their text on `threads` threads.
struct OldSketch {
  std::vector<WordToken> tokens;
  uint32_t shingle_count = 0;
  uint64_t set_key = 0;
  std::vector<uint8_t> signature;
};
std::vector<OldSketch> SketchOldClaims(const OldClaims& old, const MatchOptions& match,
                                       const MinHasher& hasher, int threads) {
  std::vector<OldSketch> out(old.claims.size());
  threads = std::max(1, threads);
  const size_t chunk = (out.size() + threads - 1) / threads;
  auto work = [&](int t) {
    SketchScratch scratch;
    const size_t lo = std::min(out.size(), t * chunk), hi = std::min(out.size(), lo + chunk);
    for (size_t k = lo; k < hi; ++k) {
      SketchText(old.claims[k].text, match, hasher, &scratch);
      const ClaimSketch sketch = scratch.sketch();
      out[k] = {scratch.tokens, sketch.shingle_count, sketch.set_key, scratch.signature};
    }
  };
  std::vector<std::thread> pool;
  for (int t = 1; t < threads; ++t) pool.emplace_back(work, t);
  work(0);
  for (std::thread& th : pool) th.join();
  return out;
}

// One table for the clustering: the old claims (re-sketched from their text) in id order,
// then the new ones in input order, as one run over all the dumps would order them.
ClaimTable MatchTable(const OldClaims& old, const ClaimTable& fresh, const MatchOptions& match,
                      const MinHasher& hasher, int threads) {
  ClaimTable t(match.num_perms, match.signature_bits);
  size_t text_bytes = 0;
  for (const StoredClaim& c : old.claims) text_bytes += c.text.size();
  for (size_t i = 0; i < fresh.size(); ++i) text_bytes += fresh.text_length[i];
  t.Reserve(old.claims.size() + fresh.size(), text_bytes);
  const std::vector<OldSketch> sketches = SketchOldClaims(old, match, hasher, threads);
  absl::flat_hash_map<int64_t, uint32_t> doc_row, claim_row;
  for (size_t k = 0; k < old.claims.size(); ++k) {
    const StoredClaim& c = old.claims[k];
    const StoredDoc& d = old.docs[k];
    auto [it, added] = doc_row.try_emplace(c.doc, static_cast<uint32_t>(t.docs.size()));
    if (added) t.docs.push_back({d.ext_id, t.InternOutlet(d.outlet), d.date, d.url, d.title});
    const uint32_t row = static_cast<uint32_t>(t.size());
    claim_row[c.id] = row;
    auto first = claim_row.find(c.group);
    const OldSketch& s = sketches[k];
    t.AddClaim(it->second, c.begin, c.end, c.words, first == claim_row.end() ? row : first->second,
               t.InternSpeaker(c.speaker), 0, c.text,
               ClaimSketch{s.tokens, s.shingle_count, s.set_key, s.signature.data()});
  }
  const uint32_t doc_base = static_cast<uint32_t>(t.docs.size());
  const uint32_t claim_base = static_cast<uint32_t>(t.size());
  for (const DocInfo& d : fresh.docs) {
    t.docs.push_back({d.id, t.InternOutlet(fresh.outlets[d.outlet]), d.date, d.url, d.title});
  }
  for (size_t i = 0; i < fresh.size(); ++i) {
    const ClaimSketch sketch{fresh.token_seq(i), fresh.shingle_count[i], fresh.set_key[i],
                             fresh.signature(i)};
    t.AddClaim(doc_base + fresh.doc[i], fresh.begin[i], fresh.end[i], fresh.words[i],
               claim_base + fresh.group[i], t.InternSpeaker(fresh.speakers[fresh.speaker[i]]), 0,
               fresh.text(i), sketch);
  }
  return t;
}

// Stable cluster ids for the new claims (rows n_old.. of the match table) from the match
// table's clusters, and the earlier clusters to merge (from, into).
struct StableIds {
  std::vector<int64_t> cluster;  // Per new claim.
  std::vector<std::pair<int64_t, int64_t>> merges;
  int64_t joined_existing = 0;
  int64_t new_clusters = 0;
};

StableIds MapToStableIds(const OldClaims& old, const std::vector<uint32_t>& cluster_of,
                         int64_t first_new_id) {
  const uint32_t n = static_cast<uint32_t>(cluster_of.size());
  const uint32_t n_old = static_cast<uint32_t>(old.claims.size());
  std::vector<bool> has_new(n, false);
  for (uint32_t r = n_old; r < n; ++r) has_new[cluster_of[r]] = true;
  UnionFind uf(n);
  absl::flat_hash_map<int64_t, uint32_t> row_of_cluster;
  for (uint32_t r = 0; r < n_old; ++r) {
    auto [it, added] = row_of_cluster.try_emplace(old.claims[r].cluster, r);
    if (!added) uf.Union(r, it->second);
  }
  // Only groups holding a new claim say something new; the others keep earlier decisions.
  for (uint32_t r = 0; r < n; ++r) {
    if (has_new[cluster_of[r]]) uf.Union(r, cluster_of[r]);
  }
  std::vector<int64_t> best_old(n, kNone), best_new(n, kNone);
  std::vector<int64_t> new_count(n, 0);
  for (uint32_t r = 0; r < n; ++r) {
    const uint32_t root = uf.Find(r);
    if (r < n_old) {
      best_old[root] = std::min(best_old[root], old.claims[r].cluster);
    } else {
      best_new[root] = std::min(best_new[root], first_new_id + (r - n_old));
      ++new_count[root];
    }
  }
  StableIds out;
  out.cluster.resize(n - n_old);
  for (uint32_t r = n_old; r < n; ++r) {
    const uint32_t root = uf.Find(r);
    const bool existing = best_old[root] != kNone;
    out.cluster[r - n_old] = existing ? best_old[root] : best_new[root];
    out.joined_existing += existing;
    if (!existing && new_count[root] >= 2 && best_new[root] == first_new_id + (r - n_old)) {
      ++out.new_clusters;
    }
  }
  absl::flat_hash_set<int64_t> merged;
  for (uint32_t r = 0; r < n_old; ++r) {
    const uint32_t root = uf.Find(r);
    const int64_t from = old.claims[r].cluster;
    if (new_count[root] > 0 && from != best_old[root] && merged.insert(from).second) {
      out.merges.push_back({from, best_old[root]});
    }
  }
  std::sort(out.merges.begin(), out.merges.end());
  return out;
}

// The stored form of new claim i of `fresh`.
void ToStored(const ClaimTable& fresh, size_t i, int64_t claim_base, int64_t doc_base,
              int64_t run, int64_t cluster, StoredClaim* c, StoredDoc* d) {
  const DocInfo& info = fresh.docs[fresh.doc[i]];
  c->id = claim_base + static_cast<int64_t>(i);
  c->doc = doc_base + fresh.doc[i];
  c->group = claim_base + fresh.group[i];
  c->cluster = cluster;
  c->begin = fresh.begin[i];
  c->end = fresh.end[i];
  c->words = fresh.words[i];
  c->speaker = fresh.speakers[fresh.speaker[i]];
  c->text = std::string(fresh.text(i));
  d->id = c->doc;
  d->run = run;
  d->ext_id = info.id;
  d->outlet = fresh.outlets[info.outlet];
  d->date = info.date;
  d->url = info.url;
  d->title = info.title;
}

// Writes clusters.jsonl lines for `clusters` (ids, read back from the index with all their
// members); counts the listed ones and the earlier ones (id < first_new_id) that gained an
// outlet in `run`.
absl::Status WriteTouchedClusters(ClaimIndex* index, const std::vector<int64_t>& clusters,
                                  int64_t run, OutputFile* file, IndexRunCounts* counts) {
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
      if (absl::Status st = index->LoadClaim(ids[k], &members[k], &docs[k]); !st.ok()) return st;
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
    file->WriteLine(IndexClusterLine(cluster, aliases, members, docs, run));
  }
  return absl::OkStatus();
}

// Test hook: with CLAIMDUP_TEST_PAUSE_FILE set, a run stops in the middle of its index
// update, after creating that file, until it is killed (the kill and lock tests use it to
// stop a run at a known point instead of guessing with timers).
void PauseForTests() {
  const char* path = std::getenv("CLAIMDUP_TEST_PAUSE_FILE");
  if (path == nullptr || *path == '\0') return;
  if (std::FILE* f = std::fopen(path, "w")) std::fclose(f);
  for (;;) std::this_thread::sleep_for(std::chrono::seconds(1));
}

}  // namespace

IndexParams IndexParamsOf(const RunOptions& options) {
  const MatchOptions& m = options.match;
  const AnchorOptions anchors;
  return {
      {"unit", options.extract.unit == ClaimUnit::kQuotes ? "quotes" : "sentences"},
      {"min_words", absl::StrCat(options.extract.min_words)},
      {"normalizer_version", kNormalizerVersion},
      {"spelling_fold", m.spelling_fold ? "true" : "false"},
      {"token_bits", absl::StrCat(8 * sizeof(WordToken))},
      {"shingle_size", absl::StrCat(m.shingle_size)},
      {"sketch", m.sketch == SketchKind::kOph ? "oph" : "classic"},
      {"num_perms", absl::StrCat(m.num_perms)},
      {"signature_bits", absl::StrCat(m.signature_bits)},
      {"seed", absl::StrFormat("0x%016x", m.seed)},
      {"threshold", absl::StrCat(m.threshold)},
      {"containment", absl::StrCat(m.containment)},
      {"containment_min_words", absl::StrCat(m.containment_min_words)},
      {"word_similarity", absl::StrCat(m.word_similarity)},
      {"min_contained_share", absl::StrCat(m.min_contained_share)},
      {"excerpts", m.excerpts ? "true" : "false"},
      {"overlap_words", absl::StrCat(m.overlap_words)},
      {"anchor_gram", absl::StrCat(anchors.gram)},
      {"anchor_window", absl::StrCat(anchors.window)},
      {"anchor_max_df", absl::StrCat(anchors.max_df)},
  };
}

absl::StatusOr<IndexRunCounts> RunIndexJob(const std::vector<std::string>& inputs,
                                           const RunOptions& options,
                                           const std::string& index_path, std::string* log) {
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
  if (absl::Status read = ReadClaims(inputs, options, &fresh); !read.ok()) return read;
  counts.stages = fresh.stages;
  counts.boilerplate_claims = fresh.boilerplate_claims;
  StageTimer timer(&counts.stages);

  OldClaims old;
  const AnchorOptions anchors;
  if (absl::Status st = FindOldClaims(fresh.claims, anchors.max_df, &index, &old); !st.ok()) {
    return st;
  }
  counts.old_claims_loaded = static_cast<int64_t>(old.claims.size());
  timer.Done("index lookup");

  const MinHasher hasher(options.match.sketch == SketchKind::kOph, options.match.num_perms,
                         options.match.seed, options.match.signature_bits);
  ClaimTable table = MatchTable(old, fresh.claims, options.match, hasher, fresh.threads);
  const ClaimTable joined = JoinSplitQuotes(table, options.match, hasher);
  timer.Done("match table");
  ClusterStats stats;
  const std::vector<uint32_t> cluster_of =
      ClusterClaims(&table, joined, MakeClusterOptions(options.match), fresh.threads, &stats);
  const int64_t claim_base = index.claim_count(), doc_base = index.doc_count();
  const StableIds stable = MapToStableIds(old, cluster_of, claim_base);
  counts.joined_existing = stable.joined_existing;
  counts.new_clusters = stable.new_clusters;
  counts.merged_clusters = static_cast<int64_t>(stable.merges.size());
  timer.Done("cluster");

  // Into the index (one transaction) and quotes.jsonl.
  auto quotes = OutputFile::Create((*outputs)->Stage("quotes.jsonl"));
  if (!quotes.ok()) return quotes.status();
  const ClaimTable& claims = fresh.claims;
  StoredClaim c;
  StoredDoc d;
  for (size_t k = 0; k < claims.docs.size(); ++k) {
    const DocInfo& info = claims.docs[k];
    const StoredDoc doc{doc_base + static_cast<int64_t>(k), counts.run, info.id,
                        claims.outlets[info.outlet], info.date, info.url, info.title};
    if (absl::Status st = index.AddDoc(doc); !st.ok()) return st;
  }
  std::vector<std::pair<uint32_t, int64_t>> grams;
  for (size_t i = 0; i < claims.size(); ++i) {
    ToStored(claims, i, claim_base, doc_base, counts.run, stable.cluster[i], &c, &d);
    if (absl::Status st = index.AddClaim(c); !st.ok()) return st;
    (*quotes)->WriteLine(IndexQuoteLine(c, d));
    const absl::Span<const WordToken> w = claims.token_seq(i);
    std::vector<uint32_t> kept = QueryGrams(w, anchors);
    if (kept.size() < 2) {  // Short: every run, so a claim containing it shares two.
      kept.clear();
      for (uint32_t p = 0; p + 4 <= w.size(); ++p) kept.push_back(p);
    }
    for (const uint32_t p : kept) grams.push_back({GramKey(w, p), c.id});
    if (i == claims.size() / 2) PauseForTests();
  }
  if (absl::Status st = (*quotes)->Close(); !st.ok()) return st;
  // In key order: each B-tree page is visited once, not once per claim.
  std::sort(grams.begin(), grams.end());
  for (const auto& [key, claim] : grams) {
    if (absl::Status st = index.AddGram(key, claim); !st.ok()) return st;
  }
  for (const auto& [from, into] : stable.merges) {
    if (absl::Status st = index.MergeCluster(from, into); !st.ok()) return st;
  }
  counts.new_docs = static_cast<int64_t>(claims.docs.size());
  counts.new_claims = static_cast<int64_t>(claims.size());
  counts.index_claims = index.claim_count();
  counts.index_docs = index.doc_count();
  timer.Done("index update");

  std::vector<int64_t> touched(stable.cluster);
  std::sort(touched.begin(), touched.end());
  touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
  auto clusters = OutputFile::Create((*outputs)->Stage("clusters.jsonl"));
  if (!clusters.ok()) return clusters.status();
  if (absl::Status st = WriteTouchedClusters(&index, touched, counts.run, clusters->get(), &counts);
      !st.ok()) {
    return st;
  }
  if (absl::Status st = (*clusters)->Close(); !st.ok()) return st;
  timer.Done("write reports");
  counts.peak_rss_bytes = PeakRssBytes();
  if (absl::Status st = WriteIndexSummary(counts, index.params(), (*outputs)->Stage(kSummaryFileName));
      !st.ok()) {
    return st;
  }
  // The index commits first: once it does, the run is in (its reports can be written again
  // with `report`); the report files follow.
  if (absl::Status st = index.Commit(absl::StrJoin(inputs, " ")); !st.ok()) return st;
  if (absl::Status st = (*outputs)->Commit(); !st.ok()) return st;
  if (log != nullptr) {
    absl::StrAppendFormat(log,
                          "index: %d earlier claims found by the lookups, %d with their "
                          "clusters, %d with their quote groups; %d candidate pairs\n",
                          old.found, old.with_clusters, counts.old_claims_loaded,
                          stats.candidate_pairs);
    for (const StageTime& s : counts.stages) {
      absl::StrAppendFormat(log, "stage %-24s %8.3f s\n", s.stage, s.seconds);
    }
  }
  return counts;
}

absl::StatusOr<IndexRunCounts> ReportIndexJob(const std::string& index_path,
                                              const std::string& out_dir) {
  if (absl::Status dir = EnsureDirectory(out_dir); !dir.ok()) return dir;
  auto outputs = OutputSet::Open(out_dir);
  if (!outputs.ok()) return outputs.status();
  auto opened = ClaimIndex::OpenForReading(index_path);
  if (!opened.ok()) return opened.status();
  ClaimIndex& index = **opened;
  IndexRunCounts counts;
  counts.index = index_path;
  counts.index_claims = index.claim_count();
  counts.index_docs = index.doc_count();
  StageTimer timer(&counts.stages);
  auto quotes = OutputFile::Create((*outputs)->Stage("quotes.jsonl"));
  if (!quotes.ok()) return quotes.status();
  absl::Status st = index.ForEachClaim([&](const StoredClaim& c, const StoredDoc& d) {
    (*quotes)->WriteLine(IndexQuoteLine(c, d));
  });
  if (!st.ok()) return st;
  if (st = (*quotes)->Close(); !st.ok()) return st;
  auto clusters = OutputFile::Create((*outputs)->Stage("clusters.jsonl"));
  if (!clusters.ok()) return clusters.status();
  std::vector<int64_t> aliases;
  st = index.ForEachCluster([&](int64_t cluster, const std::vector<StoredClaim>& members,
                                const std::vector<StoredDoc>& docs) -> absl::Status {
    aliases.clear();
    if (absl::Status a = index.Aliases(cluster, &aliases); !a.ok()) return a;
    (*clusters)->WriteLine(IndexClusterLine(cluster, aliases, members, docs, 0));
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
