#include "store/claim_index.h"

#include <algorithm>
#include <cstring>
#include <ctime>
#include <filesystem>

#include <xxhash.h>

#include "absl/strings/str_cat.h"
#include "store/gram_blocks.h"
#include "store/posting_cursor.h"

namespace claimdup {
namespace {

// Bumped when the layout changes: an index of another layout is refused, not misread.
constexpr const char* kLayoutVersion = "6";
// Layouts a run upgrades in place: 2 lacks the recent-postings tier (its postings all count
// as the base tier); 2 and 3 lack claims.tokens and docs.wire (left NULL for their rows:
// tokens recomputed from the text, no wire credited); 2 to 4 lack docs.hash and the index
// docs_by_ext_id (their rows keep a NULL hash: FindArticle matches them on id and URL); 2 to 5
// keep the base tier as one row per posting (`grams`), packed into blocks by the upgrade.
bool Upgradable(const std::string& layout) {
  return layout == "2" || layout == "3" || layout == "4" || layout == "5";
}

// How much of the base tier a run folds the recent tier into: every block once while the
// recent tier gains this share of the base. Each run folds the next slice of blocks (from
// where the last one stopped, round the key space), sized to its postings: a 1x day onto a
// 16x index rewrites a quarter of the base blocks, every day, instead of all of them on
// every fifth day. A run that adds more than the share folds every block.
constexpr int64_t kFoldShareInverse = 4;
constexpr int64_t kGramBlockCount = int64_t{1} << (31 - kGramBlockShift);

// A posting as stored.
PackedPosting Packed(const GramPosting& g) {
  return {g.gram, g.claim * 64 + std::min(g.keys, kMaxGramKeys)};
}

constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS runs(id INTEGER PRIMARY KEY, finished TEXT, inputs TEXT,
                                docs INTEGER, claims INTEGER);
CREATE TABLE IF NOT EXISTS docs(id INTEGER PRIMARY KEY, run INTEGER, ext_id TEXT, outlet TEXT,
                                date TEXT, url TEXT, title TEXT, wire INTEGER, hash INTEGER);
CREATE INDEX IF NOT EXISTS docs_by_ext_id ON docs(ext_id);
CREATE TABLE IF NOT EXISTS claims(id INTEGER PRIMARY KEY, doc INTEGER, grp INTEGER,
                                  cluster INTEGER, b INTEGER, e INTEGER, words INTEGER,
                                  speaker TEXT, text TEXT, tokens BLOB);
CREATE INDEX IF NOT EXISTS claims_by_cluster ON claims(cluster);
CREATE TABLE IF NOT EXISTS gram_blocks(block INTEGER PRIMARY KEY, postings BLOB);
CREATE TABLE IF NOT EXISTS gram_blocks_recent(block INTEGER PRIMARY KEY, postings BLOB);
CREATE TABLE IF NOT EXISTS gram_tiers(id INTEGER PRIMARY KEY CHECK(id = 0), base INTEGER,
                                      recent INTEGER);
CREATE TABLE IF NOT EXISTS gram_fold(id INTEGER PRIMARY KEY CHECK(id = 0), next_block INTEGER);
CREATE TABLE IF NOT EXISTS aliases(alias INTEGER PRIMARY KEY, target INTEGER, run INTEGER);
CREATE INDEX IF NOT EXISTS aliases_by_target ON aliases(target);
)sql";

// Adds `column` ("name TYPE") to `table` unless the table has it (an upgrade).
absl::Status AddColumnIfMissing(SqliteDb* db, const std::string& table, const std::string& column) {
  const std::string name = column.substr(0, column.find(' '));
  auto q = db->Prepare(absl::StrCat("SELECT COUNT(*) FROM pragma_table_info('", table,
                                    "') WHERE name = '", name, "'"));
  if (!q.ok()) return q.status();
  absl::Status st;
  const bool has = q->Step(&st) && q->Int(0) > 0;
  if (!st.ok() || has) return st;
  return db->Exec(absl::StrCat("ALTER TABLE ", table, " ADD COLUMN ", column));
}

std::string Describe(const IndexParams& params) {
  std::string out;
  for (const auto& [k, v] : params) absl::StrAppend(&out, out.empty() ? "" : ", ", k, "=", v);
  return out;
}

}  // namespace

uint64_t ArticleHash(const std::string& title, const std::string& text) {
  // The text hashed with the title's hash as its seed: "ab" + "c" and "a" + "bc" differ.
  const uint64_t h =
      XXH3_64bits_withSeed(text.data(), text.size(), XXH3_64bits(title.data(), title.size()));
  return h == 0 ? 1 : h;  // 0 stands for "not known" (rows of older layouts).
}

absl::StatusOr<std::unique_ptr<ClaimIndex>> ClaimIndex::OpenForUpdate(const std::string& path,
                                                                      const IndexParams& params) {
  auto db = SqliteDb::Open(path, /*create=*/true, /*read_only=*/false);
  if (!db.ok()) return db.status();
  std::unique_ptr<ClaimIndex> index(new ClaimIndex(std::move(*db)));
  SqliteDb& d = *index->db_;
  // WAL: readers see the last commit while a run writes; a killed run's frames are ignored.
  auto mode = d.Prepare("PRAGMA journal_mode=WAL");
  if (!mode.ok()) return mode.status();
  absl::Status st;
  if (mode->Step(&st) && mode->Text(0) != "wal") {
    return absl::PermissionDeniedError(absl::StrCat(
        "index ", path, ": cannot use a write-ahead log (journal mode ", mode->Text(0), ")"));
  }
  if (!st.ok()) return st;
  mode->Reset();
  // Lookups read the file through a map (no copy per page read); writes go through the log.
  for (const char* sql :
       {"PRAGMA synchronous=NORMAL", "PRAGMA cache_size=-65536", "PRAGMA mmap_size=17179869184",
        "PRAGMA temp_store=MEMORY", "BEGIN IMMEDIATE"}) {
    if (absl::Status s = d.Exec(sql); !s.ok()) return s;
  }
  index->writing_ = true;
  bool created = false;
  if (absl::Status s = index->CreateOrCheck(params, &created); !s.ok()) return s;
  if (created) {
    // A new index's tables, or an upgrade's, are committed before the run: the run's read
    // connections (pipeline/index_match.h) see only what is committed.
    for (const char* sql : {"COMMIT", "BEGIN IMMEDIATE"}) {
      if (absl::Status s = d.Exec(sql); !s.ok()) return s;
    }
  }
  if (absl::Status s = index->ReadCounts(); !s.ok()) return s;
  if (absl::Status s = index->Prepare(); !s.ok()) return s;
  return index;
}

absl::StatusOr<std::unique_ptr<ClaimIndex>> ClaimIndex::OpenForReading(const std::string& path) {
  if (!std::filesystem::exists(path)) {
    return absl::NotFoundError(absl::StrCat("index ", path,
                                            ": no such file (build one with "
                                            "`claimdup run DUMP --index ",
                                            path, "`)"));
  }
  auto db = SqliteDb::Open(path, /*create=*/false, /*read_only=*/true);
  if (!db.ok()) return absl::NotFoundError(db.status().message());
  std::unique_ptr<ClaimIndex> index(new ClaimIndex(std::move(*db)));
  // One read transaction for the object's life: every read sees the same committed run
  // (`report` while a run commits), and no read pays for taking a snapshot of its own.
  for (const char* sql : {"PRAGMA mmap_size=17179869184", "BEGIN"}) {
    if (absl::Status s = index->db_->Exec(sql); !s.ok()) return s;
  }
  auto meta = index->db_->Prepare("SELECT key, value FROM meta ORDER BY key");
  if (!meta.ok()) {
    return absl::InvalidArgumentError(absl::StrCat(path, " is not a claimdup index"));
  }
  absl::Status st;
  while (meta->Step(&st)) index->params_.push_back({meta->Text(0), meta->Text(1)});
  if (!st.ok()) return st;
  if (absl::Status s = index->ReadCounts(); !s.ok()) return s;
  if (absl::Status s = index->Prepare(); !s.ok()) return s;
  return index;
}

absl::Status ClaimIndex::CreateOrCheck(const IndexParams& params, bool* created) {
  if (absl::Status s = db_->Exec(kSchema); !s.ok()) return s;
  IndexParams wanted = {{"layout", kLayoutVersion}};
  wanted.insert(wanted.end(), params.begin(), params.end());
  auto read = db_->Prepare("SELECT value FROM meta WHERE key = ?");
  if (!read.ok()) return read.status();
  auto write = db_->Prepare("INSERT INTO meta(key, value) VALUES(?, ?)");
  if (!write.ok()) return write.status();
  auto count = db_->Prepare("SELECT COUNT(*) FROM meta");
  if (!count.ok()) return count.status();
  absl::Status st;
  const bool fresh = count->Step(&st) && count->Int(0) == 0;
  count->Reset();  // Done: an open statement would block dropping a table below.
  *created = fresh;
  if (!st.ok()) return st;
  std::string differences;
  for (const auto& [key, value] : wanted) {
    if (fresh) {
      write->BindText(1, key).BindText(2, value);
      if (absl::Status s = write->Run(); !s.ok()) return s;
      continue;
    }
    read->BindText(1, key);
    const std::string have = read->Step(&st) ? read->Text(0) : "(none)";
    read->Reset();
    if (!st.ok()) return st;
    if (key == "layout" && Upgradable(have)) {
      *created = true;
      for (const auto& [table, column] : {std::pair<const char*, const char*>{"docs", "wire INTEGER"},
                                          {"claims", "tokens BLOB"},
                                          {"docs", "hash INTEGER"}}) {
        if (absl::Status s = AddColumnIfMissing(db_.get(), table, column); !s.ok()) return s;
      }
      if (absl::Status s = db_->Exec(
              absl::StrCat("UPDATE meta SET value = '", kLayoutVersion, "' WHERE key = 'layout'"));
          !s.ok()) {
        return s;
      }
      continue;
    }
    if (have != value) {
      absl::StrAppend(&differences, differences.empty() ? "" : "; ", key, ": index has ", have,
                      ", this run asks ", value);
    }
  }
  if (!differences.empty()) {
    return absl::InvalidArgumentError(absl::StrCat(
        "index ", db_->path(), " was built with other fingerprint parameters (", differences,
        "). Use the settings it was built with, or a new --index. This run: ", Describe(params)));
  }
  params_ = params;
  // An index of layout 5 or older keeps its base tier as rows: packed into blocks, once.
  if (absl::Status s = PackPostingRows(); !s.ok()) return s;
  // The tiers' posting counts; an index without them (layout 2: all of its postings are the
  // base) has them counted, once: counting reads every block.
  auto counts = db_->Prepare("SELECT base, recent FROM gram_tiers WHERE id = 0");
  if (!counts.ok()) return counts.status();
  if (counts->Step(&st)) {
    base_grams_ = counts->Int(0);
    recent_grams_ = counts->Int(1);
    return absl::OkStatus();
  }
  if (!st.ok()) return st;
  counts->Reset();
  auto tiers = db_->Prepare(absl::StrCat(
      "INSERT INTO gram_tiers(id, base, recent) VALUES(0, (SELECT "
      "COALESCE(SUM(length(postings)), 0) / ",
      kPackedPostingBytes, " FROM gram_blocks), 0)"));
  if (!tiers.ok()) return tiers.status();
  if (absl::Status s = tiers->Run(); !s.ok()) return s;
  if (counts->Step(&st)) {
    base_grams_ = counts->Int(0);
    recent_grams_ = counts->Int(1);
  }
  return st;
}

absl::Status ClaimIndex::ReadCounts() {
  auto q = db_->Prepare(
      "SELECT (SELECT COALESCE(MAX(id), 0) FROM runs), (SELECT COALESCE(MAX(id) + 1, 0) FROM "
      "claims), (SELECT COALESCE(MAX(id) + 1, 0) FROM docs)");
  if (!q.ok()) return q.status();
  absl::Status st;
  if (q->Step(&st)) {
    run_ = q->Int(0) + 1;
    claims_ = q->Int(1);
    docs_ = q->Int(2);
  }
  return st;
}

absl::Status ClaimIndex::Prepare() {
  auto prepare = [&](const char* sql, std::unique_ptr<SqliteStatement>* out) -> absl::Status {
    auto s = db_->Prepare(sql);
    if (!s.ok()) return s.status();
    *out = std::make_unique<SqliteStatement>(std::move(*s));
    return absl::OkStatus();
  };
  absl::Status st;
  // A reader of an index of layout 5 or older (not yet upgraded by a run) has no blocks to
  // look keys up in; it reads everything else (`report`).
  auto blocks = HasTable("gram_blocks");
  if (!blocks.ok()) return blocks.status();
  if (*blocks) {
    st.Update(prepare("SELECT block, postings FROM gram_blocks WHERE block >= ?1 ORDER BY block",
                      &base_blocks_from_));
    st.Update(prepare(
        "SELECT block, postings FROM gram_blocks_recent WHERE block >= ?1 ORDER BY block",
        &recent_blocks_from_));
  }
  for (auto [sql, out] :
       std::initializer_list<std::pair<const char*, std::unique_ptr<SqliteStatement>*>>{
           {"SELECT id FROM claims WHERE cluster = ?", &cluster_lookup_},
           {"SELECT id, grp FROM claims WHERE id >= ? ORDER BY id", &group_lookup_},
           // Claims from an id on (a claim heading a quote group of 2+ is followed by its
           // other parts).
           {"SELECT id, doc, grp, cluster, b, e, words, speaker, text, tokens FROM claims "
            "WHERE id >= ?1 ORDER BY id",
            &claims_from_},
           {"SELECT run, ext_id, outlet, date, url, title, wire FROM docs WHERE id = ?",
            &doc_lookup_},
           {"SELECT alias FROM aliases WHERE target = ? ORDER BY alias", &alias_lookup_},
           {"SELECT hash FROM docs WHERE ext_id = ? AND url = ?", &article_lookup_}}) {
    st.Update(prepare(sql, out));
  }
  if (!writing_) return st;
  st.Update(
      prepare("INSERT INTO docs(id, run, ext_id, outlet, date, url, title, wire, hash) "
              "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)",
              &insert_doc_));
  st.Update(
      prepare("INSERT INTO claims(id, doc, grp, cluster, b, e, words, speaker, text, tokens) "
              "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
              &insert_claim_));
  return st;
}

// A posting stores claim * 64 + its key count in one integer column: the lookup that finds a
// claim also says how many keys it posts, at no extra read.
absl::Status ClaimIndex::ClaimsPostingGram(uint32_t gram, int max_df,
                                           std::vector<GramHolder>* out) {
  const uint32_t grams[] = {gram};
  return ClaimsPostingGrams(grams, max_df, [&](uint32_t, std::vector<GramHolder>* holders) {
    out->insert(out->end(), holders->begin(), holders->end());
  });
}

absl::Status ClaimIndex::ClaimsPostingGrams(
    absl::Span<const uint32_t> grams, int max_df,
    const std::function<void(uint32_t, std::vector<GramHolder>*)>& found) {
  if (base_blocks_from_ == nullptr) {
    return absl::FailedPreconditionError(absl::StrCat(
        "index ", db_->path(), " is of an older layout: a run with --index upgrades it"));
  }
  ForwardCursor base(base_blocks_from_.get(), ForwardCursor::kShortRowSteps),
      recent(recent_blocks_from_.get(), ForwardCursor::kShortRowSteps);
  const size_t limit = static_cast<size_t>(max_df) + 1;  // One more: a stock phrase.
  int64_t block = -1;
  // The tiers' blocks of `block` (each valid while its cursor stays on it).
  absl::string_view base_bytes, recent_bytes;
  std::vector<int64_t> values;
  std::vector<GramHolder> holders;
  for (const uint32_t gram : grams) {
    if (GramBlock(gram) != block) {
      block = GramBlock(gram);
      base_bytes = base.MoveTo(block) ? base.row().Blob(1) : absl::string_view();
      recent_bytes = recent.MoveTo(block) ? recent.row().Blob(1) : absl::string_view();
    }
    // The base tier's postings first, then the recent tier's: max_df + 1 over both is too
    // many.
    values.clear();
    GramBlockValues(base_bytes, gram, limit, &values);
    GramBlockValues(recent_bytes, gram, limit - values.size(), &values);
    if (values.empty() || values.size() == limit) continue;
    holders.clear();
    for (const int64_t v : values) holders.push_back({v >> 6, static_cast<int>(v & 63)});
    found(gram, &holders);
  }
  if (!base.status().ok()) return base.status();
  return recent.status();
}

absl::Status ClaimIndex::ClusterMembers(int64_t cluster, std::vector<int64_t>* out) {
  cluster_lookup_->BindInt(1, cluster);
  absl::Status st;
  while (cluster_lookup_->Step(&st)) out->push_back(cluster_lookup_->Int(0));
  cluster_lookup_->Reset();
  return st;
}

absl::Status ClaimIndex::GroupMembers(int64_t group, std::vector<int64_t>* out) {
  // A group's parts are consecutive claims from its first: read on while they belong.
  group_lookup_->BindInt(1, group);
  absl::Status st;
  while (group_lookup_->Step(&st) && group_lookup_->Int(1) == group) {
    out->push_back(group_lookup_->Int(0));
  }
  group_lookup_->Reset();
  return st;
}

int64_t ClaimIndex::PostingsIn(const std::string& table) {
  if (table != "grams" && table != "grams_recent") return -1;
  auto q = db_->Prepare(absl::StrCat("SELECT COALESCE(SUM(length(postings)), 0) / ",
                                    kPackedPostingBytes, " FROM ",
                                    table == "grams" ? "gram_blocks" : "gram_blocks_recent"));
  absl::Status st;
  return q.ok() && q->Step(&st) ? q->Int(0) : -1;
}

absl::Status ClaimIndex::Aliases(int64_t cluster, std::vector<int64_t>* out) {
  alias_lookup_->BindInt(1, cluster);
  absl::Status st;
  while (alias_lookup_->Step(&st)) out->push_back(alias_lookup_->Int(0));
  alias_lookup_->Reset();
  return st;
}

absl::Status ClaimIndex::DocOf(int64_t id, StoredDoc* doc) {
  doc_lookup_->BindInt(1, id);
  absl::Status st;
  if (doc_lookup_->Step(&st)) {
    doc->id = id;
    doc->run = doc_lookup_->Int(0);
    doc->ext_id = doc_lookup_->Text(1);
    doc->outlet = doc_lookup_->Text(2);
    doc->date = doc_lookup_->Text(3);
    doc->url = doc_lookup_->Text(4);
    doc->title = doc_lookup_->Text(5);
    doc->wire = static_cast<uint8_t>(doc_lookup_->Int(6));
  } else if (st.ok()) {
    st = absl::DataLossError(absl::StrCat("index ", db_->path(), ": document ", id, " missing"));
  }
  doc_lookup_->Reset();
  return st;
}

absl::Status ClaimIndex::LoadClaim(int64_t id, StoredClaim* c, StoredDoc* doc) {
  const int64_t ids[] = {id};
  if (absl::Status st = LoadClaims(ids, c); !st.ok()) return st;
  return doc == nullptr ? absl::OkStatus() : DocOf(c->doc, doc);
}

absl::Status ClaimIndex::LoadClaims(absl::Span<const int64_t> ids, StoredClaim* out) {
  ForwardCursor rows(claims_from_.get(), /*max_steps=*/0);
  const SqliteStatement& q = rows.row();
  for (size_t k = 0; k < ids.size(); ++k) {
    const int64_t id = ids[k];
    if (!rows.MoveTo(id)) {
      if (!rows.status().ok()) return rows.status();
      return absl::DataLossError(absl::StrCat("index ", db_->path(), ": claim ", id, " missing"));
    }
    StoredClaim* c = &out[k];
    c->id = id;
    c->doc = q.Int(1);
    c->group = q.Int(2);
    c->cluster = q.Int(3);
    c->begin = static_cast<uint32_t>(q.Int(4));
    c->end = static_cast<uint32_t>(q.Int(5));
    c->words = static_cast<uint32_t>(q.Int(6));
    c->speaker = q.Text(7);
    c->text = q.Text(8);
    const absl::string_view tokens = q.Blob(9);
    c->tokens.resize(tokens.size() / sizeof(WordToken));
    if (!c->tokens.empty()) std::memcpy(c->tokens.data(), tokens.data(), tokens.size());
    // The next row read from here on: a later part of this claim's group, or another claim.
    c->grouped = c->group != id || (rows.Next() && q.Int(2) == id);
  }
  return rows.status();
}

absl::StatusOr<ArticleMatch> ClaimIndex::FindArticle(const std::string& ext_id,
                                                      const std::string& url, uint64_t hash) {
  article_lookup_->BindText(1, ext_id).BindText(2, url);
  ArticleMatch match = ArticleMatch::kNew;
  absl::Status st;
  while (match != ArticleMatch::kSame && article_lookup_->Step(&st)) {
    const uint64_t have = static_cast<uint64_t>(article_lookup_->Int(0));
    // 0: a row of layout 4 or older (NULL), whose text is not known.
    match = have == 0 || have == hash ? ArticleMatch::kSame : ArticleMatch::kUpdated;
  }
  article_lookup_->Reset();
  if (!st.ok()) return st;
  return match;
}

absl::Status ClaimIndex::AddDoc(const StoredDoc& d) {
  insert_doc_->BindInt(1, d.id).BindInt(2, d.run).BindText(3, d.ext_id).BindText(4, d.outlet);
  insert_doc_->BindText(5, d.date).BindText(6, d.url).BindText(7, d.title).BindInt(8, d.wire);
  insert_doc_->BindInt(9, static_cast<int64_t>(d.hash));  // Two's complement: all 64 bits.
  docs_ = std::max(docs_, d.id + 1);
  return insert_doc_->Run();
}

absl::Status ClaimIndex::AddClaim(const StoredClaim& c) {
  insert_claim_->BindInt(1, c.id).BindInt(2, c.doc).BindInt(3, c.group).BindInt(4, c.cluster);
  insert_claim_->BindInt(5, c.begin).BindInt(6, c.end).BindInt(7, c.words);
  insert_claim_->BindText(8, c.speaker).BindText(9, c.text);
  // Native byte order (little-endian on every machine claimdup is built for).
  insert_claim_->BindBlob(10, absl::string_view(reinterpret_cast<const char*>(c.tokens.data()),
                                                c.tokens.size() * sizeof(WordToken)));
  claims_ = std::max(claims_, c.id + 1);
  return insert_claim_->Run();
}

absl::Status ClaimIndex::AddGrams(const std::vector<GramPosting>& postings) {
  const int64_t n = static_cast<int64_t>(postings.size());
  // The blocks this run folds: as many as fold every block once while the recent tier
  // gains a 1/kFoldShareInverse-th of the base (all of them for a run that large).
  const int64_t slice =
      base_grams_ == 0
          ? kGramBlockCount
          : std::min(kGramBlockCount,
                     (kGramBlockCount * kFoldShareInverse * n + base_grams_ - 1) / base_grams_);
  auto cursor = FoldCursor();
  if (!cursor.ok()) return cursor.status();
  const int64_t lo = slice >= kGramBlockCount ? 0 : *cursor, hi = lo + slice;
  // At most two ranges of blocks: [lo, hi) wraps around the key space.
  const std::pair<int64_t, int64_t> ranges[2] = {
      {lo, std::min(hi, kGramBlockCount)}, {0, std::max<int64_t>(0, hi - kGramBlockCount)}};
  auto folded = [&](const GramPosting& g) {
    const int64_t b = GramBlock(g.gram);
    return (b >= ranges[0].first && b < ranges[0].second) || b < ranges[1].second;
  };
  // This run's postings outside the folded blocks go into the recent tier.
  int64_t to_recent = 0;
  size_t at = 0;
  if (absl::Status s = MergeIntoBlocks("gram_blocks_recent",
                                       [&](PackedPosting* p) {
                                         while (at < postings.size() && folded(postings[at])) ++at;
                                         if (at == postings.size()) return false;
                                         *p = Packed(postings[at++]);
                                         ++to_recent;
                                         return true;
                                       });
      !s.ok()) {
    return s;
  }
  // The others, with the recent tier's postings of those blocks, into the base.
  int64_t moved = 0;
  for (const auto& [from, to] : ranges) {
    if (from >= to) continue;
    const auto first = std::lower_bound(
        postings.begin(), postings.end(), from,
        [](const GramPosting& g, int64_t block) { return GramBlock(g.gram) < block; });
    const auto last = std::lower_bound(
        first, postings.end(), to,
        [](const GramPosting& g, int64_t block) { return GramBlock(g.gram) < block; });
    auto fold = FoldBlocks(from, to,
                           absl::MakeConstSpan(postings.data() + (first - postings.begin()),
                                               static_cast<size_t>(last - first)));
    if (!fold.ok()) return fold.status();
    moved += *fold;
  }
  base_grams_ += moved + (n - to_recent);
  recent_grams_ += to_recent - moved;
  if (absl::Status s = WriteFoldCursor(hi % kGramBlockCount); !s.ok()) return s;
  return WriteTierCounts();
}

absl::StatusOr<int64_t> ClaimIndex::FoldBlocks(int64_t from, int64_t to,
                                               absl::Span<const GramPosting> postings) {
  auto recent = db_->Prepare(
      "SELECT postings FROM gram_blocks_recent WHERE block >= ?1 AND block < ?2 ORDER BY block");
  if (!recent.ok()) return recent.status();
  recent->BindInt(1, from).BindInt(2, to);
  absl::Status st;
  int64_t moved = 0;
  std::vector<PackedPosting> recent_block;  // The recent block being read, from `r`.
  size_t r = 0, at = 0;
  auto next_recent = [&](PackedPosting* p) {
    while (r == recent_block.size()) {
      recent_block.clear();
      r = 0;
      if (!recent->Step(&st)) return false;
      DecodeGramBlock(recent->Blob(0), &recent_block);
      moved += static_cast<int64_t>(recent_block.size());
    }
    *p = recent_block[r++];
    return true;
  };
  auto next_new = [&](PackedPosting* p) {
    if (at == postings.size()) return false;
    *p = Packed(postings[at++]);
    return true;
  };
  // Both in key order; the recent tier's are the older claims.
  PackedPosting old_head, new_head;
  bool has_old = next_recent(&old_head), has_new = next_new(&new_head);
  absl::Status merged = MergeIntoBlocks("gram_blocks", [&](PackedPosting* p) {
    if (!has_old && !has_new) return false;
    if (has_old && (!has_new || old_head < new_head)) {
      *p = old_head;
      has_old = next_recent(&old_head);
    } else {
      *p = new_head;
      has_new = next_new(&new_head);
    }
    return true;
  });
  recent->Reset();
  if (!st.ok()) return st;
  if (!merged.ok()) return merged;
  auto drop = db_->Prepare("DELETE FROM gram_blocks_recent WHERE block >= ?1 AND block < ?2");
  if (!drop.ok()) return drop.status();
  drop->BindInt(1, from).BindInt(2, to);
  if (absl::Status s = drop->Run(); !s.ok()) return s;
  return moved;
}

absl::StatusOr<int64_t> ClaimIndex::FoldCursor() {
  auto q = db_->Prepare("SELECT next_block FROM gram_fold WHERE id = 0");
  if (!q.ok()) return q.status();
  absl::Status st;
  const int64_t next = q->Step(&st) ? q->Int(0) : 0;
  if (!st.ok()) return st;
  return std::clamp<int64_t>(next, 0, kGramBlockCount - 1);
}

absl::Status ClaimIndex::WriteFoldCursor(int64_t next_block) {
  auto q = db_->Prepare("INSERT OR REPLACE INTO gram_fold(id, next_block) VALUES(0, ?)");
  if (!q.ok()) return q.status();
  q->BindInt(1, next_block);
  return q->Run();
}

absl::Status ClaimIndex::WriteTierCounts() {
  auto tiers = db_->Prepare("UPDATE gram_tiers SET base = ?, recent = ? WHERE id = 0");
  if (!tiers.ok()) return tiers.status();
  tiers->BindInt(1, base_grams_).BindInt(2, recent_grams_);
  return tiers->Run();
}

absl::Status ClaimIndex::MergeIntoBlocks(const char* table,
                                         const std::function<bool(PackedPosting*)>& next) {
  auto read = db_->Prepare(absl::StrCat("SELECT postings FROM ", table, " WHERE block = ?"));
  if (!read.ok()) return read.status();
  auto write = db_->Prepare(
      absl::StrCat("INSERT OR REPLACE INTO ", table, "(block, postings) VALUES(?, ?)"));
  if (!write.ok()) return write.status();
  // An empty tier (the recent one after a fold, the base of a new index) has no block to
  // read back: one question instead of one per block.
  auto any = db_->Prepare(absl::StrCat("SELECT EXISTS(SELECT 1 FROM ", table, ")"));
  if (!any.ok()) return any.status();
  absl::Status st;
  const bool empty = any->Step(&st) && any->Int(0) == 0;
  any->Reset();
  if (!st.ok()) return st;
  std::vector<PackedPosting> more, block;
  PackedPosting p;
  bool has = next(&p);
  while (has) {
    const int64_t b = GramBlock(p.gram);
    more.clear();
    for (; has && GramBlock(p.gram) == b; has = next(&p)) more.push_back(p);
    block.clear();
    if (!empty) {
      read->BindInt(1, b);
      if (read->Step(&st)) DecodeGramBlock(read->Blob(0), &block);
      read->Reset();
      if (!st.ok()) return st;
    }
    MergeGramBlock(more, &block);
    write->BindInt(1, b).BindBlob(2, EncodeGramBlock(block));
    if (absl::Status s = write->Run(); !s.ok()) return s;
  }
  return absl::OkStatus();
}

absl::StatusOr<bool> ClaimIndex::HasTable(const char* name) {
  auto q = db_->Prepare("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?");
  if (!q.ok()) return q.status();
  q->BindText(1, name);
  absl::Status st;
  const bool has = q->Step(&st) && q->Int(0) > 0;
  if (!st.ok()) return st;
  return has;
}

absl::Status ClaimIndex::PackPostingRows() {
  for (const auto& [rows, blocks] : {std::pair<const char*, const char*>{"grams", "gram_blocks"},
                                     {"grams_recent", "gram_blocks_recent"}}) {
    auto has = HasTable(rows);
    if (!has.ok()) return has.status();
    if (!*has) continue;
    auto all =
        db_->Prepare(absl::StrCat("SELECT gram, claim FROM ", rows, " ORDER BY gram, claim"));
    if (!all.ok()) return all.status();
    absl::Status st;
    absl::Status packed = MergeIntoBlocks(blocks, [&](PackedPosting* p) {
      if (!all->Step(&st)) return false;
      *p = {static_cast<uint32_t>(all->Int(0)), all->Int(1)};
      return true;
    });
    all->Reset();
    if (!st.ok()) return st;
    if (!packed.ok()) return packed;
    if (absl::Status s = db_->Exec(absl::StrCat("DROP TABLE ", rows)); !s.ok()) return s;
  }
  return absl::OkStatus();
}

absl::Status ClaimIndex::MergeCluster(int64_t from, int64_t into) {
  for (const std::string& sql :
       {absl::StrCat("UPDATE claims SET cluster = ", into, " WHERE cluster = ", from),
        absl::StrCat("UPDATE aliases SET target = ", into, " WHERE target = ", from),
        absl::StrCat("INSERT INTO aliases(alias, target, run) VALUES(", from, ", ", into, ", ",
                     run_, ")")}) {
    if (absl::Status s = db_->Exec(sql); !s.ok()) return s;
  }
  return absl::OkStatus();
}

absl::Status ClaimIndex::Commit(const std::string& inputs) {
  auto q =
      db_->Prepare("INSERT INTO runs(id, finished, inputs, docs, claims) VALUES(?, ?, ?, ?, ?)");
  if (!q.ok()) return q.status();
  char when[32];
  const std::time_t now = std::time(nullptr);
  std::strftime(when, sizeof(when), "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&now));
  q->BindInt(1, run_).BindText(2, when).BindText(3, inputs).BindInt(4, docs_).BindInt(5, claims_);
  if (absl::Status s = q->Run(); !s.ok()) return s;
  if (absl::Status s = db_->Exec("COMMIT"); !s.ok()) return s;
  writing_ = false;
  // Fold the log into the file: the index stays one file between runs. Best effort (a
  // reader may hold the log); the commit above is what counts.
  (void)db_->Exec("PRAGMA wal_checkpoint(TRUNCATE)");
  return absl::OkStatus();
}

absl::Status ClaimIndex::ForEachClaim(
    const std::function<void(const StoredClaim&, const StoredDoc&)>& fn) {
  auto q = db_->Prepare(
      "SELECT c.id, c.doc, c.grp, c.cluster, c.b, c.e, c.words, c.speaker, c.text, d.run, "
      "d.ext_id, d.outlet, d.date, d.url, d.title, d.wire, c.tokens FROM claims c JOIN docs d "
      "ON d.id = c.doc ORDER BY c.id");
  if (!q.ok()) return q.status();
  absl::Status st;
  StoredClaim c;
  StoredDoc d;
  while (q->Step(&st)) {
    c.id = q->Int(0);
    c.doc = d.id = q->Int(1);
    c.group = q->Int(2);
    c.cluster = q->Int(3);
    c.begin = static_cast<uint32_t>(q->Int(4));
    c.end = static_cast<uint32_t>(q->Int(5));
    c.words = static_cast<uint32_t>(q->Int(6));
    c.speaker = q->Text(7);
    c.text = q->Text(8);
    d.run = q->Int(9);
    d.ext_id = q->Text(10);
    d.outlet = q->Text(11);
    d.date = q->Text(12);
    d.url = q->Text(13);
    d.title = q->Text(14);
    d.wire = static_cast<uint8_t>(q->Int(15));
    const absl::string_view tokens = q->Blob(16);
    c.tokens.resize(tokens.size() / sizeof(WordToken));
    if (!c.tokens.empty()) std::memcpy(c.tokens.data(), tokens.data(), tokens.size());
    fn(c, d);
  }
  return st;
}

absl::Status ClaimIndex::ForEachCluster(
    const std::function<absl::Status(int64_t, const std::vector<StoredClaim>&,
                                     const std::vector<StoredDoc>&)>& fn) {
  // Clusters of 2+: ids that some other claim points to (a claim's own id is its cluster
  // while alone).
  auto q = db_->Prepare("SELECT DISTINCT cluster FROM claims WHERE cluster != id ORDER BY cluster");
  if (!q.ok()) return q.status();
  absl::Status st;
  std::vector<int64_t> ids;
  std::vector<StoredClaim> members;
  std::vector<StoredDoc> docs;
  while (q->Step(&st)) {
    const int64_t cluster = q->Int(0);
    ids.clear();
    // The cluster lookup shares no state with `q`: a second statement reads beside it.
    if (absl::Status s = ClusterMembers(cluster, &ids); !s.ok()) return s;
    std::sort(ids.begin(), ids.end());
    members.assign(ids.size(), {});
    docs.assign(ids.size(), {});
    for (size_t k = 0; k < ids.size(); ++k) {
      if (absl::Status s = LoadClaim(ids[k], &members[k], &docs[k]); !s.ok()) return s;
    }
    if (absl::Status s = fn(cluster, members, docs); !s.ok()) return s;
  }
  return st;
}

}  // namespace claimdup
