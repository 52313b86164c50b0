// Clustering claims that say the same thing: exact duplicates, LSH candidates, exact
// verification, union-find.
//
// 1. Claims with identical shingle sets (equal set keys, confirmed on the sets after LSH)
//    collapse onto one representative first, so a line repeated 100k times is one item,
//    not a giant bucket.
// 2. Candidate pairs among representatives: LSH on MinHash (near-identical wordings; a
//    vectorized signature comparison drops hopeless pairs as they are found) and word-run
//    anchors (index/anchors.h: excerpts of any length ratio).
// 3. Candidates are verified exactly (cluster/verify.h): Jaccard or words in order make
//    two items variants of one wording; containment makes the shorter an excerpt.
// 4. Variants are unioned into groups; each contained group joins exactly one root
//    (cluster/roots.h), so clusters cannot chain. A split quote ("…," X said. "…") is also
//    matched as its joined text (rows of `joined`, whose `group` is the claim id of the
//    first part); its parts are excerpts of it, and a part under containment_min_words
//    words matches only through it.
// The cluster id of a claim is the smallest claim id in its cluster: the same input gives
// the same ids, whatever the thread count.
#ifndef CLAIMDUP_CLUSTER_CLUSTERER_H_
#define CLAIMDUP_CLUSTER_CLUSTERER_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "cluster/root_cover.h"
#include "cluster/roots.h"
#include "cluster/verify.h"
#include "core/claim_table.h"
#include "index/anchors.h"
#include "index/lsh.h"
#include "util/stage_timer.h"

namespace claimdup {

// Finds the pairs CandidatePairs(signatures, lsh, items, candidates, keep, dropped) finds,
// with `keep` the signature estimate filter (WorthVerifying) over `shingle_count` of each
// item. A distributed run (pipeline/distributed_lsh.h) finds them across its ranks.
using LshPairSource = std::function<std::vector<uint64_t>(
    const SignatureView& signatures, absl::Span<const uint32_t> items,
    const std::function<uint32_t(uint32_t)>& shingle_count, int64_t* dropped)>;

// Finds the pairs AnchorPairs(items, tokens, anchor, dropped) finds. A distributed run
// (pipeline/distributed_anchors.h) finds them across its ranks.
using AnchorPairSource = std::function<std::vector<uint64_t>(
    absl::Span<const uint32_t> items, const TokensOf& tokens, int64_t* dropped)>;

// Verifies each of `pairs` exactly: one Match per pair, in pair order, as VerifyPair on the
// two items' shingle sets (made from `tokens` with shingle_size and shingle_seed), tokens
// and word counts (`words`). A distributed run (pipeline/distributed_verify.h) verifies them
// across its ranks.
using PairVerifier = std::function<std::vector<Match>(
    absl::Span<const uint64_t> pairs, const TokensOf& tokens,
    const std::function<uint32_t(uint32_t)>& words)>;

// Describes members against their roots: one RootCover per (member << 32 | root) pair, in
// pair order, as RootRuns::Describe (cluster/root_cover.h) on their shingle sets and words
// (`tokens`), variant[i] saying whether pair i's member is a variant of its root; a root's
// pairs come together. A distributed run (pipeline/distributed_verify.h) describes them
// across its ranks.
using MemberDescriber = std::function<std::vector<RootCover>(
    absl::Span<const uint64_t> pairs, absl::Span<const uint8_t> variant, const TokensOf& tokens)>;

struct ClusterOptions {
  VerifyParams verify;
  LshParams lsh;
  CandidateOptions candidates;
  int shingle_size = 3;              // How the claims' shingle sets were made from their
  uint64_t shingle_seed = 0;         // tokens (text/shingle.h).
  double estimate_slack = 0.15;      // ~3.4 standard errors of the estimate at K = 128.
  double candidate_threshold = 0.8;  // The similarity LSH was tuned for.
  bool anchors = true;               // Word-run anchors propose excerpts (index/anchors.h).
  // Containment of a claim under short_excerpt_words words needs dates at most
  // short_excerpt_days apart (MatchOptions says why).
  int short_excerpt_words = MatchOptions{}.short_excerpt_words;
  int short_excerpt_days = MatchOptions{}.short_excerpt_days;
  AnchorOptions anchor;
  // The surname a credited speaker is compared by, "" when the name is not a person's:
  // a short excerpt whose articles credit other people than its root's joins no root
  // (cluster/roots.h). Null: no speaker test.
  std::function<std::string(absl::string_view speaker)> speaker_surname;
  LshPairSource lsh_pairs;  // Null: CandidatePairs on this process's threads.
  AnchorPairSource anchor_pairs;  // Null: AnchorPairs on this process's threads.
  PairVerifier verify_pairs;  // Null: on this process's threads (the sets are then kept for
                              // the members' relations).
  MemberDescriber describe_members;  // Null: on this process's threads.
};

// Whether a candidate pair whose signatures estimate a Jaccard similarity of `estimate`,
// with na and nb shingles, is worth verifying exactly: LSH keeps only those.
bool WorthVerifying(double estimate, double na, double nb, const ClusterOptions& options);

struct ClusterStats {
  int64_t exact_duplicates = 0;    // Claims collapsed onto an identical one.
  int64_t set_key_collisions = 0;  // Different sets with one 64-bit key (left apart).
  int64_t lsh_items = 0;           // Representatives indexed.
  int64_t candidate_pairs = 0;
  int64_t anchor_pairs = 0;    // Of those, proposed by word-run anchors alone.
  int64_t anchor_refused = 0;  // Anchor proposals LSH did not make, refused: too few shared
                               // query grams, or too few shared words to verify.
  int64_t estimate_skipped = 0;  // Candidates dropped by the signature estimate.
  int64_t jaccard_edges = 0;
  int64_t containment_edges = 0;
  int64_t overlap_edges = 0;
  int64_t short_excerpts_far_apart = 0;  // Containments refused: short, dates far apart.
  int64_t short_excerpts_other_speaker = 0;  // Short groups kept from roots of other speakers.
  int64_t containment_joined = 0;     // Contained variant groups joined to a root.
  int64_t containment_ambiguous = 0;  // Of those, held by two or more roots (one chosen).
  int64_t stock_phrases = 0;  // Contained groups held by many roots: stock phrases, alone.
  std::vector<StageTime> steps;  // Wall time of the stage's steps (summary.json).
};

// How each claim of a cluster of 2+ claims relates to the cluster's root wording (the
// longest full wording, possibly a split quote's joined text).
struct ClusterRelations {
  std::vector<Relation> relation;  // Per claim.
  std::vector<float> similarity;   // Per claim: Jaccard with the root (variants), or the
                                   // share of its shingles in the root (excerpts, parts).
  // Per claim: the words [root_begin, root_end) of the root it covers (excerpts and parts;
  // the whole root for variants; 0, 0 when not located).
  std::vector<uint32_t> root_begin, root_end;
  absl::flat_hash_map<uint32_t, std::string> root_text;  // Per cluster id.
};

// Cluster id (smallest member claim id) of every claim of `claims`; with `relations`, how
// each member relates to its cluster's root. `joined` holds the
// joined texts of split quotes (may be empty). The claims' signatures are freed once the
// candidate pairs are found (verification works on tokens): a large run's signatures are
// the memory its verification needs.
std::vector<uint32_t> ClusterClaims(ClaimTable* claims, const ClaimTable& joined,
                                    const ClusterOptions& options, int threads,
                                    ClusterStats* stats, ClusterRelations* relations = nullptr);

}  // namespace claimdup

#endif  // CLAIMDUP_CLUSTER_CLUSTERER_H_
