#include "pipeline/shard_codec.h"

#include "absl/strings/str_cat.h"
#include "corpus_batch.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

using testing::CorpusBatch;

TEST(ShardCodecTest, DecodedBatchAppendsLikeTheOriginal) {
  const FingerprintedBatch batch = CorpusBatch();
  ASSERT_GT(batch.table.size(), 10u);
  std::string bytes;
  EncodeShard(batch, &bytes);
  EncodeShard(batch, &bytes);  // Two batches back to back.
  absl::string_view in = bytes;
  const ClaimTable& t = batch.table;
  for (int copy = 0; copy < 2; ++copy) {
    auto decoded = DecodeShard(&in, t.num_perms(), t.signature_bits());
    ASSERT_TRUE(decoded.ok()) << decoded.status();
    EXPECT_EQ(decoded->counts.claims, batch.counts.claims);
    EXPECT_EQ(decoded->counts.paragraphs, batch.counts.paragraphs);
    EXPECT_EQ(decoded->counts.link_boxes, batch.counts.link_boxes);
    ClaimTable a(t.num_perms(), t.signature_bits()), b(t.num_perms(), t.signature_bits());
    a.Append(t);
    b.Append(decoded->table);
    ASSERT_EQ(a.size(), b.size());
    EXPECT_EQ(a.outlets, b.outlets);
    EXPECT_EQ(a.speakers, b.speakers);
    ASSERT_EQ(a.docs.size(), b.docs.size());
    for (size_t d = 0; d < a.docs.size(); ++d) {
      EXPECT_EQ(a.docs[d].id, b.docs[d].id);
      EXPECT_EQ(a.docs[d].outlet, b.docs[d].outlet);
      EXPECT_EQ(a.docs[d].url, b.docs[d].url);
      EXPECT_EQ(a.docs[d].title, b.docs[d].title);
      EXPECT_EQ(a.docs[d].date, b.docs[d].date);
      EXPECT_EQ(a.docs[d].wire, b.docs[d].wire);
    }
    EXPECT_NE(a.docs[1].wire, 0);  // SpaceWar's AFP credit travels.
    ASSERT_EQ(a.size(), b.size());
    EXPECT_TRUE(a.signatures() == b.signatures());
    for (size_t i = 0; i < a.size(); ++i) {
      EXPECT_EQ(a.doc(i), b.doc(i));
      EXPECT_EQ(a.begin(i), b.begin(i));
      EXPECT_EQ(a.end(i), b.end(i));
      EXPECT_EQ(a.words(i), b.words(i));
      EXPECT_EQ(a.group(i), b.group(i));
      EXPECT_EQ(a.speaker(i), b.speaker(i));
      EXPECT_EQ(a.paragraph_hash(i), b.paragraph_hash(i));
      EXPECT_EQ(a.shingle_count(i), b.shingle_count(i));
      EXPECT_EQ(a.set_key(i), b.set_key(i));
      EXPECT_EQ(a.text(i), b.text(i));
      EXPECT_TRUE(a.token_seq(i) == b.token_seq(i)) << i;
    }
  }
  EXPECT_TRUE(in.empty());
}

TEST(ShardCodecTest, TruncatedBytesAreAnError) {
  const FingerprintedBatch batch = CorpusBatch();
  std::string bytes;
  EncodeShard(batch, &bytes);
  for (size_t keep : {size_t{0}, size_t{10}, bytes.size() / 2, bytes.size() - 1}) {
    absl::string_view in(bytes.data(), keep);
    auto decoded = DecodeShard(&in, batch.table.num_perms(), batch.table.signature_bits());
    EXPECT_FALSE(decoded.ok()) << keep;
  }
}

// A batch whose signatures stayed on its rank (ClaimTable::TakeSignatures) travels without
// them and decodes to a table without them, its other columns whole.
TEST(ShardCodecTest, BatchWithoutSignaturesDecodesWithoutThem) {
  FingerprintedBatch batch = CorpusBatch();
  std::vector<uint8_t> taken;
  batch.table.TakeSignatures(&taken);
  EXPECT_EQ(taken.size(), batch.table.size() * batch.table.signature_bytes());
  std::string bytes;
  EncodeShard(batch, &bytes);
  absl::string_view in = bytes;
  auto decoded = DecodeShard(&in, batch.table.num_perms(), batch.table.signature_bits());
  ASSERT_TRUE(decoded.ok()) << decoded.status();
  ASSERT_EQ(decoded->table.size(), batch.table.size());
  EXPECT_TRUE(decoded->table.signatures().empty());
  for (size_t i = 0; i < batch.table.size(); ++i) {
    EXPECT_EQ(decoded->table.shingle_count(i), batch.table.shingle_count(i));
    EXPECT_EQ(decoded->table.text(i), batch.table.text(i));
  }
}

TEST(ShardCodecTest, SignaturesOfAnotherSizeAreAnError) {
  const FingerprintedBatch batch = CorpusBatch();
  std::string bytes;
  EncodeShard(batch, &bytes);
  absl::string_view in = bytes;
  EXPECT_FALSE(DecodeShard(&in, batch.table.num_perms() / 2, batch.table.signature_bits()).ok());
}

}  // namespace
}  // namespace claimdup

namespace claimdup {
namespace {

TEST(ShardCodecTest, DedupSketchesRoundTrip) {
  DedupSketches batch;
  batch.docs = {{"a", "x.com", "2012-04-19"}, {"b", "y.org", ""}};
  batch.signatures = {1, 2, 3, 4, 5, 6};
  batch.has_words = {1, 0};
  std::string bytes;
  EncodeDedupSketches(batch, &bytes);
  absl::string_view in = bytes;
  auto decoded = DecodeDedupSketches(&in, 3);
  ASSERT_TRUE(decoded.ok()) << decoded.status();
  EXPECT_TRUE(in.empty());
  ASSERT_EQ(decoded->docs.size(), 2u);
  EXPECT_EQ(decoded->docs[1].id, "b");
  EXPECT_EQ(decoded->docs[1].outlet, "y.org");
  EXPECT_EQ(decoded->docs[0].date, "2012-04-19");
  EXPECT_EQ(decoded->signatures, batch.signatures);
  EXPECT_EQ(decoded->has_words, batch.has_words);
  in = bytes;
  EXPECT_FALSE(DecodeDedupSketches(&in, 4).ok());  // Signatures of another size.
}

TEST(ShardCodecTest, IngestStatsRoundTripAndAddUpInOrder) {
  IngestStats a;
  a.files = 2, a.documents = 10, a.bytes = 1000, a.utf8_repaired_records = 1;
  a.utf8_replacements = 3, a.undated_documents = 4, a.invalid_dates = 5;
  a.skipped["malformed JSON"] = 2;
  for (int i = 0; i < 19; ++i) a.warnings.push_back(absl::StrCat("a:", i));
  std::string bytes;
  EncodeIngestStats(a, &bytes);
  absl::string_view in = bytes;
  auto b = DecodeIngestStats(&in);
  ASSERT_TRUE(b.ok()) << b.status();
  EXPECT_TRUE(in.empty());
  EXPECT_EQ(b->documents, 10);
  EXPECT_EQ(b->invalid_dates, 5);
  EXPECT_EQ(b->skipped, a.skipped);
  EXPECT_EQ(b->warnings, a.warnings);
  b->skipped["no text field"] = 1;
  b->warnings = {"b:0", "b:1"};
  AddIngestStats(*b, &a);
  EXPECT_EQ(a.files, 4);
  EXPECT_EQ(a.bytes, 2000);
  EXPECT_EQ(a.undated_documents, 8);
  EXPECT_EQ(a.skipped["malformed JSON"], 4);
  EXPECT_EQ(a.skipped["no text field"], 1);
  ASSERT_EQ(a.warnings.size(), IngestStats::kMaxWarnings);  // The first 20, in order.
  EXPECT_EQ(a.warnings.back(), "b:0");
  absl::string_view cut = absl::string_view(bytes).substr(0, bytes.size() - 3);
  EXPECT_FALSE(DecodeIngestStats(&cut).ok());
}

}  // namespace
}  // namespace claimdup
