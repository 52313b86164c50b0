// ClaimIndex: the claims of every earlier run, kept in one SQLite file so a daily run matches
// new claims against them without reading old dumps again (pipeline/index_job.h).
//
// What it holds: the documents and claims (original text, speaker, quote group and their
// stable ids), each claim's current cluster id, cluster aliases left by merges, the
// winnowed 4-word-run keys of every claim (the lookup that finds old claims a new one may
// match: postings packed into blocks of keys, store/gram_blocks.h, in two tiers so that a
// day's postings do not rewrite every block of the big one; see AddGrams), and the
// fingerprint parameters it was built with.
// Each claim's word tokens are stored (2 bytes a word), so the earlier claims a run loads
// are sketched from them without normalizing their text again; signatures are not stored
// (256 bytes a claim): they are recomputed from the tokens. Each document keeps the wires it
// credits (the fact-check and wire fields of the reports) and a hash of its title and text,
// so that a run skips the articles already in (FindArticle, keyed by external id and URL).
//
// One run = one SQLite transaction (WAL journal): a run that is killed at any moment leaves
// the index as it was before, and a committed run is entirely in. The transaction starts at
// OpenForUpdate (BEGIN IMMEDIATE, no waiting), so a second writer fails at once with
// FailedPrecondition ("locked by another run"); readers (`report`) read the last commit.
#ifndef CLAIMDUP_STORE_CLAIM_INDEX_H_
#define CLAIMDUP_STORE_CLAIM_INDEX_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/types/span.h"
#include "core/word_token.h"
#include "store/gram_blocks.h"
#include "store/sqlite_db.h"

namespace claimdup {

// (name, value) pairs of every setting that changes fingerprints or matching: an index
// built with one set refuses a run asking for another.
using IndexParams = std::vector<std::pair<std::string, std::string>>;

struct StoredDoc {
  int64_t id = 0;   // Stable document id (input order over all runs).
  int64_t run = 0;  // The run that added it (1 = the first).
  std::string ext_id, outlet, date, url, title;
  uint8_t wire = 0;  // Wires the article credits (a WireSet, extract/wire_credits.h).
  // ArticleHash of its title and text (0: added by an index of layout 4 or older).
  uint64_t hash = 0;
};

// The hash an index keeps of an article's title and text (XXH3-64, never 0): equal articles,
// equal hashes, on every machine and build.
uint64_t ArticleHash(const std::string& title, const std::string& text);

// Whether an article is in the index already (FindArticle): none with its id and URL, one
// with its id, URL and text (the same article), or only ones with other text (an update).
enum class ArticleMatch { kNew, kSame, kUpdated };

struct StoredClaim {
  int64_t id = 0;       // Stable claim id (input order over all runs).
  int64_t doc = 0;      // StoredDoc::id.
  int64_t group = 0;    // Claim id of the first part of its quote group.
  int64_t cluster = 0;  // Current cluster id (never an alias).
  uint32_t begin = 0, end = 0, words = 0;
  std::string speaker, text;
  bool grouped = false;  // Part of a quote group of 2+ (set by LoadClaim).
  // Its normalized word tokens; empty when an index of layout 3 or older added it (then they
  // are recomputed from `text`). Read by LoadClaim and ForEachClaim.
  std::vector<WordToken> tokens;
};

// A claim posting a lookup key, and how many keys it posts (at most kMaxGramKeys).
struct GramPosting {
  uint32_t gram = 0;
  int64_t claim = 0;
  int keys = 0;
  bool operator<(const GramPosting& o) const {
    return gram != o.gram ? gram < o.gram : claim < o.claim;
  }
};
// What a lookup finds: a claim posting the key, and how many keys it posts.
struct GramHolder {
  int64_t claim = 0;
  int keys = 0;
};
inline constexpr int kMaxGramKeys = 63;

class ClaimIndex {
 public:
  // Opens the index at `path` for a run, creating it when missing, and takes the write lock
  // for the object's life. Errors: FailedPrecondition when another run holds it,
  // InvalidArgument when it was built with other `params` (every difference named),
  // PermissionDenied / DataLoss when it cannot be written or is not an index.
  static absl::StatusOr<std::unique_ptr<ClaimIndex>> OpenForUpdate(const std::string& path,
                                                                   const IndexParams& params);
  // Opens an existing index read-only: it reads the runs committed when it opened, whatever
  // commits while it is open.
  static absl::StatusOr<std::unique_ptr<ClaimIndex>> OpenForReading(const std::string& path);

  int64_t run() const { return run_; }             // This run's number (the next one when reading).
  int64_t claim_count() const { return claims_; }  // Also the next claim id.
  int64_t doc_count() const { return docs_; }
  const IndexParams& params() const { return params_; }
  const std::string& path() const { return db_->path(); }

  // Lookups. Each appends to *out.
  // Claims posting `gram` with the number of keys each posts (in claim order), unless more
  // than `max_df` do (a stock phrase: nothing appended).
  absl::Status ClaimsPostingGram(uint32_t gram, int max_df, std::vector<GramHolder>* out);
  // The same for each of `grams` (ascending, distinct): found(gram, holders) once per gram
  // with 1 to max_df holders, in gram order (it may move *holders away). One forward pass
  // over each tier's blocks (store/posting_cursor.h, store/gram_blocks.h): one row read per
  // block the grams fall in, then a binary search in memory per gram.
  absl::Status ClaimsPostingGrams(
      absl::Span<const uint32_t> grams, int max_df,
      const std::function<void(uint32_t gram, std::vector<GramHolder>* holders)>& found);
  absl::Status ClusterMembers(int64_t cluster, std::vector<int64_t>* out);
  // The claims of the quote group whose first part is `group`.
  absl::Status GroupMembers(int64_t group, std::vector<int64_t>* out);
  // Postings in a tier of lookup keys ("grams": the base tier, "grams_recent": the recent
  // one), -1 on error.
  int64_t PostingsIn(const std::string& table);
  // Ids merged into `cluster` (its aliases).
  absl::Status Aliases(int64_t cluster, std::vector<int64_t>* out);
  // Claim `id`, and its document unless `doc` is null.
  absl::Status LoadClaim(int64_t id, StoredClaim* claim, StoredDoc* doc);
  // Claims `ids` (ascending) into out[0, ids.size()), without their documents: one forward
  // pass over the claims (store/posting_cursor.h).
  absl::Status LoadClaims(absl::Span<const int64_t> ids, StoredClaim* out);
  absl::Status LoadDoc(int64_t id, StoredDoc* doc) { return DocOf(id, doc); }
  // An earlier article with external id `ext_id` and URL `url` (both as read, either may be
  // empty): kSame when one has `hash` too, or was added by an index of layout 4 or older
  // (no hash kept: its id and URL decide), kUpdated when all have other hashes, kNew when
  // none. One B-tree lookup on the id (docs_by_ext_id), whatever the index's size.
  absl::StatusOr<ArticleMatch> FindArticle(const std::string& ext_id, const std::string& url,
                                           uint64_t hash);

  // Writes, inside this run's transaction. Ids must continue claim_count() / doc_count().
  absl::Status AddDoc(const StoredDoc& doc);
  absl::Status AddClaim(const StoredClaim& claim);
  // This run's postings, sorted (each block is then rewritten once). They go into the
  // recent tier, except those of the slice of blocks this run folds: the recent tier's
  // postings of those blocks and this run's go into the base tier's (a slice sized so that
  // every block is folded once while the recent tier gains a quarter of the base; every
  // block when the index is new or the run that large).
  absl::Status AddGrams(const std::vector<GramPosting>& postings);
  // Cluster `from` joins `into`: its claims move and it (and its aliases) become aliases.
  absl::Status MergeCluster(int64_t from, int64_t into);
  // Records the run (`inputs`, a description) and commits: the run is in.
  absl::Status Commit(const std::string& inputs);

  // Every claim in id order, with its document.
  absl::Status ForEachClaim(const std::function<void(const StoredClaim&, const StoredDoc&)>& fn);
  // The members (in id order) of every cluster of 2+ claims, cluster by cluster in id order.
  absl::Status ForEachCluster(
      const std::function<absl::Status(int64_t cluster, const std::vector<StoredClaim>&,
                                       const std::vector<StoredDoc>&)>& fn);

 private:
  explicit ClaimIndex(std::unique_ptr<SqliteDb> db) : db_(std::move(db)) {}
  // `created`: the tables were created or upgraded (not yet committed).
  absl::Status CreateOrCheck(const IndexParams& params, bool* created);
  absl::Status ReadCounts();
  absl::Status Prepare();
  absl::Status DocOf(int64_t id, StoredDoc* doc);
  // Merges the postings `next` yields (in key order, then false) into the blocks of `table`
  // (gram_blocks: the base tier, gram_blocks_recent), rewriting each block that gains some
  // (store/gram_blocks.h).
  absl::Status MergeIntoBlocks(const char* table,
                               const std::function<bool(PackedPosting*)>& next);
  // Packs the tiers of an index of layout 5 or older (one row per posting: `grams`,
  // `grams_recent`) into blocks and drops their rows; nothing when there are none.
  absl::Status PackPostingRows();
  absl::Status WriteTierCounts();
  // Folds the recent tier's blocks [from, to) and `postings` (sorted, all in those blocks)
  // into the base tier's and drops them from the recent tier; returns how many recent
  // postings moved.
  absl::StatusOr<int64_t> FoldBlocks(int64_t from, int64_t to,
                                     absl::Span<const GramPosting> postings);
  // The block the next run's fold starts at (0 for an index that never folded a slice).
  absl::StatusOr<int64_t> FoldCursor();
  absl::Status WriteFoldCursor(int64_t next_block);
  absl::StatusOr<bool> HasTable(const char* name);

  std::unique_ptr<SqliteDb> db_;
  IndexParams params_;
  int64_t run_ = 1, claims_ = 0, docs_ = 0;
  int64_t base_grams_ = 0, recent_grams_ = 0;  // Postings in each tier (when writing).
  bool writing_ = false;
  // Prepared once: the statements a run repeats thousands of times.
  std::unique_ptr<SqliteStatement> base_blocks_from_, recent_blocks_from_, cluster_lookup_,
      group_lookup_, claims_from_, doc_lookup_, alias_lookup_, article_lookup_, insert_doc_,
      insert_claim_;
};

}  // namespace claimdup

#endif  // CLAIMDUP_STORE_CLAIM_INDEX_H_
