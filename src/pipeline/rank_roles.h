// Which ranks of an MPI job share the matching work (LSH bands, proposal ranges, anchor gram
// and word ranges, verification and relation slices, clusters.jsonl ranges).
//
// Rank 0 also does the run's lone work (roots, summaries, reports, packing), during which the
// others wait. With many ranks it takes no share, so that its lone work starts as early as
// possible; with few (N <= kRankZeroWorksUpTo) it takes one, since at N = 2 the one other rank
// would otherwise do all of the matching while rank 0 waits (docs/cluster_rounds.md, mpi18).
// The working ranks are always a contiguous run of ranks: first, first + 1, ..., N - 1.
#ifndef CLAIMDUP_PIPELINE_RANK_ROLES_H_
#define CLAIMDUP_PIPELINE_RANK_ROLES_H_

#include <cstddef>
#include <cstdlib>

namespace claimdup {

// The most ranks at which rank 0 takes a share of the matching. 2, argued in
// docs/cluster_rounds.md (mpi18): from the 16-core stage times, a share for rank 0 would
// take about 10% off N = 2's wall time, 4% off N = 3's and 3% off N = 4's, while rank 0,
// which holds every claim and so bounds the job's memory, keeps its signatures, band rows
// and words for it (+23 MB, +20% of its peak on the real dev half at N = 4, measured).
inline constexpr int kRankZeroWorksUpTo = 2;

struct WorkingRanks {
  int first = 0;  // 0 or 1.
  int count = 1;  // first + count == the number of ranks.

  bool Has(int rank) const { return rank >= first; }
  // Rank `rank`'s place among the working ranks (0 .. count - 1); rank must work.
  int Index(int rank) const { return rank - first; }
  // The rank at place `index` among the working ranks.
  int Rank(int index) const { return first + index; }
  // The [begin, end) share of `n` things (in order) of working rank `rank`; empty when it
  // does not work.
  size_t Begin(size_t n, int rank) const {
    return Has(rank) ? n * static_cast<size_t>(Index(rank)) / static_cast<size_t>(count) : 0;
  }
  size_t End(size_t n, int rank) const {
    return Has(rank) ? n * static_cast<size_t>(Index(rank) + 1) / static_cast<size_t>(count) : 0;
  }
};

// The most ranks at which rank 0 works: kRankZeroWorksUpTo, or
// CLAIMDUP_MPI_RANK_ZERO_WORKS_UP_TO when set (tests and measurements take either path at
// any N; every rank of a job must see the same value).
inline int RankZeroWorksUpTo() {
  static const int value = [] {
    const char* v = std::getenv("CLAIMDUP_MPI_RANK_ZERO_WORKS_UP_TO");
    return v == nullptr || *v == '\0' ? kRankZeroWorksUpTo
                                      : static_cast<int>(std::strtol(v, nullptr, 10));
  }();
  return value;
}

// The working ranks of a job of `ranks` ranks (at least 1): all when ranks <=
// RankZeroWorksUpTo(), else ranks 1 .. ranks - 1 (a lone rank always works).
inline WorkingRanks WorkingRanksOf(int ranks) {
  if (ranks == 1 || ranks <= RankZeroWorksUpTo()) return {0, ranks};
  return {1, ranks - 1};
}

}  // namespace claimdup

#endif  // CLAIMDUP_PIPELINE_RANK_ROLES_H_
