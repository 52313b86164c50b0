#include "dist/mpi_world.h"

#include <algorithm>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <thread>

#include <unistd.h>

#include "absl/strings/numbers.h"

#ifdef CLAIMDUP_HAVE_MPI
#include <mpi.h>
#endif

namespace claimdup {
namespace {

bool EnvSet(const char* name) {
  const char* v = std::getenv(name);
  return v != nullptr && *v != '\0';
}

}  // namespace

bool LaunchedByMpiLauncher() {
  return EnvSet("OMPI_COMM_WORLD_SIZE") || EnvSet("PMIX_RANK") || EnvSet("PMI_SIZE") ||
         EnvSet("PMI_RANK");
}

namespace {

// A positive count from the environment, or 0.
int EnvCount(const char* name) {
  const char* v = std::getenv(name);
  int n = 0;
  return v != nullptr && absl::SimpleAtoi(v, &n) && n > 0 ? n : 0;
}

}  // namespace

int CoresPerRank() {
  if (const int cpus = EnvCount("SLURM_CPUS_PER_TASK"); cpus > 0) return cpus;
  int local_ranks = 1;
  for (const char* name : {"OMPI_COMM_WORLD_LOCAL_SIZE", "MPI_LOCALNRANKS"}) {
    if (const int n = EnvCount(name); n > 0) {
      local_ranks = n;
      break;
    }
  }
  const int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  return std::max(1, cores / local_ranks);
}

#ifdef CLAIMDUP_HAVE_MPI

namespace {

constexpr int kTagBytes = 17;
// Bytes per MPI call: counts are ints. CLAIMDUP_MPI_CHUNK_BYTES makes it smaller, so that
// tests send large messages in many pieces (several rounds of AllToAll) on small inputs.
const size_t kChunk = [] {
  const int bytes = EnvCount("CLAIMDUP_MPI_CHUNK_BYTES");
  return bytes > 0 ? static_cast<size_t>(bytes) : size_t{1} << 30;
}();

// Waits for `request` without holding a core. MPI's blocking calls spin; a rank that waits
// long (rank 0 for the others' batches, the others for rank 0's clustering) would take a
// core from the ranks that work whenever ranks share a machine's cores. Polls back off to 2 ms.
void WaitPatiently(MPI_Request* request) {
  int done = 0;
  for (int sleep_us = 20;; sleep_us = std::min(2 * sleep_us, 2000)) {
    MPI_Test(request, &done, MPI_STATUS_IGNORE);
    if (done) return;
    usleep(sleep_us);
  }
}

}  // namespace

absl::StatusOr<std::unique_ptr<MpiWorld>> MpiWorld::Init() {
  int provided = 0;
  // Batches are sent and received as they are made, by whichever thread consumes them in
  // order (pipeline/ordered_parallel.h): one thread at a time.
  if (MPI_Init_thread(nullptr, nullptr, MPI_THREAD_SERIALIZED, &provided) != MPI_SUCCESS) {
    return absl::InternalError("MPI_Init failed");
  }
  if (provided < MPI_THREAD_SERIALIZED) {
    MPI_Finalize();
    return absl::FailedPreconditionError(
        "this MPI library gives no thread support (MPI_THREAD_SERIALIZED)");
  }
  // MPI's own failures (a lost rank) end the job; claimdup's errors are agreed on (Agree).
  MPI_Comm_set_errhandler(MPI_COMM_WORLD, MPI_ERRORS_ARE_FATAL);
  int rank = 0, size = 1;
  MPI_Comm_rank(MPI_COMM_WORLD, &rank);
  MPI_Comm_size(MPI_COMM_WORLD, &size);
  return std::unique_ptr<MpiWorld>(new MpiWorld(rank, size));
}

MpiWorld::~MpiWorld() { MPI_Finalize(); }

absl::Status MpiWorld::Agree(const absl::Status& local, int64_t order) {
  struct {
    long value;
    int rank;
  } mine{local.ok() ? LONG_MAX : static_cast<long>(order), rank_}, first{};
  MPI_Request request;
  MPI_Iallreduce(&mine, &first, 1, MPI_LONG_INT, MPI_MINLOC, MPI_COMM_WORLD, &request);
  WaitPatiently(&request);
  if (first.value == LONG_MAX) return absl::OkStatus();
  return Broadcast(first.rank, local);
}

absl::Status MpiWorld::BroadcastFromRoot(const absl::Status& root_status) {
  int failed = root() && !root_status.ok();
  MPI_Request request;
  MPI_Ibcast(&failed, 1, MPI_INT, 0, MPI_COMM_WORLD, &request);
  WaitPatiently(&request);
  if (!failed) return absl::OkStatus();
  return Broadcast(0, root_status);
}

absl::Status MpiWorld::Broadcast(int root, const absl::Status& status) {
  int code = static_cast<int>(status.code());
  MPI_Bcast(&code, 1, MPI_INT, root, MPI_COMM_WORLD);
  std::string message(status.message());
  long length = static_cast<long>(message.size());
  MPI_Bcast(&length, 1, MPI_LONG, root, MPI_COMM_WORLD);
  message.resize(length);
  MPI_Bcast(message.data(), static_cast<int>(length), MPI_CHAR, root, MPI_COMM_WORLD);
  return absl::Status(static_cast<absl::StatusCode>(code), message);
}

int64_t MpiWorld::SumAll(int64_t value) {
  long long in = value, out = 0;
  MPI_Allreduce(&in, &out, 1, MPI_LONG_LONG, MPI_SUM, MPI_COMM_WORLD);
  return out;
}

std::vector<int64_t> MpiWorld::AllGather(const std::vector<int64_t>& mine) {
  std::vector<long long> in(mine.begin(), mine.end()), out(mine.size() * size_);
  MPI_Request request;
  MPI_Iallgather(in.data(), static_cast<int>(in.size()), MPI_LONG_LONG, out.data(),
                 static_cast<int>(in.size()), MPI_LONG_LONG, MPI_COMM_WORLD, &request);
  WaitPatiently(&request);
  return std::vector<int64_t>(out.begin(), out.end());
}

void MpiWorld::BroadcastBytes(std::string* bytes) {
  unsigned long long size = bytes->size();
  MPI_Request request;
  MPI_Ibcast(&size, 1, MPI_UNSIGNED_LONG_LONG, 0, MPI_COMM_WORLD, &request);
  WaitPatiently(&request);  // Rank 0 may still be working.
  bytes->resize(size);
  if (root()) {
    bytes_sent_ += static_cast<int64_t>(size) * (size_ - 1);
  } else {
    bytes_received_ += static_cast<int64_t>(size);
  }
  // Every rank is here now: the bytes move in blocking calls, which keep MPI progressing
  // (a sleeping wait would stall a large message between its fragments).
  BroadcastBuffer(bytes->data(), bytes->size());
}

void MpiWorld::BroadcastBuffer(void* data, size_t size) {
  char* bytes = static_cast<char*>(data);
  for (size_t at = 0; at < size; at += kChunk) {
    const size_t n = std::min(kChunk, size - at);
    MPI_Bcast(bytes + at, static_cast<int>(n), MPI_BYTE, 0, MPI_COMM_WORLD);
  }
}

std::vector<std::string> MpiWorld::AllToAll(std::vector<std::string> to) {
  std::string own = std::move(to[rank_]);  // Stays here: not copied through MPI.
  to[rank_].clear();
  std::vector<unsigned long long> out_size(size_), in_size(size_);
  for (int r = 0; r < size_; ++r) out_size[r] = to[r].size();
  MPI_Request request;
  MPI_Ialltoall(out_size.data(), 1, MPI_UNSIGNED_LONG_LONG, in_size.data(), 1,
                MPI_UNSIGNED_LONG_LONG, MPI_COMM_WORLD, &request);
  WaitPatiently(&request);
  std::vector<std::string> from(size_);
  for (int r = 0; r < size_; ++r) from[r].resize(in_size[r]);
  for (int r = 0; r < size_; ++r) {
    if (r == rank_) continue;
    bytes_sent_ += static_cast<int64_t>(out_size[r]);
    bytes_received_ += static_cast<int64_t>(in_size[r]);
  }
  // Rounds of at most kChunk / size bytes per pair of ranks (MPI counts and offsets are
  // ints), as many on every rank as the largest message anywhere needs.
  unsigned long long largest = 0, largest_anywhere = 0;
  for (int r = 0; r < size_; ++r) largest = std::max({largest, out_size[r], in_size[r]});
  MPI_Allreduce(&largest, &largest_anywhere, 1, MPI_UNSIGNED_LONG_LONG, MPI_MAX, MPI_COMM_WORLD);
  const size_t per_pair = std::max<size_t>(1, kChunk / size_);
  std::vector<int> send_count(size_), send_at(size_), recv_count(size_), recv_at(size_);
  std::string send_buffer, recv_buffer;
  for (size_t done = 0; done == 0 || done < largest_anywhere; done += per_pair) {
    int send_total = 0, recv_total = 0;
    for (int r = 0; r < size_; ++r) {
      const size_t to_go = to[r].size() - std::min(done, to[r].size());
      const size_t to_come = from[r].size() - std::min(done, from[r].size());
      send_count[r] = static_cast<int>(std::min(per_pair, to_go));
      recv_count[r] = static_cast<int>(std::min(per_pair, to_come));
      send_at[r] = send_total;
      recv_at[r] = recv_total;
      send_total += send_count[r];
      recv_total += recv_count[r];
    }
    send_buffer.resize(send_total);
    recv_buffer.resize(recv_total);
    for (int r = 0; r < size_; ++r) {
      if (send_count[r] > 0) to[r].copy(send_buffer.data() + send_at[r], send_count[r], done);
    }
    // Every rank is here now (the sizes were exchanged): a blocking call keeps MPI
    // progressing between a large message's fragments, where a sleeping wait stalls them.
    MPI_Alltoallv(send_buffer.data(), send_count.data(), send_at.data(), MPI_BYTE,
                  recv_buffer.data(), recv_count.data(), recv_at.data(), MPI_BYTE, MPI_COMM_WORLD);
    for (int r = 0; r < size_; ++r) {
      if (recv_count[r] > 0) {
        std::copy_n(recv_buffer.data() + recv_at[r], recv_count[r], from[r].data() + done);
      }
    }
  }
  from[rank_] = std::move(own);
  return from;
}

void MpiWorld::Send(int dest, absl::string_view bytes) {
  unsigned long long size = bytes.size();
  bytes_sent_ += static_cast<int64_t>(size);
  MPI_Send(&size, 1, MPI_UNSIGNED_LONG_LONG, dest, kTagBytes, MPI_COMM_WORLD);
  for (size_t at = 0; at < bytes.size(); at += kChunk) {
    const size_t n = std::min(kChunk, bytes.size() - at);
    MPI_Request request;
    MPI_Isend(bytes.data() + at, static_cast<int>(n), MPI_BYTE, dest, kTagBytes, MPI_COMM_WORLD,
              &request);
    WaitPatiently(&request);  // Until rank 0 takes it, which may be long.
  }
}

std::string MpiWorld::Receive(int source) {
  unsigned long long size = 0;
  MPI_Request request;
  MPI_Irecv(&size, 1, MPI_UNSIGNED_LONG_LONG, source, kTagBytes, MPI_COMM_WORLD, &request);
  WaitPatiently(&request);  // The sender may still be working; the bytes follow at once.
  bytes_received_ += static_cast<int64_t>(size);
  std::string bytes(size, '\0');
  for (size_t at = 0; at < bytes.size(); at += kChunk) {
    const size_t n = std::min(kChunk, bytes.size() - at);
    MPI_Recv(bytes.data() + at, static_cast<int>(n), MPI_BYTE, source, kTagBytes, MPI_COMM_WORLD,
             MPI_STATUS_IGNORE);
  }
  return bytes;
}

#else  // !CLAIMDUP_HAVE_MPI

absl::StatusOr<std::unique_ptr<MpiWorld>> MpiWorld::Init() {
  return absl::FailedPreconditionError(
      "started by an MPI launcher, but this claimdup was built without MPI (install "
      "libopenmpi-dev and rebuild)");
}
MpiWorld::~MpiWorld() = default;
absl::Status MpiWorld::Agree(const absl::Status& local, int64_t) { return local; }
absl::Status MpiWorld::BroadcastFromRoot(const absl::Status& root_status) { return root_status; }
absl::Status MpiWorld::Broadcast(int, const absl::Status& status) { return status; }
int64_t MpiWorld::SumAll(int64_t value) { return value; }
std::vector<int64_t> MpiWorld::AllGather(const std::vector<int64_t>& mine) { return mine; }
void MpiWorld::BroadcastBytes(std::string*) {}
void MpiWorld::BroadcastBuffer(void*, size_t) {}
std::vector<std::string> MpiWorld::AllToAll(std::vector<std::string> to) { return to; }
void MpiWorld::Send(int, absl::string_view) {}
std::string MpiWorld::Receive(int) { return {}; }

#endif  // CLAIMDUP_HAVE_MPI

}  // namespace claimdup
