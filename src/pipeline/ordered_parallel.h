// OrderedParallel: produce work items on the calling thread, process them on worker
// threads, consume the results in production order.
//
// The consumer sees results exactly in the order items were produced, whatever the thread
// count, so a run's output does not depend on scheduling. At most `max_in_flight` items
// exist at once (bounded memory). With workers <= 1 everything runs on the calling thread.
#ifndef CLAIMDUP_PIPELINE_ORDERED_PARALLEL_H_
#define CLAIMDUP_PIPELINE_ORDERED_PARALLEL_H_

#include <condition_variable>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"

namespace claimdup {

template <typename In, typename Out>
absl::Status OrderedParallel(int workers, size_t max_in_flight,
                             const std::function<absl::StatusOr<bool>(In*)>& produce,
                             const std::function<void(In&, Out*)>& process,
                             const std::function<void(Out&)>& consume) {
  if (workers <= 1) {
    for (;;) {
      In in;
      auto more = produce(&in);
      if (!more.ok()) return more.status();
      if (!*more) return absl::OkStatus();
      Out out;
      process(in, &out);
      consume(out);
    }
  }
  std::mutex mu;
  std::condition_variable work_ready, slot_free;
  std::deque<std::pair<size_t, In>> queue;
  std::map<size_t, Out> done;
  size_t produced = 0, next_to_consume = 0, in_flight = 0;
  bool finished = false;
  std::mutex consume_mu;

  auto worker = [&] {
    for (;;) {
      std::pair<size_t, In> item;
      {
        std::unique_lock<std::mutex> lock(mu);
        work_ready.wait(lock, [&] { return !queue.empty() || finished; });
        if (queue.empty()) return;
        item = std::move(queue.front());
        queue.pop_front();
      }
      Out out;
      process(item.second, &out);
      {
        std::lock_guard<std::mutex> lock(mu);
        done.emplace(item.first, std::move(out));
      }
      // Consume every result that is next in order. One worker consumes at a time; the others
      // go back to work instead of queueing for the consumer lock. After releasing it, the
      // consumer looks once more, so a result stored meanwhile is never stranded.
      for (;;) {
        std::unique_lock<std::mutex> consume_lock(consume_mu, std::try_to_lock);
        if (!consume_lock.owns_lock()) break;
        for (;;) {
          Out next;
          {
            std::lock_guard<std::mutex> lock(mu);
            auto it = done.find(next_to_consume);
            if (it == done.end()) break;
            next = std::move(it->second);
            done.erase(it);
          }
          consume(next);
          {
            std::lock_guard<std::mutex> lock(mu);
            ++next_to_consume;
            --in_flight;
          }
          slot_free.notify_one();
        }
        consume_lock.unlock();
        std::lock_guard<std::mutex> lock(mu);
        if (done.find(next_to_consume) == done.end()) break;
      }
    }
  };
  std::vector<std::thread> pool;
  for (int i = 0; i < workers; ++i) pool.emplace_back(worker);
  absl::Status status;
  for (;;) {
    {
      std::unique_lock<std::mutex> lock(mu);
      slot_free.wait(lock, [&] { return in_flight < max_in_flight; });
    }
    In in;
    auto more = produce(&in);
    if (!more.ok()) {
      status = more.status();
      break;
    }
    if (!*more) break;
    {
      std::lock_guard<std::mutex> lock(mu);
      queue.emplace_back(produced++, std::move(in));
      ++in_flight;
    }
    work_ready.notify_one();
  }
  {
    std::lock_guard<std::mutex> lock(mu);
    finished = true;
  }
  work_ready.notify_all();
  for (std::thread& t : pool) t.join();
  return status;
}

}  // namespace claimdup

#endif  // CLAIMDUP_PIPELINE_ORDERED_PARALLEL_H_
