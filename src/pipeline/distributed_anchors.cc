#include "pipeline/distributed_anchors.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "absl/container/flat_hash_set.h"
#include "core/radix_sort.h"
#include "pipeline/rank_bytes.h"
#include "pipeline/rank_roles.h"
#include "util/run_on_threads.h"

namespace claimdup {
namespace {

constexpr uint64_t kPostOnly = kAnchorPostOnly;

// The uint64 arrays received from every rank, concatenated and sorted; each rank's bytes are
// freed once copied, so the list and all the bytes are not held at once.
std::vector<uint64_t> SortedArrays(std::vector<std::string>* received) {
  size_t total = 0;
  for (const std::string& bytes : *received) total += bytes.size() / sizeof(uint64_t);
  std::vector<uint64_t> list;
  list.reserve(total);
  for (std::string& bytes : *received) {
    RankBytesReader in(bytes);
    const size_t n = in.left() / sizeof(uint64_t);
    list.resize(list.size() + n);
    in.GetArray(list.data() + list.size() - n, n);
    std::string().swap(bytes);
  }
  RadixSortInPlace(absl::MakeSpan(list));
  return list;
}

// One byte string per rank from per-rank lists (several lists per rank: one per thread),
// each list freed once copied.
std::vector<std::string> BytesByRank(std::vector<std::vector<std::vector<uint64_t>>>* lists,
                                     int ranks) {
  std::vector<std::string> bytes(ranks);
  for (int r = 0; r < ranks; ++r) {
    for (std::vector<std::vector<uint64_t>>& of_part : *lists) {
      PutArray(&bytes[r], of_part[r].data(), of_part[r].size());
      std::vector<uint64_t>().swap(of_part[r]);
    }
  }
  return bytes;
}

[[noreturn]] void Inconsistent() {
  std::fprintf(stderr, "claimdup: internal error: the anchors' items are not LSH's\n");
  std::abort();
}

// Every item's length, known to every rank, and which rank holds which items' words: the
// item's home in LSH (ItemHomes, kept by every rank since).
struct ItemLayout {
  const ItemHomes* homes = nullptr;
  ItemLengths length;  // By item id (dense up to the largest id).
  int HomeOf(uint32_t id) const { return homes->home[homes->position_of[id]]; }
};

// Rank 0 broadcasts every item's length, in LSH's item order.
ItemLayout ShareLayout(MpiWorld* world, const ItemHomes& homes, absl::Span<const uint32_t> items,
                       const TokensOf* tokens) {
  std::string bytes;
  if (world->root()) {
    if (!std::equal(items.begin(), items.end(), homes.items.begin(), homes.items.end())) {
      Inconsistent();
    }
    for (const uint32_t id : items)
      Put<uint32_t>(&bytes, static_cast<uint32_t>((*tokens)(id).size()));
  }
  world->BroadcastBytes(&bytes);
  RankBytesReader in(bytes);
  ItemLayout layout;
  layout.homes = &homes;
  const size_t n = homes.items.size();
  if (in.left() != n * sizeof(uint32_t)) Inconsistent();
  std::vector<uint32_t> length(n == 0 ? 0 : size_t{homes.items.back()} + 1, 0);
  for (const uint32_t id : homes.items) length[id] = in.Get<uint32_t>();
  layout.length = ItemLengths(std::move(length));
  return layout;
}

// This rank's items (those whose home it is) and their words.
struct OwnWords {
  std::vector<uint32_t> ids;
  std::vector<size_t> start;  // ids.size() + 1 offsets into tokens.
  std::vector<WordToken> tokens;
  absl::Span<const WordToken> words(size_t k) const {
    return absl::MakeConstSpan(tokens.data() + start[k], start[k + 1] - start[k]);
  }
};

// Each rank's words are those of the items whose home it is: a rank's own claims from
// homes->tokens; rank 0 sends only the words of the rows that moved from it in LSH (its own
// claims and the joined quotes, pipeline/distributed_signatures.h), each rank's in one
// message, in item order. A working rank 0 reads its items' words from `tokens`. Frees
// homes->tokens.
OwnWords ShareWords(MpiWorld* world, SignatureHomes* homes, const ItemLayout& layout,
                    const TokensOf* tokens) {
  const ItemHomes& at = *layout.homes;
  const int rank = world->rank(), ranks = world->size();
  const size_t n = at.items.size();
  // Rows a rank sketched itself (rank 0 knows them from its runs; each other rank counts
  // its own): an item at a later row of its home came from rank 0.
  std::vector<uint64_t> own_rows(ranks, 0);
  if (world->root()) {
    for (const HomeRun& run : homes->runs) own_rows[run.rank] += static_cast<uint64_t>(run.count);
    std::vector<std::string> moved(ranks);
    std::vector<bool> any_moved(ranks, false);  // Even an item without words needs a message.
    for (size_t p = 0; p < n; ++p) {
      const int home = at.home[p];
      if (home == 0 || at.row[p] < own_rows[home]) continue;
      any_moved[home] = true;
      const absl::Span<const WordToken> w = (*tokens)(at.items[p]);
      PutArray(&moved[home], w.data(), w.size());
    }
    for (int r = 1; r < ranks; ++r) {
      if (any_moved[r]) world->Send(r, moved[r]);
      std::string().swap(moved[r]);
    }
  }
  own_rows[rank] = homes->tokens.size();
  OwnWords own;
  own.start.push_back(0);
  for (size_t p = 0; p < n; ++p) {
    if (at.home[p] != rank) continue;
    own.ids.push_back(at.items[p]);
    own.start.push_back(own.start.back() + layout.length[at.items[p]]);
  }
  own.tokens.resize(own.start.back());
  std::string from_zero;
  if (!world->root()) {
    // A message only when some item moved here, as rank 0 sends one.
    bool any = false;
    for (size_t p = 0; p < n && !any; ++p) any = at.home[p] == rank && at.row[p] >= own_rows[rank];
    if (any) from_zero = world->Receive(0);
  }
  RankBytesReader in(from_zero);
  size_t k = 0;
  for (size_t p = 0; p < n; ++p) {
    if (at.home[p] != rank) continue;
    WordToken* to = own.tokens.data() + own.start[k];
    const size_t length = own.start[k + 1] - own.start[k];
    ++k;
    if (world->root()) {
      const absl::Span<const WordToken> w = (*tokens)(at.items[p]);
      std::copy(w.begin(), w.end(), to);
    } else if (at.row[p] < own_rows[rank]) {
      const absl::Span<const WordToken> w = homes->tokens.words(at.row[p]);
      if (w.size() != length) Inconsistent();
      std::copy(w.begin(), w.end(), to);
    } else {
      in.GetArray(to, length);
    }
  }
  if (!in.done()) Inconsistent();
  homes->tokens.Clear();
  return own;
}

// The grams short items (fewer grams than a window) pick, over every rank's items.
absl::flat_hash_set<uint32_t> ShortPicksOfAllRanks(MpiWorld* world, const OwnWords& own,
                                                   const AnchorOptions& options) {
  const size_t shortest = options.gram, longest = options.gram + options.window - 2;
  std::string picks;
  for (size_t k = 0; k < own.ids.size(); ++k) {
    const absl::Span<const WordToken> words = own.words(k);
    if (words.size() < shortest || words.size() > longest) continue;
    uint32_t smallest = UINT32_MAX;
    for (size_t i = 0; i + options.gram <= words.size(); ++i) {
      smallest = std::min(smallest, GramHash(words, i, options.gram));
    }
    Put<uint32_t>(&picks, smallest);
  }
  const std::vector<std::string> all =
      world->AllToAll(std::vector<std::string>(world->size(), picks));
  absl::flat_hash_set<uint32_t> set;
  for (const std::string& bytes : all) {
    RankBytesReader in(bytes);
    while (!in.done()) set.insert(in.Get<uint32_t>());
  }
  return set;
}

// The rank owning the gram of `entry`: one of the working ranks (pipeline/rank_roles.h), by
// the gram hash's top byte.
int GramOwner(uint64_t entry, const WorkingRanks& working) {
  return working.Rank(static_cast<int>((entry >> 56) % static_cast<uint64_t>(working.count)));
}

// This rank's entries (AnchorPairs's: gram hash << 32 | item, kPostOnly for a post without
// query), to their grams' owners; *queries gets each own item's query grams (saturating).
std::vector<std::string> EntriesByOwner(const OwnWords& own, const AnchorOptions& options,
                                        const absl::flat_hash_set<uint32_t>& short_picks, int ranks,
                                        int threads, std::vector<uint8_t>* queries) {
  queries->assign(own.ids.size(), 0);
  const WorkingRanks working = WorkingRanksOf(ranks);
  std::vector<std::vector<std::vector<uint64_t>>> out(threads,
                                                      std::vector<std::vector<uint64_t>>(ranks));
  RunOnThreads(threads, [&](int t) {
    const size_t lo = own.ids.size() * t / threads, hi = own.ids.size() * (t + 1) / threads;
    std::vector<uint32_t> hash, picked;
    for (size_t k = lo; k < hi; ++k) {
      const uint32_t id = own.ids[k];
      const absl::Span<const WordToken> words = own.words(k);
      if (words.size() < static_cast<size_t>(options.gram)) continue;
      hash.resize(words.size() - options.gram + 1);
      for (size_t i = 0; i < hash.size(); ++i) hash[i] = GramHash(words, i, options.gram);
      Winnow(hash, options.window, &picked);
      (*queries)[k] = static_cast<uint8_t>(std::min<size_t>(picked.size(), 255));
      size_t next_pick = 0;
      for (size_t i = 0; i < hash.size(); ++i) {
        uint64_t entry = 0;
        if (next_pick < picked.size() && picked[next_pick] == i) {
          entry = (uint64_t{hash[i]} << 32) | id;
          ++next_pick;
        } else if (short_picks.contains(hash[i])) {
          entry = (uint64_t{hash[i]} << 32) | kPostOnly | id;
        } else {
          continue;
        }
        out[t][GramOwner(entry, working)].push_back(entry);
      }
    }
  });
  return BytesByRank(&out, ranks);
}

// The owner's side: each gram's (query item, holder) proposals, as AnchorPairs makes them,
// to the query item's rank.
// Frees *received.
std::vector<std::string> ProposalsByHome(std::vector<std::string>* received,
                                         const ItemLayout& layout, const AnchorOptions& options,
                                         int ranks) {
  const std::vector<uint64_t> list = SortedArrays(received);
  const ItemLengths& length = layout.length;
  std::vector<std::vector<std::vector<uint64_t>>> proposals(1);
  std::vector<std::vector<uint64_t>>& to = proposals[0];
  to.resize(ranks);
  ForEachQueriedGram(list, length, options,
                     [&](absl::Span<const uint32_t> queriers, absl::Span<const uint32_t> holders) {
                       int home = -1;
                       uint32_t home_of = UINT32_MAX;
                       for (const uint32_t id : queriers) {
                         if (id != home_of) home = layout.HomeOf(home_of = id);
                         for (const uint32_t other : holders) {
                           if (MayHold(length, id, other)) {
                             to[home].push_back((uint64_t{id} << 32) | other);
                           }
                         }
                       }
                     });
  return BytesByRank(&proposals, ranks);
}

// The query item's side: a holder proposed by enough of the item's query grams is a pair
// (min << 32 | max); the others are counted in *short_of. Frees *received.
std::vector<uint64_t> CountOwnProposals(std::vector<std::string>* received,
                                        const OwnWords& own, const std::vector<uint8_t>& queries,
                                        const AnchorOptions& options, int64_t* short_of) {
  std::vector<uint64_t> found;
  CountProposals(
      SortedArrays(received),
      [&](uint32_t id) {
        return size_t{
            queries[std::lower_bound(own.ids.begin(), own.ids.end(), id) - own.ids.begin()]};
      },
      options, &found, short_of);
  return found;
}

}  // namespace

std::vector<uint64_t> AnchorPairsOnRanks(MpiWorld* world, const AnchorOptions& options, int threads,
                                         SignatureHomes* homes, absl::Span<const uint32_t> items,
                                         const TokensOf* tokens, int64_t* dropped) {
  threads = std::max(1, threads);
  const int ranks = world->size();
  const ItemHomes item_homes = std::move(homes->items);
  homes->items = ItemHomes();
  const ItemLayout layout = ShareLayout(world, item_homes, items, tokens);
  OwnWords own = ShareWords(world, homes, layout, tokens);
  std::vector<uint8_t> queries;
  std::vector<std::string> to;
  {
    const absl::flat_hash_set<uint32_t> short_picks = ShortPicksOfAllRanks(world, own, options);
    to = EntriesByOwner(own, options, short_picks, ranks, threads, &queries);
  }
  std::vector<WordToken>().swap(own.tokens);  // Only ids and query counts are read now.
  std::vector<std::string> received = world->AllToAll(std::move(to));
  to = ProposalsByHome(&received, layout, options, ranks);
  received = world->AllToAll(std::move(to));
  int64_t short_of = 0;
  std::vector<uint64_t> found = CountOwnProposals(&received, own, queries, options, &short_of);
  // Unsorted: SortUniquePairs sorts the whole.
  found = GatherPairsAtRoot(world, std::move(found), &short_of, /*merge_sorted=*/false);
  if (!world->root()) return {};
  *dropped += short_of;
  SortUniquePairs(&found);
  return found;
}

}  // namespace claimdup
