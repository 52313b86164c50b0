// ClaimIndex on its own: parameters, lookups, merges and aliases, the run's transaction.
#include "store/claim_index.h"

#include <sqlite3.h>

#include <algorithm>

#include "gtest/gtest.h"
#include "test_util.h"

namespace claimdup {
namespace {

using testing::TempDir;

const IndexParams kParams = {{"num_perms", "128"}, {"threshold", "0.8"}};

// One run that adds `postings` to the index at `path` and commits.
void AddRun(const std::string& path, const std::vector<GramPosting>& postings) {
  auto index = ClaimIndex::OpenForUpdate(path, kParams);
  ASSERT_TRUE(index.ok()) << index.status();
  ASSERT_TRUE((*index)->AddGrams(postings).ok());
  ASSERT_TRUE((*index)->Commit("run").ok());
}

StoredClaim Claim(int64_t id, int64_t cluster) {
  StoredClaim c;
  c.id = id;
  c.doc = 0;
  c.group = id;
  c.cluster = cluster;
  c.words = 6;
  c.text = "claim " + std::to_string(id);
  return c;
}

absl::Status AddRun(ClaimIndex* index, const std::vector<StoredClaim>& claims) {
  if (index->doc_count() == 0) {
    StoredDoc d;
    d.run = index->run();
    d.ext_id = "doc";
    d.outlet = "outlet";
    if (absl::Status st = index->AddDoc(d); !st.ok()) return st;
  }
  for (const StoredClaim& c : claims) {
    if (absl::Status st = index->AddClaim(c); !st.ok()) return st;
  }
  return absl::OkStatus();
}

TEST(ClaimIndexTest, MergesMoveClaimsAndKeepEveryAliasPointingAtTheSurvivor) {
  TempDir tmp;
  const std::string path = tmp.File("i.db");
  {
    auto index = ClaimIndex::OpenForUpdate(path, kParams);
    ASSERT_TRUE(index.ok()) << index.status();
    ASSERT_TRUE(AddRun(index->get(), {Claim(0, 0), Claim(1, 1), Claim(2, 2), Claim(3, 2)}).ok());
    ASSERT_TRUE((*index)->MergeCluster(2, 1).ok());  // 2 joins 1,
    ASSERT_TRUE((*index)->MergeCluster(1, 0).ok());  // then 1 joins 0: 2 must follow.
    ASSERT_TRUE((*index)->Commit("day1").ok());
  }
  auto index = ClaimIndex::OpenForReading(path);
  ASSERT_TRUE(index.ok()) << index.status();
  EXPECT_EQ((*index)->claim_count(), 4);
  EXPECT_EQ((*index)->run(), 2);
  std::vector<int64_t> members, aliases;
  ASSERT_TRUE((*index)->ClusterMembers(0, &members).ok());
  std::sort(members.begin(), members.end());
  EXPECT_EQ(members, (std::vector<int64_t>{0, 1, 2, 3}));
  ASSERT_TRUE((*index)->Aliases(0, &aliases).ok());
  EXPECT_EQ(aliases, (std::vector<int64_t>{1, 2}));
}

TEST(ClaimIndexTest, AStockPhraseKeyFindsNothingAndARareOneItsHolders) {
  TempDir tmp;
  auto index = ClaimIndex::OpenForUpdate(tmp.File("i.db"), kParams);
  ASSERT_TRUE(index.ok()) << index.status();
  std::vector<StoredClaim> claims;
  for (int64_t i = 0; i < 5; ++i) claims.push_back(Claim(i, i));
  ASSERT_TRUE(AddRun(index->get(), claims).ok());
  std::vector<GramPosting> postings;
  for (int64_t i = 0; i < 5; ++i) postings.push_back({7, i, 2});
  postings.push_back({9, 3, 2});
  ASSERT_TRUE((*index)->AddGrams(postings).ok());
  std::vector<GramHolder> found;
  ASSERT_TRUE((*index)->ClaimsPostingGram(7, 4, &found).ok());
  EXPECT_TRUE(found.empty());
  ASSERT_TRUE((*index)->ClaimsPostingGram(7, 5, &found).ok());
  EXPECT_EQ(found.size(), 5u);
  found.clear();
  ASSERT_TRUE((*index)->ClaimsPostingGram(9, 4, &found).ok());
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].claim, 3);
  EXPECT_EQ(found[0].keys, 2);
}

// Postings of later runs go into the recent tier, except in the slice of blocks each run
// folds into the base (every block once while the recent tier gains a quarter of the base);
// lookups find every posting at every stage.
// Postings are written in batches of rows per statement: a run of two whole batches and a
// partial one finds every posting with its key count, duplicates ignored.
TEST(ClaimIndexTest, EveryPostingOfALargeRunIsWrittenOnce) {
  TempDir tmp;
  const std::string path = tmp.File("i.db");
  std::vector<GramPosting> postings;
  for (int64_t i = 0; i < 600; ++i) postings.push_back({static_cast<uint32_t>(i % 3), i, 5});
  postings.push_back({0, 0, 5});  // Posted twice: kept once.
  std::sort(postings.begin(), postings.end());
  {
    auto index = ClaimIndex::OpenForUpdate(path, kParams);
    ASSERT_TRUE(index.ok()) << index.status();
    ASSERT_TRUE((*index)->AddGrams(postings).ok());
    ASSERT_TRUE((*index)->Commit("run").ok());
  }
  auto reader = ClaimIndex::OpenForReading(path);
  ASSERT_TRUE(reader.ok());
  EXPECT_EQ((*reader)->PostingsIn("grams"), 600);
  for (uint32_t gram = 0; gram < 3; ++gram) {
    std::vector<GramHolder> found;
    ASSERT_TRUE((*reader)->ClaimsPostingGram(gram, 1000, &found).ok());
    ASSERT_EQ(found.size(), 200u);
    for (size_t k = 0; k < found.size(); ++k) {
      EXPECT_EQ(found[k].claim, static_cast<int64_t>(3 * k + gram));
      EXPECT_EQ(found[k].keys, 5);
    }
  }
}

TEST(ClaimIndexTest, PostingsOfEveryRunAreFoundBeforeAndAfterAFold) {
  TempDir tmp;
  const std::string path = tmp.File("i.db");
  // Run r posts key 7 for claims 100 * r .. 100 * r + n - 1.
  auto add_run = [&](int r, int n) {
    auto index = ClaimIndex::OpenForUpdate(path, kParams);
    ASSERT_TRUE(index.ok()) << index.status();
    std::vector<GramPosting> postings;
    for (int i = 0; i < n; ++i) postings.push_back({7, 100 * r + i, 3});
    ASSERT_TRUE((*index)->AddGrams(postings).ok());
    ASSERT_TRUE((*index)->Commit("run").ok());
  };
  auto holders = [&] {
    auto reader = ClaimIndex::OpenForReading(path);
    EXPECT_TRUE(reader.ok());
    std::vector<GramHolder> found;
    EXPECT_TRUE((*reader)->ClaimsPostingGram(7, 500, &found).ok());
    std::vector<int64_t> ids;
    for (const GramHolder& h : found) {
      EXPECT_EQ(h.keys, 3);
      ids.push_back(h.claim);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
  };
  auto count = [&](const char* table) {
    auto reader = ClaimIndex::OpenForReading(path);
    EXPECT_TRUE(reader.ok());
    return (*reader)->PostingsIn(table);
  };
  // Key 7 is in block 0 of the 32,768. Run r folds the slice of ceil(32768 x 4 x n / base)
  // blocks from where run r - 1 stopped.
  add_run(0, 40);  // Into the base: the index had none.
  EXPECT_EQ(count("grams"), 40);
  add_run(1, 5);  // Folds blocks [0, 16384): block 0's postings go into the base.
  EXPECT_EQ(count("grams"), 45);
  EXPECT_EQ(count("grams_recent"), 0);
  add_run(2, 5);  // Folds blocks [16384, 30948): block 0's stay in the recent tier.
  EXPECT_EQ(count("grams"), 45);
  EXPECT_EQ(count("grams_recent"), 5);
  std::vector<int64_t> want;
  for (int r = 0; r < 3; ++r) {
    for (int i = 0; i < (r == 0 ? 40 : 5); ++i) want.push_back(100 * r + i);
  }
  EXPECT_EQ(holders(), want);
  add_run(3, 1);  // Folds [30948, 32768) and, round the key space, [0, 802): block 0 again.
  EXPECT_EQ(count("grams"), 51);
  EXPECT_EQ(count("grams_recent"), 0);
  want.push_back(300);
  EXPECT_EQ(holders(), want);
  // More than max_df holders over both tiers: a stock phrase, nothing found.
  auto reader = ClaimIndex::OpenForReading(path);
  ASSERT_TRUE(reader.ok());
  std::vector<GramHolder> found;
  ASSERT_TRUE((*reader)->ClaimsPostingGram(7, 50, &found).ok());
  EXPECT_TRUE(found.empty());
}

// Many keys looked up in one pass over both tiers find what one lookup per key finds:
// holders in claim order, base tier first; keys far apart (a seek), a few rows apart (steps),
// held in one tier or both, and a stock phrase only over both tiers.
TEST(ClaimIndexTest, LookingUpManyKeysInOnePassFindsWhatEachLookupFinds) {
  TempDir tmp;
  const std::string path = tmp.File("i.db");
  auto add_run = [&](const std::vector<GramPosting>& postings) { AddRun(path, postings); };
  std::vector<GramPosting> base;  // Every third key of 0..3000, two holders each.
  for (uint32_t g = 0; g < 3000; g += 3) {
    base.push_back({g, 2 * g, 4});
    base.push_back({g, 2 * g + 1, 4});
  }
  for (int64_t c = 0; c < 6; ++c) base.push_back({5000, 10000 + c, 2});  // 6 in the base,
  std::sort(base.begin(), base.end());
  add_run(base);
  // A run that folds blocks [0, 66) (key 4500, in block 0, is never looked up below), so
  // that the next one, folding [66, 263), leaves its postings in the recent tier.
  add_run({{4500, 30000, 1}});
  std::vector<GramPosting> recent = {{1500, 7, 3}, {2999, 9, 3}, {5000, 20000, 2}};  // 7 in all.
  add_run(recent);
  auto reader = ClaimIndex::OpenForReading(path);
  ASSERT_TRUE(reader.ok()) << reader.status();
  ASSERT_EQ((*reader)->PostingsIn("grams_recent"), 3);  // Two tiers.
  std::vector<uint32_t> keys = {0, 1, 2, 3, 30, 31, 33, 1500, 2998, 2999, 4000, 5000, 6000};
  for (uint32_t g = 600; g < 900; ++g) keys.push_back(g);
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  for (const int max_df : {6, 7}) {
    std::vector<std::pair<uint32_t, std::vector<GramHolder>>> batch;
    ASSERT_TRUE((*reader)
                    ->ClaimsPostingGrams(keys, max_df,
                                         [&](uint32_t g, std::vector<GramHolder>* h) {
                                           batch.push_back({g, *h});
                                         })
                    .ok());
    size_t at = 0;
    for (const uint32_t g : keys) {
      std::vector<GramHolder> one;
      ASSERT_TRUE((*reader)->ClaimsPostingGram(g, max_df, &one).ok());
      std::vector<int64_t> want;
      if (g % 3 == 0 && g < 3000) want = {2 * static_cast<int64_t>(g), 2 * g + 1};
      if (g == 1500) want.push_back(7);
      if (g == 2999) want.push_back(9);
      if (g == 5000 && max_df == 7) want = {10000, 10001, 10002, 10003, 10004, 10005, 20000};
      std::vector<int64_t> got;
      for (const GramHolder& h : one) got.push_back(h.claim);
      EXPECT_EQ(got, want) << "key " << g << " max_df " << max_df;
      if (want.empty()) continue;
      ASSERT_LT(at, batch.size());
      EXPECT_EQ(batch[at].first, g);
      std::vector<int64_t> in_batch;
      for (const GramHolder& h : batch[at].second) in_batch.push_back(h.claim);
      EXPECT_EQ(in_batch, want) << "key " << g;
      ++at;
    }
    EXPECT_EQ(at, batch.size());
  }
}

// An index written before folds were spread (no gram_fold table: main's layout 6) is
// extended by the next run, whose slice starts at block 0, and every posting stays found.
TEST(ClaimIndexTest, AnIndexWithoutAFoldPlaceFoldsFromTheFirstBlock) {
  TempDir tmp;
  const std::string path = tmp.File("i.db");
  auto add_run = [&](const std::vector<GramPosting>& postings) { AddRun(path, postings); };
  std::vector<GramPosting> base;
  for (int64_t c = 0; c < 40; ++c) base.push_back({7, c, 2});
  add_run(base);
  add_run({{7, 40, 2}});  // Folds [0, 3277): block 0.
  add_run({{8, 41, 2}});  // Folds [3277, 6474): key 8 stays recent.
  {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, "DROP TABLE gram_fold", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
  }
  add_run({{7, 42, 2}});  // From block 0 again: key 7's block, with key 8's recent posting.
  auto reader = ClaimIndex::OpenForReading(path);
  ASSERT_TRUE(reader.ok()) << reader.status();
  EXPECT_EQ((*reader)->PostingsIn("grams"), 43);
  EXPECT_EQ((*reader)->PostingsIn("grams_recent"), 0);
  std::vector<GramHolder> found;
  ASSERT_TRUE((*reader)->ClaimsPostingGram(7, 500, &found).ok());
  EXPECT_EQ(found.size(), 42u);
  found.clear();
  ASSERT_TRUE((*reader)->ClaimsPostingGram(8, 500, &found).ok());
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].claim, 41);
}

// An index of layout 5 keeps both tiers as one row per posting: its next run packs both
// into blocks, and every posting is found in its tier.
TEST(ClaimIndexTest, ALayout5IndexHasBothTiersPackedIntoBlocksByItsNextRun) {
  TempDir tmp;
  const std::string path = tmp.File("i.db");
  {
    auto index = ClaimIndex::OpenForUpdate(path, kParams);
    ASSERT_TRUE(index.ok()) << index.status();
    ASSERT_TRUE((*index)->Commit("run 1").ok());
  }
  {  // Back to layout 5: 40 base postings of key 7 and of key 70000 (another block), 3
     // recent ones of key 7.
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db,
                           "DROP TABLE gram_blocks; DROP TABLE gram_blocks_recent; CREATE TABLE "
                           "grams(gram INTEGER, claim INTEGER, PRIMARY KEY(gram, claim)) "
                           "WITHOUT ROWID; CREATE TABLE grams_recent(gram INTEGER, claim "
                           "INTEGER, PRIMARY KEY(gram, claim)) WITHOUT ROWID; WITH RECURSIVE "
                           "c(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM c WHERE i < 39) "
                           "INSERT INTO grams SELECT g, i * 64 + 2 FROM c, (SELECT 7 AS g "
                           "UNION ALL SELECT 70000); INSERT INTO grams_recent VALUES(7, 40 * "
                           "64 + 3), (7, 41 * 64 + 3), (7, 42 * 64 + 3); UPDATE gram_tiers SET "
                           "base = 80, recent = 3; UPDATE meta SET value = '5' WHERE key = "
                           "'layout'",
                           nullptr, nullptr, nullptr),
              SQLITE_OK);
    sqlite3_close(db);
  }
  auto index = ClaimIndex::OpenForUpdate(path, kParams);
  ASSERT_TRUE(index.ok()) << index.status();
  EXPECT_EQ((*index)->PostingsIn("grams"), 80);
  EXPECT_EQ((*index)->PostingsIn("grams_recent"), 3);
  std::vector<GramHolder> found;
  ASSERT_TRUE((*index)->ClaimsPostingGram(7, 500, &found).ok());
  ASSERT_EQ(found.size(), 43u);
  EXPECT_EQ(found[0].claim, 0);
  EXPECT_EQ(found[0].keys, 2);
  EXPECT_EQ(found[42].claim, 42);  // The recent tier's, after the base's.
  EXPECT_EQ(found[42].keys, 3);
  found.clear();
  ASSERT_TRUE((*index)->ClaimsPostingGram(70000, 500, &found).ok());
  EXPECT_EQ(found.size(), 40u);
  ASSERT_TRUE((*index)->Commit("run 2").ok());
  auto after = ClaimIndex::OpenForReading(path);
  ASSERT_TRUE(after.ok()) << after.status();
  EXPECT_EQ((*after)->params()[0], (std::pair<std::string, std::string>{"layout", "6"}));
}

// An index of layout 2 (one key tier of one row per posting, no tokens or wires) is upgraded
// by its next run (its postings packed into blocks), and the run's read connections already
// see the upgraded tables.
TEST(ClaimIndexTest, ALayout2IndexIsUpgradedInPlaceAndItsReadersSeeTheNewTables) {
  TempDir tmp;
  const std::string path = tmp.File("i.db");
  std::vector<GramPosting> postings;
  for (int64_t i = 0; i < 40; ++i) postings.push_back({7, i, 2});
  {
    auto index = ClaimIndex::OpenForUpdate(path, kParams);
    ASSERT_TRUE(index.ok()) << index.status();
    ASSERT_TRUE((*index)->AddGrams(postings).ok());
    ASSERT_TRUE(AddRun(index->get(), {Claim(0, 0)}).ok());
    ASSERT_TRUE((*index)->Commit("run 1").ok());
  }
  {  // Back to layout 2, as an index of the previous version left it.
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db,
                           "DROP TABLE gram_blocks; CREATE TABLE grams(gram INTEGER, claim "
                           "INTEGER, PRIMARY KEY(gram, claim)) WITHOUT ROWID; WITH RECURSIVE "
                           "c(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM c WHERE i < 39) "
                           "INSERT INTO grams SELECT 7, i * 64 + 2 FROM c; "
                           "DROP TABLE gram_blocks_recent; DROP TABLE gram_tiers; DROP INDEX "
                           "docs_by_ext_id; ALTER TABLE docs DROP COLUMN hash; ALTER TABLE docs "
                           "DROP COLUMN wire; ALTER TABLE claims DROP COLUMN tokens; UPDATE "
                           "meta SET value = '2' WHERE key = 'layout'",
                           nullptr, nullptr, nullptr),
              SQLITE_OK);
    sqlite3_close(db);
  }
  auto index = ClaimIndex::OpenForUpdate(path, kParams);
  ASSERT_TRUE(index.ok()) << index.status();
  auto reader = ClaimIndex::OpenForReading(path);
  ASSERT_TRUE(reader.ok()) << reader.status();
  std::vector<GramHolder> found;
  ASSERT_TRUE((*reader)->ClaimsPostingGram(7, 500, &found).ok());
  EXPECT_EQ(found.size(), 40u);
  // Its slice of blocks to fold, [0, 3277), holds key 7's: into the base.
  ASSERT_TRUE((*index)->AddGrams({{7, 100, 2}}).ok());
  StoredDoc doc;
  doc.id = 1;
  doc.run = 2;
  doc.wire = 5;
  ASSERT_TRUE((*index)->AddDoc(doc).ok());
  StoredClaim claim = Claim(1, 1);
  claim.doc = 1;
  claim.tokens = {513, 7, 65535};
  ASSERT_TRUE((*index)->AddClaim(claim).ok());
  ASSERT_TRUE((*index)->Commit("run 2").ok());
  EXPECT_EQ((*index)->PostingsIn("grams"), 41);
  EXPECT_EQ((*index)->PostingsIn("grams_recent"), 0);
  auto after = ClaimIndex::OpenForReading(path);
  ASSERT_TRUE(after.ok());
  found.clear();
  ASSERT_TRUE((*after)->ClaimsPostingGram(7, 500, &found).ok());
  EXPECT_EQ(found.size(), 41u);
  EXPECT_EQ((*after)->params()[0], (std::pair<std::string, std::string>{"layout", "6"}));
  // Rows of the old layout have no tokens (recomputed from the text) and credit no wire.
  StoredClaim loaded;
  StoredDoc loaded_doc;
  ASSERT_TRUE((*after)->LoadClaim(0, &loaded, &loaded_doc).ok());
  EXPECT_TRUE(loaded.tokens.empty());
  EXPECT_EQ(loaded_doc.wire, 0);
  ASSERT_TRUE((*after)->LoadClaim(1, &loaded, &loaded_doc).ok());
  EXPECT_EQ(loaded.tokens, (std::vector<WordToken>{513, 7, 65535}));
  EXPECT_EQ(loaded_doc.wire, 5);
  // The old layout's article kept no hash: its id and URL alone say it is in.
  auto old_doc = (*after)->FindArticle("doc", "", ArticleHash("any", "text"));
  ASSERT_TRUE(old_doc.ok());
  EXPECT_EQ(*old_doc, ArticleMatch::kSame);
}

// An article is found by its external id and URL; its hash tells the same text from an
// update.
TEST(ClaimIndexTest, AnArticleIsFoundByIdAndUrlAndItsHashTellsAnUpdate) {
  TempDir tmp;
  const std::string path = tmp.File("i.db");
  const uint64_t hash = ArticleHash("Title", "Body of the article.");
  EXPECT_NE(hash, ArticleHash("Title", "Body of the article!"));
  EXPECT_NE(ArticleHash("ab", "c"), ArticleHash("a", "bc"));
  {
    auto index = ClaimIndex::OpenForUpdate(path, kParams);
    ASSERT_TRUE(index.ok()) << index.status();
    StoredDoc d;
    d.run = 1;
    d.ext_id = "a1";
    d.url = "https://example.com/a1";
    d.hash = hash;
    ASSERT_TRUE((*index)->AddDoc(d).ok());
    // Visible inside the run that adds it (a dump listing an article twice).
    auto same = (*index)->FindArticle("a1", "https://example.com/a1", hash);
    ASSERT_TRUE(same.ok());
    EXPECT_EQ(*same, ArticleMatch::kSame);
    ASSERT_TRUE((*index)->Commit("run 1").ok());
  }
  auto index = ClaimIndex::OpenForUpdate(path, kParams);
  ASSERT_TRUE(index.ok()) << index.status();
  ClaimIndex& i = **index;
  EXPECT_EQ(*i.FindArticle("a1", "https://example.com/a1", hash), ArticleMatch::kSame);
  EXPECT_EQ(*i.FindArticle("a1", "https://example.com/a1", hash + 1), ArticleMatch::kUpdated);
  EXPECT_EQ(*i.FindArticle("a1", "https://example.com/other", hash), ArticleMatch::kNew);
  EXPECT_EQ(*i.FindArticle("a2", "https://example.com/a1", hash), ArticleMatch::kNew);
  // The lookup is an index search on the external id, not a scan of the documents.
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  sqlite3_stmt* plan = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db,
                               "EXPLAIN QUERY PLAN SELECT hash FROM docs WHERE ext_id = ? AND "
                               "url = ?",
                               -1, &plan, nullptr),
            SQLITE_OK);
  std::string detail;
  while (sqlite3_step(plan) == SQLITE_ROW) {
    detail += reinterpret_cast<const char*>(sqlite3_column_text(plan, 3));
  }
  sqlite3_finalize(plan);
  sqlite3_close(db);
  EXPECT_NE(detail.find("USING INDEX docs_by_ext_id"), std::string::npos) << detail;
}

TEST(ClaimIndexTest, AnUncommittedRunLeavesNothingAndOtherParametersAreRefused) {
  TempDir tmp;
  const std::string path = tmp.File("i.db");
  {
    auto index = ClaimIndex::OpenForUpdate(path, kParams);
    ASSERT_TRUE(index.ok());
    ASSERT_TRUE((*index)->Commit("empty").ok());
  }
  {
    auto index = ClaimIndex::OpenForUpdate(path, kParams);
    ASSERT_TRUE(index.ok());
    ASSERT_TRUE(AddRun(index->get(), {Claim(0, 0)}).ok());
    // Dropped without Commit: rolled back.
  }
  auto reader = ClaimIndex::OpenForReading(path);
  ASSERT_TRUE(reader.ok());
  EXPECT_EQ((*reader)->claim_count(), 0);
  EXPECT_EQ((*reader)->run(), 2);
  auto other = ClaimIndex::OpenForUpdate(path, {{"num_perms", "64"}, {"threshold", "0.8"}});
  ASSERT_FALSE(other.ok());
  EXPECT_EQ(other.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(other.status().message().find("num_perms: index has 128, this run asks 64"),
            std::string::npos)
      << other.status();
}

}  // namespace
}  // namespace claimdup
