// The claimdup binary as a user runs it: exit codes, messages, help.
#include "cli/options.h"
#include "gtest/gtest.h"
#include "test_util.h"

namespace claimdup {
namespace {

using testing::RunCommand;
using testing::TempDir;
using testing::WriteFile;

const std::string kBin = CLAIMDUP_BINARY;

TEST(CliTest, RunOnBundledCorpusPrintsSummaryAndWritesFiles) {
  TempDir tmp;
  const auto r = RunCommand(kBin + " run " + testing::CorpusDir() + " --out " + tmp.path());
  EXPECT_EQ(r.exit_code, 0) << r.output;
  EXPECT_NE(r.output.find("5 articles"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("3 across outlets"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("Top cross-outlet quotes"), std::string::npos);
  EXPECT_FALSE(testing::ReadFile(tmp.File("quotes.jsonl")).empty());
  EXPECT_FALSE(testing::ReadFile(tmp.File("clusters.jsonl")).empty());
  EXPECT_FALSE(testing::ReadFile(tmp.File("summary.json")).empty());
}

TEST(CliTest, HelpExplainsEveryOption) {
  const auto r = RunCommand(kBin + " run --help");
  EXPECT_EQ(r.exit_code, 0);
  for (const char* opt :
       {"--manifest",  "--field",     "--lenient",     "--max-record-mb",    "--unit",
        "--min-words", "--threshold", "--containment", "--contained-share",  "--word-similarity",
        "--shingle",   "--perms",     "--sketch",      "--no-spelling-fold", "--threads",
        "--out",       "--top",       "--html-top",    "--all-claims",       "--verbose",
        "--quiet"}) {
    EXPECT_NE(r.output.find(opt), std::string::npos) << opt;
  }
  const auto overview = RunCommand(kBin + " --help");
  EXPECT_EQ(overview.exit_code, 0);
  EXPECT_NE(overview.output.find("Commands:"), std::string::npos);
  EXPECT_EQ(RunCommand(kBin + " --version").output.substr(0, 9), "claimdup ");
}

// Sentence mode sketches with 64 permutations and matches near-whole copies only, unless the
// user says otherwise; quote mode keeps 128 and half-length containment.
TEST(CliTest, SentenceModeDefaultsYieldToGivenOptions) {
  auto parse = [](std::vector<std::string> args) {
    args.insert(args.begin(), {"claimdup", "run", "in.jsonl"});
    std::vector<char*> argv;
    for (std::string& a : args) argv.push_back(a.data());
    auto c = cli::ParseCommandLine(static_cast<int>(argv.size()), argv.data());
    EXPECT_TRUE(c.ok()) << c.status();
    return c->run.match;
  };
  EXPECT_EQ(parse({}).num_perms, 128);
  EXPECT_EQ(parse({}).min_contained_share, 0.5);
  EXPECT_EQ(parse({"--unit", "sentences"}).num_perms, kSentencePerms);
  EXPECT_EQ(parse({"--unit", "sentences"}).min_contained_share, kSentenceContainedShare);
  EXPECT_EQ(parse({}).signature_bits, 16);
  EXPECT_EQ(parse({"--unit", "sentences"}).signature_bits, 8);
  const MatchOptions given = parse({"--perms", "96", "--unit", "sentences", "--contained-share",
                                    "0.6", "--signature-bits", "16"});
  EXPECT_EQ(given.num_perms, 96);
  EXPECT_EQ(given.min_contained_share, 0.6);
  EXPECT_EQ(given.signature_bits, 16);
}

TEST(CliTest, BrokenJsonLineExitsTwoNamingFileAndLine) {
  TempDir tmp;
  WriteFile(tmp.File("d.jsonl"), "{\"text\":\"fine here\"}\n{\"text\": oops}\n");
  const auto r =
      RunCommand(kBin + " run " + tmp.File("d.jsonl") + " --quiet --out " + tmp.File("o"));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.output.find("d.jsonl:2: malformed JSON"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("--lenient"), std::string::npos);
  const auto lenient =
      RunCommand(kBin + " run " + tmp.File("d.jsonl") + " --lenient --out " + tmp.File("o"));
  EXPECT_EQ(lenient.exit_code, 0) << lenient.output;
  EXPECT_NE(lenient.output.find("1 malformed JSON"), std::string::npos) << lenient.output;
}

TEST(CliTest, MissingFileAndBadOptionsExitTwo) {
  auto r = RunCommand(kBin + " run /no/such/file.jsonl");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.output.find("/no/such/file.jsonl: no such file or directory"), std::string::npos);
  r = RunCommand(kBin + " run x --threshold 1.5");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.output.find("--threshold: '1.5' is not a number in (0, 1]"), std::string::npos);
  r = RunCommand(kBin + " run x --bogus");
  EXPECT_EQ(r.exit_code, 2);
  r = RunCommand(kBin + " frobnicate");
  EXPECT_EQ(r.exit_code, 2);
  r = RunCommand(kBin + " run");
  EXPECT_EQ(r.exit_code, 2);
}

TEST(CliTest, ExtractPrintsClaimsAsJsonLines) {
  const auto r =
      RunCommand(kBin + " extract " +
                 testing::CorpusFile("spacewar-2012-04-19-afp-nato-russia.txt") + " --quiet");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(std::count(r.output.begin(), r.output.end(), '\n'), 8);
  EXPECT_NE(r.output.find(R"("speaker":"Anders Fogh Rasmussen")"), std::string::npos);
}

}  // namespace
}  // namespace claimdup
