#include "report/cluster_lines.h"

#include <algorithm>

#include "report/csv_reports.h"
#include "report/wire_provenance.h"
#include "util/json_writer.h"

namespace claimdup {
namespace {

// Names are stored once per pack, by what they name: an outlet, a document (its id or its
// date) or a speaker of the run's tables (the index into ClusterLinesSlots::by_kind).
enum NameKind : int { kOutlet = 0, kDoc = 1, kDate = 2, kSpeaker = 3 };

// Stock: a cluster's "stock" field is false, true, or not written.
constexpr uint32_t kNoStock = 2;

class Packer {
 public:
  Packer(ClusterLinesPack* pack, const ClaimTable& claims, ClusterLinesSlots* slots)
      : pack_(pack), slots_(slots), pack_number_(++slots->pack) {
    const size_t sizes[4] = {claims.outlets.size(), claims.docs.size(), claims.docs.size(),
                             claims.speakers.size()};
    for (int k = 0; k < 4; ++k) {
      if (slots_->by_kind[k].size() < sizes[k]) slots_->by_kind[k].resize(sizes[k], 0);
    }
  }
  uint32_t Add(absl::string_view s) {
    pack_->bytes.append(s.data(), s.size());
    pack_->string_at.push_back(pack_->bytes.size());
    return static_cast<uint32_t>(pack_->string_at.size() - 2);
  }
  uint32_t Name(NameKind kind, uint32_t index, absl::string_view s) {
    uint64_t& slot = slots_->by_kind[kind][index];
    if (slot >> 32 != pack_number_) slot = (uint64_t{pack_number_} << 32) | Add(s);
    return static_cast<uint32_t>(slot);
  }
  void Field(uint32_t v) { pack_->fields.push_back(v); }

 private:
  ClusterLinesPack* pack_;
  ClusterLinesSlots* slots_;
  const uint64_t pack_number_;  // Slots holding another number are stale.
};

}  // namespace

ClusterLinesPack PackClusterLines(const ClaimTable& claims,
                                  const std::vector<ClusterInfo>& clusters,
                                  const ClusterRelations& relations, const std::vector<bool>& stock,
                                  size_t from, size_t to,
                                  const std::vector<OutletQuoteRow>* outlet_rows,
                                  ClusterLinesSlots* slots) {
  ClusterLinesPack pack;
  ClusterLinesSlots own_slots;
  Packer packer(&pack, claims, slots != nullptr ? slots : &own_slots);
  // Canonical texts are scattered over the (spilled) text: they are read in file order, so
  // each page is read once and let go behind the reader.
  std::vector<uint32_t> by_offset;
  for (size_t k = from; k < to; ++k) by_offset.push_back(static_cast<uint32_t>(k));
  std::sort(by_offset.begin(), by_offset.end(), [&](uint32_t x, uint32_t y) {
    return claims.text_offset(clusters[x].canonical) < claims.text_offset(clusters[y].canonical);
  });
  std::vector<uint32_t> canonical_string(to - from);
  claims.ReleaseText();
  for (size_t j = 0; j < by_offset.size(); ++j) {
    if (j % 65536 == 65535) claims.ReleaseText();
    canonical_string[by_offset[j] - from] =
        packer.Add(claims.text(clusters[by_offset[j]].canonical));
  }
  claims.ReleaseText();
  const bool described = relations.relation.size() == claims.size();
  std::vector<uint32_t> wire_slot;
  // The clusters are by id, and so are their rows: a cursor walks them beside the clusters.
  size_t row = 0;
  if (outlet_rows != nullptr && from < to) {
    row = std::lower_bound(outlet_rows->begin(), outlet_rows->end(), clusters[from].id,
                           [](const OutletQuoteRow& r, uint32_t id) { return r.cluster < id; }) -
          outlet_rows->begin();
  }
  for (size_t k = from; k < to; ++k) {
    const ClusterInfo& c = clusters[k];
    packer.Field(c.id);
    packer.Field(static_cast<uint32_t>(c.members.size()));
    for (uint32_t m : c.members) packer.Field(m);
    packer.Field(static_cast<uint32_t>(c.outlets.size()));
    for (uint32_t o : c.outlets) packer.Field(packer.Name(kOutlet, o, claims.outlets[o]));
    packer.Field(static_cast<uint32_t>(c.docs.size()));
    for (uint32_t d : c.docs) packer.Field(packer.Name(kDoc, d, claims.docs[d].id));
    packer.Field(static_cast<uint32_t>(c.speakers.size()));
    for (uint32_t s : c.speakers) {
      packer.Field(packer.Name(kSpeaker, s, claims.speakers[s]));
    }
    // The root: a split quote's joined text, else the canonical member's.
    const auto joined = relations.root_text.find(c.id);
    const uint32_t root = joined != relations.root_text.end() ? packer.Add(joined->second)
                                                              : canonical_string[k - from];
    const bool part = described && relations.relation[c.canonical] == Relation::kPart;
    packer.Field(part ? root : canonical_string[k - from]);
    packer.Field(root);
    const uint32_t first_doc = claims.doc(c.first);
    const DocInfo& first = claims.docs[first_doc];
    packer.Field(packer.Name(kOutlet, first.outlet, claims.outlets[first.outlet]));
    packer.Field(packer.Name(kDate, first_doc, first.date));
    packer.Field(packer.Name(kDoc, first_doc, first.id));
    const ClusterWire wire = ClassifyClusterWire(claims, c, &wire_slot);
    packer.Field(wire.wires);
    packer.Field(wire.wire_outlets);
    packer.Field(static_cast<uint32_t>(wire.carry));
    packer.Field(k < stock.size() ? static_cast<uint32_t>(stock[k]) : kNoStock);
    for (; outlet_rows != nullptr && row < outlet_rows->size() &&
           (*outlet_rows)[row].cluster == c.id;
         ++row) {
      const OutletQuoteRow& r = (*outlet_rows)[row];
      pack.outlet_rows.insert(
          pack.outlet_rows.end(),
          {r.cluster, packer.Name(kOutlet, r.outlet, claims.outlets[r.outlet]),
           static_cast<uint32_t>(r.claims),
           r.first_doc == kUndated ? packer.Add("")
                                   : packer.Name(kDate, r.first_doc, claims.docs[r.first_doc].date),
           static_cast<uint32_t>(r.is_first)});
    }
  }
  return pack;
}

void WriteOutletQuoteLines(const ClusterLinesPack& pack, OutputFile* file) {
  const std::vector<uint32_t>& f = pack.outlet_rows;
  for (size_t at = 0; at + 5 <= f.size(); at += 5) {
    file->Write(OutletQuoteCsvLine(pack.str(f[at + 1]), f[at], int64_t{f[at + 2]},
                                   pack.str(f[at + 3]), f[at + 4] != 0));
  }
}

void WriteClusterLines(const ClusterLinesPack& pack, OutputFile* file) {
  size_t at = 0;
  auto next = [&] { return pack.fields[at++]; };
  std::vector<absl::string_view> names;
  auto names_json = [&] {
    names.clear();
    for (uint32_t n = next(); n > 0; --n) names.push_back(pack.str(next()));
    return JsonStringArray(names);
  };
  JsonLine line, first_json;
  std::string members;
  while (at < pack.fields.size()) {
    const uint32_t id = next();
    const uint32_t size = next();
    members.assign(1, '[');
    for (uint32_t i = 0; i < size; ++i) {
      if (i) members.push_back(',');
      members += std::to_string(next());
    }
    members.push_back(']');
    const size_t n_outlets = pack.fields[at];
    const std::string outlets = names_json();
    const std::string docs = names_json();
    const std::string speakers = names_json();
    const absl::string_view canonical = pack.str(next());
    const absl::string_view root = pack.str(next());
    first_json.Clear();
    first_json.Str("outlet", pack.str(next()));
    first_json.StrOrNull("date", pack.str(next()));
    first_json.Str("doc", pack.str(next()));
    const uint8_t wires = static_cast<uint8_t>(next());
    const uint32_t wire_outlets = next();
    const WireCarry carry = static_cast<WireCarry>(next());
    const uint32_t stock = next();
    line.Clear();
    line.Int("cluster", id)
        .Int("size", size)
        .Int("n_outlets", static_cast<int64_t>(n_outlets))
        .Raw("outlets", outlets)
        .Raw("docs", docs)
        .Raw("speakers", speakers)
        .Str("canonical", canonical)
        .Str("root", root)
        .Raw("first", first_json.Finish())
        .Raw("members", members)
        .Raw("wire", WireJsonArray(wires))
        .Int("wire_outlets", wire_outlets)
        .Str("carried", WireCarryName(carry));
    if (stock != kNoStock) line.Bool("stock", stock != 0);
    file->WriteLine(line.Finish());
  }
}

}  // namespace claimdup
