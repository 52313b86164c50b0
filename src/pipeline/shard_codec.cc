#include "pipeline/shard_codec.h"

#include <cstring>
#include <map>
#include <type_traits>
#include <vector>

#include "absl/status/status.h"

namespace claimdup {
namespace {

template <typename T>
void Put(const T& value, std::string* out) {
  static_assert(std::is_trivially_copyable_v<T>);
  out->append(reinterpret_cast<const char*>(&value), sizeof(T));
}

void PutString(absl::string_view s, std::string* out) {
  Put<uint64_t>(s.size(), out);
  out->append(s.data(), s.size());
}

template <typename T>
void PutColumn(absl::Span<const T> column, std::string* out) {
  Put<uint64_t>(column.size(), out);
  out->append(reinterpret_cast<const char*>(column.data()), column.size() * sizeof(T));
}

// Writes column `get` of every claim of `t` as PutColumn would.
template <typename Get>
void PutClaimColumn(const ClaimTable& t, Get get, std::string* out) {
  Put<uint64_t>(t.size(), out);
  for (size_t i = 0; i < t.size(); ++i) Put((t.*get)(i), out);
}

// Reads from the front of a byte string; once short, every read fails and leaves zeros.
class Reader {
 public:
  explicit Reader(absl::string_view* in) : in_(in) {}
  bool ok() const { return ok_; }

  template <typename T>
  T Get() {
    T value{};
    Take(&value, sizeof(T));
    return value;
  }
  // A count of items of at least `item_bytes` each that the rest of the input can hold.
  uint64_t GetCount(size_t item_bytes) {
    const uint64_t n = Get<uint64_t>();
    if (!ok_ || n > in_->size() / item_bytes) return Fail(), 0;
    return n;
  }
  std::string GetString() {
    const uint64_t n = Get<uint64_t>();
    std::string s;
    if (!ok_ || n > in_->size()) return Fail(), s;
    s.assign(in_->data(), n);
    in_->remove_prefix(n);
    return s;
  }
  template <typename T>
  std::vector<T> GetColumn() {
    const uint64_t n = Get<uint64_t>();
    std::vector<T> column;
    if (!ok_ || n > in_->size() / sizeof(T)) return Fail(), column;
    column.resize(n);
    Take(column.data(), n * sizeof(T));
    return column;
  }

 private:
  void Fail() { ok_ = false; }
  void Take(void* dst, size_t n) {
    if (!ok_ || n > in_->size()) return Fail();
    if (n > 0) std::memcpy(dst, in_->data(), n);
    in_->remove_prefix(n);
  }

  absl::string_view* in_;
  bool ok_ = true;
};

// Every count travels: a count added to ExtractCounts must be added here and in GetCounts.
static_assert(sizeof(ExtractCounts) == 10 * sizeof(int64_t), "ExtractCounts changed: update the codec");

void PutCounts(const ExtractCounts& c, std::string* out) {
  for (int64_t v : {c.paragraphs, c.menu_lines, c.quotes_found, c.titles, c.short_skipped,
                    c.unbalanced, c.overlong, c.link_boxes, c.tweet_dated, c.claims}) {
    Put(v, out);
  }
}

ExtractCounts GetCounts(Reader* r) {
  ExtractCounts c;
  for (int64_t* v : {&c.paragraphs, &c.menu_lines, &c.quotes_found, &c.titles, &c.short_skipped,
                     &c.unbalanced, &c.overlong, &c.link_boxes, &c.tweet_dated, &c.claims}) {
    *v = r->Get<int64_t>();
  }
  return c;
}

}  // namespace

void EncodeShard(const FingerprintedBatch& batch, std::string* out) {
  const ClaimTable& t = batch.table;
  PutCounts(batch.counts, out);
  Put<uint64_t>(t.outlets.size(), out);
  for (const std::string& o : t.outlets) PutString(o, out);
  Put<uint64_t>(t.speakers.size(), out);
  for (const std::string& s : t.speakers) PutString(s, out);
  Put<uint64_t>(t.docs.size(), out);
  for (const DocInfo& d : t.docs) {
    PutString(d.id, out);
    Put(d.outlet, out);
    PutString(d.date, out);
    PutString(d.url, out);
    PutString(d.title, out);
    Put(d.wire, out);
  }
  // The columns AddClaim takes, in the order DecodeShard reads them.
  for (auto column : {&ClaimTable::doc, &ClaimTable::begin, &ClaimTable::end, &ClaimTable::words,
                      &ClaimTable::group, &ClaimTable::speaker, &ClaimTable::text_length,
                      &ClaimTable::shingle_count, &ClaimTable::token_count}) {
    PutClaimColumn(t, column, out);
  }
  PutClaimColumn(t, &ClaimTable::paragraph_hash, out);
  PutClaimColumn(t, &ClaimTable::set_key, out);
  PutColumn(t.signatures(), out);
  std::string text;
  std::vector<WordToken> tokens;
  for (size_t i = 0; i < t.size(); ++i) {
    const absl::string_view s = t.text(i);
    text.append(s.data(), s.size());
    const absl::Span<const WordToken> w = t.token_seq(i);
    tokens.insert(tokens.end(), w.begin(), w.end());
  }
  PutString(text, out);
  PutColumn(absl::MakeConstSpan(tokens), out);
}

absl::StatusOr<FingerprintedBatch> DecodeShard(absl::string_view* in, int num_perms,
                                               int signature_bits) {
  Reader r(in);
  FingerprintedBatch batch;
  batch.counts = GetCounts(&r);
  ClaimTable& t = batch.table = ClaimTable(num_perms, signature_bits);
  // A shard is only appended: Append reads these vectors in order, not the lookup maps.
  t.outlets.resize(r.GetCount(sizeof(uint64_t)));
  for (std::string& o : t.outlets) o = r.GetString();
  t.speakers.resize(r.GetCount(sizeof(uint64_t)));
  for (std::string& s : t.speakers) s = r.GetString();
  const uint64_t docs = r.GetCount(4 * sizeof(uint64_t) + sizeof(uint32_t) + sizeof(uint8_t));
  for (uint64_t i = 0; r.ok() && i < docs; ++i) {
    DocInfo d;
    d.id = r.GetString();
    d.outlet = r.Get<uint32_t>();
    d.date = r.GetString();
    d.url = r.GetString();
    d.title = r.GetString();
    d.wire = r.Get<uint8_t>();
    t.docs.push_back(std::move(d));
  }
  std::vector<uint32_t> doc = r.GetColumn<uint32_t>(), begin = r.GetColumn<uint32_t>(),
                        end = r.GetColumn<uint32_t>(), words = r.GetColumn<uint32_t>(),
                        group = r.GetColumn<uint32_t>(), speaker = r.GetColumn<uint32_t>(),
                        text_length = r.GetColumn<uint32_t>(),
                        shingle_count = r.GetColumn<uint32_t>(),
                        token_count = r.GetColumn<uint32_t>();
  const std::vector<uint64_t> paragraph_hash = r.GetColumn<uint64_t>(),
                              set_key = r.GetColumn<uint64_t>();
  const std::vector<uint8_t> signatures = r.GetColumn<uint8_t>();
  const std::string text = r.GetString();
  const std::vector<WordToken> tokens = r.GetColumn<WordToken>();
  const size_t n = doc.size();
  bool consistent = r.ok();
  for (const auto* column : {&begin, &end, &words, &group, &speaker, &text_length,
                             &shingle_count, &token_count}) {
    consistent &= column->size() == n;
  }
  consistent &= paragraph_hash.size() == n && set_key.size() == n &&
                (signatures.empty() || signatures.size() == n * t.signature_bytes());
  uint64_t text_bytes = 0, token_total = 0;
  for (size_t i = 0; consistent && i < n; ++i) {
    text_bytes += text_length[i];
    token_total += token_count[i];
    consistent &= doc[i] < t.docs.size() && speaker[i] < t.speakers.size() && group[i] <= i;
  }
  for (const DocInfo& d : t.docs) consistent &= d.outlet < t.outlets.size();
  if (!consistent || text_bytes != text.size() || token_total != tokens.size()) {
    return absl::DataLossError("a rank's claim batch arrived damaged");
  }
  size_t text_at = 0, token_at = 0;
  for (size_t i = 0; i < n; ++i) {
    ClaimSketch sketch;
    sketch.tokens = absl::MakeConstSpan(tokens.data() + token_at, token_count[i]);
    sketch.shingle_count = shingle_count[i];
    sketch.set_key = set_key[i];
    sketch.signature = signatures.empty() ? nullptr : signatures.data() + i * t.signature_bytes();
    t.AddClaim(doc[i], begin[i], end[i], words[i], group[i], speaker[i], paragraph_hash[i],
               absl::string_view(text).substr(text_at, text_length[i]), sketch);
    text_at += text_length[i];
    token_at += token_count[i];
  }
  return batch;
}

void EncodeDedupSketches(const DedupSketches& batch, std::string* out) {
  Put<uint64_t>(batch.docs.size(), out);
  for (const DedupDoc& d : batch.docs) {
    PutString(d.id, out);
    PutString(d.outlet, out);
    PutString(d.date, out);
  }
  PutColumn(absl::MakeConstSpan(batch.signatures), out);
  PutColumn(absl::MakeConstSpan(batch.has_words), out);
}

absl::StatusOr<DedupSketches> DecodeDedupSketches(absl::string_view* in, size_t signature_bytes) {
  Reader r(in);
  DedupSketches batch;
  batch.docs.resize(r.GetCount(3 * sizeof(uint64_t)));
  for (DedupDoc& d : batch.docs) {
    d.id = r.GetString();
    d.outlet = r.GetString();
    d.date = r.GetString();
  }
  batch.signatures = r.GetColumn<uint8_t>();
  batch.has_words = r.GetColumn<uint8_t>();
  if (!r.ok() || batch.signatures.size() != batch.docs.size() * signature_bytes ||
      batch.has_words.size() != batch.docs.size()) {
    return absl::DataLossError("a rank's article sketches arrived damaged");
  }
  return batch;
}

// Every count travels: a field added to IngestStats must be added here.
static_assert(sizeof(IngestStats) == 7 * sizeof(int64_t) + sizeof(std::map<std::string, int64_t>) +
                                         sizeof(std::vector<std::string>),
              "IngestStats changed: update the codec");

void EncodeIngestStats(const IngestStats& s, std::string* out) {
  for (int64_t v : {s.files, s.documents, s.bytes, s.utf8_repaired_records, s.utf8_replacements,
                    s.undated_documents, s.invalid_dates}) {
    Put(v, out);
  }
  Put<uint64_t>(s.skipped.size(), out);
  for (const auto& [reason, count] : s.skipped) {
    PutString(reason, out);
    Put(count, out);
  }
  Put<uint64_t>(s.warnings.size(), out);
  for (const std::string& w : s.warnings) PutString(w, out);
}

absl::StatusOr<IngestStats> DecodeIngestStats(absl::string_view* in) {
  Reader r(in);
  IngestStats s;
  for (int64_t* v : {&s.files, &s.documents, &s.bytes, &s.utf8_repaired_records,
                     &s.utf8_replacements, &s.undated_documents, &s.invalid_dates}) {
    *v = r.Get<int64_t>();
  }
  const uint64_t skipped = r.GetCount(2 * sizeof(uint64_t));
  for (uint64_t i = 0; r.ok() && i < skipped; ++i) {
    std::string reason = r.GetString();
    s.skipped[reason] = r.Get<int64_t>();
  }
  const uint64_t warnings = r.GetCount(sizeof(uint64_t));
  for (uint64_t i = 0; r.ok() && i < warnings; ++i) s.warnings.push_back(r.GetString());
  if (!r.ok()) return absl::DataLossError("a rank's ingest counts arrived damaged");
  return s;
}

void AddIngestStats(const IngestStats& later, IngestStats* s) {
  s->files += later.files;
  s->documents += later.documents;
  s->bytes += later.bytes;
  s->utf8_repaired_records += later.utf8_repaired_records;
  s->utf8_replacements += later.utf8_replacements;
  s->undated_documents += later.undated_documents;
  s->invalid_dates += later.invalid_dates;
  for (const auto& [reason, count] : later.skipped) s->skipped[reason] += count;
  for (const std::string& w : later.warnings) {
    if (s->warnings.size() >= IngestStats::kMaxWarnings) break;
    s->warnings.push_back(w);
  }
}

}  // namespace claimdup
