// Helpers shared by the tests: the bundled corpus, temporary folders, small files.
#ifndef CLAIMDUP_TESTS_TEST_UTIL_H_
#define CLAIMDUP_TESTS_TEST_UTIL_H_

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "gtest/gtest.h"
#include "util/json_writer.h"

namespace claimdup::testing {

inline std::string SourceDir() { return CLAIMDUP_SOURCE_DIR; }
inline std::string CorpusDir() { return SourceDir() + "/corpus"; }
inline std::string CorpusFile(const std::string& name) { return CorpusDir() + "/" + name; }

inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline void WriteFile(const std::string& path, const std::string& content) {
  std::filesystem::create_directories(std::filesystem::path(path).parent_path());
  std::ofstream out(path, std::ios::binary);
  out << content;
}

// Two bundled-corpus articles (DW and SpaceWar.com, which share quotes) as a JSONL dump.
inline std::string CorpusDumpJsonl() {
  std::string out;
  for (const char* name :
       {"dw-2012-04-19-concerns-about-nato-plans.txt", "spacewar-2012-04-19-afp-nato-russia.txt"}) {
    JsonLine line;
    line.Str("id", name).Str("outlet", name).Str("text", ReadFile(CorpusFile(name)));
    out += line.Finish() + "\n";
  }
  return out;
}

// A fresh folder under the test temp dir, removed when the object goes away.
class TempDir {
 public:
  TempDir() {
    const char* base = std::getenv("TMPDIR");
    std::string tmpl = std::string(base ? base : "/tmp") + "/claimdup_test_XXXXXX";
    path_ = mkdtemp(tmpl.data());
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  const std::string& path() const { return path_; }
  std::string File(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

// Runs a shell command, returning its exit status and (merged) output.
struct CommandResult {
  int exit_code = -1;
  std::string output;
};
inline CommandResult RunCommand(const std::string& command) {
  CommandResult r;
  FILE* p = popen((command + " 2>&1").c_str(), "r");
  if (p == nullptr) return r;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof(buf), p)) > 0) r.output.append(buf, n);
  const int status = pclose(p);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

}  // namespace claimdup::testing

#endif  // CLAIMDUP_TESTS_TEST_UTIL_H_
