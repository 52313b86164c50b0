#include "pipeline/distributed_tables.h"

#include <cstdint>
#include <type_traits>
#include <vector>

#include "pipeline/rank_bytes.h"
#include "report/table_rows.h"

namespace claimdup {
namespace {

static_assert(std::is_trivially_copyable_v<OutletPairRow>, "pair rows travel as bytes");
static_assert(std::is_trivially_copyable_v<SpeakerRow>, "speaker rows travel as bytes");
static_assert(std::is_trivially_copyable_v<MisattributedRow>, "misattributed rows travel as bytes");

constexpr char kTablesMessage = 'T';
enum Table : uint8_t { kPairs = 0, kSpeakers = 1, kMisattributed = 2, kTables = 3 };

void PutStrings(std::string* out, const std::vector<std::string>& strings) {
  Put<uint64_t>(out, strings.size());
  for (const std::string& s : strings) PutString(out, s);
}
std::vector<std::string> GetStrings(RankBytesReader* in) {
  std::vector<std::string> strings(in->Get<uint64_t>());
  for (std::string& s : strings) s = GetString(in);
  return strings;
}

// Table `table`'s rows, after its kind and path.
void PutTable(const RunResult& result, const OutletTables& tables, Table table,
              const std::string& path, std::string* out) {
  Put<uint8_t>(out, table);
  PutString(out, path);
  switch (table) {
    case kPairs:
      PutStrings(out, result.claims.outlets);
      PutVector(out, tables.pairs);
      break;
    case kSpeakers: {  // Only the rows' names, a row's speaker its place.
      std::vector<std::string> names;
      std::vector<SpeakerRow> rows = tables.speakers;
      names.reserve(rows.size());
      for (SpeakerRow& row : rows) {
        names.push_back(result.claims.speakers[row.speaker]);
        row.speaker = static_cast<uint32_t>(names.size() - 1);
      }
      PutStrings(out, names);
      PutVector(out, rows);
      break;
    }
    default: {
      const MisattributedRows rows =
          MisattributedRowsOf(result.claims, result.relations, result.misattribution);
      PutStrings(out, rows.strings);
      PutVector(out, rows.rows);
      break;
    }
  }
}

}  // namespace

std::vector<std::string> TableRowsMessages(const RunResult& result, const OutletTables& tables,
                                           const TablePaths* paths, int ranks) {
  std::vector<std::string> messages(ranks, std::string(1, kTablesMessage));
  if (paths == nullptr || ranks < 2) return messages;
  const std::string* path_of[kTables] = {&paths->outlet_pairs, &paths->speakers,
                                         &paths->misattributed};
  for (int t = 0; t < kTables; ++t) {
    const int rank = ranks - 1 - t % (ranks - 1);
    PutTable(result, tables, static_cast<Table>(t), *path_of[t], &messages[rank]);
  }
  return messages;
}

bool SendTableRows(MpiWorld* world, const RunResult& result, const OutletTables& tables,
                   const TablePaths* paths) {
  const std::vector<std::string> messages = TableRowsMessages(result, tables, paths, world->size());
  for (int r = 1; r < world->size(); ++r) world->Send(r, messages[r]);
  return paths != nullptr && world->size() > 1;
}

std::string ReceiveTableRows(MpiWorld* world) { return world->Receive(0); }

absl::Status WriteTableRows(absl::string_view message) {
  RankBytesReader in(message.substr(1));
  absl::Status first;
  while (!in.done()) {
    const auto table = static_cast<Table>(in.Get<uint8_t>());
    const std::string path = GetString(&in);
    absl::Status st;
    if (table == kPairs) {
      const std::vector<std::string> outlets = GetStrings(&in);
      std::vector<OutletPairRow> rows;
      GetVector(&in, &rows);
      st = WriteOutletPairRows(outlets, rows, path);
    } else if (table == kSpeakers) {
      const std::vector<std::string> names = GetStrings(&in);
      std::vector<SpeakerRow> rows;
      GetVector(&in, &rows);
      st = WriteSpeakerRows(names, rows, path);
    } else {
      MisattributedRows rows;
      rows.strings = GetStrings(&in);
      GetVector(&in, &rows.rows);
      st = WriteMisattributedRows(rows, path);
    }
    if (first.ok()) first = st;
  }
  return first;
}

}  // namespace claimdup
