// Test helper: two real articles of the bundled corpus (Deutsche Welle and SpaceWar.com on
// NATO and Russia, 2012-04-19), extracted and sketched with the default options the way a
// rank sketches its batch. Shared by the shard codec and home-signature tests.
#ifndef CLAIMDUP_TESTS_PIPELINE_CORPUS_BATCH_H_
#define CLAIMDUP_TESTS_PIPELINE_CORPUS_BATCH_H_

#include <vector>

#include "pipeline/fingerprint.h"
#include "test_util.h"

namespace claimdup {
namespace testing {

inline FingerprintedBatch CorpusBatch() {
  std::vector<Document> docs(2);
  docs[0].id = "dw";
  docs[0].outlet = "Deutsche Welle";
  docs[0].date = "2012-04-19";
  docs[0].text = ReadFile(CorpusFile("dw-2012-04-19-concerns-about-nato-plans.txt"));
  docs[1].id = "spacewar";
  docs[1].outlet = "SpaceWar.com";
  docs[1].url = "https://www.spacewar.com/x.html";
  docs[1].title = "NATO, Russia";
  docs[1].text = ReadFile(CorpusFile("spacewar-2012-04-19-afp-nato-russia.txt"));
  MatchOptions match;
  const MinHasher hasher(match.sketch == SketchKind::kOph, match.num_perms, match.seed,
                         match.signature_bits);
  FingerprintedBatch batch;
  FingerprintBatch(docs, ExtractOptions(), match, hasher, &batch);
  return batch;
}

}  // namespace testing
}  // namespace claimdup

#endif  // CLAIMDUP_TESTS_PIPELINE_CORPUS_BATCH_H_
