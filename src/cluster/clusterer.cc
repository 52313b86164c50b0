#include "cluster/clusterer.h"

#include <algorithm>
#include <iterator>
#include <thread>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "cluster/union_find.h"
#include "core/radix_sort.h"
#include "sketch/minhash.h"
#include "text/shingle.h"

namespace claimdup {
namespace {

// The items compared: claims 0..n-1, then joined split quotes n..n+g-1.
class MatchItems {
 public:
  MatchItems(const ClaimTable& claims, const ClaimTable& joined)
      : claims_(claims), joined_(joined), n_(claims.size()) {}
  size_t size() const { return n_ + joined_.size(); }
  size_t num_claims() const { return n_; }
  bool is_joined(uint32_t id) const { return id >= n_; }
  const ClaimTable& table(uint32_t id) const { return id < n_ ? claims_ : joined_; }
  uint32_t row(uint32_t id) const { return id < n_ ? id : id - static_cast<uint32_t>(n_); }
  uint32_t shingle_count(uint32_t id) const { return table(id).shingle_count[row(id)]; }
  uint64_t set_key(uint32_t id) const { return table(id).set_key[row(id)]; }
  const uint8_t* signature(uint32_t id) const { return table(id).signature(row(id)); }
  // The signature estimate of the Jaccard similarity of a and b.
  double Estimate(uint32_t a, uint32_t b) const {
    return EstimateJaccard(signature(a), signature(b), claims_.num_perms(),
                           claims_.signature_bits());
  }
  uint32_t words(uint32_t id) const { return table(id).words[row(id)]; }
  absl::Span<const WordToken> token_seq(uint32_t id) const { return table(id).token_seq(row(id)); }
  // The quote group an item belongs to (claim id of its first part).
  uint32_t group(uint32_t id) const { return table(id).group[row(id)]; }
  SignatureView signatures() const {
    return {claims_.signatures, joined_.signatures, claims_.num_perms(), claims_.signature_bits()};
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

// Groups items by set key: the smallest item of each key represents it in LSH, the others
// are recorded as (first, item) in *same_key. Items are grouped by sorting (set key's top
// 32 bits, item) in place: 8 bytes per item. No token is read here: the pairs are confirmed
// after LSH (ConfirmDuplicates), when the signatures are gone and the tokens may be mapped.
std::vector<uint32_t> GroupBySetKey(const MatchItems& items, std::vector<uint64_t>* same_key) {
  std::vector<uint64_t> order;
  order.reserve(items.size());
  for (uint32_t i = 0; i < items.size(); ++i) {
    if (items.shingle_count(i) == 0) continue;  // No words: a singleton.
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
  const double est = items.Estimate(a, b);
  const double slack = options.estimate_slack;
  // Word-level matches (one replaced word in a short quote) can sit well below the Jaccard
  // threshold: only pairs below the LSH candidate similarity are hopeless.
  if (est >= std::min(options.verify.threshold, options.candidate_threshold) - slack) return true;
  // Containment implied by the estimate and the set sizes: I = J (|A| + |B|) / (1 + J).
  const double na = items.shingle_count(a), nb = items.shingle_count(b);
  const double inter = est * (na + nb) / (1.0 + est);
  return inter / std::min(na, nb) >= options.verify.containment - slack;
}

// Verifies `pairs` exactly (the signature estimate filtered them as they were found).
std::vector<Edge> VerifyCandidates(const MatchItems& items, const std::vector<uint64_t>& pairs,
                                   const ClusterOptions& options, int threads) {
  threads = std::max(1, threads);
  std::vector<std::vector<Edge>> found(threads);
  const size_t chunk = (pairs.size() + threads - 1) / threads;
  auto work = [&](int t) {
    std::vector<uint32_t> set_a, set_b;
    uint32_t set_a_of = UINT32_MAX;  // Pairs come sorted by a: its set is built once.
    const size_t lo = std::min(pairs.size(), t * chunk), hi = std::min(pairs.size(), lo + chunk);
    for (size_t i = lo; i < hi; ++i) {
      const uint32_t a = static_cast<uint32_t>(pairs[i] >> 32), b = static_cast<uint32_t>(pairs[i]);
      // A joined quote against its own parts (or two items of one quote) says nothing.
      if ((items.is_joined(a) || items.is_joined(b)) && items.group(a) == items.group(b) &&
          items.table(a).doc[items.row(a)] == items.table(b).doc[items.row(b)]) {
        continue;
      }
      if (a != set_a_of) {
        ShinglesOf(items, a, options, &set_a);
        set_a_of = a;
      }
      ShinglesOf(items, b, options, &set_b);
      const Match m = VerifyPair(set_a, set_b, items.token_seq(a), items.token_seq(b),
                                 items.words(a), items.words(b), options.verify);
      if (m != Match::kNone) found[t].push_back({a, b, m});
    }
  };
  std::vector<std::thread> pool;
  for (int t = 1; t < threads; ++t) pool.emplace_back(work, t);
  work(0);
  for (std::thread& th : pool) th.join();
  std::vector<Edge> edges;
  for (int t = 0; t < threads; ++t) {
    edges.insert(edges.end(), found[t].begin(), found[t].end());
  }
  return edges;  // In pair order: chunks are contiguous and joined in order.
}

// Joins short clusters to the one cluster that contains them (see the header).
void ApplyContainment(const MatchItems& items, const std::vector<Edge>& edges, UnionFind* uf,
                      ClusterStats* stats) {
  absl::flat_hash_map<uint32_t, absl::flat_hash_set<uint32_t>> holders;
  for (const Edge& e : edges) {
    if (e.match != Match::kContainment) continue;
    ++stats->containment_edges;
    const size_t na = items.shingle_count(e.a), nb = items.shingle_count(e.b);
    const bool a_shorter = na < nb || (na == nb && e.a < e.b);
    const uint32_t shorter = uf->Find(a_shorter ? e.a : e.b);
    const uint32_t longer = uf->Find(a_shorter ? e.b : e.a);
    if (shorter != longer) holders[shorter].insert(longer);
  }
  std::vector<std::pair<uint32_t, uint32_t>> joins;
  for (const auto& [shorter, held_by] : holders) {
    if (held_by.size() == 1) {
      joins.push_back({shorter, *held_by.begin()});
    } else {
      ++stats->containment_ambiguous;
    }
  }
  std::sort(joins.begin(), joins.end());  // Deterministic order.
  for (const auto& [shorter, longer] : joins) {
    if (uf->Union(shorter, longer)) ++stats->containment_joined;
  }
}

}  // namespace

std::vector<uint32_t> ClusterClaims(ClaimTable* claim_table, const ClaimTable& joined,
                                    const ClusterOptions& options, int threads,
                                    ClusterStats* stats) {
  const ClaimTable& claims = *claim_table;
  const MatchItems items(claims, joined);
  UnionFind uf(items.size());
  std::vector<uint64_t> same_key;
  const std::vector<uint32_t> reps = GroupBySetKey(items, &same_key);
  stats->lsh_items = reps.size();
  CandidateOptions candidate_options = options.candidates;
  candidate_options.threads = threads;
  // The estimate filter runs as pairs are found, so hopeless pairs are never stored.
  int64_t dropped = 0;
  const std::vector<uint64_t> pairs = CandidatePairs(
      items.signatures(), options.lsh, reps, candidate_options,
      [&](uint32_t a, uint32_t b) { return WorthVerifying(items, a, b, options); }, &dropped);
  stats->candidate_pairs = pairs.size() + dropped;
  stats->estimate_skipped += dropped;
  std::vector<uint8_t>().swap(claim_table->signatures);  // Not read again.
  std::vector<Edge> duplicate_edges;
  ConfirmDuplicates(items, same_key, options, &uf, &duplicate_edges, stats);
  std::vector<uint64_t>().swap(same_key);
  std::vector<Edge> edges = VerifyCandidates(items, pairs, options, threads);
  // A claim that matched one part of a split quote is also a candidate for the joined quote
  // (LSH alone finds a truncated copy of the whole only by chance).
  absl::flat_hash_map<uint32_t, uint32_t> joined_of_group;  // First part -> joined item.
  for (uint32_t j = static_cast<uint32_t>(items.num_claims()); j < items.size(); ++j) {
    joined_of_group[items.group(j)] = j;
  }
  std::vector<uint64_t> inherited;
  for (const std::vector<Edge>* list : {&edges, &duplicate_edges}) {
    for (const Edge& e : *list) {
      for (const auto& [part, other] : {std::pair{e.a, e.b}, std::pair{e.b, e.a}}) {
        if (items.is_joined(part) || items.is_joined(other)) continue;
        auto it = joined_of_group.find(claims.group[part]);
        if (it == joined_of_group.end() || claims.group[other] == claims.group[part]) continue;
        inherited.push_back((static_cast<uint64_t>(std::min(it->second, other)) << 32) |
                            std::max(it->second, other));
      }
    }
  }
  std::sort(inherited.begin(), inherited.end());
  inherited.erase(std::unique(inherited.begin(), inherited.end()), inherited.end());
  std::vector<uint64_t> extra;
  std::set_difference(inherited.begin(), inherited.end(), pairs.begin(), pairs.end(),
                      std::back_inserter(extra));
  stats->candidate_pairs += extra.size();
  // Few (split quotes only), and verified without an estimate: the signatures are gone.
  const std::vector<Edge> extra_edges = VerifyCandidates(items, extra, options, threads);
  edges.insert(edges.end(), extra_edges.begin(), extra_edges.end());
  for (const Edge& e : edges) {
    if (e.match != Match::kJaccard) continue;
    uf.Union(e.a, e.b);
    ++stats->jaccard_edges;
  }
  ApplyContainment(items, edges, &uf, stats);
  // A joined quote that met a claim outside its own quote brings all its parts along.
  const uint32_t n = static_cast<uint32_t>(items.num_claims());
  std::vector<uint32_t> claims_in_root(items.size(), 0);
  for (uint32_t i = 0; i < n; ++i) ++claims_in_root[uf.Find(i)];
  for (uint32_t j = n; j < items.size(); ++j) {
    const uint32_t first = items.group(j);
    uint32_t parts = 0, parts_in_root = 0;
    const uint32_t root = uf.Find(j);
    for (uint32_t p = first; p < n && claims.group[p] == first; ++p) {
      ++parts;
      parts_in_root += uf.Find(p) == root;
    }
    if (claims_in_root[root] > parts_in_root) {
      for (uint32_t p = first; p < first + parts; ++p) uf.Union(p, j);
    }
  }
  std::vector<uint32_t> cluster(n);
  for (uint32_t i = 0; i < n; ++i) cluster[i] = uf.Find(i);
  return cluster;
}

}  // namespace claimdup
