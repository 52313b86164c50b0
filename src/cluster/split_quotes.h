// Split quotes ("…," X said. "…"): everything matching does about them, in one place.
//
// An outlet that prints a quote whole must still meet the outlet that split it around its
// attribution, so clustering compares both the parts and the joined text. The items
// clustering compares are the claims 0..n-1, then the joined texts n..n+g-1 (row k of
// `joined` is item n + k; LSH reads their signatures through SignatureView::extra). A part
// is an excerpt of its joined text; a part under containment_min_words words matches only
// through it (alone it is no repeat: "No.", a show's name).
#ifndef CLAIMDUP_CLUSTER_SPLIT_QUOTES_H_
#define CLAIMDUP_CLUSTER_SPLIT_QUOTES_H_

#include <cstdint>
#include <utility>
#include <vector>

#include "core/claim_table.h"
#include "core/match_options.h"
#include "sketch/minhash.h"

namespace claimdup {

// One row per quote group of 2+ parts: its parts' texts joined by a space (by ". " where a
// part cut before its comma ends a sentence the next part opens with a capital); `group` is the
// claim id of the first part, `doc` and `speaker` are the first part's.
ClaimTable JoinSplitQuotes(const ClaimTable& claims, const MatchOptions& match,
                           const MinHasher& hasher);

// (part claim id, item id of its joined text) for every part of every split quote, in
// claim order.
std::vector<std::pair<uint32_t, uint32_t>> SplitQuoteParts(const ClaimTable& claims,
                                                           const ClaimTable& joined);

// Per item (claims, then joined texts): whether it is matched on its own. Parts shorter
// than `min_words` words are not.
std::vector<bool> ItemsMatchedAlone(const ClaimTable& claims, const ClaimTable& joined,
                                    const std::vector<std::pair<uint32_t, uint32_t>>& parts,
                                    int min_words);

}  // namespace claimdup

#endif  // CLAIMDUP_CLUSTER_SPLIT_QUOTES_H_
