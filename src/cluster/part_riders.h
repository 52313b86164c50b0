// Riders of a split quote's part: identical short quotes of other stories that joined a
// root only because a split quote's part shares their words.
//
// A variant group holds identical wordings, so a short part ("…," Pascrell said. "That's
// what this is all about.") and the same words quoted in another story (Vox, four years
// later: "That's what this is all about," Cook said) are one group. The group joins the
// part's own whole quote, exempt as a part from the short-excerpt date and speaker tests
// (cluster/roots.h), and the other story's quote rides along. Here each rider (a member of
// such a group under short_words words that is no part of a split quote) is held to what a
// plain containment must pass: its named speaker is one of the root's (or either names
// none, or the rider is dated within 30 days of one of its group's parts: identical words
// credited to someone else in the same weeks are mostly one line with a wrong credit), and,
// unless it credits one of the root's speakers (his own line quoted again
// later), its article is at most short_days from one of the group's parts' articles (or
// either is undated). The riders that fail leave together: they are a root of their own
// (a variant group's id is free once its other members went elsewhere). Linear in the
// items, with small maps for the groups that hold parts.
#ifndef CLAIMDUP_CLUSTER_PART_RIDERS_H_
#define CLAIMDUP_CLUSTER_PART_RIDERS_H_

#include <cstdint>
#include <functional>

#include "cluster/roots.h"
#include "util/union_find.h"

namespace claimdup {

struct RiderCounts {
  int64_t other_speaker = 0;  // Riders refused: their speaker is not the root's.
  int64_t far_apart = 0;      // Riders refused: dated far from every part of their group.
};

// Refuses the riders of `roots` (made by AssignRoots from `input` and `variants`): day(i) is
// item i's article day (core/day_number.h; kUndated for none), short_days the most days a
// short excerpt may be from its root.
void RefuseRiders(const RootInput& input, UnionFind* variants,
                  const std::function<int32_t(uint32_t item)>& day, int32_t short_days,
                  RootAssignment* roots, RiderCounts* counts);

}  // namespace claimdup

#endif  // CLAIMDUP_CLUSTER_PART_RIDERS_H_
