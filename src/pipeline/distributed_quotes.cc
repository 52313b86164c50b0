#include "pipeline/distributed_quotes.h"

#include <cstdio>
#include <type_traits>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "pipeline/rank_bytes.h"
#include "report/claim_files.h"
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

// The facts of the claims rank `rank` read, its rows [first_row, first_row + count) of the
// table before the boilerplate filter; the first that outlived it has id *next_id, which
// moves past them. Rows become the rank's own table's rows; the speakers the facts name are
// renumbered into *names, in order of first use.
std::vector<QuoteFacts> FactsOfRank(const QuotePartsPlan& plan, const QuoteFactSource& source,
                                    const RunResult& result, int64_t first_row, int rank,
                                    uint32_t* next_id, std::vector<std::string>* names) {
  const int64_t count = plan.claims_per_rank[rank];
  std::vector<uint32_t> rows;
  for (int64_t r = 0; r < count; ++r) {
    if (plan.kept.empty() || plan.kept[first_row + r]) rows.push_back(static_cast<uint32_t>(r));
  }
  const uint32_t id = *next_id;
  *next_id += static_cast<uint32_t>(rows.size());
  std::vector<QuoteFacts> facts;
  source.Append(id, *next_id, &facts);
  absl::flat_hash_map<uint32_t, uint32_t> renumbered;
  for (QuoteFacts& f : facts) {
    f.row = rows[f.id - id];
    auto [it, added] = renumbered.try_emplace(f.speaker, static_cast<uint32_t>(names->size()));
    if (added) names->push_back(result.claims.speakers[f.speaker]);
    f.speaker = it->second;
  }
  return facts;
}

}  // namespace

absl::Status WriteQuotesAcrossRanks(MpiWorld* world, const QuotePartsPlan& plan,
                                    const RunResult& result, const std::string& path) {
  const QuoteFactSource source(result.claims, result.cluster_of, result.relations,
                               result.quote_edits, plan.only_repeated);
  int64_t first_row = plan.claims_per_rank[0];
  uint32_t own_end = 0;  // Rank 0's claims are the run's first ids.
  for (int64_t i = 0; i < first_row; ++i) own_end += plan.kept.empty() || plan.kept[i];
  uint32_t next_id = own_end;
  for (int r = 1; r < world->size(); ++r) {
    std::vector<std::string> names;
    const std::vector<QuoteFacts> facts =
        FactsOfRank(plan, source, result, first_row, r, &next_id, &names);
    first_row += plan.claims_per_rank[r];
    std::string bytes(1, kFactsMessage);
    Put<uint64_t>(&bytes, names.size());
    for (const std::string& name : names) {
      Put<uint64_t>(&bytes, name.size());
      PutArray(&bytes, name.data(), name.size());
    }
    Put<uint64_t>(&bytes, facts.size());
    PutArray(&bytes, facts.data(), facts.size());
    world->Send(r, bytes);
  }
  // Rank 0 writes its own lines while the others write theirs.
  std::vector<QuoteFacts> own;
  source.Append(0, own_end, &own);
  absl::Status st = WriteQuoteFactsJsonl(result.claims, result.claims.speakers, own,
                                         plan.sentences, path);
  st = world->Agree(st, 0);
  for (int r = 1; r < world->size(); ++r) {
    const std::string part = PartPath(plan.out_dir, r);
    if (st.ok()) st = AppendFile(part, path);
    std::remove(part.c_str());
  }
  return st;
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
  std::vector<std::string> names(in.Get<uint64_t>());
  for (std::string& name : names) {
    name.resize(in.Get<uint64_t>());
    in.GetArray(name.data(), name.size());
  }
  std::vector<QuoteFacts> facts(in.Get<uint64_t>());
  in.GetArray(facts.data(), facts.size());
  const absl::Status written =
      own_status.ok()
          ? WriteQuoteFactsJsonl(own, names, facts, sentences, PartPath(out_dir, world->rank()))
          : own_status;
  return world->Agree(written, world->rank());
}

}  // namespace claimdup
