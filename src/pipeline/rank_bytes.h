// Plain values and arrays packed into the byte strings that ranks of one MPI job exchange
// (pipeline/distributed_lsh.h, pipeline/distributed_anchors.h): both ends are the same
// binary on the same kind of machine, so values travel in their memory layout. Also the
// gathering of every rank's candidate pairs at rank 0 that both use.
#ifndef CLAIMDUP_PIPELINE_RANK_BYTES_H_
#define CLAIMDUP_PIPELINE_RANK_BYTES_H_

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "dist/mpi_world.h"

namespace claimdup {

template <typename T>
void Put(std::string* out, const T& value) {
  out->append(reinterpret_cast<const char*>(&value), sizeof(T));
}
template <typename T>
void PutArray(std::string* out, const T* values, size_t n) {
  out->append(reinterpret_cast<const char*>(values), n * sizeof(T));
}

// Reads what Put wrote. The bytes come from another rank of this job: a short read is a bug,
// not bad input, and stops the job (mpirun then ends every rank).
class RankBytesReader {
 public:
  explicit RankBytesReader(absl::string_view bytes) : in_(bytes) {}
  template <typename T>
  T Get() {
    T value;
    GetArray(&value, 1);
    return value;
  }
  template <typename T>
  void GetArray(T* values, size_t n) {
    const size_t bytes = n * sizeof(T);
    if (in_.size() < bytes) {
      std::fprintf(stderr, "claimdup: internal error: a message between ranks is cut short\n");
      std::abort();
    }
    if (bytes > 0) std::memcpy(values, in_.data(), bytes);
    in_.remove_prefix(bytes);
  }
  bool done() const { return in_.empty(); }
  size_t left() const { return in_.size(); }

 private:
  absl::string_view in_;
};

// A vector or a string with its length before it; GetVector / GetString read it back.
template <typename T>
void PutVector(std::string* out, const std::vector<T>& v) {
  Put<uint64_t>(out, v.size());
  PutArray(out, v.data(), v.size());
}
inline void PutString(std::string* out, absl::string_view s) {
  Put<uint64_t>(out, s.size());
  PutArray(out, s.data(), s.size());
}
template <typename T>
void GetVector(RankBytesReader* in, std::vector<T>* v) {
  v->resize(in->Get<uint64_t>());
  in->GetArray(v->data(), v->size());
}
inline std::string GetString(RankBytesReader* in) {
  std::string s(in->Get<uint64_t>(), '\0');
  in->GetArray(s.data(), s.size());
  return s;
}

// Collective: each rank's `pairs` and `*count` go to rank 0, which returns its own pairs
// followed by the other ranks' in rank order (each merged into the sorted whole when
// `merge_sorted`: every rank's pairs are sorted) with the counts added into *count. The other
// ranks return nothing and keep *count.
inline std::vector<uint64_t> GatherPairsAtRoot(MpiWorld* world, std::vector<uint64_t> pairs,
                                              int64_t* count, bool merge_sorted) {
  if (!world->root()) {
    std::string bytes;
    Put<int64_t>(&bytes, *count);
    PutArray(&bytes, pairs.data(), pairs.size());
    world->Send(0, bytes);
    return {};
  }
  for (int r = 1; r < world->size(); ++r) {
    const std::string bytes = world->Receive(r);
    RankBytesReader in(bytes);
    *count += in.Get<int64_t>();
    const size_t n = in.left() / sizeof(uint64_t);
    const size_t mid = pairs.size();
    pairs.resize(mid + n);
    in.GetArray(pairs.data() + mid, n);
    if (merge_sorted) std::inplace_merge(pairs.begin(), pairs.begin() + mid, pairs.end());
  }
  return pairs;
}

}  // namespace claimdup

#endif  // CLAIMDUP_PIPELINE_RANK_BYTES_H_
