// article_pairs.csv and report.html's "Article pairs" section (sentence mode): which article
// reprinted which. One row per article pair of cluster/article_reuse.h (stock phrases not counted),
// most shared sentences first: article_a (the earlier: by date, else input order), article_b (the
// later), their outlets, dates, titles and URLs, shared_sentences, sentences_b (the later article's
// sentences after outlet boilerplate), share_b = shared_sentences / sentences_b, wire_a and
// wire_b (the wires each article credits, extract/wire_credits.h, ";"-separated) and
// common_wire (those both credit: the pair is syndication of that wire's copy). The HTML
// section says it in words ("both credit AP", "later credits Reuters").
#ifndef CLAIMDUP_REPORT_ARTICLE_PAIRS_FILES_H_
#define CLAIMDUP_REPORT_ARTICLE_PAIRS_FILES_H_

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "cluster/article_reuse.h"
#include "core/claim_table.h"

namespace claimdup {

inline constexpr const char* kArticlePairsFileName = "article_pairs.csv";

absl::Status WriteArticlePairsCsv(const ClaimTable& claims, const std::vector<ArticlePair>& pairs,
                                  const std::string& path);

// The section for report.html: the first kHtmlArticlePairs pairs, with their counts.
inline constexpr size_t kHtmlArticlePairs = 200;
void AppendArticlePairsSection(const ClaimTable& claims, const ArticleReuse& reuse,
                               std::string* html);

}  // namespace claimdup

#endif  // CLAIMDUP_REPORT_ARTICLE_PAIRS_FILES_H_
