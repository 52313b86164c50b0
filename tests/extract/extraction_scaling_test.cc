// Extraction is linear per record: one paragraph holding thousands of quotes costs in
// proportion to its length (it was quadratic: the paragraph was hashed again per quote and
// pronouns rescanned every mention). Work is counted, not timed on the wall clock: user-space
// instructions retired (perf_event_open) where the kernel allows it, else this thread's CPU
// time, which another process on the same core does not inflate.
#include <linux/perf_event.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>

#include "extract/claim_extractor.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

// A single-paragraph article with a quote every ~600 bytes, half of them "she said".
std::string OneParagraphArticle(int quotes) {
  std::string text = "Senator Jane Doe spoke to reporters on Tuesday. ";
  const std::string filler =
      "The committee met again on Tuesday to discuss the budget and many other matters of "
      "state that were pending before it this week, including the roads, the schools, the "
      "water system and the long list of requests that the towns sent in over the winter. ";
  for (int i = 0; i < quotes; ++i) {
    text += filler + filler;
    text += "\"We will review proposal number " + std::to_string(i) +
            " carefully and report back soon,\" " + (i % 2 ? "she said. " : "Doe said. ");
  }
  return text;
}

// Counts this thread's user-space instructions while it lives; Valid() is false where the
// kernel refuses hardware counters (containers, perf_event_paranoid, VMs without a PMU).
class InstructionCounter {
 public:
  InstructionCounter() {
    perf_event_attr attr;
    std::memset(&attr, 0, sizeof(attr));
    attr.size = sizeof(attr);
    attr.type = PERF_TYPE_HARDWARE;
    attr.config = PERF_COUNT_HW_INSTRUCTIONS;
    attr.exclude_kernel = 1;
    attr.exclude_hv = 1;
    fd_ = static_cast<int>(syscall(SYS_perf_event_open, &attr, 0, -1, -1, 0));
  }
  ~InstructionCounter() {
    if (fd_ >= 0) close(fd_);
  }
  bool Valid() const { return fd_ >= 0 && Read() > 0; }
  uint64_t Read() const {
    uint64_t value = 0;
    if (fd_ < 0 || read(fd_, &value, sizeof(value)) != sizeof(value)) return 0;
    return value;
  }

 private:
  int fd_ = -1;
};

double ThreadCpuSeconds() {
  timespec t;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + 1e-9 * static_cast<double>(t.tv_nsec);
}

// The least work of 3 extractions of `text`: instructions if `counter` is valid, else CPU
// seconds of this thread.
double WorkToExtract(const std::string& text, const InstructionCounter& counter,
                     int* claims) {
  double best = 1e30;
  for (int run = 0; run < 3; ++run) {
    ExtractCounts counts;
    const bool instructions = counter.Valid();
    const double start = instructions ? static_cast<double>(counter.Read()) : ThreadCpuSeconds();
    *claims = static_cast<int>(ExtractClaims(text, ExtractOptions(), &counts).size());
    const double end = instructions ? static_cast<double>(counter.Read()) : ThreadCpuSeconds();
    best = std::min(best, end - start);
  }
  return best;
}

TEST(ExtractionScalingTest, OneLongParagraphIsLinear) {
  constexpr int kSmall = 1500, kLarge = 6000;  // ~0.9 MB and ~3.6 MB, one paragraph.
  const InstructionCounter counter;
  int small_claims = 0, large_claims = 0;
  const double small = WorkToExtract(OneParagraphArticle(kSmall), counter, &small_claims);
  const double large = WorkToExtract(OneParagraphArticle(kLarge), counter, &large_claims);
  EXPECT_EQ(small_claims, kSmall);
  EXPECT_EQ(large_claims, kLarge);
  // 4x the text: linear work is ~4x, quadratic ~16x. Instructions are exact, so the bound is
  // tight; CPU seconds still vary with caches and sanitizers, so theirs is generous, with a
  // floor that keeps clock granularity on tiny runs out of it.
  const double bound = counter.Valid() ? 6.0 * small : 9.0 * std::max(small, 0.01);
  EXPECT_LT(large, bound) << (counter.Valid() ? "instructions" : "CPU seconds") << ": small "
                          << small << ", large " << large;
}

TEST(ExtractionScalingTest, EveryQuoteOfALongParagraphKeepsItsSpeaker) {
  ExtractCounts counts;
  const auto claims = ExtractClaims(OneParagraphArticle(200), ExtractOptions(), &counts);
  ASSERT_EQ(claims.size(), 200u);
  for (const ExtractedClaim& c : claims) EXPECT_EQ(c.speaker, "Jane Doe") << c.text;
}

}  // namespace
}  // namespace claimdup
