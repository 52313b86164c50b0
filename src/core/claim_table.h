// ClaimTable: every claim of a run, column by column, with the documents, outlets and
// speakers they refer to.
//
// Flat, contiguous columns (claim i's signature is signatures[i*B, (i+1)*B) for B bytes per
// signature, see sketch/minhash.h; its normalized words are token_count[i] tokens from
// token_begin[i]; its shingle set is derived from those words when needed, see
// text/shingle.h) so the hot loops scan arrays, shards can
// be written out and merged, and no claim is a heap object. Claim ids are row indices,
// assigned in input order, so they do not depend on thread scheduling.
#ifndef CLAIMDUP_CORE_CLAIM_TABLE_H_
#define CLAIMDUP_CORE_CLAIM_TABLE_H_

#include <cassert>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "core/spill_file.h"
#include "core/word_token.h"

namespace claimdup {

struct DocInfo {
  std::string id;
  uint32_t outlet = 0;  // Index into ClaimTable::outlets.
  std::string date;     // ISO 8601 or "".
  std::string url;
  std::string title;
  uint8_t wire = 0;  // Wires the article credits (a WireSet, extract/wire_credits.h).
};

// What matching keeps of a claim's text.
struct ClaimSketch {
  absl::Span<const WordToken> tokens;  // Normalized words (hashes), in order.
  uint32_t shingle_count = 0;          // Size of its shingle set.
  uint64_t set_key = 0;                // Fingerprint of the set: equal sets, equal keys.
  const uint8_t* signature = nullptr;  // signature_bytes() bytes; null in a table without them.
};

class ClaimTable {
 public:
  // Signatures of `num_perms` values of `signature_bits` (8 or 16) bits.
  explicit ClaimTable(int num_perms = 0, int signature_bits = 16)
      : num_perms_(num_perms), signature_bits_(signature_bits) {
    speakers.push_back("");
  }

  // Documents and their outlets.
  std::vector<DocInfo> docs;
  std::vector<std::string> outlets;
  // Speakers: index 0 is "unknown".
  std::vector<std::string> speakers;

  size_t size() const { return doc_.size(); }

  // Claim i's columns (ids and offsets as AddClaim took them; see Append and Compact).
  uint32_t doc(size_t i) const { return doc_[i]; }
  uint32_t begin(size_t i) const { return begin_[i]; }  // Byte offsets in the document text.
  uint32_t end(size_t i) const { return end_[i]; }
  uint32_t words(size_t i) const { return words_[i]; }  // Words of the original text.
  uint32_t group(size_t i) const { return group_[i]; }  // Claim id of its group's first part.
  uint32_t speaker(size_t i) const { return speaker_[i]; }  // Index into speakers.
  uint64_t paragraph_hash(size_t i) const { return paragraph_hash_[i]; }
  uint32_t text_length(size_t i) const { return text_length_[i]; }
  // Where the text lies in the arena (or spill file): reading texts in this order reads
  // the file front to back.
  uint64_t text_offset(size_t i) const { return text_begin_[i]; }
  uint32_t shingle_count(size_t i) const { return shingle_count_[i]; }  // Size of its shingle set.
  uint64_t set_key(size_t i) const { return set_key_[i]; }  // SetFingerprint of the set.
  uint32_t token_count(size_t i) const { return token_count_[i]; }
  int num_perms() const { return num_perms_; }
  int signature_bits() const { return signature_bits_; }
  size_t signature_bytes() const { return static_cast<size_t>(num_perms_) * (signature_bits_ / 8); }
  // The claim's original text. A spilled table answers only after Seal().
  absl::string_view text(size_t i) const {
    assert(!spill_ || sealed_);
    return spill_ ? spill_->View(text_begin_[i], text_length_[i])
                  : absl::string_view(text_arena_).substr(text_begin_[i], text_length_[i]);
  }
  // The claim's normalized words. A spilled table answers only after Seal().
  absl::Span<const WordToken> token_seq(size_t i) const {
    assert(!token_spill_ || token_map_ != nullptr);
    return absl::MakeConstSpan((token_map_ ? token_map_ : tokens_.data()) + token_begin_[i],
                               token_count_[i]);
  }
  const uint8_t* signature(size_t i) const {
    assert(!signatures_.empty());
    return signatures_.data() + i * signature_bytes();
  }
  // Every signature, claim by claim (empty once dropped).
  absl::Span<const uint8_t> signatures() const { return signatures_; }
  const std::string& outlet_of(size_t i) const { return outlets[docs[doc_[i]].outlet]; }

  // Maps every claim's speaker s to canon[s] (canon has one entry per speakers entry).
  void RenameSpeakers(absl::Span<const uint32_t> canon);

  // Index of `name` in outlets / speakers, adding it if new.
  uint32_t InternOutlet(absl::string_view name);
  uint32_t InternSpeaker(absl::string_view name);

  // Appends one claim; `group` is a claim id.
  void AddClaim(uint32_t doc_index, uint32_t begin_offset, uint32_t end_offset, uint32_t word_count,
                uint32_t group_id, uint32_t speaker_index, uint64_t paragraph,
                absl::string_view text, const ClaimSketch& sketch);

  // Reserves room for about `claims` claims of `text_bytes` text in all, so appending does
  // not copy the columns over and over (untouched reserved pages cost no memory).
  void Reserve(size_t claims, size_t text_bytes);

  // Appends all documents and claims of `shard` (a table built from later input), mapping
  // its outlets, speakers, document indices and claim ids into this table.
  void Append(const ClaimTable& shard);
  // The same, moving the shard's documents (their id, date, URL and title strings) here
  // instead of copying them: for a batch that is not read again.
  void Append(ClaimTable&& shard);

  // Keeps the claims with keep[i] (in order), renumbering ids; a group whose first part is
  // dropped starts at its first kept part.
  void Compact(const std::vector<bool>& keep);

  // Frees columns a stage no longer needs: the paragraph hashes once boilerplate is found,
  // the signatures once LSH has read them, and the matching columns (tokens, token
  // offsets, signatures) once claims are clustered. The table must not be appended to or
  // compacted afterwards.
  void DropParagraphHashes();
  void DropSignatures();
  void DropMatchingColumns();

  // Moves every signature to the end of *to, claim by claim; the table goes on without
  // signatures (a table holds every claim's signature or none: append only tables without
  // them, and AddClaim takes a null signature). A distributed run keeps the signatures on
  // the rank that made them (pipeline/distributed_signatures.h).
  void TakeSignatures(std::vector<uint8_t>* to);

  // Keeps the text and the word tokens in unnamed files in folder `dir` from now on (see
  // core/spill_file.h): Append writes each shard's text and tokens there. Seal() must
  // follow the last Append, before text() or token_seq() is used. Tokens on disk cost
  // memory only while read: exact-duplicate and pair verification read them, LSH (the
  // stage with the largest buffers) does not.
  absl::Status Spill(const std::string& dir);
  absl::Status Seal();
  // A hint for readers of many texts: the text read so far is not needed again soon, so a
  // spilled table's pages may leave memory. Reading one text maps ~64 KiB around it, so
  // readers in claim order call it every few thousand claims, readers that jump around
  // every few hundred texts.
  void ReleaseText() const;

 private:
  // Debug and test builds check the rules above (NDEBUG compiles this out): every claim column holds
  // size() rows, a dropped one none; nothing is appended or compacted after a Drop*.
  void CheckColumns() const;
  // Append's body: the documents are moved from *take_docs (the shard's own) when not null,
  // else copied.
  void AppendShard(const ClaimTable& shard, std::vector<DocInfo>* take_docs);
  // Calls f(member pointer) for each row column, in one fixed order (claim_table.cc).
  template <typename F>
  static void ForEachRowColumn(F&& f);

  int num_perms_;
  int signature_bits_;
  // Claim columns: one row per claim (ForEachRowColumn in claim_table.cc lists them for
  // Reserve, Append, Compact and CheckColumns); the tokens and signatures are flat arrays
  // the rows point into.
  std::vector<uint32_t> doc_;
  std::vector<uint32_t> begin_, end_;
  std::vector<uint32_t> words_;
  std::vector<uint32_t> group_;
  std::vector<uint32_t> speaker_;
  std::vector<uint64_t> paragraph_hash_;
  std::vector<uint64_t> text_begin_;
  std::vector<uint32_t> text_length_;
  std::vector<uint32_t> shingle_count_;
  std::vector<uint64_t> set_key_;
  std::vector<uint64_t> token_begin_;
  std::vector<uint32_t> token_count_;
  std::vector<WordToken> tokens_;    // Normalized words (hashes), unless spilled.
  std::vector<uint8_t> signatures_;  // n x signature_bytes().
  std::string text_arena_;                  // In-memory text, or
  std::shared_ptr<SpillFile> spill_;        // the spill file (shared by copies of the table).
  std::shared_ptr<SpillFile> token_spill_;  // Spilled tokens,
  const WordToken* token_map_ = nullptr;    // mapped once sealed.
  bool sealed_ = false;   // Seal() came after the last append (text() of a spilled table).
  bool dropped_ = false;  // A Drop* was called: the table is read-only.
  absl::flat_hash_map<std::string, uint32_t> outlet_index_;
  absl::flat_hash_map<std::string, uint32_t> speaker_index_;
};

}  // namespace claimdup

#endif  // CLAIMDUP_CORE_CLAIM_TABLE_H_
