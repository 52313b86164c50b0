#include "pipeline/fingerprint.h"

#include "extract/content_date.h"
#include "extract/wire_credits.h"

namespace claimdup {

void FingerprintBatch(const std::vector<Document>& docs, const ExtractOptions& extract,
                      const MatchOptions& match, const MinHasher& hasher, FingerprintedBatch* out) {
  out->table = ClaimTable(hasher.num_perms(), hasher.bits());
  ClaimTable& t = out->table;
  SketchScratch scratch;
  for (const Document& d : docs) {
    const uint32_t doc_index = static_cast<uint32_t>(t.docs.size());
    // A live-updated article is dated by the latest tweet it embeds (extract/content_date.h).
    std::string date = ContentDate(d.date, d.text);
    out->counts.tweet_dated += date != d.date;
    t.docs.push_back({d.id, t.InternOutlet(d.outlet), std::move(date), d.url, d.title});
    t.docs.back().wire = DetectWireCredits(d.text, d.title);
    const std::vector<ExtractedClaim> claims = ExtractClaims(d.text, extract, &out->counts);
    const uint32_t first_claim = static_cast<uint32_t>(t.size());
    for (const ExtractedClaim& c : claims) {
      SketchText(c.text, match, hasher, &scratch);
      t.AddClaim(doc_index, c.span.begin, c.span.end, c.words, first_claim + c.group,
                 t.InternSpeaker(c.speaker), c.paragraph_hash, c.text, scratch.sketch());
    }
  }
}

std::function<void(std::vector<Document>&, FingerprintedBatch*)> FingerprintStep(
    const ExtractOptions& extract, const MatchOptions& match, const MinHasher& hasher) {
  return [&extract, &match, &hasher](std::vector<Document>& batch, FingerprintedBatch* out) {
    FingerprintBatch(batch, extract, match, hasher, out);
    batch.clear();
    batch.shrink_to_fit();
  };
}

}  // namespace claimdup
