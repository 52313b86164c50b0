#include "report/outlet_tables.h"

#include <algorithm>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "report/wire_provenance.h"

namespace claimdup {

void AppendOutletQuoteRows(const ClaimTable& claims, const ClusterInfo& c,
                           absl::flat_hash_map<uint32_t, size_t>* row_of,
                           std::vector<OutletQuoteRow>* rows) {
  if (!IsCrossOutlet(c)) return;
  const size_t base = rows->size();
  row_of->clear();
  for (uint32_t o : c.outlets) {
    row_of->emplace(o, rows->size());
    rows->push_back({o, c.id, 0, kUndated, false});
  }
  const std::string& first_date = claims.docs[claims.doc(c.first)].date;
  for (uint32_t m : c.members) {
    const uint32_t doc = claims.doc(m);
    const DocInfo& d = claims.docs[doc];
    const auto it = row_of->find(d.outlet);
    if (it == row_of->end()) continue;
    OutletQuoteRow& r = (*rows)[it->second];
    ++r.claims;
    // Nothing is earlier than the cluster's first: a short line dated before the wording it
    // joined (cluster/cluster_summary.h) dates its outlet from its next member, or not at all.
    if (d.date < first_date) continue;
    if (!d.date.empty() && (r.first_doc == kUndated || d.date < claims.docs[r.first_doc].date)) {
      r.first_doc = doc;
    }
  }
  const uint32_t first_outlet =
      c.members.empty() ? UINT32_MAX : claims.docs[claims.doc(c.first)].outlet;
  for (size_t i = base; i < rows->size(); ++i) {
    (*rows)[i].is_first = (*rows)[i].outlet == first_outlet;
  }
}

OutletTables BuildOutletTables(const ClaimTable& claims, const std::vector<ClusterInfo>& clusters) {
  OutletTables t;
  t.clusters_per_outlet.assign(claims.outlets.size(), 0);
  struct PairCounts {
    int64_t shared = 0, a_first = 0, b_first = 0, not_wire = 0;
  };
  std::vector<uint32_t> wire_slot;
  absl::flat_hash_map<uint64_t, PairCounts> pairs;
  absl::flat_hash_map<uint32_t, size_t> row_of;  // Outlet -> its row in this cluster.
  size_t all_rows = 0;  // One per outlet of each cross-outlet cluster: the table grows once.
  for (const ClusterInfo& c : clusters) all_rows += IsCrossOutlet(c) ? c.outlets.size() : 0;
  t.outlet_quotes.reserve(all_rows);
  std::vector<OutletQuoteRow> rows;  // Reused: the many small clusters allocate nothing.
  for (const ClusterInfo& c : clusters) {
    if (!IsCrossOutlet(c)) continue;
    // Per outlet of this cluster: claims and earliest date, in order of first appearance.
    rows.clear();
    AppendOutletQuoteRows(claims, c, &row_of, &rows);
    for (const OutletQuoteRow& r : rows) ++t.clusters_per_outlet[r.outlet];
    // A quote every outlet carried says little about who repeats whom, and its pairs would
    // grow with the square of its outlets: such clusters add no pairs.
    if (rows.size() > kMaxPairOutlets) ++t.clusters_without_pairs;
    const ClusterWire wire = ClassifyClusterWire(claims, c, &wire_slot);
    ++t.wire_carry[static_cast<int>(wire.carry)];
    const std::vector<uint8_t>& wires = wire.outlet_wires;
    for (size_t i = 0; rows.size() <= kMaxPairOutlets && i < rows.size(); ++i) {
      for (size_t j = i + 1; j < rows.size(); ++j) {
        const OutletQuoteRow* x = &rows[i];
        const OutletQuoteRow* y = &rows[j];
        if (claims.outlets[y->outlet] < claims.outlets[x->outlet]) std::swap(x, y);
        PairCounts& p = pairs[(static_cast<uint64_t>(x->outlet) << 32) | y->outlet];
        ++p.shared;
        p.not_wire += (wires[i] & wires[j]) == 0;
        if (x->first_doc != kUndated && y->first_doc != kUndated) {
          const absl::string_view x_date = FirstDate(claims, *x), y_date = FirstDate(claims, *y);
          p.a_first += x_date < y_date;
          p.b_first += y_date < x_date;
        }
      }
    }
    t.outlet_quotes.insert(t.outlet_quotes.end(), rows.begin(), rows.end());
  }
  for (const auto& [key, p] : pairs) {
    const uint32_t a = static_cast<uint32_t>(key >> 32), b = static_cast<uint32_t>(key);
    const double uni =
        static_cast<double>(t.clusters_per_outlet[a] + t.clusters_per_outlet[b] - p.shared);
    t.pairs.push_back(
        {a, b, p.shared, p.a_first, p.b_first, uni > 0 ? p.shared / uni : 0.0, p.not_wire});
  }
  std::sort(t.pairs.begin(), t.pairs.end(), [&](const OutletPairRow& x, const OutletPairRow& y) {
    if (x.shared != y.shared) return x.shared > y.shared;
    if (claims.outlets[x.a] != claims.outlets[y.a])
      return claims.outlets[x.a] < claims.outlets[y.a];
    return claims.outlets[x.b] < claims.outlets[y.b];
  });

  // Speakers: all their claims, and the cross-outlet clusters quoting them. One row slot per
  // speaker of the run and one set of (speaker, outlet) pairs: no table per speaker.
  std::vector<SpeakerRow> by_speaker(claims.speakers.size());
  absl::flat_hash_set<uint64_t> speaker_outlets;
  for (uint32_t i = 0; i < claims.size(); ++i) {
    const uint32_t s = claims.speaker(i);
    if (s == 0) continue;
    SpeakerRow& row = by_speaker[s];
    row.speaker = s;
    ++row.claims;
    const uint32_t outlet = claims.docs[claims.doc(i)].outlet;
    row.outlets += speaker_outlets.insert((uint64_t{s} << 32) | outlet).second;
  }
  for (const ClusterInfo& c : clusters) {
    if (!IsCrossOutlet(c)) continue;
    for (uint32_t s : c.speakers) {
      by_speaker[s].speaker = s;
      ++by_speaker[s].clusters;
    }
  }
  for (const SpeakerRow& row : by_speaker) {
    if (row.claims > 0 || row.clusters > 0) t.speakers.push_back(row);
  }
  std::sort(t.speakers.begin(), t.speakers.end(), [&](const SpeakerRow& x, const SpeakerRow& y) {
    if (x.outlets != y.outlets) return x.outlets > y.outlets;
    if (x.clusters != y.clusters) return x.clusters > y.clusters;
    return claims.speakers[x.speaker] < claims.speakers[y.speaker];
  });
  return t;
}

}  // namespace claimdup
