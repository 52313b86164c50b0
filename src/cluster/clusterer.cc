#include "cluster/clusterer.h"

#include <algorithm>
#include <cstdlib>
#include <iterator>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "cluster/part_riders.h"
#include "cluster/root_cover.h"
#include "cluster/roots.h"
#include "cluster/shingle_table.h"
#include "cluster/split_quotes.h"
#include "core/day_number.h"
#include "core/radix_sort.h"
#include "index/anchors.h"
#include "sketch/minhash.h"
#include "text/shingle.h"
#include "util/run_on_threads.h"
#include "util/union_find.h"

namespace claimdup {
namespace {

// The items compared: claims 0..n-1, then joined split quotes n..n+g-1
// (cluster/split_quotes.h).
class MatchItems {
 public:
  MatchItems(const ClaimTable& claims, const ClaimTable& joined)
      : claims_(claims), joined_(joined), n_(claims.size()) {}
  size_t size() const { return n_ + joined_.size(); }
  size_t num_claims() const { return n_; }
  bool is_joined(uint32_t id) const { return id >= n_; }
  const ClaimTable& table(uint32_t id) const { return id < n_ ? claims_ : joined_; }
  uint32_t row(uint32_t id) const { return id < n_ ? id : id - static_cast<uint32_t>(n_); }
  uint32_t shingle_count(uint32_t id) const { return table(id).shingle_count(row(id)); }
  uint64_t set_key(uint32_t id) const { return table(id).set_key(row(id)); }
  const uint8_t* signature(uint32_t id) const { return table(id).signature(row(id)); }
  // The signature estimate of the Jaccard similarity of a and b.
  double Estimate(uint32_t a, uint32_t b) const {
    return EstimateJaccard(signature(a), signature(b), claims_.num_perms(),
                           claims_.signature_bits());
  }
  uint32_t words(uint32_t id) const { return table(id).words(row(id)); }
  absl::Span<const WordToken> token_seq(uint32_t id) const { return table(id).token_seq(row(id)); }
  // The quote group an item belongs to (claim id of its first part).
  uint32_t group(uint32_t id) const { return table(id).group(row(id)); }
  SignatureView signatures() const {
    return {claims_.signatures(), joined_.signatures(), claims_.num_perms(),
            claims_.signature_bits()};
  }

 private:
  const ClaimTable& claims_;
  const ClaimTable& joined_;
  size_t n_;
};

struct Edge {
  uint32_t a, b;
  Match match;
};

// The shingle set of an item, recomputed from its words into *out.
void ShinglesOf(const MatchItems& items, uint32_t id, const ClusterOptions& options,
                std::vector<uint32_t>* out) {
  ShinglesOfTokens(items.token_seq(id), options.shingle_size, options.shingle_seed, out);
}

// Groups the `matched` items by set key: the smallest item of each key represents it in LSH, the others
// are recorded as (first, item) in *same_key. Items are grouped by sorting (set key's top
// 32 bits, item) in place: 8 bytes per item. No token is read here: the pairs are confirmed
// after LSH (ConfirmDuplicates), when the signatures are gone and the tokens may be mapped.
std::vector<uint32_t> GroupBySetKey(const MatchItems& items, const std::vector<bool>& matched,
                                    std::vector<uint64_t>* same_key) {
  std::vector<uint64_t> order;
  order.reserve(items.size());
  for (uint32_t i = 0; i < items.size(); ++i) {
    if (items.shingle_count(i) == 0 || !matched[i]) continue;  // A singleton.
    order.push_back((items.set_key(i) & 0xFFFFFFFF00000000ull) | i);
  }
  RadixSortInPlace(absl::MakeSpan(order));
  auto item = [&](size_t k) { return static_cast<uint32_t>(order[k]); };
  std::vector<bool> is_rep(items.size(), false);
  for (size_t lo = 0; lo < order.size();) {
    size_t hi = lo + 1;
    while (hi < order.size() && (order[hi] >> 32) == (order[lo] >> 32)) ++hi;
    // A run shares the key's top half; the rare run of several full keys is ordered by full
    // key, items ascending within each (they already are, so this keeps their order).
    bool one_key = true;
    for (size_t k = lo + 1; k < hi && one_key; ++k) {
      one_key = items.set_key(item(k)) == items.set_key(item(lo));
    }
    if (!one_key) {
      std::stable_sort(order.begin() + lo, order.begin() + hi, [&](uint64_t x, uint64_t y) {
        return items.set_key(static_cast<uint32_t>(x)) < items.set_key(static_cast<uint32_t>(y));
      });
    }
    for (size_t k = lo; k < hi;) {
      const uint32_t first = item(k);  // The smallest item with this set key.
      is_rep[first] = true;
      size_t m = k + 1;
      for (; m < hi && items.set_key(item(m)) == items.set_key(first); ++m) {
        const uint32_t i = item(m);
        // Joined quotes never collapse onto a claim: they are matched like any other item.
        if (items.is_joined(i) || items.is_joined(first)) {
          is_rep[i] = true;
        } else {
          same_key->push_back((static_cast<uint64_t>(first) << 32) | i);
        }
      }
      k = m;
    }
    lo = hi;
  }
  std::vector<uint64_t>().swap(order);
  std::vector<uint32_t> reps;
  for (uint32_t i = 0; i < items.size(); ++i) {
    if (is_rep[i]) reps.push_back(i);
  }
  return reps;
}

// Confirms each (first, item) of equal set keys on the sets themselves (keys are 64-bit:
// confirm, never assume) and unions the confirmed. Equal word sequences (the usual repeat)
// have equal sets; only differing ones have their sets rebuilt. An unconfirmed pair (two
// different sets with one key, about once in 10^19 pairs) stays apart: the item was left out
// of LSH, so it loses its near matches, never gains a false one; it is counted.
void ConfirmDuplicates(const MatchItems& items, const std::vector<uint64_t>& same_key,
                       const ClusterOptions& options, UnionFind* uf,
                       std::vector<Edge>* duplicate_edges, ClusterStats* stats) {
  std::vector<uint32_t> set_a, set_b;
  for (const uint64_t p : same_key) {
    const uint32_t first = static_cast<uint32_t>(p >> 32), i = static_cast<uint32_t>(p);
    const auto ta = items.token_seq(first), tb = items.token_seq(i);
    bool same = std::equal(ta.begin(), ta.end(), tb.begin(), tb.end());
    if (!same) {
      ShinglesOf(items, first, options, &set_a);
      ShinglesOf(items, i, options, &set_b);
      same = set_a == set_b;
    }
    if (!same) {
      ++stats->set_key_collisions;
      continue;
    }
    uf->Union(first, i);
    duplicate_edges->push_back({first, i, Match::kJaccard});
    ++stats->exact_duplicates;
  }
}

bool WorthVerifying(const MatchItems& items, uint32_t a, uint32_t b,
                    const ClusterOptions& options) {
  return WorthVerifying(items.Estimate(a, b), items.shingle_count(a), items.shingle_count(b),
                        options);
}

}  // namespace

bool WorthVerifying(double est, double na, double nb, const ClusterOptions& options) {
  const double slack = options.estimate_slack;
  // Word-level matches (one replaced word in a short quote) can sit well below the Jaccard
  // threshold: only pairs below the LSH candidate similarity are hopeless.
  if (est >= std::min(options.verify.threshold, options.candidate_threshold) - slack) return true;
  // Containment implied by the estimate and the set sizes: I = J (|A| + |B|) / (1 + J).
  const double inter = est * (na + nb) / (1.0 + est);
  return inter / std::min(na, nb) >= options.verify.containment - slack;
}

namespace {

// Publication day of item i's article (core/day_number.h); a joined text's doc is its first
// part's, in the claims' documents. Asked only of short containments: parsing every
// document's date up front cost more than the few edges that read one.
int32_t ItemDay(const MatchItems& items, const ClaimTable& claims, uint32_t i) {
  return DayNumber(claims.docs[items.table(i).doc(items.row(i))].date);
}

// Whether a containment of a and b is refused for time: the shorter has under
// short_excerpt_words words and their articles are more than short_excerpt_days apart.
bool ShortExcerptFarApart(const MatchItems& items, const ClaimTable& claims, uint32_t a,
                          uint32_t b, const ClusterOptions& options) {
  if (std::min(items.words(a), items.words(b)) >=
      static_cast<uint32_t>(options.short_excerpt_words)) {
    return false;
  }
  const int32_t day_a = ItemDay(items, claims, a), day_b = ItemDay(items, claims, b);
  if (day_a == kUndated || day_b == kUndated) return false;
  return std::abs(static_cast<int64_t>(day_a) - day_b) > options.short_excerpt_days;
}

// A joined quote against its own parts (or two items of one quote) says nothing: such a
// pair is not verified.
bool SaysNothing(const MatchItems& items, uint32_t a, uint32_t b) {
  return (items.is_joined(a) || items.is_joined(b)) && items.group(a) == items.group(b) &&
         items.table(a).doc(items.row(a)) == items.table(b).doc(items.row(b));
}

// Verifies `pairs` exactly (the signature estimate filtered them as they were found).
std::vector<Edge> VerifyCandidates(const MatchItems& items, const ClaimTable& claims,
                                   const std::vector<uint64_t>& pairs, const ShingleTable& sets,
                                   const ClusterOptions& options, int threads,
                                   int64_t* far_apart) {
  threads = std::max(1, threads);
  std::vector<int64_t> refused(threads, 0);
  std::vector<std::vector<Edge>> found(threads);
  const size_t chunk = (pairs.size() + threads - 1) / threads;
  auto work = [&](int t) {
    const size_t lo = std::min(pairs.size(), t * chunk), hi = std::min(pairs.size(), lo + chunk);
    for (size_t i = lo; i < hi; ++i) {
      const uint32_t a = static_cast<uint32_t>(pairs[i] >> 32), b = static_cast<uint32_t>(pairs[i]);
      if (SaysNothing(items, a, b)) continue;
      const Match m = VerifyPair(sets.set(a), sets.set(b), items.token_seq(a), items.token_seq(b),
                                 items.words(a), items.words(b), options.verify);
      if (m == Match::kContainment && ShortExcerptFarApart(items, claims, a, b, options)) {
        ++refused[t];
        continue;
      }
      if (m != Match::kNone) found[t].push_back({a, b, m});
    }
  };
  RunOnThreads(threads, work);
  for (const int64_t n : refused) *far_apart += n;
  std::vector<Edge> edges;
  for (int t = 0; t < threads; ++t) {
    edges.insert(edges.end(), found[t].begin(), found[t].end());
  }
  return edges;  // In pair order: chunks are contiguous and joined in order.
}

// VerifyCandidates through options.verify_pairs (elsewhere: another rank's tokens), with the
// same edges in the same order.
std::vector<Edge> VerifyCandidatesElsewhere(const MatchItems& items, const ClaimTable& claims,
                                            std::vector<uint64_t> pairs,
                                            const ClusterOptions& options, int64_t* far_apart) {
  pairs.erase(std::remove_if(pairs.begin(), pairs.end(),
                             [&](uint64_t p) {
                               return SaysNothing(items, static_cast<uint32_t>(p >> 32),
                                                  static_cast<uint32_t>(p));
                             }),
              pairs.end());
  const std::vector<Match> match = options.verify_pairs(
      pairs, [&](uint32_t id) { return items.token_seq(id); },
      [&](uint32_t id) { return items.words(id); });
  std::vector<Edge> edges;
  for (size_t i = 0; i < pairs.size(); ++i) {
    if (match[i] == Match::kNone) continue;
    const uint32_t a = static_cast<uint32_t>(pairs[i] >> 32), b = static_cast<uint32_t>(pairs[i]);
    if (match[i] == Match::kContainment && ShortExcerptFarApart(items, claims, a, b, options)) {
      ++*far_apart;
      continue;
    }
    edges.push_back({a, b, match[i]});
  }
  return edges;
}

// Sets member i's relation and whole-root cover; whether its similarity and cover must be
// computed (RootRuns::Describe): not for the root itself, nor for a variant with the root's
// own words (similarity 1), common in reprints.
bool NeedsCover(const MatchItems& items, const RootAssignment& roots, uint32_t i,
                ClusterRelations* out) {
  const uint32_t root = roots.root_item[i];
  const absl::Span<const WordToken> rw = items.token_seq(root), w = items.token_seq(i);
  out->relation[i] = roots.relation[i];
  out->root_end[i] = static_cast<uint32_t>(rw.size());
  if (i == root) return false;
  return roots.relation[i] != Relation::kVariant || !std::equal(w.begin(), w.end(), rw.begin(), rw.end());
}

// DescribeMembers's covers through options.describe_members (elsewhere: other ranks), for
// the members `by_root` lists (by root, in claim order within one).
void DescribeMembersElsewhere(const MatchItems& items, const std::vector<uint32_t>& cluster,
                              const RootAssignment& roots, const std::vector<uint32_t>& by_root,
                              const ClusterOptions& options, ClusterRelations* out) {
  std::vector<uint64_t> pairs;
  std::vector<uint8_t> variant;
  std::vector<uint32_t> member;
  uint32_t last_root = UINT32_MAX;
  for (const uint32_t i : by_root) {
    const uint32_t root = roots.root_item[i];
    if (root != last_root) {
      last_root = root;
      out->root_text.try_emplace(cluster[i], items.table(root).text(items.row(root)));
    }
    if (!NeedsCover(items, roots, i, out)) continue;
    pairs.push_back(uint64_t{i} << 32 | root);
    variant.push_back(roots.relation[i] == Relation::kVariant);
    member.push_back(i);
  }
  const std::vector<RootCover> cover = options.describe_members(
      pairs, variant, [&](uint32_t id) { return items.token_seq(id); });
  for (size_t k = 0; k < member.size(); ++k) {
    out->similarity[member[k]] = cover[k].similarity;
    out->root_begin[member[k]] = cover[k].root_begin;
    out->root_end[member[k]] = cover[k].root_end;
  }
}

// Per claim of a cluster of 2+ claims: its similarity to the root wording and, for
// excerpts and parts, the words of the root it covers (located by its first and last word
// runs found in the root). Clusters are shared out to `threads` threads in contiguous runs
// of whole clusters; each writes only its members' entries.
void DescribeMembers(const MatchItems& items, const std::vector<uint32_t>& cluster,
                     const RootAssignment& roots, const ShingleTable& sets,
                     const ClusterOptions& options, int threads, ClusterRelations* out) {
  const uint32_t n = static_cast<uint32_t>(items.num_claims());
  out->relation.assign(n, Relation::kVariant);
  out->similarity.assign(n, 1.0f);
  out->root_begin.assign(n, 0);
  out->root_end.assign(n, 0);
  std::vector<uint32_t> size(n, 0);
  for (uint32_t i = 0; i < n; ++i) ++size[cluster[i]];
  // One root wording per cluster of 2+: the table grows once, not by rehashing.
  size_t clusters = 0;
  for (uint32_t c = 0; c < n; ++c) clusters += size[c] >= 2 ? 1 : 0;
  out->root_text.reserve(out->root_text.size() + clusters);
  // Members of clusters of 2+ by root, in claim order within one: sorted as (root << 32 |
  // claim) keys, which hold all the sort reads.
  std::vector<uint64_t> keys;
  for (uint32_t i = 0; i < n; ++i) {
    if (size[cluster[i]] >= 2) keys.push_back(uint64_t{roots.root_item[i]} << 32 | i);
  }
  RadixSortInPlace(absl::MakeSpan(keys));
  std::vector<uint32_t> by_root(keys.size());
  for (size_t k = 0; k < keys.size(); ++k) by_root[k] = static_cast<uint32_t>(keys[k]);
  std::vector<uint64_t>().swap(keys);
  threads = std::max(1, threads);
  // Share boundaries moved forward to the next change of root.
  std::vector<size_t> bound(threads + 1, by_root.size());
  for (int t = 0; t < threads; ++t) {
    size_t b = by_root.size() * t / threads;
    while (b > 0 && b < by_root.size() &&
           roots.root_item[by_root[b]] == roots.root_item[by_root[b - 1]]) {
      ++b;
    }
    bound[t] = b;
  }
  if (options.describe_members) {
    DescribeMembersElsewhere(items, cluster, roots, by_root, options, out);
    return;
  }
  std::vector<absl::flat_hash_map<uint32_t, std::string>> root_text(threads);
  auto work = [&](int t) {
    std::vector<uint32_t> root_built, member_built;
    // An item verification never read (an exact repeat of a representative), or every item
    // when verification ran elsewhere, has its set built here.
    auto set_of = [&](uint32_t id, std::vector<uint32_t>* built) -> absl::Span<const uint32_t> {
      if (sets.has(id)) return sets.set(id);
      ShinglesOf(items, id, options, built);
      return *built;
    };
    RootRuns runs;
    uint32_t runs_root = UINT32_MAX;
    for (size_t k = bound[t]; k < bound[t + 1]; ++k) {
      const uint32_t i = by_root[k];
      const uint32_t root = roots.root_item[i];
      if (root != runs_root) {
        runs_root = root;
        runs.Reset(items.token_seq(root), set_of(root, &root_built));
        root_text[t].try_emplace(cluster[i], items.table(root).text(items.row(root)));
      }
      if (!NeedsCover(items, roots, i, out)) continue;
      const RootCover cover = runs.Describe(items.token_seq(i), set_of(i, &member_built),
                                            roots.relation[i] == Relation::kVariant);
      out->similarity[i] = cover.similarity;
      out->root_begin[i] = cover.root_begin;
      out->root_end[i] = cover.root_end;
    }
  };
  RunOnThreads(threads, work);
  for (auto& texts : root_text) {
    for (auto& [id, text] : texts) out->root_text.try_emplace(id, std::move(text));
  }
}

}  // namespace

namespace {

// LSH pairs (near-identical candidates, filtered by the signature estimate as they are
// found) and, in quotes mode, word-run anchor pairs (excerpts of any length, filtered by a
// shared-runs bound): sorted, unique. The claims' signatures are freed once LSH has read
// them. Counts go to *stats.
std::vector<uint64_t> ProposePairs(const MatchItems& items, const std::vector<uint32_t>& reps,
                                   const ClusterOptions& options, int threads,
                                   ClaimTable* claim_table, StageTimer* timer,
                                   ClusterStats* stats) {
  CandidateOptions candidate_options = options.candidates;
  candidate_options.threads = threads;
  int64_t dropped = 0;
  std::vector<uint64_t> pairs =
      options.lsh_pairs
          ? options.lsh_pairs(items.signatures(), reps,
                              [&](uint32_t id) { return items.shingle_count(id); }, &dropped)
          : CandidatePairs(
                items.signatures(), options.lsh, reps, candidate_options,
                [&](uint32_t a, uint32_t b) { return WorthVerifying(items, a, b, options); },
                &dropped);
  stats->candidate_pairs = pairs.size() + dropped;
  stats->estimate_skipped += dropped;
  claim_table->DropSignatures();  // Not read again.
  timer->Done("lsh");
  if (!options.anchors) return pairs;
  // A proposal whose shorter item has too few words in the longer one cannot verify:
  // containment keeps most of the shorter's 4-word runs (kMinRunShareForWordOrder of its
  // shingles at the least: 0.4 of its runs allows for an edit); an overlap needs
  // overlap_words consecutive words, so overlap_words - 3 consecutive runs.
  const VerifyParams& v = options.verify;
  auto could_hold = [&](uint32_t shorter, uint32_t longer) {
    const auto s = items.token_seq(shorter);
    const double grams = s.size() >= 4 ? static_cast<double>(s.size() - 3) : 0.0;
    double needed = std::max(1.0, 0.4 * grams);
    if (v.overlap_words > 0) needed = std::min(needed, v.overlap_words - 3.0);
    return SharedGramsBound(s, items.token_seq(longer)) >= needed;
  };
  int64_t refused = 0;
  AnchorOptions anchor_options = options.anchor;
  anchor_options.threads = threads;
  const TokensOf tokens = [&](uint32_t id) { return items.token_seq(id); };
  // The shared-words test is asked only of proposals LSH did not make already.
  std::vector<uint64_t> anchored =
      options.anchor_pairs ? options.anchor_pairs(reps, tokens, &refused)
                           : AnchorPairs(reps, tokens, anchor_options, &refused);
  std::vector<uint64_t> extra;
  std::set_difference(anchored.begin(), anchored.end(), pairs.begin(), pairs.end(),
                      std::back_inserter(extra));
  std::vector<uint64_t>().swap(anchored);
  FilterContainerPairs(
      &extra, [&](uint32_t id) { return static_cast<uint32_t>(items.token_seq(id).size()); },
      could_hold, threads, &refused);
  stats->anchor_refused = refused;
  stats->anchor_pairs = extra.size();
  stats->candidate_pairs += extra.size();
  std::vector<uint64_t> merged;
  merged.reserve(pairs.size() + extra.size());
  std::merge(pairs.begin(), pairs.end(), extra.begin(), extra.end(), std::back_inserter(merged));
  timer->Done("anchors");
  return merged;
}

// What root assignment reads: every item's length, outlet and order; verified Jaccard
// edges unioned into *variants; containment and overlap edges (shorter, longer).
RootInput RootInputOf(const MatchItems& items, const ClaimTable& claims,
                      const std::vector<Edge>& edges, const ClusterOptions& options,
                      UnionFind* variants, ClusterStats* stats) {
  RootInput input;
  input.words.resize(items.size());
  input.outlet.resize(items.size());
  input.order.resize(items.size());
  input.short_words = static_cast<uint32_t>(options.short_excerpt_words);
  // Speakers compared by surname: "Jim Risch" and "James Risch" are one speaker.
  std::vector<uint32_t> surname_of(claims.speakers.size(), 0);
  if (options.speaker_surname) {
    input.speaker.resize(items.size());
    absl::flat_hash_map<std::string, uint32_t> surname_id;
    for (size_t s = 1; s < claims.speakers.size(); ++s) {
      std::string surname = options.speaker_surname(claims.speakers[s]);
      if (surname.empty()) continue;
      const uint32_t next = static_cast<uint32_t>(surname_id.size()) + 1;
      surname_of[s] = surname_id.try_emplace(std::move(surname), next).first->second;
    }
  }
  for (uint32_t i = 0; i < items.size(); ++i) {
    input.words[i] = items.words(i);
    if (!input.speaker.empty()) {
      // A joined quote is credited as its first part is, in the claims' speaker names.
      input.speaker[i] = surname_of[claims.speaker(items.is_joined(i) ? items.group(i) : i)];
    }
    // Joined quotes keep the claims' document indices (their table holds no documents).
    input.outlet[i] = claims.docs[items.table(i).doc(items.row(i))].outlet;
    input.order[i] = items.is_joined(i) ? items.group(i) : i;
  }
  for (const Edge& e : edges) {
    if (e.match == Match::kJaccard) {
      variants->Union(e.a, e.b);
      ++stats->jaccard_edges;
      continue;
    }
    const size_t na = items.shingle_count(e.a), nb = items.shingle_count(e.b);
    const bool a_shorter = na < nb || (na == nb && e.a < e.b);
    const std::pair<uint32_t, uint32_t> edge = a_shorter ? std::pair{e.a, e.b} : std::pair{e.b, e.a};
    if (e.match == Match::kOverlap) {
      ++stats->overlap_edges;
      input.overlapping.push_back(edge);
    } else {
      ++stats->containment_edges;
      input.contained.push_back(edge);
    }
  }
  return input;
}

}  // namespace

std::vector<uint32_t> ClusterClaims(ClaimTable* claim_table, const ClaimTable& joined,
                                    const ClusterOptions& options, int threads,
                                    ClusterStats* stats, ClusterRelations* relations) {
  const ClaimTable& claims = *claim_table;
  const MatchItems items(claims, joined);
  const uint32_t n = static_cast<uint32_t>(items.num_claims());
  // Split quotes (cluster/split_quotes.h): each part points at its joined quote; a part
  // under the minimum length matches only through it.
  const std::vector<std::pair<uint32_t, uint32_t>> parts = SplitQuoteParts(claims, joined);
  const std::vector<bool> alone =
      ItemsMatchedAlone(claims, joined, parts, options.verify.containment_min_words);
  StageTimer timer(&stats->steps);
  // Exact duplicates: one representative per shingle set, the others confirmed onto it.
  UnionFind uf(items.size());
  std::vector<uint64_t> same_key;
  const std::vector<uint32_t> reps = GroupBySetKey(items, alone, &same_key);
  stats->lsh_items = reps.size();
  std::vector<uint64_t> pairs =
      ProposePairs(items, reps, options, threads, claim_table, &timer, stats);
  std::vector<Edge> duplicate_edges;
  ConfirmDuplicates(items, same_key, options, &uf, &duplicate_edges, stats);
  std::vector<uint64_t>().swap(same_key);
  // Verified here, the pairs' sets are built once for verification and member relations;
  // verified elsewhere, relations build the sets they read.
  std::vector<uint8_t> in_pair(options.verify_pairs ? 0 : items.size(), 0);
  if (!options.verify_pairs) {
    for (const uint64_t p : pairs) in_pair[p >> 32] = in_pair[static_cast<uint32_t>(p)] = 1;
  }
  const ShingleTable sets(
      in_pair, [&](uint32_t id) { return items.token_seq(id); }, options.shingle_size,
      options.shingle_seed, threads);
  std::vector<uint8_t>().swap(in_pair);
  const std::vector<Edge> edges =
      options.verify_pairs
          ? VerifyCandidatesElsewhere(items, claims, std::move(pairs), options,
                                      &stats->short_excerpts_far_apart)
          : VerifyCandidates(items, claims, pairs, sets, options, threads,
                             &stats->short_excerpts_far_apart);
  std::vector<uint64_t>().swap(pairs);
  timer.Done("verify");
  RootInput input = RootInputOf(items, claims, edges, options, &uf, stats);
  input.parts = parts;
  RootStats root_stats;
  RootAssignment roots = AssignRoots(input, &uf, &root_stats);
  RiderCounts riders;
  RefuseRiders(
      input, &uf, [&](uint32_t i) { return ItemDay(items, claims, i); },
      options.short_excerpt_days, &roots, &riders);
  stats->containment_joined = root_stats.joined;
  stats->containment_ambiguous = root_stats.ambiguous;
  stats->short_excerpts_other_speaker = root_stats.other_speaker + riders.other_speaker;
  stats->short_excerpts_far_apart += riders.far_apart;
  stats->stock_phrases = root_stats.stock;
  // Cluster id: the smallest claim id under each root.
  std::vector<uint32_t> first_claim(items.size(), UINT32_MAX);
  for (uint32_t i = n; i-- > 0;) first_claim[roots.root[i]] = i;
  std::vector<uint32_t> cluster(n);
  for (uint32_t i = 0; i < n; ++i) cluster[i] = first_claim[roots.root[i]];
  timer.Done("roots");
  if (relations != nullptr) {
    DescribeMembers(items, cluster, roots, sets, options, threads, relations);
    timer.Done("relations");
  }
  return cluster;
}

}  // namespace claimdup
