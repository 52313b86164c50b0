// Command-line options of every subcommand: one table holds each option's name, help text
// and effect, so the parser and --help can never disagree.
#ifndef CLAIMDUP_CLI_OPTIONS_H_
#define CLAIMDUP_CLI_OPTIONS_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "pipeline/run_options.h"

namespace claimdup::cli {

struct CliConfig {
  std::string command;              // run, extract, dedup, eval, explain, report
  std::vector<std::string> inputs;  // Positional arguments.
  RunOptions run;
  std::string dedup_out;    // dedup: output dump path.
  std::string extract_out;  // extract: output file ("" = stdout).
  std::string gold;         // eval: ground-truth quote occurrences (JSONL).
  std::string pred;         // eval: output folder of a run.
  std::string index;        // run, report: the index file ("" = run without one).
  GivenMatchOptions given;  // Options given on the command line: no sentence-mode default.
  bool quiet = false;
  bool help = false;
  bool version = false;
};

// Parses argv. Errors say which option is wrong and how to get help.
absl::StatusOr<CliConfig> ParseCommandLine(int argc, char** argv);

// Help for `command` ("" for the overview).
std::string HelpText(const std::string& command);

}  // namespace claimdup::cli

#endif  // CLAIMDUP_CLI_OPTIONS_H_
