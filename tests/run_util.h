// A finished `run` of one input into a folder, for tests that read its report files.
#ifndef CLAIMDUP_TESTS_RUN_UTIL_H_
#define CLAIMDUP_TESTS_RUN_UTIL_H_

#include <cstdint>
#include <string>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/match.h"
#include "gtest/gtest.h"
#include "pipeline/run_job.h"
#include "test_util.h"

namespace claimdup::testing {

// Runs `input` with default options, no progress bar, writing into `out_dir`.
inline absl::Status RunInto(const std::string& input, const std::string& out_dir) {
  RunOptions o;
  o.out_dir = out_dir;
  o.progress = false;
  return RunJob({input}, o, nullptr).status();
}

// A fixture that runs one fixture file of real articles (tests/data/NAME) at SetUp and
// finds its claims by article id and opening words.
class RealRunTest : public ::testing::Test {
 protected:
  explicit RealRunTest(std::string data_file) : data_file_(std::move(data_file)) {}
  void SetUp() override {
    RunOptions o;
    o.out_dir = dir_.path();
    o.threads = 2;
    o.progress = false;
    auto r = RunJob({SourceDir() + "/tests/data/" + data_file_}, o, nullptr);
    ASSERT_TRUE(r.ok()) << r.status();
    result_ = std::move(*r);
  }
  // The claim whose text starts with `words` in the article `doc`.
  uint32_t ClaimStarting(const std::string& doc, const std::string& words) const {
    for (uint32_t i = 0; i < result_.claims.size(); ++i) {
      if (result_.claims.docs[result_.claims.doc(i)].id == doc &&
          absl::StartsWith(result_.claims.text(i), words)) {
        return i;
      }
    }
    ADD_FAILURE() << "no claim of " << doc << " starts with: " << words;
    return 0;
  }
  std::string data_file_;
  TempDir dir_;
  RunResult result_;
};

}  // namespace claimdup::testing

#endif  // CLAIMDUP_TESTS_RUN_UTIL_H_
