#include "core/claim_table.h"

#include <cassert>
#include <cstring>

#include "core/memory.h"

namespace claimdup {
namespace {

absl::string_view AsBytes(absl::Span<const WordToken> tokens) {
  return absl::string_view(reinterpret_cast<const char*>(tokens.data()),
                           tokens.size() * sizeof(WordToken));
}

}  // namespace

// The one list of the per-claim columns (one value per claim; the signatures, tokens and
// text have their own layout): Reserve, Append, Compact and CheckColumns loop over it, so a
// new column is added here, in AddClaim, in an accessor and, when it must cross between MPI
// ranks, in pipeline/shard_codec.cc.
template <typename F>
void ClaimTable::ForEachRowColumn(F&& f) {
  f(&ClaimTable::doc_);
  f(&ClaimTable::begin_);
  f(&ClaimTable::end_);
  f(&ClaimTable::words_);
  f(&ClaimTable::group_);
  f(&ClaimTable::speaker_);
  f(&ClaimTable::paragraph_hash_);
  f(&ClaimTable::text_begin_);
  f(&ClaimTable::text_length_);
  f(&ClaimTable::shingle_count_);
  f(&ClaimTable::set_key_);
  f(&ClaimTable::token_begin_);
  f(&ClaimTable::token_count_);
}

uint32_t ClaimTable::InternOutlet(absl::string_view name) {
  auto [it, added] = outlet_index_.try_emplace(name, static_cast<uint32_t>(outlets.size()));
  if (added) outlets.emplace_back(name);
  return it->second;
}

uint32_t ClaimTable::InternSpeaker(absl::string_view name) {
  if (name.empty()) return 0;
  auto [it, added] = speaker_index_.try_emplace(name, static_cast<uint32_t>(speakers.size()));
  if (added) speakers.emplace_back(name);
  return it->second;
}

void ClaimTable::AddClaim(uint32_t doc_index, uint32_t begin_offset, uint32_t end_offset,
                          uint32_t word_count, uint32_t group_id, uint32_t speaker_index,
                          uint64_t paragraph, absl::string_view text, const ClaimSketch& sketch) {
  assert(!dropped_);
  sealed_ = false;
  doc_.push_back(doc_index);
  begin_.push_back(begin_offset);
  end_.push_back(end_offset);
  words_.push_back(word_count);
  group_.push_back(group_id);
  speaker_.push_back(speaker_index);
  paragraph_hash_.push_back(paragraph);
  text_length_.push_back(static_cast<uint32_t>(text.size()));
  if (spill_) {
    text_begin_.push_back(spill_->Append(text));
  } else {
    text_begin_.push_back(text_arena_.size());
    text_arena_.append(text.data(), text.size());
  }
  shingle_count_.push_back(sketch.shingle_count);
  set_key_.push_back(sketch.set_key);
  token_count_.push_back(static_cast<uint32_t>(sketch.tokens.size()));
  if (token_spill_) {
    token_begin_.push_back(token_spill_->Append(AsBytes(sketch.tokens)) / sizeof(WordToken));
  } else {
    token_begin_.push_back(tokens_.size());
    tokens_.insert(tokens_.end(), sketch.tokens.begin(), sketch.tokens.end());
  }
  if (sketch.signature != nullptr) {
    signatures_.insert(signatures_.end(), sketch.signature, sketch.signature + signature_bytes());
  }
}

void ClaimTable::Reserve(size_t claims, size_t text_bytes) {
  auto reserve = [](auto* column, size_t n) {
    column->reserve(n);
    AdviseHugePages(*column);
  };
  ForEachRowColumn([&](auto column) { reserve(&(this->*column), claims); });
  if (!token_spill_) reserve(&tokens_, text_bytes / 5);
  reserve(&signatures_, claims * signature_bytes());
  if (!spill_) reserve(&text_arena_, text_bytes);
}

void ClaimTable::Append(const ClaimTable& shard) { AppendShard(shard, nullptr); }

void ClaimTable::Append(ClaimTable&& shard) { AppendShard(shard, &shard.docs); }

void ClaimTable::AppendShard(const ClaimTable& shard, std::vector<DocInfo>* take_docs) {
  assert(!dropped_);
  CheckColumns();
  shard.CheckColumns();
  sealed_ = false;
  const uint32_t doc_base = static_cast<uint32_t>(docs.size());
  const uint32_t claim_base = static_cast<uint32_t>(size());
  std::vector<uint32_t> outlet_map(shard.outlets.size()), speaker_map(shard.speakers.size());
  for (size_t i = 0; i < shard.outlets.size(); ++i) outlet_map[i] = InternOutlet(shard.outlets[i]);
  for (size_t i = 0; i < shard.speakers.size(); ++i) {
    speaker_map[i] = InternSpeaker(shard.speakers[i]);
  }
  for (size_t d = 0; d < shard.docs.size(); ++d) {
    if (take_docs != nullptr) {
      docs.push_back(std::move((*take_docs)[d]));
    } else {
      docs.push_back(shard.docs[d]);
    }
    docs.back().outlet = outlet_map[docs.back().outlet];
  }
  const size_t n = shard.size();
  // The shard's text goes to the spill file or the arena; its offsets move with it.
  const absl::string_view shard_text = shard.text_arena_;
  const uint64_t text_base = spill_ ? spill_->Append(shard_text) : text_arena_.size();
  if (!spill_) text_arena_.append(shard_text.data(), shard_text.size());
  // So do its tokens (the shard keeps them in memory).
  const uint64_t token_base = token_spill_
                                  ? token_spill_->Append(AsBytes(shard.tokens_)) / sizeof(WordToken)
                                  : tokens_.size();
  if (!token_spill_) tokens_.insert(tokens_.end(), shard.tokens_.begin(), shard.tokens_.end());
  ForEachRowColumn([&](auto column) {
    (this->*column).insert((this->*column).end(), (shard.*column).begin(), (shard.*column).end());
  });
  // Ids and offsets point into this table now.
  for (size_t i = claim_base; i < claim_base + n; ++i) {
    doc_[i] += doc_base;
    group_[i] += claim_base;
    speaker_[i] = speaker_map[speaker_[i]];
    text_begin_[i] += text_base;
    token_begin_[i] += token_base;
  }
  signatures_.insert(signatures_.end(), shard.signatures_.begin(), shard.signatures_.end());
  CheckColumns();
}

void ClaimTable::Compact(const std::vector<bool>& keep) {
  // In place, front to back: row i moves to row `out` <= i, so nothing is overwritten
  // before it is read. A group's parts are consecutive rows, so its new id is the new row
  // of its first kept part.
  assert(!dropped_ && keep.size() == size());
  CheckColumns();
  uint32_t old_group = UINT32_MAX, new_group = 0;
  const size_t k = signatures_.empty() ? 0 : signature_bytes();  // None: kept elsewhere.
  size_t out = 0;
  for (size_t i = 0; i < size(); ++i) {
    if (!keep[i]) continue;
    if (group_[i] != old_group) {
      old_group = group_[i];
      new_group = static_cast<uint32_t>(out);
    }
    // The text and the tokens stay where they are: their offsets move with the row.
    ForEachRowColumn([&](auto column) { (this->*column)[out] = (this->*column)[i]; });
    group_[out] = new_group;
    if (out != i && k != 0) {
      std::memcpy(&signatures_[out * k], &signatures_[i * k], k);  // Rows apart.
    }
    ++out;
  }
  ForEachRowColumn([&](auto column) { (this->*column).resize(out); });
  signatures_.resize(out * k);
  CheckColumns();
}

void ClaimTable::DropParagraphHashes() {
  dropped_ = true;
  std::vector<uint64_t>().swap(paragraph_hash_);
}

void ClaimTable::RenameSpeakers(absl::Span<const uint32_t> canon) {
  assert(canon.size() == speakers.size());
  for (uint32_t& s : speaker_) s = canon[s];
}

void ClaimTable::DropSignatures() {
  dropped_ = true;
  std::vector<uint8_t>().swap(signatures_);
}

void ClaimTable::TakeSignatures(std::vector<uint8_t>* to) {
  CheckColumns();
  to->insert(to->end(), signatures_.begin(), signatures_.end());
  std::vector<uint8_t>().swap(signatures_);
}

void ClaimTable::DropMatchingColumns() {
  dropped_ = true;
  std::vector<WordToken>().swap(tokens_);
  std::vector<uint64_t>().swap(token_begin_);
  std::vector<uint32_t>().swap(token_count_);
  token_map_ = nullptr;
  token_spill_.reset();  // Closing the unnamed file deletes it.
  std::vector<uint8_t>().swap(signatures_);
}

absl::Status ClaimTable::Spill(const std::string& dir) {
  auto text_file = SpillFile::Create(dir);
  if (!text_file.ok()) return text_file.status();
  auto token_file = SpillFile::Create(dir);
  if (!token_file.ok()) return token_file.status();
  sealed_ = false;
  spill_ = std::move(*text_file);
  spill_->Append(text_arena_);  // Offsets of claims already here stay valid.
  std::string().swap(text_arena_);
  token_spill_ = std::move(*token_file);
  token_spill_->Append(AsBytes(tokens_));
  std::vector<WordToken>().swap(tokens_);
  return absl::OkStatus();
}

absl::Status ClaimTable::Seal() {
  if (spill_) {
    if (absl::Status st = spill_->Seal(); !st.ok()) return st;
  }
  if (token_spill_) {
    if (absl::Status st = token_spill_->Seal(); !st.ok()) return st;
    // The map is page-aligned and tokens sit at even offsets: aligned 16-bit reads.
    token_map_ = reinterpret_cast<const WordToken*>(token_spill_->View(0, 0).data());
  }
  sealed_ = true;
  CheckColumns();
  return absl::OkStatus();
}

void ClaimTable::ReleaseText() const {
  if (spill_) spill_->Release(0, spill_->size());
}

void ClaimTable::CheckColumns() const {
#ifndef NDEBUG
  const size_t n = size();
  ForEachRowColumn([&](auto column) {
    // A Drop* empties paragraph_hash, token_begin and token_count.
    assert((this->*column).size() == n || (dropped_ && (this->*column).empty()));
    (void)column;
  });
  // DropMatchingColumns frees the signatures too.
  assert(signatures_.empty() || signatures_.size() == n * signature_bytes());
  (void)n;
#endif
}

}  // namespace claimdup
