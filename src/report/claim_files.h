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
#include "cluster/cluster_summary.h"
#include "cluster/clusterer.h"
#include "cluster/quote_edits.h"
#include "core/claim_table.h"

namespace claimdup {

absl::Status WriteQuotesJsonl(const ClaimTable& claims, const std::vector<uint32_t>& cluster_of,
                              const ClusterRelations& relations, bool only_repeated,
                              const std::string& path, const std::vector<QuoteEdit>& edits = {},
                              bool sentences = false);

absl::Status WriteClustersJsonl(const ClaimTable& claims, const std::vector<ClusterInfo>& clusters,
                                const ClusterRelations& relations, const std::string& path,
                                const std::vector<bool>& stock = {});

}  // namespace claimdup

#endif  // CLAIMDUP_REPORT_CLAIM_FILES_H_
