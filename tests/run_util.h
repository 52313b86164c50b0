// A finished `run` of one input into a folder, for tests that read its report files.
#ifndef CLAIMDUP_TESTS_RUN_UTIL_H_
#define CLAIMDUP_TESTS_RUN_UTIL_H_

#include <string>

#include "absl/status/status.h"
#include "pipeline/run_job.h"

namespace claimdup::testing {

// Runs `input` with default options, no progress bar, writing into `out_dir`.
inline absl::Status RunInto(const std::string& input, const std::string& out_dir) {
  RunOptions o;
  o.out_dir = out_dir;
  o.progress = false;
  return RunJob({input}, o, nullptr).status();
}

}  // namespace claimdup::testing

#endif  // CLAIMDUP_TESTS_RUN_UTIL_H_
