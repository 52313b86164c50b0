#include "cluster/shingle_table.h"

#include <algorithm>

#include "text/shingle.h"
#include "util/run_on_threads.h"

namespace claimdup {

ShingleTable::ShingleTable(const std::vector<uint8_t>& wanted, TokensOf tokens, int k,
                           uint64_t seed, int threads)
    : has_(wanted), begin_(wanted.size() + 1, 0), size_(wanted.size(), 0) {
  // Room for each wanted item's windows before de-duplication; the set fills a prefix.
  for (size_t id = 0; id < wanted.size(); ++id) {
    const size_t room =
        wanted[id] ? ShingleCapacity(tokens(static_cast<uint32_t>(id)).size(), k) : 0;
    begin_[id + 1] = begin_[id] + room;
  }
  values_.resize(begin_.back());
  threads = std::max(1, threads);
  RunOnThreads(threads, [&](int t) {
    const size_t lo = wanted.size() * t / threads, hi = wanted.size() * (t + 1) / threads;
    for (size_t id = lo; id < hi; ++id) {
      if (!wanted[id]) continue;
      size_[id] = static_cast<uint32_t>(ShinglesOfTokensInto(tokens(static_cast<uint32_t>(id)), k,
                                                             seed, values_.data() + begin_[id]));
    }
  });
}

}  // namespace claimdup
