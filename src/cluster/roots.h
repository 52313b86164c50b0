// Roots: clusters that cannot chain (MemeTracker's quote-graph model).
//
// Near-identical items (verified Jaccard or word-order matches) form variant groups. A
// group contained in a longer one (an excerpt, a truncated copy, one part of a split
// quote) points at it. Groups are visited longest first, so every group a shorter one
// points at already knows its root; the shorter group then joins exactly one root: the
// root of its own split quote when it is a part of one, else the root with the most
// outlets, then the earliest. A group that points nowhere is a root. So a short claim
// contained in two unrelated quotes joins one of them, never both, and two roots never
// merge through a shared fragment: every member of a cluster is near-identical to, or
// contained in (through a chain of ever longer containers), its root.
#ifndef CLAIMDUP_CLUSTER_ROOTS_H_
#define CLAIMDUP_CLUSTER_ROOTS_H_

#include <cstdint>
#include <vector>

#include "util/union_find.h"

namespace claimdup {

// How an item relates to its cluster's root wording.
enum class Relation : uint8_t {
  kVariant = 0,  // In the root's variant group (the root wording itself included).
  kExcerpt = 1,  // Contained in a longer wording of the cluster.
  kPart = 2,     // A part of a split quote, joined to its whole quote.
};
const char* RelationName(Relation r);

struct RootInput {
  std::vector<uint32_t> words;   // Per item: its length in words.
  std::vector<uint32_t> outlet;  // Per item: its outlet.
  std::vector<uint32_t> order;   // Per item: ties go to the smaller (input order).
  // Per item: its credited speaker as a surname id, 0 for none (or a name that is not a
  // person's: ClusterOptions::speaker_surname). A short group
  // (longest item under short_words words) whose articles name speakers joins a root only
  // when the root's articles name none or one of the same: "the law of the land" said by
  // an attorney general is not an excerpt of a congressman's statement that uses the
  // phrase. Parts of a split quote are exempt toward their own whole (one statement); a
  // short group holding identical parts of split quotes whose wholes credit different people
  // joins none, and each part stays with its own whole. Empty: no test.
  std::vector<uint32_t> speaker;
  uint32_t short_words = 0;
  // Containment: (shorter item, longer item) verified pairs, and (part, whole quote) pairs.
  std::vector<std::pair<uint32_t, uint32_t>> contained;
  std::vector<std::pair<uint32_t, uint32_t>> parts;
  // Overlap: (shorter item, longer item) sharing a long run of words. Such a group joins
  // only a group that is itself a root, so overlaps never chain away from the root.
  std::vector<std::pair<uint32_t, uint32_t>> overlapping;
};

// A short group (under kStockPhraseWords words) held by this many different roots or more
// is a stock phrase ("It's the right thing to do."): it joins none and stays its own root.
// A longer one held by several roots is a real excerpt of a statement that outlets quoted
// in different stretches: it joins one.
inline constexpr int kStockPhraseRoots = 3;
inline constexpr uint32_t kStockPhraseWords = 10;

struct RootStats {
  int64_t joined = 0;     // Groups that joined a root through containment.
  int64_t ambiguous = 0;  // Of those, groups held by two different roots.
  int64_t stock = 0;      // Groups held by kStockPhraseRoots roots or more: left alone.
  int64_t other_speaker = 0;  // Short groups kept from a root crediting other speakers
                              // (or holding parts of split quotes of different people).
};

struct RootAssignment {
  std::vector<uint32_t> root;         // Per item: the variant-group id of its cluster's root.
  std::vector<Relation> relation;     // Per item.
  std::vector<uint32_t> root_item;    // Per item: its root group's longest item.
};

// Assigns every item to one root. `variants` holds the variant groups (its Find() is the
// group id).
RootAssignment AssignRoots(const RootInput& input, UnionFind* variants, RootStats* stats);

}  // namespace claimdup

#endif  // CLAIMDUP_CLUSTER_ROOTS_H_
