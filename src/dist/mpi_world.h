// MpiWorld: the processes (ranks) of one job started by `mpirun` or Slurm's `srun`.
//
// A run is distributed only when the launcher says so (LaunchedByMpiLauncher); otherwise
// claimdup never touches MPI. The MPI calls the distributed jobs need are wrapped here (one
// thread at a time may call them: MPI_THREAD_SERIALIZED): agreeing on a status (so a failure
// on one rank stops every rank with the same error instead of leaving the others waiting),
// and sending byte strings of any size. Waits sleep instead of spinning, so ranks that share
// a machine's cores leave them to the ranks that work. Built without MPI (CLAIMDUP_HAVE_MPI unset), Init() fails with a message saying
// so.
#ifndef CLAIMDUP_DIST_MPI_WORLD_H_
#define CLAIMDUP_DIST_MPI_WORLD_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace claimdup {

// True when this process was started as one rank of an MPI job: the launcher's environment
// (Open MPI's OMPI_COMM_WORLD_SIZE, PMIx's PMIX_RANK, PMI's PMI_SIZE as set by srun) is set.
bool LaunchedByMpiLauncher();

// The cores one rank of the job may use: Slurm's --cpus-per-task when set, else this
// machine's cores divided by the job's ranks on it (from the launcher's environment).
int CoresPerRank();

class MpiWorld {
 public:
  // Initializes MPI (once per process); MPI is finalized when the object is destroyed.
  static absl::StatusOr<std::unique_ptr<MpiWorld>> Init();
  ~MpiWorld();
  MpiWorld(const MpiWorld&) = delete;
  MpiWorld& operator=(const MpiWorld&) = delete;

  int rank() const { return rank_; }
  int size() const { return size_; }
  bool root() const { return rank_ == 0; }

  // Collective: every rank passes its own status and gets back the same one: OK when all
  // are OK, else the error of the failing rank with the smallest `order` (then the smallest
  // rank), so the message is the one a single process would have stopped at.
  absl::Status Agree(const absl::Status& local, int64_t order = 0);
  // Collective: every rank gets rank 0's status.
  absl::Status BroadcastFromRoot(const absl::Status& root_status);
  // Collective sum of one count.
  int64_t SumAll(int64_t value);
  // Collective: every rank passes as many values and gets all ranks' values, rank 0's first.
  std::vector<int64_t> AllGather(const std::vector<int64_t>& mine);

  // Collective: every rank gets rank 0's `*bytes` (of any size) in *bytes.
  void BroadcastBytes(std::string* bytes);
  // Collective: every rank passes a buffer of `size` bytes and gets rank 0's bytes in it.
  // Call after an exchange that all ranks have reached (BroadcastBytes): it waits busily.
  void BroadcastBuffer(void* data, size_t size);
  // Collective: every rank passes one byte string per rank (to[r] goes to rank r) and gets
  // one from each rank (result[r] came from rank r), of any size. The string to this rank
  // itself is moved, not copied; pass `to` with std::move so the others are not copied either.
  std::vector<std::string> AllToAll(std::vector<std::string> to);

  // Point to point, in order between a pair of ranks: `bytes` of any size. Both wait
  // until the other side takes part.
  void Send(int dest, absl::string_view bytes);
  std::string Receive(int source);

  // The bytes this rank has sent and received so far through BroadcastBytes, AllToAll, Send
  // and Receive (what a run moves between ranks, for --verbose): a broadcast counts its
  // bytes once per other rank on rank 0 and once on each other rank; an all-to-all, the
  // strings to and from the other ranks.
  int64_t bytes_sent() const { return bytes_sent_; }
  int64_t bytes_received() const { return bytes_received_; }

 private:
  MpiWorld(int rank, int size) : rank_(rank), size_(size) {}
  absl::Status Broadcast(int root, const absl::Status& status);

  int rank_ = 0;
  int size_ = 1;
  int64_t bytes_sent_ = 0;
  int64_t bytes_received_ = 0;
};

}  // namespace claimdup

#endif  // CLAIMDUP_DIST_MPI_WORLD_H_
