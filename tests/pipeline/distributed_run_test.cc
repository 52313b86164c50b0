// The run and dedup jobs under mpirun give the files of one process, byte for byte.
//
// Runs the built binary under `mpirun -np N` (N = 1, 2, 3, 4; oversubscribed: the test
// machine may have two cores) and compares every output file with a single-process run. Skipped when the
// build has no MPI or mpirun is missing. Open MPI's own allocations show up as leaks under
// LeakSanitizer, so leak checking is off for the MPI processes only (ASAN_OPTIONS below).
#include <zstd.h>

#include <algorithm>
#include <filesystem>
#include <regex>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "test_util.h"
#include "util/json_writer.h"

namespace claimdup {
namespace {

using testing::CorpusDir;
using testing::CorpusFile;
using testing::ReadFile;
using testing::RunCommand;
using testing::TempDir;
using testing::WriteFile;

bool HaveMpirun() {
#ifndef CLAIMDUP_HAVE_MPI
  return false;
#else
  return RunCommand("command -v mpirun").exit_code == 0;
#endif
}

// `claimdup ARGS`, as one process (ranks == 0) or under mpirun with `ranks` processes.
testing::CommandResult Claimdup(int ranks, const std::string& args) {
  std::string command;
  if (ranks > 0) {
    absl::StrAppend(&command, "ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 ",
                    "mpirun --allow-run-as-root --oversubscribe -np ", ranks, " ");
  }
  absl::StrAppend(&command, CLAIMDUP_BINARY, " ", args);
  return RunCommand(command);
}

// summary.json without what differs between two runs of the same input: times, memory.
std::string SummaryCounts(std::string json) {
  json = std::regex_replace(json, std::regex(R"re("(cluster_step|stage)(_cpu)?_seconds":\{[^}]*\})re"), "");
  json = std::regex_replace(json, std::regex(R"re("(total_seconds|peak_rss_bytes)":[0-9.e+-]+)re"), "");
  return json;
}

// Every file of folder `a` is in folder `b` with the same bytes, and `b` has no other.
void ExpectSameFiles(const std::string& a, const std::string& b, const std::string& what) {
  std::vector<std::string> names_a, names_b;
  for (const auto& e : std::filesystem::directory_iterator(a)) {
    names_a.push_back(e.path().filename().string());
  }
  for (const auto& e : std::filesystem::directory_iterator(b)) {
    names_b.push_back(e.path().filename().string());
  }
  std::sort(names_a.begin(), names_a.end());
  std::sort(names_b.begin(), names_b.end());
  ASSERT_EQ(names_a, names_b) << what;
  ASSERT_GT(names_a.size(), 3u) << what;
  for (const std::string& name : names_a) {
    std::string x = ReadFile(a + "/" + name), y = ReadFile(b + "/" + name);
    if (name == "summary.json") x = SummaryCounts(x), y = SummaryCounts(y);
    EXPECT_TRUE(x == y) << what << ": " << name << " differs";
  }
}

// A generated dump of `articles` articles from 7 outlets: paragraphs of the bundled corpus
// drawn in a fixed pseudo-random order (so quotes repeat across outlets), each outlet's own
// footer (boilerplate), some records without an id. Several input batches, so every rank of
// a 4-rank run fingerprints some. With `quoted_footer`, the footer is a quote, which the
// boilerplate filter then removes in quotes mode too.
std::string GeneratedDump(int articles, bool quoted_footer = false) {
  std::vector<std::string> paragraphs;
  for (const auto& e : std::filesystem::directory_iterator(CorpusDir())) {
    if (e.path().extension() != ".txt") continue;
    const std::string text = ReadFile(e.path().string());
    size_t at = 0;
    while (at < text.size()) {
      size_t end = text.find("\n\n", at);
      if (end == std::string::npos) end = text.size();
      if (end - at > 80) paragraphs.push_back(text.substr(at, end - at));
      at = end + 2;
    }
  }
  std::sort(paragraphs.begin(), paragraphs.end());
  uint64_t state = 42;
  auto next = [&state](uint64_t n) {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return (state >> 33) % n;
  };
  std::string dump;
  for (int i = 0; i < articles; ++i) {
    const int outlet = static_cast<int>(next(7));
    std::string body;
    for (int p = 0; p < 4; ++p) absl::StrAppend(&body, paragraphs[next(paragraphs.size())], "\n\n");
    if (quoted_footer) {
      absl::StrAppend(&body, "\"Follow outlet ", outlet,
                      " on every network for the news as it happens,\" the editors said.");
    } else {
      absl::StrAppend(&body, "Follow outlet ", outlet,
                      " on every network for the news as it happens.");
    }
    JsonLine line;
    if (i % 5 != 0) line.Str("id", absl::StrCat("a", i));
    line.Str("source_domain", absl::StrCat("outlet", outlet, ".example"))
        .Str("date_publish", absl::StrCat("2012-04-", 10 + next(19)))
        .Str("title", absl::StrCat("Article ", i))
        .Str("maintext", body);
    absl::StrAppend(&dump, line.Finish(), "\n");
  }
  return dump;
}

class DistributedRunTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!HaveMpirun()) GTEST_SKIP() << "no MPI in this build or no mpirun";
  }
  // `run INPUTS --out DIR OPTIONS` once alone and with each of `rank_counts`: the same files.
  void ExpectSameRunForEveryRankCount(const std::string& inputs, const std::string& options,
                                      std::vector<int> rank_counts = {1, 2, 4}) {
    TempDir tmp;
    const std::string single = tmp.File("single");
    auto r = Claimdup(0, absl::StrCat("run ", inputs, " --out ", single, " --quiet ", options));
    ASSERT_EQ(r.exit_code, 0) << r.output;
    for (int ranks : rank_counts) {
      const std::string out = tmp.File(absl::StrCat("ranks", ranks));
      auto m = Claimdup(ranks, absl::StrCat("run ", inputs, " --out ", out, " --quiet ", options));
      ASSERT_EQ(m.exit_code, 0) << m.output;
      ExpectSameFiles(single, out, absl::StrCat(ranks, " ranks"));
    }
  }
};

TEST_F(DistributedRunTest, BundledCorpusGivesTheSameFilesOnEveryRankCount) {
  ExpectSameRunForEveryRankCount(CorpusDir(), "--threads 1");
}

TEST_F(DistributedRunTest, GeneratedDumpGivesTheSameFilesOnEveryRankCount) {
  TempDir data;
  const std::string dump = data.File("dump.jsonl");
  WriteFile(dump, GeneratedDump(2100));  // 5 batches.
  // outlet_quotes.csv too is written by ranks 1..N-1 in parts (their clusters' rows).
  ExpectSameRunForEveryRankCount(dump, "--threads 2", {1, 2, 3, 4, 6});
}

// Messages between ranks cut into pieces of 4 KiB (CLAIMDUP_MPI_CHUNK_BYTES): batches,
// broadcast signatures and every all-to-all exchange take many rounds, on every rank alike.
TEST_F(DistributedRunTest, MessagesCutIntoSmallPiecesGiveTheSameFiles) {
  TempDir data;
  const std::string dump = data.File("dump.jsonl");
  WriteFile(dump, GeneratedDump(900));
  setenv("CLAIMDUP_MPI_CHUNK_BYTES", "4096", 1);
  ExpectSameRunForEveryRankCount(dump, "--threads 1", {3});
  unsetenv("CLAIMDUP_MPI_CHUNK_BYTES");
}

// Candidate pairs verified in blocks of 5 (CLAIMDUP_MPI_VERIFY_BLOCK_PAIRS; 32768 in a run),
// so every rank's slice takes many rounds and the slices end in different rounds
// (pipeline/distributed_verify.h): the same edges, so the same files.
TEST_F(DistributedRunTest, PairsVerifiedInSmallBlocksOnEveryRankGiveTheSameFiles) {
  TempDir data;
  const std::string dump = data.File("dump.jsonl");
  WriteFile(dump, GeneratedDump(900));
  auto r = Claimdup(0, absl::StrCat("run ", dump, " --out ", data.File("check"), " --quiet"));
  ASSERT_EQ(r.exit_code, 0) << r.output;
  const std::string summary = ReadFile(data.File("check/summary.json"));
  const size_t at = summary.find("\"candidate_pairs\":");
  ASSERT_NE(at, std::string::npos);
  EXPECT_GT(std::stoll(summary.substr(at + 18)), 4 * 5 * 3) << "too few pairs for many rounds";
  setenv("CLAIMDUP_MPI_VERIFY_BLOCK_PAIRS", "5", 1);
  ExpectSameRunForEveryRankCount(dump, "--threads 1", {2, 3, 4});
  unsetenv("CLAIMDUP_MPI_VERIFY_BLOCK_PAIRS");
}

// Rank 0 takes a share of the matching and of clusters.jsonl at small N only
// (pipeline/rank_roles.h); CLAIMDUP_MPI_RANK_ZERO_WORKS_UP_TO moves the bound so that each
// rank count takes the other path too: rank 0 idle at 2 ranks, working at 3 and 6, with its
// verification slice in many small blocks.
TEST_F(DistributedRunTest, RankZeroWithOrWithoutAShareGivesTheSameFiles) {
  TempDir data;
  const std::string dump = data.File("dump.jsonl");
  WriteFile(dump, GeneratedDump(900));
  setenv("CLAIMDUP_MPI_VERIFY_BLOCK_PAIRS", "5", 1);
  setenv("CLAIMDUP_MPI_RANK_ZERO_WORKS_UP_TO", "1", 1);
  ExpectSameRunForEveryRankCount(dump, "--threads 1", {2});
  setenv("CLAIMDUP_MPI_RANK_ZERO_WORKS_UP_TO", "8", 1);
  ExpectSameRunForEveryRankCount(dump, "--threads 1", {3, 6});
  unsetenv("CLAIMDUP_MPI_RANK_ZERO_WORKS_UP_TO");
  unsetenv("CLAIMDUP_MPI_VERIFY_BLOCK_PAIRS");
}

// Each rank writes its claims' quotes.jsonl lines and diffs its members for the fact-check
// (pipeline/distributed_quotes.h, distributed_edits.h): the claims the boilerplate filter
// removes on rank 0 shift every later rank's ids, and rank 0's rows are then its ids.
TEST_F(DistributedRunTest, BoilerplateQuotesRemovedGiveTheSameFilesOnEveryRankCount) {
  TempDir data;
  const std::string dump = data.File("dump.jsonl");
  WriteFile(dump, GeneratedDump(1200, /*quoted_footer=*/true));
  auto r = Claimdup(0, absl::StrCat("run ", dump, " --out ", data.File("check"), " --quiet"));
  ASSERT_EQ(r.exit_code, 0) << r.output;
  ASSERT_NE(ReadFile(data.File("check/summary.json")).find("\"boilerplate_claims\":1200"),
            std::string::npos);
  ExpectSameRunForEveryRankCount(dump, "--threads 1", {2, 3});
}

TEST_F(DistributedRunTest, SentenceModeGivesTheSameFilesOnEveryRankCount) {
  TempDir data;
  const std::string dump = data.File("dump.jsonl");
  WriteFile(dump, GeneratedDump(1200));
  ExpectSameRunForEveryRankCount(dump, "--threads 1 --unit sentences", {3});
}

std::string Zstd(const std::string& raw) {
  std::string out(ZSTD_compressBound(raw.size()), '\0');
  out.resize(ZSTD_compress(out.data(), out.size(), raw.data(), raw.size(), 3));
  return out;
}

// The lines [from, to) of `text`.
std::string Lines(const std::string& text, size_t from, size_t to) {
  size_t begin = 0, end;
  for (size_t i = 0; i < from; ++i) begin = text.find('\n', begin) + 1;
  end = begin;
  for (size_t i = from; i < to && end < text.size(); ++i) end = text.find('\n', end) + 1;
  return text.substr(begin, end - begin);
}

// `articles` articles whose quotes share one 18-word stretch inside 20 words of their own:
// too little for LSH to find every pair, enough for word-run anchors, whose grams of the
// shared stretch are posted by every quote. Spread over 7 outlets and 40 days.
std::string SharedStretchDump(int articles) {
  const std::string stretch =
      "the committee will meet again next week to decide whether the plan goes ahead as "
      "written this spring";
  uint64_t state = 7;
  auto word = [&state] {
    static const char* kSyllables[] = {"ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "ze", "po"};
    std::string w;
    for (int k = 0; k < 3; ++k) {
      state = state * 6364136223846793005ull + 1442695040888963407ull;
      w += kSyllables[(state >> 33) % 10];
    }
    return w;
  };
  std::string dump;
  for (int i = 0; i < articles; ++i) {
    std::string before, after;
    for (int k = 0; k < 10; ++k) absl::StrAppend(&before, word(), " ");
    for (int k = 0; k < 10; ++k) absl::StrAppend(&after, " ", word());
    JsonLine line;
    line.Str("id", absl::StrCat("s", i))
        .Str("source_domain", absl::StrCat("outlet", i % 7, ".example"))
        .Str("date_publish", absl::StrCat("2012-0", 3 + i % 2, "-", 10 + i % 19))
        .Str("title", absl::StrCat("Council ", i))
        .Str("maintext", absl::StrCat("The council met on Tuesday.\n\n\"", before, stretch, after,
                                      ",\" said Minister Hal Brant.\n\nThe vote follows."));
    absl::StrAppend(&dump, line.Finish(), "\n");
  }
  return dump;
}

// `articles` articles quoting one sentence of the bundled corpus
// (nato-russia-council), each with its own number of years: distinct claims of Jaccard
// ~0.9 that share most LSH bands, so their buckets are larger than max_bucket (64).
std::string NearCopiesDump(int articles) {
  std::string dump;
  for (int i = 0; i < articles; ++i) {
    JsonLine line;
    line.Str("id", absl::StrCat("n", i))
        .Str("source_domain", absl::StrCat("outlet", i % 7, ".example"))
        .Str("date_publish", absl::StrCat("2012-04-", 10 + i % 19))
        .Str("title", absl::StrCat("Missile defence ", i))
        .Str("maintext",
             absl::StrCat("Leaders met in Brussels.\n\n\"This system does not threaten Russia. Nor "
                          "does it alter the strategic balance. So I am confident that there, "
                          "too, we can find a way forward, in a spirit of dialogue, trust, and "
                          "transparency that we have built up around this table over the last ",
                          i + 2, " years,\" Rasmussen said.\n\nThe talks go on."));
    absl::StrAppend(&dump, line.Finish(), "\n");
  }
  return dump;
}

// A rank other than 0 holds only its own bands' rows: the members of a giant bucket are
// ordered by their whole signatures, which it fetches from rank 0, so the window pairs
// (and the first band each pair shares, which rank 0 decides) are the single process's.
// A pair that is not a window pair in the giant bucket of its first shared band is proposed
// by a later band and must be dropped there.
TEST_F(DistributedRunTest, GiantBucketsGiveTheSameFilesOnEveryRankCount) {
  TempDir data;
  WriteFile(data.File("near.jsonl"), NearCopiesDump(240));
  const std::string out = data.File("single");
  auto r = Claimdup(0, absl::StrCat("run ", data.File("near.jsonl"), " --out ", out, " --quiet"));
  ASSERT_EQ(r.exit_code, 0) << r.output;
  std::smatch m;
  const std::string summary = ReadFile(out + "/summary.json");
  ASSERT_TRUE(std::regex_search(summary, m, std::regex(R"re("candidate_pairs":([0-9]+))re")));
  // All pairs of 240 claims would be 28,680; giant buckets give each claim its window of
  // 16 neighbours in a band (at most 240 x 16 = 3,840 per band, fewer after the first band).
  EXPECT_GT(std::stoi(m[1]), 240);
  EXPECT_LT(std::stoi(m[1]), 28680);
  ExpectSameRunForEveryRankCount(data.File("near.jsonl"), "--threads 2", {2, 4});
}

// The near copies share most bands, so most pairs are proposed by several ranks; the ranks
// keep each pair once with its smallest proposing band (pipeline/distributed_proposals.h)
// in an exchange cut into 4 KiB pieces (many rounds), and rank 0 keeps it only if that is
// the first band the pair shares: the single process's pairs.
TEST_F(DistributedRunTest, PairsProposedOnSeveralRanksInSmallPiecesGiveTheSameFiles) {
  TempDir data;
  WriteFile(data.File("near.jsonl"), NearCopiesDump(240));
  setenv("CLAIMDUP_MPI_CHUNK_BYTES", "4096", 1);
  ExpectSameRunForEveryRankCount(data.File("near.jsonl"), "--threads 1", {3, 5});
  unsetenv("CLAIMDUP_MPI_CHUNK_BYTES");
}

// Band rows sent in chunks of 7 items (CLAIMDUP_MPI_BAND_CHUNK_ITEMS; 16,384 in a run), so
// every rank's bands arrive in many messages, the last one short, each placed at its items'
// positions (pipeline/distributed_lsh.h): the same proposals, so the same files. The near
// copies fill giant buckets too, whose members' whole signatures are fetched by position.
TEST_F(DistributedRunTest, BandRowsSentInSmallChunksGiveTheSameFiles) {
  TempDir data;
  WriteFile(data.File("near.jsonl"), NearCopiesDump(240));
  const std::string inputs = absl::StrCat(data.File("near.jsonl"), " ", CorpusDir());
  setenv("CLAIMDUP_MPI_BAND_CHUNK_ITEMS", "7", 1);
  ExpectSameRunForEveryRankCount(inputs, "--threads 1", {2, 3, 4});
  ExpectSameRunForEveryRankCount(inputs, "--threads 1 --signature-bits 8", {3});
  unsetenv("CLAIMDUP_MPI_BAND_CHUNK_ITEMS");
}

// One compressed dump cannot be cut: every rank reads it and sketches every N-th batch of
// 512 articles, so the signatures' homes alternate between the ranks batch by batch. The
// ranges of first claims are then equal shares of the items, and the rank checking one
// fetches the signatures of both claims of its pairs from wherever they were made
// (pipeline/distributed_signatures.h); band rows arrive from several ranks per chunk, and
// the near copies' giant buckets fetch members from several homes, in rounds of 9 items
// (CLAIMDUP_MPI_FETCH_ITEMS), as many on every rank.
TEST_F(DistributedRunTest, SignaturesMadeBatchByBatchOnEveryRankGiveTheSameFiles) {
  TempDir data;
  const std::string dump = GeneratedDump(1400);
  WriteFile(data.File("all.jsonl.zst"),
            Zstd(absl::StrCat(Lines(dump, 0, 700), NearCopiesDump(240), Lines(dump, 700, 1400))));
  setenv("CLAIMDUP_MPI_BAND_CHUNK_ITEMS", "50", 1);
  setenv("CLAIMDUP_MPI_FETCH_ITEMS", "9", 1);
  ExpectSameRunForEveryRankCount(data.File("all.jsonl.zst"), "--threads 1", {2, 3, 4});
  unsetenv("CLAIMDUP_MPI_FETCH_ITEMS");
  unsetenv("CLAIMDUP_MPI_BAND_CHUNK_ITEMS");
}

// The band rows a rank receives follow the LSH shape: 8-bit rows (3-byte bands), and with
// 8 permutations (6 bands of 1 row) at 8 ranks (rank 0 owns no band, ranks 1-6 one each)
// rank 7 owns no band and proposes nothing, but still reduces its range of pairs.
TEST_F(DistributedRunTest, OtherBandShapesGiveTheSameFiles) {
  TempDir data;
  WriteFile(data.File("near.jsonl"), NearCopiesDump(120));
  const std::string inputs = absl::StrCat(data.File("near.jsonl"), " ", CorpusDir());
  ExpectSameRunForEveryRankCount(inputs, "--threads 1 --signature-bits 8", {3});
  ExpectSameRunForEveryRankCount(inputs, "--threads 1 --perms 8", {8});
}

// A gram posted by more than AnchorOptions::max_df (500) quotes proposes nothing. With 600
// such quotes cut into 4 shares, no rank alone holds more than 500: the cap must count over
// all ranks (each gram's posts meet on one rank), or anchors would propose pairs the
// single process does not.
TEST_F(DistributedRunTest, AnchorFrequencyCapCountsOverAllRanks) {
  TempDir data;
  WriteFile(data.File("few.jsonl"), SharedStretchDump(300));
  WriteFile(data.File("many.jsonl"), SharedStretchDump(600));
  // summary.json's anchor_pairs of a single-process run of dump `name`.
  auto anchor_pairs = [&](const std::string& name) {
    const std::string out = data.File("out_" + name);
    auto r = Claimdup(0, absl::StrCat("run ", data.File(name), " --out ", out, " --quiet"));
    EXPECT_EQ(r.exit_code, 0) << r.output;
    const std::string summary = ReadFile(out + "/summary.json");
    std::smatch m;
    if (!std::regex_search(summary, m, std::regex(R"re("anchor_pairs":([0-9]+))re"))) return -1;
    return std::stoi(m[1]);
  };
  // Under the cap the shared grams propose pairs LSH missed (2036); over it, only the grams
  // at the stretch's edges, which winnowing picks in fewer quotes, propose some (10).
  EXPECT_GT(anchor_pairs("few.jsonl"), 1000);
  EXPECT_LT(anchor_pairs("many.jsonl"), 100);
  ExpectSameRunForEveryRankCount(data.File("many.jsonl"), "--threads 1", {4});
  ExpectSameRunForEveryRankCount(data.File("few.jsonl"), "--threads 1", {2});
}

// A folder of several dumps: plain ones cut between ranks, a compressed one and a text
// article read whole by one rank each.
TEST_F(DistributedRunTest, SeveralFilesGiveTheSameFilesOnEveryRankCount) {
  TempDir data;
  const std::string dump = GeneratedDump(1600);
  WriteFile(data.File("in/a.jsonl"), Lines(dump, 0, 300));
  WriteFile(data.File("in/b.jsonl.zst"), Zstd(Lines(dump, 300, 500)));
  WriteFile(data.File("in/c.jsonl"), Lines(dump, 500, 1400));
  std::filesystem::copy_file(CorpusFile("dw-2012-04-19-concerns-about-nato-plans.txt"),
                             data.File("in/d.txt"));
  WriteFile(data.File("in/e.jsonl"), Lines(dump, 1400, 1600));
  ExpectSameRunForEveryRankCount(data.File("in"), "--threads 1", {2, 3});
}

// Where the input can be cut evenly each rank reads its own share; one compressed dump
// cannot be cut, and every rank reads all of it.
TEST_F(DistributedRunTest, PlainDumpsAreReadInSharesCompressedOnesWhole) {
  TempDir tmp;
  const std::string dump = GeneratedDump(1200);
  WriteFile(tmp.File("dump.jsonl"), dump);
  WriteFile(tmp.File("dump.jsonl.zst"), Zstd(dump));
  auto plain = Claimdup(2, absl::StrCat("run ", tmp.File("dump.jsonl"), " --out ",
                                        tmp.File("p"), " --quiet --verbose --threads 1"));
  ASSERT_EQ(plain.exit_code, 0) << plain.output;
  EXPECT_NE(plain.output.find("rank 1 of 2: read its share (1 files or parts"), std::string::npos)
      << plain.output;
  auto packed = Claimdup(2, absl::StrCat("run ", tmp.File("dump.jsonl.zst"), " --out ",
                                         tmp.File("z"), " --quiet --verbose --threads 1"));
  ASSERT_EQ(packed.exit_code, 0) << packed.output;
  EXPECT_NE(packed.output.find("rank 1 of 2: read all input"), std::string::npos)
      << packed.output;
}

// Lenient mode: the skipped records and their messages (summary.json, warnings) are those
// of one process.
TEST_F(DistributedRunTest, LenientRunCountsTheSameBadRecords) {
  TempDir data;
  std::string dump = GeneratedDump(1400);
  for (size_t line : {1000u, 30u, 700u}) {
    size_t at = 0;
    for (size_t i = 0; i + 1 < line; ++i) at = dump.find('\n', at) + 1;
    dump.insert(at, "{\"maintext\": 42}\nnot json\n");
  }
  WriteFile(data.File("dump.jsonl"), dump);
  ExpectSameRunForEveryRankCount(data.File("dump.jsonl"), "--threads 1 --lenient", {3});
}

TEST_F(DistributedRunTest, DedupKeepsTheSameRecords) {
  TempDir tmp;
  const std::string dump = tmp.File("in/dump.jsonl");
  WriteFile(dump, GeneratedDump(600));
  std::filesystem::create_directories(tmp.File("one"));
  auto r = Claimdup(0, absl::StrCat("dedup ", dump, " --out ", tmp.File("one/kept.jsonl")));
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_FALSE(ReadFile(tmp.File("one/removed.jsonl")).empty());
  for (int ranks : {2, 3}) {  // Each rank sketches its own byte range of the dump.
    const std::string dir = tmp.File(absl::StrCat("ranks", ranks));
    std::filesystem::create_directories(dir);
    auto m = Claimdup(ranks, absl::StrCat("dedup ", dump, " --out ", dir, "/kept.jsonl"));
    ASSERT_EQ(m.exit_code, 0) << m.output;
    EXPECT_EQ(ReadFile(tmp.File("one/kept.jsonl")), ReadFile(dir + "/kept.jsonl"));
    EXPECT_EQ(ReadFile(tmp.File("one/removed.jsonl")), ReadFile(dir + "/removed.jsonl"));
  }
}

// Bad input in strict mode fails on whichever rank meets it: every rank stops with exit 2
// and rank 0 prints the one message a single process prints. No hang, no partial output.
TEST_F(DistributedRunTest, BadRecordStopsEveryRankWithTheSingleProcessMessage) {
  TempDir tmp;
  std::string dump = GeneratedDump(1500);
  const size_t line_1300 = [&] {
    size_t at = 0;
    for (int i = 0; i < 1299; ++i) at = dump.find('\n', at) + 1;
    return at;
  }();
  dump.insert(line_1300, "{\"maintext\": \"cut off\n");
  WriteFile(tmp.File("dump.jsonl"), dump);
  auto r = Claimdup(0, absl::StrCat("run ", tmp.File("dump.jsonl"), " --out ", tmp.File("one")));
  EXPECT_EQ(r.exit_code, 2) << r.output;
  ASSERT_NE(r.output.find("dump.jsonl:1300: malformed JSON"), std::string::npos) << r.output;
  // Line 1300 lies in the last rank's share: it numbers its lines after the others'.
  for (int ranks : {2, 3}) {
    auto m = Claimdup(ranks, absl::StrCat("run ", tmp.File("dump.jsonl"), " --out ", tmp.File("m")));
    EXPECT_EQ(m.exit_code, 2) << m.output;
    EXPECT_NE(m.output.find(r.output), std::string::npos) << m.output;
    EXPECT_FALSE(std::filesystem::exists(tmp.File("m/quotes.jsonl")));
  }
}

// Each rank writes its own claims' part of quotes.jsonl and its range of clusters' part of
// clusters.jsonl (pipeline/distributed_quotes.h). A rank that cannot write a part (here a
// folder stands where it goes) stops every rank with exit 2 and its message; nothing is
// committed and no part is left behind.
TEST_F(DistributedRunTest, PartThatCannotBeWrittenStopsEveryRank) {
  TempDir tmp;
  WriteFile(tmp.File("dump.jsonl"), GeneratedDump(600));
  const std::vector<std::pair<std::string, std::vector<int>>> parts = {
      {".quotes.jsonl.rank-1.partial", {2, 3}}, {".clusters.jsonl.rank-2.partial", {3, 4}}};
  for (const auto& [name, rank_counts] : parts) {
    const std::string blocked = tmp.File("o/" + name);
    std::filesystem::create_directories(blocked + "/in-the-way");
    for (int ranks : rank_counts) {
      auto m =
          Claimdup(ranks, absl::StrCat("run ", tmp.File("dump.jsonl"), " --out ", tmp.File("o")));
      EXPECT_EQ(m.exit_code, 2) << m.output;
      EXPECT_NE(m.output.find(blocked + ": cannot create"), std::string::npos) << m.output;
      std::vector<std::string> left;
      for (const auto& e : std::filesystem::directory_iterator(tmp.File("o"))) {
        left.push_back(e.path().filename().string());
      }
      std::sort(left.begin(), left.end());
      EXPECT_EQ(left, (std::vector<std::string>{".claimdup-output", name})) << ranks << " ranks";
    }
    std::filesystem::remove_all(blocked);
  }
  // Once the way is clear, the same folder takes a run whose files are one process's.
  auto single = Claimdup(0, absl::StrCat("run ", tmp.File("dump.jsonl"), " --out ", tmp.File("one"),
                                         " --quiet"));
  ASSERT_EQ(single.exit_code, 0) << single.output;
  auto m = Claimdup(3, absl::StrCat("run ", tmp.File("dump.jsonl"), " --out ", tmp.File("o"),
                                    " --quiet"));
  ASSERT_EQ(m.exit_code, 0) << m.output;
  ExpectSameFiles(tmp.File("one"), tmp.File("o"), "3 ranks after the failure");
}

// On one thread, rank 0 writes the other report files (here report.html) while the ranks
// copy their parts into place, so its failure there is agreed on with them: every rank stops
// with its message, and nothing is committed, no part left behind (on two threads it is
// written beside the parts, as before).
TEST_F(DistributedRunTest, ReportThatCannotBeWrittenStopsEveryRank) {
  TempDir tmp;
  WriteFile(tmp.File("dump.jsonl"), GeneratedDump(600));
  const std::string name = ".report.html.partial";
  const std::string blocked = tmp.File("o/" + name);
  std::filesystem::create_directories(blocked + "/in-the-way");
  for (const auto& [ranks, threads] : std::vector<std::pair<int, int>>{{2, 1}, {3, 1}, {3, 2}}) {
    auto m = Claimdup(ranks, absl::StrCat("run ", tmp.File("dump.jsonl"), " --out ", tmp.File("o"),
                                          " --threads ", threads));
    EXPECT_EQ(m.exit_code, 2) << m.output;
    EXPECT_NE(m.output.find(blocked), std::string::npos) << m.output;
    std::vector<std::string> left;
    for (const auto& e : std::filesystem::directory_iterator(tmp.File("o"))) {
      left.push_back(e.path().filename().string());
    }
    std::sort(left.begin(), left.end());
    EXPECT_EQ(left, (std::vector<std::string>{".claimdup-output", name}))
        << ranks << " ranks, " << threads << " threads";
  }
}

// clusters.jsonl's lines are shared by ranks 1..N-1 in contiguous ranges: with fewer clusters
// than ranks, some ranks write empty parts, and the file is still one process's.
TEST_F(DistributedRunTest, FewerClustersThanRanksGiveTheSameFiles) {
  TempDir data;
  const std::string dump = data.File("dump.jsonl");
  WriteFile(dump, GeneratedDump(12));
  auto r = Claimdup(0, absl::StrCat("run ", dump, " --out ", data.File("check"), " --quiet"));
  ASSERT_EQ(r.exit_code, 0) << r.output;
  const std::string clusters = ReadFile(data.File("check/clusters.jsonl"));
  const auto lines = std::count(clusters.begin(), clusters.end(), '\n');
  EXPECT_GT(lines, 0);
  EXPECT_LT(lines, 5);  // Ranks 1..5 share them: at least one writes none.
  ExpectSameRunForEveryRankCount(dump, "--threads 1", {6});
}

TEST_F(DistributedRunTest, UnreadableInputStopsEveryRank) {
  TempDir tmp;
  auto m = Claimdup(2, absl::StrCat("run ", tmp.File("missing.jsonl"), " --out ", tmp.File("o")));
  EXPECT_EQ(m.exit_code, 2) << m.output;
  EXPECT_NE(m.output.find("missing.jsonl"), std::string::npos) << m.output;
}

}  // namespace
}  // namespace claimdup
