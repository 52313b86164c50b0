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
  doc.push_back(doc_index);
  begin.push_back(begin_offset);
  end.push_back(end_offset);
  words.push_back(word_count);
  group.push_back(group_id);
  speaker.push_back(speaker_index);
  paragraph_hash.push_back(paragraph);
  text_length.push_back(static_cast<uint32_t>(text.size()));
  if (spill_) {
    text_begin.push_back(spill_->Append(text));
  } else {
    text_begin.push_back(text_arena_.size());
    text_arena_.append(text.data(), text.size());
  }
  shingle_count.push_back(sketch.shingle_count);
  set_key.push_back(sketch.set_key);
  token_count.push_back(static_cast<uint32_t>(sketch.tokens.size()));
  if (token_spill_) {
    token_begin.push_back(token_spill_->Append(AsBytes(sketch.tokens)) / sizeof(WordToken));
  } else {
    token_begin.push_back(tokens.size());
    tokens.insert(tokens.end(), sketch.tokens.begin(), sketch.tokens.end());
  }
  signatures.insert(signatures.end(), sketch.signature, sketch.signature + signature_bytes());
}

void ClaimTable::Reserve(size_t claims, size_t text_bytes) {
  auto reserve = [](auto* column, size_t n) {
    column->reserve(n);
    AdviseHugePages(*column);
  };
  for (auto* column :
       {&doc, &begin, &end, &words, &group, &speaker, &text_length, &shingle_count, &token_count}) {
    reserve(column, claims);
  }
  for (auto* column : {&paragraph_hash, &set_key, &text_begin, &token_begin}) {
    reserve(column, claims);
  }
  if (!token_spill_) reserve(&tokens, text_bytes / 5);
  reserve(&signatures, claims * signature_bytes());
  if (!spill_) reserve(&text_arena_, text_bytes);
}

void ClaimTable::Append(const ClaimTable& shard) {
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
  for (const DocInfo& d : shard.docs) {
    docs.push_back(d);
    docs.back().outlet = outlet_map[d.outlet];
  }
  const size_t n = shard.size();
  // The shard's text goes to the spill file or the arena; its offsets move with it.
  const absl::string_view shard_text = shard.text_arena_;
  const uint64_t text_base = spill_ ? spill_->Append(shard_text) : text_arena_.size();
  if (!spill_) text_arena_.append(shard_text.data(), shard_text.size());
  // So do its tokens (the shard keeps them in memory).
  const uint64_t token_base = token_spill_
                                  ? token_spill_->Append(AsBytes(shard.tokens)) / sizeof(WordToken)
                                  : tokens.size();
  if (!token_spill_) tokens.insert(tokens.end(), shard.tokens.begin(), shard.tokens.end());
  for (size_t i = 0; i < n; ++i) {
    doc.push_back(shard.doc[i] + doc_base);
    group.push_back(shard.group[i] + claim_base);
    speaker.push_back(speaker_map[shard.speaker[i]]);
    text_begin.push_back(shard.text_begin[i] + text_base);
    token_begin.push_back(shard.token_begin[i] + token_base);
  }
  begin.insert(begin.end(), shard.begin.begin(), shard.begin.end());
  end.insert(end.end(), shard.end.begin(), shard.end.end());
  words.insert(words.end(), shard.words.begin(), shard.words.end());
  paragraph_hash.insert(paragraph_hash.end(), shard.paragraph_hash.begin(),
                        shard.paragraph_hash.end());
  text_length.insert(text_length.end(), shard.text_length.begin(), shard.text_length.end());
  shingle_count.insert(shingle_count.end(), shard.shingle_count.begin(), shard.shingle_count.end());
  set_key.insert(set_key.end(), shard.set_key.begin(), shard.set_key.end());
  token_count.insert(token_count.end(), shard.token_count.begin(), shard.token_count.end());
  signatures.insert(signatures.end(), shard.signatures.begin(), shard.signatures.end());
  CheckColumns();
}

void ClaimTable::Compact(const std::vector<bool>& keep) {
  // In place, front to back: row i moves to row `out` <= i, so nothing is overwritten
  // before it is read. A group's parts are consecutive rows, so its new id is the new row
  // of its first kept part.
  assert(!dropped_ && keep.size() == size());
  CheckColumns();
  uint32_t old_group = UINT32_MAX, new_group = 0;
  const size_t k = signature_bytes();
  size_t out = 0;
  for (size_t i = 0; i < size(); ++i) {
    if (!keep[i]) continue;
    if (group[i] != old_group) {
      old_group = group[i];
      new_group = static_cast<uint32_t>(out);
    }
    doc[out] = doc[i];
    begin[out] = begin[i];
    end[out] = end[i];
    words[out] = words[i];
    group[out] = new_group;
    speaker[out] = speaker[i];
    paragraph_hash[out] = paragraph_hash[i];
    shingle_count[out] = shingle_count[i];
    set_key[out] = set_key[i];
    text_begin[out] = text_begin[i];  // The text and the tokens stay where they are.
    text_length[out] = text_length[i];
    token_begin[out] = token_begin[i];
    token_count[out] = token_count[i];
    if (out != i) std::memcpy(&signatures[out * k], &signatures[i * k], k);  // Rows apart.
    ++out;
  }
  for (auto* column : {&doc, &begin, &end, &words, &group, &speaker}) column->resize(out);
  paragraph_hash.resize(out);
  text_begin.resize(out);
  text_length.resize(out);
  token_begin.resize(out);
  token_count.resize(out);
  shingle_count.resize(out);
  set_key.resize(out);
  signatures.resize(out * k);
  CheckColumns();
}

void ClaimTable::DropParagraphHashes() {
  dropped_ = true;
  std::vector<uint64_t>().swap(paragraph_hash);
}

void ClaimTable::DropMatchingColumns() {
  dropped_ = true;
  std::vector<WordToken>().swap(tokens);
  std::vector<uint64_t>().swap(token_begin);
  std::vector<uint32_t>().swap(token_count);
  token_map_ = nullptr;
  token_spill_.reset();  // Closing the unnamed file deletes it.
  std::vector<uint8_t>().swap(signatures);
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
  token_spill_->Append(AsBytes(tokens));
  std::vector<WordToken>().swap(tokens);
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
  for (size_t rows :
       {begin.size(), end.size(), words.size(), group.size(), speaker.size(), text_begin.size(),
        text_length.size(), shingle_count.size(), set_key.size()}) {
    assert(rows == n);
  }
  // Dropped columns are empty (the clusterer frees the signatures early, too).
  assert(paragraph_hash.empty() || paragraph_hash.size() == n);
  assert(token_begin.size() == token_count.size());
  assert(token_begin.empty() || token_begin.size() == n);
  assert(signatures.empty() || signatures.size() == n * signature_bytes());
  (void)n;
#endif
}

}  // namespace claimdup
