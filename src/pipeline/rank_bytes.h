// Plain values and arrays packed into the byte strings that ranks of one MPI job exchange
// (pipeline/distributed_lsh.h, pipeline/distributed_anchors.h): both ends are the same
// binary on the same kind of machine, so values travel in their memory layout.
#ifndef CLAIMDUP_PIPELINE_RANK_BYTES_H_
#define CLAIMDUP_PIPELINE_RANK_BYTES_H_

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "absl/strings/string_view.h"

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

}  // namespace claimdup

#endif  // CLAIMDUP_PIPELINE_RANK_BYTES_H_
