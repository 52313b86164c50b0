#include "pipeline/distributed_quotes.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "pipeline/rank_bytes.h"
#include "pipeline/distributed_tables.h"
#include "pipeline/rank_roles.h"
#include "report/claim_files.h"
#include "report/cluster_lines.h"
#include "report/csv_reports.h"
#include "report/output_set.h"
#include "util/output_file.h"

namespace claimdup {
namespace {

static_assert(std::is_trivially_copyable_v<QuoteFacts>, "QuoteFacts travel as bytes");

// The message rank 0 sends each other rank: its facts, or word that there is nothing to write.
constexpr char kFactsMessage = 'Q';
constexpr char kSkipMessage = 'X';

std::string PartPath(const std::string& out_dir, int rank) {
  return StagingPath(out_dir, absl::StrCat("quotes.jsonl.rank-", rank));
}
std::string ClustersPartPath(const std::string& out_dir, int rank) {
  return StagingPath(out_dir, absl::StrCat("clusters.jsonl.rank-", rank));
}
std::string OutletQuotesPartPath(const std::string& out_dir, int rank) {
  return StagingPath(out_dir, absl::StrCat("outlet_quotes.csv.rank-", rank));
}

// The clusters whose clusters.jsonl lines rank `rank` writes: the working ranks
// (pipeline/rank_roles.h) share them in contiguous ranges, in cluster order; a rank 0 that
// does not work writes none.
std::pair<size_t, size_t> ClusterRangeOf(size_t clusters, int rank, int ranks) {
  const WorkingRanks working = WorkingRanksOf(ranks);
  return {working.Begin(clusters, rank), working.End(clusters, rank)};
}

// clusters.jsonl's lines go to each rank in packs of kClusterLinesPerPack clusters, one per
// rank per round, so no rank (rank 0 included) holds more than a pack, and each rank writes
// one while rank 0 packs the others'. Every rank gets at least one; the last says so.
constexpr char kMorePackMessage = 'P';
constexpr char kLastPackMessage = 'L';

size_t PacksOf(std::pair<size_t, size_t> range) {
  return std::max<size_t>(
      1, (range.second - range.first + kClusterLinesPerPack - 1) / kClusterLinesPerPack);
}

// Rank 0: every other rank's range of clusters' lines, packed.
void SendClusterLines(MpiWorld* world, const RunResult& result,
                      const std::vector<OutletQuoteRow>& outlet_rows) {
  std::vector<std::pair<size_t, size_t>> ranges(world->size());
  size_t rounds = 0;
  for (int r = 1; r < world->size(); ++r) {
    ranges[r] = ClusterRangeOf(result.clusters.size(), r, world->size());
    rounds = std::max(rounds, PacksOf(ranges[r]));
  }
  std::string bytes;
  ClusterLinesSlots slots;
  for (size_t i = 0; i < rounds; ++i) {
    for (int r = 1; r < world->size(); ++r) {
      const size_t packs = PacksOf(ranges[r]);
      if (i >= packs) continue;
      const size_t from = ranges[r].first + i * kClusterLinesPerPack;
      const size_t to = std::min(ranges[r].second, from + kClusterLinesPerPack);
      const ClusterLinesPack pack =
          PackClusterLines(result.claims, result.clusters, result.relations, result.reuse.stock,
                           from, to, &outlet_rows, &slots);
      bytes.assign(1, i + 1 == packs ? kLastPackMessage : kMorePackMessage);
      PutVector(&bytes, pack.fields);
      PutVector(&bytes, pack.outlet_rows);
      PutVector(&bytes, pack.string_at);
      PutArray(&bytes, pack.bytes.data(), pack.bytes.size());
      world->Send(r, bytes);
    }
  }
}

// The other ranks: takes every pack rank 0 sends and, with `write`, writes their
// clusters.jsonl lines to a new file at `path` and their outlet_quotes.csv rows to one at
// `outlet_quotes_path`.
absl::Status WriteClusterLinesPart(MpiWorld* world, bool write, const std::string& path,
                                   const std::string& outlet_quotes_path) {
  std::unique_ptr<OutputFile> file, rows;
  absl::Status st;
  if (write) {
    auto created = OutputFile::Create(path);
    auto created_rows = OutputFile::Create(outlet_quotes_path);
    st = created.ok() ? created_rows.status() : created.status();
    if (st.ok()) {
      file = std::move(*created);
      rows = std::move(*created_rows);
    }
  }
  for (bool last = false; !last;) {
    const std::string bytes = world->Receive(0);
    last = bytes.front() == kLastPackMessage;
    if (file == nullptr) continue;
    RankBytesReader in(absl::string_view(bytes).substr(1));
    ClusterLinesPack pack;
    GetVector(&in, &pack.fields);
    GetVector(&in, &pack.outlet_rows);
    GetVector(&in, &pack.string_at);
    pack.bytes.resize(in.left());
    in.GetArray(pack.bytes.data(), pack.bytes.size());
    WriteClusterLines(pack, file.get());
    WriteOutletQuoteLines(pack, rows.get());
  }
  if (file == nullptr) return st;
  st = file->Close();
  const absl::Status rows_closed = rows->Close();
  return st.ok() ? rows_closed : st;
}

// Rank 0: the clusters.jsonl lines of `range` to a new file at `path`, and their
// outlet_quotes.csv rows, after its header, to one at `outlet_quotes_path` (a pack at a
// time, as the other ranks write theirs; an empty range gives an empty file and the header).
absl::Status WriteOwnClusterLines(const RunResult& result,
                                  const std::vector<OutletQuoteRow>& outlet_rows,
                                  std::pair<size_t, size_t> range, const std::string& path,
                                  const std::string& outlet_quotes_path) {
  auto file = OutputFile::Create(path);
  if (!file.ok()) return file.status();
  auto rows = OutputFile::Create(outlet_quotes_path);
  if (!rows.ok()) return rows.status();
  (*rows)->Write(kOutletQuotesCsvHeader);
  ClusterLinesSlots slots;
  for (size_t from = range.first; from < range.second; from += kClusterLinesPerPack) {
    const size_t to = std::min(range.second, from + kClusterLinesPerPack);
    const ClusterLinesPack pack =
        PackClusterLines(result.claims, result.clusters, result.relations, result.reuse.stock,
                         from, to, &outlet_rows, &slots);
    WriteClusterLines(pack, file->get());
    WriteOutletQuoteLines(pack, rows->get());
  }
  absl::Status st = (*file)->Close();
  const absl::Status rows_closed = (*rows)->Close();
  return st.ok() ? rows_closed : st;
}

// The three files the ranks write parts of: quotes.jsonl, clusters.jsonl, outlet_quotes.csv.
constexpr int kPartFiles = 3;
using PartPaths = std::array<std::string, kPartFiles>;

PartPaths PartsOf(const std::string& out_dir, int rank) {
  return {PartPath(out_dir, rank), ClustersPartPath(out_dir, rank),
          OutletQuotesPartPath(out_dir, rank)};
}

// Every rank, after agreeing on `written` (rank 0: the start of the three files at `wholes`;
// the others: their parts `mine` of them): each other rank copies its parts into the files at
// their offsets, the sizes of rank 0's start and the earlier ranks' parts (all-gathered), so
// the copies run side by side and rank 0 copies nothing (it runs `meanwhile`, when given,
// instead of waiting; another rank runs its own after copying); each rank removes its parts.
// Returns the outcome all ranks agree on (the first failing rank's error, `meanwhile`'s
// included).
absl::Status PlaceParts(MpiWorld* world, const absl::Status& written, const PartPaths& wholes,
                        const PartPaths& mine,
                        const std::function<absl::Status()>& meanwhile = nullptr) {
  absl::Status st = world->Agree(written, world->rank());
  const bool root = world->root();
  if (st.ok()) {
    std::vector<int64_t> sizes(kPartFiles, 0);
    for (int f = 0; f < kPartFiles && st.ok(); ++f) {
      auto bytes = FileBytes(root ? wholes[f] : mine[f]);
      st = bytes.status();
      if (bytes.ok()) sizes[f] = *bytes;
    }
    const std::vector<int64_t> all = world->AllGather(sizes);
    for (int f = 0; f < kPartFiles && st.ok() && !root; ++f) {
      int64_t at = 0;
      for (int r = 0; r < world->rank(); ++r) at += all[r * kPartFiles + f];
      st = CopyFileAt(mine[f], wholes[f], at);
    }
    if (st.ok() && meanwhile) st = meanwhile();
    st = world->Agree(st, world->rank());
  }
  if (!root) {
    for (const std::string& part : mine) std::remove(part.c_str());
  }
  return st;
}

// The facts of rank `rank`'s claims, their rows being its own table's; the speakers they
// name are renumbered into *names, in order of first use.
std::vector<QuoteFacts> FactsOfRank(const ClaimHomes& homes, const QuoteFactSource& source,
                                    const RunResult& result, int rank,
                                    std::vector<std::string>* names) {
  std::vector<QuoteFacts> facts;
  source.Append(homes.first_id[rank], homes.first_id[rank + 1], &facts);
  absl::flat_hash_map<uint32_t, uint32_t> renumbered;
  for (QuoteFacts& f : facts) {
    f.row = homes.row[f.id];
    auto [it, added] = renumbered.try_emplace(f.speaker, static_cast<uint32_t>(names->size()));
    if (added) names->push_back(result.claims.speakers[f.speaker]);
    f.speaker = it->second;
  }
  return facts;
}

}  // namespace

int ClaimHomes::RankOf(uint32_t id) const {
  return static_cast<int>(std::upper_bound(first_id.begin(), first_id.end() - 1, id) -
                          first_id.begin()) -
         1;
}

ClaimHomes HomesOf(const QuotePartsPlan& plan) {
  ClaimHomes homes;
  int64_t before = 0;  // Rows of the earlier ranks, before the filter.
  for (size_t rank = 0; rank < plan.claims_per_rank.size(); ++rank) {
    const int64_t count = plan.claims_per_rank[rank];
    homes.first_id.push_back(static_cast<uint32_t>(homes.row.size()));
    for (int64_t r = 0; r < count; ++r) {
      if (!plan.kept.empty() && !plan.kept[before + r]) continue;
      // Rank 0's table is the run's, filtered: its rows are ids.
      homes.row.push_back(static_cast<uint32_t>(rank == 0 ? homes.row.size() : r));
    }
    before += count;
  }
  homes.first_id.push_back(static_cast<uint32_t>(homes.row.size()));
  return homes;
}

absl::Status WriteQuotesAcrossRanks(MpiWorld* world, const QuotePartsPlan& plan,
                                    const RunResult& result, const ClaimFilesSteps& steps,
                                    const std::string& path, const std::string& clusters_path,
                                    const std::string& outlet_quotes_path) {
  const QuoteFactSource source(result.claims, result.cluster_of, result.relations,
                               result.quote_edits, plan.only_repeated);
  const ClaimHomes homes = HomesOf(plan);
  const PartPaths wholes = {path, clusters_path, outlet_quotes_path};
  // The facts first: each rank writes its quotes.jsonl lines while rank 0 builds the outlet
  // tables and packs the clusters' lines.
  for (int r = 1; r < world->size(); ++r) {
    std::vector<std::string> names;
    const std::vector<QuoteFacts> facts = FactsOfRank(homes, source, result, r, &names);
    std::string bytes(1, kFactsMessage);
    for (const std::string& whole : wholes) PutString(&bytes, whole);
    Put<uint64_t>(&bytes, names.size());
    for (const std::string& name : names) PutString(&bytes, name);
    PutVector(&bytes, facts);
    world->Send(r, bytes);
  }
  const std::vector<OutletQuoteRow>& outlet_rows = steps.tables().outlet_quotes;
  SendClusterLines(world, result, outlet_rows);
  // Then three of the other report files' rows (pipeline/distributed_tables.h), which the
  // ranks write beside rank 0's report.html, when rank 0 writes the others then.
  const bool tables_sent =
      SendTableRows(world, result, steps.tables(), steps.others ? &steps.table_paths : nullptr);
  // Rank 0 writes its own lines while the others write theirs.
  std::vector<QuoteFacts> own;
  source.Append(0, homes.first_id[1], &own);
  absl::Status st =
      WriteQuoteFactsJsonl(result.claims, result.claims.speakers, own, plan.sentences, path);
  if (st.ok()) {  // Its own range of clusters.jsonl and outlet_quotes.csv (after the header).
    st = WriteOwnClusterLines(result, outlet_rows,
                              ClusterRangeOf(result.clusters.size(), 0, world->size()),
                              clusters_path, outlet_quotes_path);
  }
  // report.html's outlet sections, which rank N - 1 rendered meanwhile (taken also after a
  // failure: it sends them whatever its own outcome).
  std::optional<HtmlOutletSections> sections;
  if (tables_sent) sections = ReadHtmlSections(world->Receive(world->size() - 1));
  // Then, once the parts are written, the other report files while the ranks copy their
  // parts into place, instead of alone after them (the ranks wrote their clusters.jsonl
  // lines while rank 0 wrote its own lines).
  std::function<absl::Status()> others;
  if (steps.others) {
    others = [&] { return steps.others(tables_sent, sections ? &*sections : nullptr); };
  }
  return PlaceParts(world, st, wholes, PartsOf(plan.out_dir, 0), others);
}

void SkipQuoteParts(MpiWorld* world, const absl::Status& failure) {
  for (int r = 1; r < world->size(); ++r) world->Send(r, std::string(1, kSkipMessage));
  world->Agree(failure, 0).IgnoreError();
}

absl::Status WriteQuotePart(MpiWorld* world, const ClaimTable& own, const absl::Status& own_status,
                            const std::string& out_dir, bool sentences) {
  const std::string bytes = world->Receive(0);
  if (bytes.front() == kSkipMessage) return world->Agree(absl::OkStatus(), world->rank());
  RankBytesReader in(absl::string_view(bytes).substr(1));
  PartPaths wholes;
  for (std::string& whole : wholes) whole = GetString(&in);
  std::vector<std::string> names(in.Get<uint64_t>());
  for (std::string& name : names) name = GetString(&in);
  std::vector<QuoteFacts> facts;
  GetVector(&in, &facts);
  const PartPaths mine = PartsOf(out_dir, world->rank());
  absl::Status written =
      own_status.ok() ? WriteQuoteFactsJsonl(own, names, facts, sentences, mine[0]) : own_status;
  // The packs are taken also after a failure: rank 0 sends them all.
  const absl::Status clusters = WriteClusterLinesPart(world, written.ok(), mine[1], mine[2]);
  if (written.ok()) written = clusters;
  // The tables this rank writes (if any) once its parts are placed, beside rank 0's others;
  // report.html's outlet sections (if asked) rendered now, while rank 0 writes its lines.
  const TableRows tables = ReadTableRows(ReceiveTableRows(world));
  if (const std::string sections = HtmlSectionsMessage(tables); !sections.empty()) {
    world->Send(0, sections);
  }
  return PlaceParts(world, written, wholes, mine, [&] { return WriteTableRows(tables); });
}

}  // namespace claimdup
