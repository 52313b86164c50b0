// The joined texts of split quotes ("…," X said. "…"), fingerprinted for matching.
//
// An outlet that prints a quote whole must still meet the outlet that split it around its
// attribution; clustering compares both the parts and the joined text.
#ifndef CLAIMDUP_PIPELINE_SPLIT_QUOTES_H_
#define CLAIMDUP_PIPELINE_SPLIT_QUOTES_H_

#include "core/claim_table.h"
#include "pipeline/run_options.h"
#include "sketch/minhash.h"

namespace claimdup {

// One row per quote group of 2+ parts: its parts' texts joined by a space; `group` is the
// claim id of the first part, `doc` and `speaker` are the first part's.
ClaimTable JoinSplitQuotes(const ClaimTable& claims, const MatchOptions& match,
                           const MinHasher& hasher);

}  // namespace claimdup

#endif  // CLAIMDUP_PIPELINE_SPLIT_QUOTES_H_
