// Where a distributed run's MinHash signatures live: on the rank that sketched them (their
// home), never gathered on rank 0.
//
// Each rank keeps its own claims' signatures and shingle counts (HomeSignatures) in the
// order it made them; rank 0 records which rank sketched each run of the run's claim rows
// (HomeRun, in input order). When LSH starts, every rank learns each item's home rank and row
// there (ItemHomes, from rank 0's runs, the rows that outlived the boilerplate filter and the
// items), so band rows are sent by the ranks holding the signatures and whole signatures are
// fetched from their homes (FetchSignatures) by the ranks that need them
// (pipeline/distributed_lsh.h). Above a few ranks (pipeline/rank_roles.h) rank 0, whose lone
// work bounds the run, keeps none when LSH starts: its own claims' signatures move to rank 1
// (after rank 1's own rows, which hold the next claims when each rank read its share) and
// the joined split quotes', sketched on rank 0 alone, to the last rank (after its own, and
// after rank 0's when that is rank 1), so rank 0 sends no band rows and serves no fetches.
// At few ranks rank 0 works like the others and keeps its own and the joined quotes'.
#ifndef CLAIMDUP_PIPELINE_DISTRIBUTED_SIGNATURES_H_
#define CLAIMDUP_PIPELINE_DISTRIBUTED_SIGNATURES_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/types/span.h"
#include "core/claim_table.h"
#include "dist/mpi_world.h"
#include "pipeline/home_tokens.h"

namespace claimdup {

// One rank's signatures, in the order it sketched its claims: in blocks of 4,096 (1 MB at
// K = 128), so the column grows without copying and without room left over.
class HomeSignatures {
 public:
  // Moves the signatures of `batch` (a table of num_perms x signature_bits signatures) here
  // and copies its shingle counts; the batch goes on without signatures.
  void Take(ClaimTable* batch);
  // Appends `count` signatures of `bytes` bytes each, one after the other, and their counts.
  void Add(const uint8_t* signatures, const uint32_t* shingle_counts, size_t count,
           size_t bytes);
  // Appends rows [lo, hi) to *out as AddRows reads them back: the row count, every
  // signature, then every shingle count.
  void PutRows(size_t lo, size_t hi, std::string* out) const;
  // Appends the rows of a PutRows message (`bytes` bytes a signature) after this rank's own.
  void AddRows(absl::string_view message, size_t bytes);
  // After the last Take or Add: gives back the room the counts grew into.
  void Seal() { shingle_counts_.shrink_to_fit(); }
  void Clear();

  size_t size() const { return shingle_counts_.size(); }
  const uint8_t* signature(size_t row) const {
    return blocks_[row >> kBlockShift].data() + (row & (kBlockRows - 1)) * bytes_;
  }
  uint32_t shingle_count(size_t row) const { return shingle_counts_[row]; }

 private:
  static constexpr int kBlockShift = 12;
  static constexpr size_t kBlockRows = size_t{1} << kBlockShift;
  size_t bytes_ = 0;  // Per signature.
  std::vector<std::vector<uint8_t>> blocks_;
  std::vector<uint32_t> shingle_counts_;  // By row.
  std::vector<uint8_t> taken_;            // Take's scratch.
};

// Each LSH item's home, known to every rank.
struct ItemHomes {
  int num_perms = 0;
  int bits = 16;
  std::vector<uint32_t> items;       // Item ids, ascending (by position).
  std::vector<uint16_t> home;        // By position: the rank holding its signature.
  std::vector<uint32_t> row;         // By position: its row in that rank's HomeSignatures.
  std::vector<uint32_t> position_of;  // By item id (up to the largest): its position.
  size_t claims = 0;                 // Positions [0, claims) are claims, the rest joined quotes.
  bool homes_ascending = false;      // The claims' homes never go down with position.
  size_t bytes() const { return static_cast<size_t>(num_perms) * (bits / 8); }
};

// `count` consecutive claim rows of the run (before boilerplate removal) sketched by `rank`.
struct HomeRun {
  int64_t rank = 0;
  int64_t count = 0;
};

// What rank 0 knows of the homes (the others: nothing until LSH shares it).
struct SignatureHomes {
  HomeSignatures mine;
  std::vector<HomeRun> runs;               // Rank 0: every claim row's home, in row order.
  const std::vector<bool>* kept = nullptr;  // Rank 0: rows that outlived the boilerplate filter
                                            // (empty: all).
  // Rank 0: appends `count` rows of `rank` after the others.
  void AddRun(int rank, int64_t count);
  // With word-run anchors (set on every rank before extraction: the anchors will run), the
  // other ranks keep their own claims' words by row of `mine` (pipeline/home_tokens.h), and
  // every rank keeps LSH's ItemHomes until the anchors have read them
  // (pipeline/distributed_anchors.h).
  bool keep_tokens = false;
  HomeTokens tokens;
  ItemHomes items;
};

// Collective, rank 0 first: rank 0 passes `homes` (its runs and kept rows), the items (claims
// 0..n-1 after boilerplate removal, then the joined split quotes n.., with their signatures
// and shingle counts: `joined`, `joined_shingles`), num_perms and bits; the other ranks pass
// their `homes` only. Every rank gets the same ItemHomes; when rank 0 does not work
// (pipeline/rank_roles.h), its signatures and the joined quotes' move to ranks 1 and N - 1
// (homes->mine there; rank 0's is left empty), which the ItemHomes name as their homes; a
// working rank 0 keeps its own and the joined quotes' (after its own rows).
ItemHomes ShareItemHomes(MpiWorld* world, SignatureHomes* homes, absl::Span<const uint32_t> items,
                         absl::Span<const uint8_t> joined,
                         absl::Span<const uint32_t> joined_shingles, int num_perms, int bits);

// Whole signatures and shingle counts, in the order they were asked for.
struct FetchedSignatures {
  std::vector<uint8_t> signatures;
  std::vector<uint32_t> shingle_counts;
};

// Collective: each rank asks for the items at `positions` (any homes, its own included; any
// order) and gets their signatures and shingle counts in that order, while it answers the
// others' requests for its own rows from `mine`. In rounds of at most 16,384 items a rank
// (CLAIMDUP_MPI_FETCH_ITEMS, for tests, sets fewer), so the exchange buffers stay small.
FetchedSignatures FetchSignatures(MpiWorld* world, const ItemHomes& homes,
                                  const HomeSignatures& mine,
                                  absl::Span<const uint32_t> positions);

}  // namespace claimdup

#endif  // CLAIMDUP_PIPELINE_DISTRIBUTED_SIGNATURES_H_
