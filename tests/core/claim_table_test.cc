// ClaimTable: shards appended in order, compaction, and text and tokens spilled to disk
// reading back the same as kept in memory.
#include "core/claim_table.h"

#include <filesystem>

#include "gtest/gtest.h"
#include "test_util.h"

namespace claimdup {
namespace {

using testing::TempDir;

// A shard of `n` claims whose texts are prefix + index.
ClaimTable Shard(const std::string& prefix, int n) {
  ClaimTable t(2);
  const uint8_t sig[4] = {1, 0, 2, 0};  // Two 16-bit values.
  t.docs.push_back({prefix, t.InternOutlet(prefix + ".com"), "", "", ""});
  for (int i = 0; i < n; ++i) {
    const WordToken tokens[3] = {static_cast<WordToken>(i), 8, static_cast<WordToken>(n - i)};
    t.AddClaim(0, i, i + 1, 3, static_cast<uint32_t>(i), 0, 0, prefix + std::to_string(i),
               {tokens, 1, static_cast<uint64_t>(i), sig});
  }
  return t;
}

std::vector<std::string> Texts(const ClaimTable& t) {
  std::vector<std::string> out;
  for (size_t i = 0; i < t.size(); ++i) out.emplace_back(t.text(i));
  return out;
}

std::vector<std::vector<WordToken>> Tokens(const ClaimTable& t) {
  std::vector<std::vector<WordToken>> out;
  for (size_t i = 0; i < t.size(); ++i) {
    const auto seq = t.token_seq(i);
    out.emplace_back(seq.begin(), seq.end());
  }
  return out;
}

TEST(ClaimTableTest, SpilledTextAndTokensReadBackLikeMemory) {
  TempDir tmp;
  ClaimTable memory(2), spilled(2);
  ASSERT_TRUE(spilled.Spill(tmp.path()).ok());
  for (const char* p : {"alpha-", "beta-", "gamma-"}) {
    memory.Append(Shard(p, 1000));
    spilled.Append(Shard(p, 1000));
  }
  std::vector<bool> keep(memory.size());
  for (size_t i = 0; i < keep.size(); ++i) keep[i] = i % 3 != 1;
  memory.Compact(keep);
  spilled.Compact(keep);
  ASSERT_TRUE(spilled.Seal().ok());
  ASSERT_EQ(spilled.size(), 2000u);
  EXPECT_EQ(Texts(spilled), Texts(memory));
  EXPECT_EQ(Tokens(spilled), Tokens(memory));
  EXPECT_EQ(Tokens(spilled)[1999], (std::vector<WordToken>{999, 8, 1}));
  EXPECT_EQ(spilled.text(0), "alpha-0");
  EXPECT_EQ(spilled.text(1999), "gamma-999");
  EXPECT_EQ(spilled.doc(1999), 2u);                  // Documents renumbered per shard,
  EXPECT_EQ(spilled.outlet_of(1999), "gamma-.com");  // outlets interned,
  spilled.ReleaseText();                             // Pages dropped are read again.
  EXPECT_EQ(spilled.text(0), "alpha-0");
  EXPECT_EQ(spilled.token_seq(0)[2], 1000);
  // The file has no name: nothing is left in the output folder.
  EXPECT_TRUE(std::filesystem::is_empty(tmp.path()));
}

TEST(ClaimTableTest, CompactionRenumbersQuoteGroups) {
  // Groups {0,1,2} {3} {4,5}: dropping rows 0 and 3 leaves {1,2} {4,5} as rows {0,1} {2,3}.
  ClaimTable t(2);
  const uint8_t sig[4] = {1, 0, 2, 0};  // Two 16-bit values.
  const WordToken tokens[1] = {7};
  t.docs.push_back({"d", t.InternOutlet("o"), "", "", ""});
  for (uint32_t group : {0, 0, 0, 3, 4, 4}) {
    t.AddClaim(0, 0, 1, 1, group, 0, 0, "x", {tokens, 1, 0, sig});
  }
  t.Compact({false, true, true, false, true, true});
  ASSERT_EQ(t.size(), 4u);
  EXPECT_EQ(std::vector<uint32_t>({t.group(0), t.group(1), t.group(2), t.group(3)}),
            (std::vector<uint32_t>{0, 0, 2, 2}));
}

// A distributed run keeps signatures on the rank that made them: a batch hands them over
// and travels on without them, and the table built of such batches appends and compacts
// its other columns as before.
TEST(ClaimTableTest, SignaturesTakenOutLeaveATableThatAppendsAndCompacts) {
  ClaimTable first = Shard("a", 3), second = Shard("b", 2);
  std::vector<uint8_t> taken;
  first.TakeSignatures(&taken);
  second.TakeSignatures(&taken);
  std::vector<uint8_t> expected;  // Five claims' {1, 0, 2, 0}, in order.
  for (int i = 0; i < 5; ++i) expected.insert(expected.end(), {1, 0, 2, 0});
  EXPECT_EQ(taken, expected);
  EXPECT_TRUE(first.signatures().empty());
  ClaimTable all(2);
  all.Append(first);
  all.Append(second);
  all.Compact({true, false, true, true, true});
  ASSERT_EQ(all.size(), 4u);
  EXPECT_TRUE(all.signatures().empty());
  EXPECT_EQ(Texts(all), (std::vector<std::string>{"a0", "a2", "b0", "b1"}));
  EXPECT_EQ(all.shingle_count(3), 1u);
}

TEST(ClaimTableTest, SpillingIntoAMissingFolderNamesIt) {
  ClaimTable t(2);
  const absl::Status st = t.Spill("/no/such/folder");
  ASSERT_FALSE(st.ok());
  EXPECT_NE(st.message().find("/no/such/folder"), std::string::npos) << st;
}

TEST(ClaimTableTest, EmptySpilledTableSeals) {
  TempDir tmp;
  ClaimTable t(2);
  ASSERT_TRUE(t.Spill(tmp.path()).ok());
  EXPECT_TRUE(t.Seal().ok());
  EXPECT_EQ(t.size(), 0u);
}

}  // namespace
}  // namespace claimdup
