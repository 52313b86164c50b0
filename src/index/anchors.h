// Word-run anchors: candidate pairs for excerpts of any length ratio.
//
// LSH on MinHash proposes pairs of similar Jaccard; an excerpt (12 words quoted out of a
// 60-word statement) has a Jaccard of 0.2 with its source and is never proposed. Anchors
// find such pairs from the words themselves: every item posts, and queries with, the
// winnowed few of its k-word runs ("grams"; k 16-bit tokens fit one 64-bit key exactly): the
// smallest hash in every `window` consecutive grams. Winnowing picks a gram from the words
// of its window alone, so an item of at least `window` grams held word for word inside a
// longer one picks only grams the longer one picks too (Schleimer et al., 2003), and an
// item with a typo or an ellipsis still shares its picks away from the edit. An item with
// fewer grams picks its smallest one, which a container need not pick, so every item also
// posts (without querying) each of its grams that such a short item picks. A query pairs
// its item only with the `max_holders` longest items posting that gram (the possible
// containers), and a gram posted by more than `max_df` items is a stock phrase that
// proposes nothing (passim's max-DF): the work is linear in the grams picked, whatever the
// corpus repeats. Window 3 picks half the grams: a shared stretch of 6 words is found
// whatever surrounds it (window 4 posts a fifth fewer but lost excerpts with a word
// changed on real news). Pairs are only proposals:
// verification (cluster/verify.h) decides.
#ifndef CLAIMDUP_INDEX_ANCHORS_H_
#define CLAIMDUP_INDEX_ANCHORS_H_

#include <cstdint>
#include <functional>
#include <vector>

#include "absl/functional/function_ref.h"
#include "absl/types/span.h"
#include "text/shingle.h"

namespace claimdup {

struct AnchorOptions {
  int gram = 4;         // Words per anchor (at most 4: one 64-bit key).
  int window = 3;       // Winnowing window: an item picks ~2/(window+1) of its grams.
  int max_df = 500;     // A gram posted by more items proposes no pair.
  int max_holders = 8;  // A query meets at most this many of a gram's longest items.
  // A pair must be proposed by this many of the shorter item's query grams (or all of
  // them, when it has fewer): one shared gram is a common phrase, a shared stretch of
  // words gives several.
  int min_shared_queries = 2;
  int threads = 1;
};

// The normalized words of item `id`.
using TokensOf = std::function<absl::Span<const WordToken>(uint32_t id)>;

// Candidate pairs (a < b, as a << 32 | b, sorted, unique) between each of `items` and the
// items at least as long (in words) that pick one of its grams. Items with fewer
// words than options.gram post and query nothing. Proposals made by too few of the shorter
// item's query grams are counted in *dropped (may be null). Callers test the pairs they keep
// with FilterContainerPairs.
std::vector<uint64_t> AnchorPairs(absl::Span<const uint32_t> items, const TokensOf& tokens,
                                  const AnchorOptions& options, int64_t* dropped = nullptr);

// The query grams of a word sequence, as positions of the grams' first words: the winnowed
// minima (rightmost on ties), or the smallest gram when there are fewer than `window`.
std::vector<uint32_t> QueryGrams(absl::Span<const WordToken> words, const AnchorOptions& options);

// The pieces of AnchorPairs, for callers that post grams elsewhere (a distributed run,
// pipeline/distributed_anchors.h): the 32-bit hash of the `gram` words at words[i], and the
// winnowed minima of a sequence of gram hashes (positions, rightmost on ties; the smallest
// when there are fewer than `window`) into *picked.
uint32_t GramHash(absl::Span<const WordToken> words, size_t i, int gram);
void Winnow(absl::Span<const uint32_t> hash, int window, std::vector<uint32_t>* picked);

// Gram entries are (gram hash << 32 | item), or (gram hash << 32 | kAnchorPostOnly | item)
// for a gram the item posts without querying with it.
inline constexpr uint64_t kAnchorPostOnly = uint64_t{1} << 31;

// Words per item id, as anchors read them: for each poster of every queried gram, so the
// reads scatter over all items. A byte per item (255: see the full count) keeps them in
// cache where a 4-byte array of a large run does not.
class ItemLengths {
 public:
  ItemLengths() = default;
  // `full`: words by item id.
  explicit ItemLengths(std::vector<uint32_t> full);
  uint32_t operator[](uint32_t id) const {
    const uint8_t s = small_[id];
    return s < kSaturated ? s : full_[id];
  }
  size_t size() const { return full_.size(); }

 private:
  static constexpr uint8_t kSaturated = 255;
  std::vector<uint32_t> full_;
  std::vector<uint8_t> small_;
};

// For each gram of `sorted` (entries sorted by gram hash, each gram's query entries and its
// post-only entries in ascending item order: sorted as integers, or stably by hash from
// entries made in item order) that an item queries with and
// 2..max_df distinct items post: on_gram(its queriers, in order, an item picking it twice
// twice; its max_holders longest posters, longest first). `length` is words by item id.
void ForEachQueriedGram(
    absl::Span<const uint64_t> sorted, const ItemLengths& length, const AnchorOptions& options,
    absl::FunctionRef<void(absl::Span<const uint32_t> queriers, absl::Span<const uint32_t> holders)>
        on_gram);

// Whether a query item proposes `holder`: another item at least as long.
inline bool MayHold(const ItemLengths& length, uint32_t query, uint32_t holder) {
  return holder != query && length[holder] >= length[query];
}

// For one query item and the holders its query grams proposed (one entry per proposing
// gram, any order; sorted in place), the pairs (min << 32 | max) proposed by
// min_shared_queries of its grams (or all `queries` of them, when it has fewer) into
// *found; the other holders are counted in *short_of.
void CountQueryProposals(uint32_t query, absl::Span<uint32_t> holders, size_t queries,
                         const AnchorOptions& options, std::vector<uint64_t>* found,
                         int64_t* short_of);

// Of (query << 32 | holder) proposals sorted as integers, the pairs (min << 32 | max)
// proposed by min_shared_queries of the query's grams (or all of them, when it has fewer:
// queries_of(query)) into *found; the others are counted in *short_of.
void CountProposals(absl::Span<const uint64_t> sorted,
                    absl::FunctionRef<size_t(uint32_t query)> queries_of,
                    const AnchorOptions& options, std::vector<uint64_t>* found, int64_t* short_of);

// Sorts *pairs and drops repeats.
void SortUniquePairs(std::vector<uint64_t>* pairs);

// A test of a proposed (shorter, longer) pair, e.g. whether enough words are shared at all.
using ContainerFilter = std::function<bool(uint32_t shorter, uint32_t longer)>;

// Drops from *pairs the ones `keep` refuses, asked once each as keep(shorter, longer), the
// shorter being the item of fewer words by `length` (the lower id on ties), on `threads`
// threads; counted in *dropped. The order of the others is kept.
void FilterContainerPairs(std::vector<uint64_t>* pairs,
                          absl::FunctionRef<uint32_t(uint32_t id)> length,
                          const ContainerFilter& keep, int threads, int64_t* dropped);

}  // namespace claimdup

#endif  // CLAIMDUP_INDEX_ANCHORS_H_
