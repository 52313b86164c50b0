#include "pipeline/distributed_tables.h"

#include <cstdint>
#include <optional>
#include <utility>
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
constexpr char kHtmlSectionsMessage = 'H';
// kHtml is no table: report.html's outlet sections, rendered from the message's pair rows
// and outlets (the kPairs entry before it) and what it carries.
enum Table : uint8_t { kPairs = 0, kSpeakers = 1, kMisattributed = 2, kTables = 3, kHtml = 3 };

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
  // The outlet sections go with the pairs' rows, which they read (after them).
  std::string& pairs = messages[ranks - 1];
  Put<uint8_t>(&pairs, kHtml);
  PutString(&pairs, "");
  PutVector(&pairs, tables.clusters_per_outlet);
  for (const int64_t count : tables.wire_carry) Put<int64_t>(&pairs, count);
  return messages;
}

bool SendTableRows(MpiWorld* world, const RunResult& result, const OutletTables& tables,
                   const TablePaths* paths) {
  const std::vector<std::string> messages = TableRowsMessages(result, tables, paths, world->size());
  for (int r = 1; r < world->size(); ++r) world->Send(r, messages[r]);
  return paths != nullptr && world->size() > 1;
}

std::string ReceiveTableRows(MpiWorld* world) { return world->Receive(0); }

TableRows ReadTableRows(absl::string_view message) {
  TableRows read;
  RankBytesReader in(message.substr(1));
  while (!in.done()) {
    const auto table = static_cast<Table>(in.Get<uint8_t>());
    std::string path = GetString(&in);
    if (table == kPairs) {
      read.has_pairs = true;
      read.pairs_path = std::move(path);
      read.outlets = GetStrings(&in);
      GetVector(&in, &read.pairs);
    } else if (table == kSpeakers) {
      read.has_speakers = true;
      read.speakers_path = std::move(path);
      read.names = GetStrings(&in);
      GetVector(&in, &read.speakers);
    } else if (table == kMisattributed) {
      read.has_misattributed = true;
      read.misattributed_path = std::move(path);
      read.misattributed.strings = GetStrings(&in);
      GetVector(&in, &read.misattributed.rows);
    } else {
      OutletTables& t = read.sections.emplace();
      GetVector(&in, &t.clusters_per_outlet);
      for (int64_t& count : t.wire_carry) count = in.Get<int64_t>();
    }
  }
  if (read.sections) read.sections->pairs = read.pairs;
  return read;
}

std::string HtmlSectionsMessage(const TableRows& read) {
  if (!read.sections) return "";
  const HtmlOutletSections sections = RenderOutletSections(read.outlets, *read.sections);
  std::string bytes(1, kHtmlSectionsMessage);
  PutString(&bytes, sections.heatmap);
  PutString(&bytes, sections.wire);
  return bytes;
}

HtmlOutletSections ReadHtmlSections(absl::string_view bytes) {
  RankBytesReader in(bytes.substr(1));
  HtmlOutletSections sections;
  sections.heatmap = GetString(&in);
  sections.wire = GetString(&in);
  return sections;
}

absl::Status WriteTableRows(const TableRows& read) {
  absl::Status first;
  if (read.has_pairs) first.Update(WriteOutletPairRows(read.outlets, read.pairs, read.pairs_path));
  if (read.has_speakers) first.Update(WriteSpeakerRows(read.names, read.speakers, read.speakers_path));
  if (read.has_misattributed) {
    first.Update(WriteMisattributedRows(read.misattributed, read.misattributed_path));
  }
  return first;
}

}  // namespace claimdup
