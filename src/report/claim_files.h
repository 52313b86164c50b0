// quotes.jsonl and clusters.jsonl: the run's core output contract.
//
// quotes.jsonl: one line per claim: id, doc, outlet, date, speaker, text, begin, end,
// quote_group, cluster (every claim has one; a singleton's is its own id), and for members
// of clusters of 2+: relation to the root wording (variant, excerpt, part), similarity to
// it and root_words [begin, end) (the root's words an excerpt covers); null otherwise. With
// only_repeated, the claims of clusters of 2+ only (sentence mode's default: most sentences
// are unique, and listing them all would write the dump out again at twice its size).
// clusters.jsonl: one line per cluster of 2+ claims: cluster, size, n_outlets, outlets,
// docs, speakers, canonical, root (the longest full wording; may be a split quote's joined
// text), first {outlet, date, doc}, members.
// quotes.jsonl also gives each member of a reported cluster its "edit" against the root
// wording (cluster/quote_edits.h EditName, from `edits`, per claim; null when absent).
// Wire provenance (report/wire_provenance.h): quotes.jsonl's "wire" lists the wires the
// claim's article credits ([] for none); clusters.jsonl's "wire" those its articles credit,
// "wire_outlets" how many of its outlets credit one, "carried" wire, mixed or own.
// Sentence mode (`sentences`): quotes.jsonl adds "quoted" (the sentence is one whole
// quotation, extract/sentence_quotes.h) and clusters.jsonl "stock" (from `stock`, per
// cluster: a stock phrase, cluster/article_reuse.h).
#ifndef CLAIMDUP_REPORT_CLAIM_FILES_H_
#define CLAIMDUP_REPORT_CLAIM_FILES_H_

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/types/span.h"
#include "cluster/cluster_summary.h"
#include "cluster/clusterer.h"
#include "cluster/quote_edits.h"
#include "core/claim_table.h"

namespace claimdup {

absl::Status WriteQuotesJsonl(const ClaimTable& claims, const std::vector<uint32_t>& cluster_of,
                              const ClusterRelations& relations, bool only_repeated,
                              const std::string& path, const std::vector<QuoteEdit>& edits = {},
                              bool sentences = false);

// What a quotes.jsonl line says of one claim besides its article, text and offsets: its
// run-wide ids and what matching and fact-checking decided. Plain bytes, so the rank of an
// MPI job that holds a claim's text can be sent its facts and write its line
// (pipeline/distributed_quotes.h).
struct QuoteFacts {
  uint32_t row = 0;      // The claim's row in the table holding its text and article.
  uint32_t id = 0;       // Its id in the run.
  uint32_t group = 0;    // quote_group, a run-wide id.
  uint32_t cluster = 0;  // Its cluster's id.
  uint32_t speaker = 0;  // Into the run's speaker names.
  bool described = false;  // relation, similarity and root_words are known.
  Relation relation = Relation::kVariant;
  float similarity = 0;
  uint32_t root_begin = 0, root_end = 0;
  QuoteEdit edit;
};

// The facts quotes.jsonl gives for any range of a run's claim ids (`claims` is the run's
// table; the other arguments as WriteQuotesJsonl takes them, held by reference).
class QuoteFactSource {
 public:
  QuoteFactSource(const ClaimTable& claims, const std::vector<uint32_t>& cluster_of,
                  const ClusterRelations& relations, const std::vector<QuoteEdit>& edits,
                  bool only_repeated);
  // Appends the facts of the claims among ids [from, to) that quotes.jsonl lists, in id
  // order, with row = id.
  void Append(uint32_t from, uint32_t to, std::vector<QuoteFacts>* out) const;

 private:
  const ClaimTable& claims_;
  const std::vector<uint32_t>& cluster_of_;
  const ClusterRelations& relations_;
  const std::vector<QuoteEdit>& edits_;
  bool only_repeated_;
  std::vector<bool> repeated_;  // In a cluster of 2+.
};

// Writes one quotes.jsonl line per fact, in the given order, to a new file at `path`:
// article, text and offsets from row `row` of `claims`, the speaker from `speakers`, the rest
// from the fact. WriteQuotesJsonl is this over the facts of every listed claim.
absl::Status WriteQuoteFactsJsonl(const ClaimTable& claims, absl::Span<const std::string> speakers,
                                  absl::Span<const QuoteFacts> facts, bool sentences,
                                  const std::string& path);

absl::Status WriteClustersJsonl(const ClaimTable& claims, const std::vector<ClusterInfo>& clusters,
                                const ClusterRelations& relations, const std::string& path,
                                const std::vector<bool>& stock = {});

}  // namespace claimdup

#endif  // CLAIMDUP_REPORT_CLAIM_FILES_H_
