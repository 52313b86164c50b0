// quotes.jsonl, clusters.jsonl and outlet_quotes.csv of a distributed run, written by the
// ranks in parts.
//
// When each rank read its own share of the input (pipeline/distributed_run.h), rank r's
// claims are a contiguous stretch of the run's claims in input order, rank 0's first. Each
// other rank keeps its claims' articles and text in a table of its own (text spilled to the
// output folder, no signatures). After clustering, rank 0 sends each other rank the facts of
// its claims that outlived the boilerplate filter (report/claim_files.h QuoteFacts: run-wide
// id, group, cluster, speaker, relation, edit) with the speaker names they use, then the
// packed lines (report/cluster_lines.h: names, wordings, ids) of a contiguous range of the
// clusters (the working ranks of pipeline/rank_roles.h share them in cluster order: rank 0
// too at small N, else it writes none), 16,384 clusters a pack, one pack per rank per round
// (no rank holds more than one); the rank writes its quotes.jsonl lines, its clusters.jsonl
// lines and those clusters' outlet_quotes.csv rows (carried in the same packs) to three parts
// (staging names in the output folder), while rank 0 writes its own claims' lines, its own
// range's lines and the CSV header to the start of the three staged files. The ranks agree on the outcome, all-gather the sizes (rank 0's start, each rank's
// parts), and each other rank copies its parts into the staged files at their offsets (the
// sizes before it), all at once (rank 0 writes the run's other report files meanwhile, when
// it writes them on one thread, and then the ranks write outlet_pairs.csv, speakers.csv and
// misattributed.csv after copying, pipeline/distributed_tables.h): the files one process
// writes, in rank order. Rank 0 reads
// no other rank's claim text for quotes.jsonl, formats no clusters.jsonl line and no
// outlet_quotes.csv row but its own range's, and copies no part. A part that cannot be written or copied stops
// every rank with its message (the ranks agree again after copying); the parts are removed
// either way, and the staged files are only renamed into place when all went well.
#ifndef CLAIMDUP_PIPELINE_DISTRIBUTED_QUOTES_H_
#define CLAIMDUP_PIPELINE_DISTRIBUTED_QUOTES_H_

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "core/claim_table.h"
#include "dist/mpi_world.h"
#include "report/outlet_tables.h"
#include "report/report_files.h"
#include "report/report_input.h"

namespace claimdup {

// Where the run's claims came from and how quotes.jsonl lists them.
struct QuotePartsPlan {
  std::vector<int64_t> claims_per_rank;  // Claims each rank read, before the boilerplate filter.
  std::vector<bool> kept;                // Which of them outlived it (empty: all).
  bool only_repeated = false;            // Sentence mode without --all-claims.
  bool sentences = false;
  std::string out_dir;
};

// Where each claim of the run lives once the boilerplate filter ran: rank r holds the ids
// [first_id[r], first_id[r + 1]), claim `id` at row row[id] of that rank's table (rank 0's:
// the run's table, row = id).
struct ClaimHomes {
  std::vector<uint32_t> first_id;  // One per rank, then the number of claims.
  std::vector<uint32_t> row;       // By id.
  int RankOf(uint32_t id) const;
};
ClaimHomes HomesOf(const QuotePartsPlan& plan);

// Rank 0, a ClaimFilesWriter (report/report_files.h) for `result`: sends every other rank the
// facts of its claims, then (with the outlet_quotes rows of `steps.tables`) its range of
// clusters' lines and their rows, writes rank 0's quotes.jsonl lines to `path` (and its own
// range's lines to `clusters_path`, and `outlet_quotes_path` with its header and its range's
// rows), and agrees with the ranks on their parts, which they copy into the three after rank
// 0's bytes, in rank order, while rank 0 runs `steps.others` (when given and all went well;
// then the ranks write three of the others from rows rank 0 sent them after the packs).
// Collective with WriteQuotePart.
absl::Status WriteQuotesAcrossRanks(MpiWorld* world, const QuotePartsPlan& plan,
                                    const RunResult& result, const ClaimFilesSteps& steps,
                                    const std::string& path, const std::string& clusters_path,
                                    const std::string& outlet_quotes_path);

// Rank 0, instead of WriteQuotesAcrossRanks when the run failed before writing quotes.jsonl
// with `failure`: releases the ranks in WriteQuotePart, which return it. Collective with it.
void SkipQuoteParts(MpiWorld* world, const absl::Status& failure);

// The other ranks: receives this rank's facts and clusters, writes its quotes.jsonl lines
// (articles and text from `own`, its claims in input order, unless `own_status` says it
// could not be filled) and its clusters.jsonl lines to its two parts (after a failure it
// still takes every pack rank 0 sends), then copies them into rank 0's files at their
// offsets and removes them; returns the outcome all ranks agree on (OK, or the first failing
// rank's error, or rank 0's when it skipped).
absl::Status WriteQuotePart(MpiWorld* world, const ClaimTable& own, const absl::Status& own_status,
                            const std::string& out_dir, bool sentences);

}  // namespace claimdup

#endif  // CLAIMDUP_PIPELINE_DISTRIBUTED_QUOTES_H_
