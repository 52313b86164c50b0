// Wire provenance of a cluster: did its outlets carry the quote through a news agency, or
// report it on their own?
//
// Each article records the wires it credits (DocInfo::wire, extract/wire_credits.h). An
// outlet carried a cluster's quote through a wire when one of its articles in the cluster
// credits a wire. A cluster is "wire" when every outlet did, "own" when none did, "mixed"
// otherwise. Two outlets' sharing of a cluster is explained by a common wire when some wire
// is credited both by one of the first outlet's articles in it and by one of the second's:
// two reprints of one AP story. Linear in the cluster's members.
#ifndef CLAIMDUP_REPORT_WIRE_PROVENANCE_H_
#define CLAIMDUP_REPORT_WIRE_PROVENANCE_H_

#include <cstdint>
#include <string>
#include <vector>

#include "cluster/cluster_summary.h"
#include "core/claim_table.h"

namespace claimdup {

enum class WireCarry : uint8_t { kOwn = 0, kMixed = 1, kWire = 2 };
const char* WireCarryName(WireCarry carry);  // "own", "mixed", "wire"

struct ClusterWire {
  // Per outlet of the cluster (in ClusterInfo::outlets order): the wires its articles in
  // the cluster credit.
  std::vector<uint8_t> outlet_wires;
  uint8_t wires = 0;          // All wires its articles credit.
  uint32_t wire_outlets = 0;  // Outlets with a wire credit.
  WireCarry carry = WireCarry::kOwn;
};

// The cluster's provenance. `slot` is scratch, reused across calls (resized to one entry
// per outlet of `claims`).
ClusterWire ClassifyClusterWire(const ClaimTable& claims, const ClusterInfo& c,
                                std::vector<uint32_t>* slot);

// The wire names of a WireSet as a JSON array: ["AP","Reuters"], or [].
const std::string& WireJsonArray(uint8_t wires);

}  // namespace claimdup

#endif  // CLAIMDUP_REPORT_WIRE_PROVENANCE_H_
