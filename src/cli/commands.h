// The claimdup subcommands (run, extract, dedup, eval): option parsing, help text and
// dispatch to the library. Exit codes: 0 success, 1 internal error, 2 bad usage or input.
#ifndef CLAIMDUP_CLI_COMMANDS_H_
#define CLAIMDUP_CLI_COMMANDS_H_

namespace claimdup::cli {

int Main(int argc, char** argv);

}  // namespace claimdup::cli

#endif  // CLAIMDUP_CLI_COMMANDS_H_
