#include "report/wire_provenance.h"

#include "extract/wire_credits.h"
#include "util/json_writer.h"

namespace claimdup {

const char* WireCarryName(WireCarry carry) {
  switch (carry) {
    case WireCarry::kWire:
      return "wire";
    case WireCarry::kMixed:
      return "mixed";
    case WireCarry::kOwn:
      break;
  }
  return "own";
}

ClusterWire ClassifyClusterWire(const ClaimTable& claims, const ClusterInfo& c,
                                std::vector<uint32_t>* slot) {
  ClusterWire w;
  w.outlet_wires.assign(c.outlets.size(), 0);
  if (slot->size() < claims.outlets.size()) slot->resize(claims.outlets.size());
  // slot[outlet] = its position in c.outlets; only this cluster's outlets are written.
  for (uint32_t k = 0; k < c.outlets.size(); ++k) (*slot)[c.outlets[k]] = k;
  for (uint32_t m : c.members) {
    const DocInfo& d = claims.docs[claims.doc(m)];
    if (d.wire == 0) continue;
    const uint32_t k = (*slot)[d.outlet];
    if (k < c.outlets.size() && c.outlets[k] == d.outlet) w.outlet_wires[k] |= d.wire;
  }
  for (uint8_t o : w.outlet_wires) {
    w.wires |= o;
    w.wire_outlets += o != 0;
  }
  w.carry = w.wire_outlets == 0                  ? WireCarry::kOwn
            : w.wire_outlets == c.outlets.size() ? WireCarry::kWire
                                                 : WireCarry::kMixed;
  return w;
}

const std::string& WireJsonArray(uint8_t wires) {
  static const std::vector<std::string>* const kArrays = [] {
    auto* arrays = new std::vector<std::string>(1 << kWireCount);
    for (size_t i = 0; i < arrays->size(); ++i) {
      (*arrays)[i] = JsonStringArray(WireNames(static_cast<WireSet>(i)));
    }
    return arrays;
  }();
  return (*kArrays)[wires & ((1 << kWireCount) - 1)];
}

}  // namespace claimdup
