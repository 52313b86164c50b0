#include "report/index_reports.h"

#include <algorithm>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "core/day_number.h"
#include "core/first_credit.h"
#include "report/wire_provenance.h"
#include "util/json_writer.h"
#include "util/output_file.h"

namespace claimdup {

std::string IndexQuoteLine(const StoredClaim& c, const StoredDoc& d, const QuoteFacts* facts) {
  JsonLine line;
  line.Int("id", c.id)
      .Str("doc", d.ext_id)
      .Str("outlet", d.outlet)
      .StrOrNull("date", d.date)
      .StrOrNull("speaker", c.speaker)
      .Str("text", c.text)
      .Int("begin", c.begin)
      .Int("end", c.end)
      .Int("quote_group", c.group)
      .Int("cluster", c.cluster)
      .Int("run", d.run);
  if (facts != nullptr) {
    if (facts->relation.empty()) {
      line.Raw("relation", "null").Raw("similarity", "null");
    } else {
      line.Str("relation", facts->relation).Num("similarity", facts->similarity);
    }
    if (facts->root_end > 0) {
      line.Raw("root_words", absl::StrCat("[", facts->root_begin, ",", facts->root_end, "]"));
    } else {
      line.Raw("root_words", "null");
    }
    if (facts->edit.empty()) {
      line.Raw("edit", "null");
    } else {
      line.Str("edit", facts->edit);
    }
  }
  line.Raw("wire", WireJsonArray(d.wire));
  return line.Finish();
}

std::string IndexClusterLine(int64_t cluster, const std::vector<int64_t>& aliases,
                             const std::vector<StoredClaim>& members,
                             const std::vector<StoredDoc>& docs, int64_t run,
                             uint32_t short_words) {
  std::vector<std::string> outlets, doc_ids, speakers;
  absl::flat_hash_set<std::string> seen_outlet, seen_doc, seen_speaker;
  absl::flat_hash_map<std::string, uint8_t> outlet_wires;  // As report/wire_provenance.h.
  size_t first = 0, root = 0;
  int64_t added = 0;
  for (size_t k = 0; k < members.size(); ++k) {
    if (seen_outlet.insert(docs[k].outlet).second) outlets.push_back(docs[k].outlet);
    if (seen_doc.insert(docs[k].ext_id).second) doc_ids.push_back(docs[k].ext_id);
    outlet_wires[docs[k].outlet] |= docs[k].wire;
    if (!members[k].speaker.empty() && seen_speaker.insert(members[k].speaker).second) {
      speakers.push_back(members[k].speaker);
    }
    const std::string& a = docs[k].date;
    const std::string& b = docs[first].date;
    if (!a.empty() && (b.empty() || a < b)) first = k;  // Ids ascend: ties keep the smaller.
    if (members[k].words > members[root].words) root = k;
    added += run > 0 && docs[k].run == run;
  }
  absl::flat_hash_set<absl::string_view> long_speakers;
  first = FirstAppearance<absl::string_view>(
      members.size(), first, [&](size_t k) { return DayNumber(docs[k].date); },
      [&](size_t k) { return k == root || members[k].words >= short_words; },
      [&](size_t k) { return absl::string_view(members[k].speaker); }, absl::string_view(),
      &long_speakers);
  std::string ids = "[", alias_ids = "[";
  for (size_t k = 0; k < members.size(); ++k) {
    if (k) ids.push_back(',');
    ids += std::to_string(members[k].id);
  }
  for (size_t k = 0; k < aliases.size(); ++k) {
    if (k) alias_ids.push_back(',');
    alias_ids += std::to_string(aliases[k]);
  }
  ids.push_back(']');
  alias_ids.push_back(']');
  JsonLine first_json;
  first_json.Int("id", members[first].id)
      .Str("outlet", docs[first].outlet)
      .StrOrNull("date", docs[first].date)
      .Str("doc", docs[first].ext_id)
      .Int("run", docs[first].run);
  JsonLine line;
  line.Int("cluster", cluster)
      .Raw("aliases", alias_ids)
      .Int("size", members.size())
      .Int("n_outlets", outlets.size())
      .Raw("outlets", JsonStringArray(outlets))
      .Raw("docs", JsonStringArray(doc_ids))
      .Raw("speakers", JsonStringArray(speakers))
      .Str("root", members[root].text)
      .Raw("first", first_json.Finish())
      .Raw("members", ids);
  if (run > 0) line.Int("new_members", added);
  uint8_t wires = 0;
  uint32_t wire_outlets = 0;
  for (const auto& [outlet, w] : outlet_wires) {
    wires |= w;
    wire_outlets += w != 0;
  }
  const WireCarry carry = wire_outlets == 0                ? WireCarry::kOwn
                          : wire_outlets == outlets.size() ? WireCarry::kWire
                                                           : WireCarry::kMixed;
  line.Raw("wire", WireJsonArray(wires))
      .Int("wire_outlets", wire_outlets)
      .Str("carried", WireCarryName(carry));
  return line.Finish();
}

absl::Status WriteIndexSummary(const IndexRunCounts& c, const IndexParams& params,
                               const std::string& path) {
  auto file = OutputFile::Create(path);
  if (!file.ok()) return file.status();
  JsonLine parameters;
  for (const auto& [k, v] : params) parameters.Str(k, v);
  JsonLine stages;
  for (const StageTime& s : c.stages) stages.Num(s.stage, s.seconds);
  JsonLine line;
  line.Str("index", c.index)
      .Int("run", c.run)
      .Int("new_docs", c.new_docs)
      .Int("skipped_docs", c.skipped_docs)
      .Int("updated_docs", c.updated_docs)
      .Int("new_claims", c.new_claims)
      .Int("boilerplate_claims", c.boilerplate_claims)
      .Int("old_claims_found", c.old_claims_found)
      .Int("old_claims_loaded", c.old_claims_loaded)
      .Int("joined_existing_clusters", c.joined_existing)
      .Int("new_clusters", c.new_clusters)
      .Int("clusters_touched", c.clusters_touched)
      .Int("clusters_gained_outlet", c.gained_outlet)
      .Int("merged_clusters", c.merged_clusters)
      .Int("index_claims", c.index_claims)
      .Int("index_docs", c.index_docs)
      .Raw("parameters", parameters.Finish())
      .Raw("stages_seconds", stages.Finish())
      .Int("peak_rss_bytes", c.peak_rss_bytes);
  (*file)->WriteLine(line.Finish());
  return (*file)->Close();
}

}  // namespace claimdup
