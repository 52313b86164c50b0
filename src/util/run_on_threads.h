// RunOnThreads: the fork-join every parallel stage uses.
//
// Calls work(t) for t = 0..threads-1, t = 0 on the calling thread and the others on threads
// of their own, and returns when all have finished. Each call decides its own share of the
// work from t (contiguous ranges, so results joined in t order keep input order).
#ifndef CLAIMDUP_UTIL_RUN_ON_THREADS_H_
#define CLAIMDUP_UTIL_RUN_ON_THREADS_H_

#include <functional>
#include <thread>
#include <vector>

namespace claimdup {

inline void RunOnThreads(int threads, const std::function<void(int)>& work) {
  std::vector<std::thread> pool;
  for (int t = 1; t < threads; ++t) pool.emplace_back(work, t);
  work(0);
  for (std::thread& th : pool) th.join();
}

}  // namespace claimdup

#endif  // CLAIMDUP_UTIL_RUN_ON_THREADS_H_
