#include "core/claim_table.h"

#include <cstring>

#include "core/memory.h"

namespace claimdup {

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
  tokens.insert(tokens.end(), sketch.tokens.begin(), sketch.tokens.end());
  token_offset.push_back(tokens.size());
  signatures.insert(signatures.end(), sketch.signature, sketch.signature + signature_bytes());
}

void ClaimTable::Reserve(size_t claims, size_t text_bytes) {
  auto reserve = [](auto* column, size_t n) {
    column->reserve(n);
    AdviseHugePages(*column);
  };
  for (auto* column :
       {&doc, &begin, &end, &words, &group, &speaker, &text_length, &shingle_count}) {
    reserve(column, claims);
  }
  for (auto* column : {&paragraph_hash, &set_key, &text_begin}) reserve(column, claims);
  reserve(&token_offset, claims + 1);
  reserve(&tokens, text_bytes / 5);
  reserve(&signatures, claims * signature_bytes());
  if (!spill_) reserve(&text_arena_, text_bytes);
}

void ClaimTable::Append(const ClaimTable& shard) {
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
  const uint64_t token_base = tokens.size();
  for (size_t i = 0; i < n; ++i) {
    doc.push_back(shard.doc[i] + doc_base);
    group.push_back(shard.group[i] + claim_base);
    speaker.push_back(speaker_map[shard.speaker[i]]);
    text_begin.push_back(shard.text_begin[i] + text_base);
    token_offset.push_back(shard.token_offset[i + 1] + token_base);
  }
  begin.insert(begin.end(), shard.begin.begin(), shard.begin.end());
  end.insert(end.end(), shard.end.begin(), shard.end.end());
  words.insert(words.end(), shard.words.begin(), shard.words.end());
  paragraph_hash.insert(paragraph_hash.end(), shard.paragraph_hash.begin(),
                        shard.paragraph_hash.end());
  text_length.insert(text_length.end(), shard.text_length.begin(), shard.text_length.end());
  shingle_count.insert(shingle_count.end(), shard.shingle_count.begin(), shard.shingle_count.end());
  set_key.insert(set_key.end(), shard.set_key.begin(), shard.set_key.end());
  tokens.insert(tokens.end(), shard.tokens.begin(), shard.tokens.end());
  signatures.insert(signatures.end(), shard.signatures.begin(), shard.signatures.end());
}

void ClaimTable::Compact(const std::vector<bool>& keep) {
  // In place, front to back: row i moves to row `out` <= i, so nothing is overwritten
  // before it is read. A group's parts are consecutive rows, so its new id is the new row
  // of its first kept part.
  uint32_t old_group = UINT32_MAX, new_group = 0;
  const size_t k = signature_bytes();
  uint64_t token_end = 0;
  size_t out = 0;
  for (size_t i = 0; i < size(); ++i) {
    const uint64_t kb = token_offset[i], ke = token_offset[i + 1];
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
    text_begin[out] = text_begin[i];  // The text stays where it is.
    text_length[out] = text_length[i];
    std::memmove(&tokens[token_end], &tokens[kb], (ke - kb) * sizeof(WordToken));
    std::memmove(&signatures[out * k], &signatures[i * k], k);
    token_end += ke - kb;
    ++out;
    token_offset[out] = token_end;
  }
  for (auto* column : {&doc, &begin, &end, &words, &group, &speaker}) column->resize(out);
  paragraph_hash.resize(out);
  text_begin.resize(out);
  text_length.resize(out);
  token_offset.resize(out + 1);
  shingle_count.resize(out);
  set_key.resize(out);
  tokens.resize(token_end);
  signatures.resize(out * k);
}

void ClaimTable::DropParagraphHashes() { std::vector<uint64_t>().swap(paragraph_hash); }

void ClaimTable::DropMatchingColumns() {
  std::vector<WordToken>().swap(tokens);
  std::vector<uint64_t>().swap(token_offset);
  std::vector<uint8_t>().swap(signatures);
}

absl::Status ClaimTable::SpillText(const std::string& dir) {
  auto file = SpillFile::Create(dir);
  if (!file.ok()) return file.status();
  spill_ = std::move(*file);
  spill_->Append(text_arena_);  // Offsets of claims already here stay valid.
  std::string().swap(text_arena_);
  return absl::OkStatus();
}

absl::Status ClaimTable::SealText() { return spill_ ? spill_->Seal() : absl::OkStatus(); }

void ClaimTable::ReleaseText() const {
  if (spill_) spill_->Release(0, spill_->size());
}

}  // namespace claimdup
