#include "report/claim_files.h"

#include <algorithm>
#include <cstdio>

#include "extract/sentence_quotes.h"
#include "report/cluster_lines.h"
#include "report/wire_provenance.h"
#include "util/json_writer.h"
#include "util/output_file.h"

namespace claimdup {

namespace {

// Lines are formatted in chunks of this many claims, whose text is then let go: it is read
// once, and a rank writing its part keeps about 1 MB of it mapped, not its whole share.
constexpr uint32_t kQuoteChunk = 8192;

void WriteQuoteLine(const ClaimTable& claims, absl::Span<const std::string> speakers,
                    const QuoteFacts& f, bool sentences, JsonLine* line, OutputFile* file) {
  const DocInfo& d = claims.docs[claims.doc(f.row)];
  line->Clear();
  line->Int("id", f.id)
      .Str("doc", d.id)
      .Str("outlet", claims.outlets[d.outlet])
      .StrOrNull("date", d.date)
      .StrOrNull("speaker", speakers[f.speaker])
      .Str("text", claims.text(f.row))
      .Int("begin", claims.begin(f.row))
      .Int("end", claims.end(f.row))
      .Int("quote_group", f.group)
      .Int("cluster", f.cluster);
  if (f.described) {
    char span[32];
    snprintf(span, sizeof(span), "[%u,%u]", f.root_begin, f.root_end);
    line->Str("relation", RelationName(f.relation))
        .Num("similarity", f.similarity)
        .Raw("root_words", f.root_end > 0 ? span : "null");
  } else {
    line->Raw("relation", "null").Raw("similarity", "null").Raw("root_words", "null");
  }
  if (f.edit.known) {
    line->Str("edit", EditName(f.edit));
  } else {
    line->Raw("edit", "null");
  }
  line->Raw("wire", WireJsonArray(d.wire));
  if (sentences) line->Bool("quoted", IsWholeQuotation(claims.text(f.row)));
  file->WriteLine(line->Finish());
}

}  // namespace

QuoteFactSource::QuoteFactSource(const ClaimTable& claims, const std::vector<uint32_t>& cluster_of,
                                 const ClusterRelations& relations,
                                 const std::vector<QuoteEdit>& edits, bool only_repeated)
    : claims_(claims),
      cluster_of_(cluster_of),
      relations_(relations),
      edits_(edits),
      only_repeated_(only_repeated),
      repeated_(claims.size(), false) {
  // A claim is repeated when its cluster id is not its own, or another claim points to it.
  for (uint32_t i = 0; i < claims.size(); ++i) {
    if (cluster_of[i] != i) repeated_[i] = repeated_[cluster_of[i]] = true;
  }
}

void QuoteFactSource::Append(uint32_t from, uint32_t to, std::vector<QuoteFacts>* out) const {
  const bool described = relations_.relation.size() == claims_.size();
  for (uint32_t i = from; i < to; ++i) {
    if (only_repeated_ && !repeated_[i]) continue;
    QuoteFacts f;
    f.row = f.id = i;
    f.group = claims_.group(i);
    f.cluster = cluster_of_[i];
    f.speaker = claims_.speaker(i);
    f.described = described && repeated_[i];
    if (f.described) {
      f.relation = relations_.relation[i];
      f.similarity = relations_.similarity[i];
      f.root_begin = relations_.root_begin[i];
      f.root_end = relations_.root_end[i];
    }
    if (i < edits_.size()) f.edit = edits_[i];
    out->push_back(f);
  }
}

absl::Status WriteQuotesJsonl(const ClaimTable& claims, const std::vector<uint32_t>& cluster_of,
                              const ClusterRelations& relations, bool only_repeated,
                              const std::string& path, const std::vector<QuoteEdit>& edits,
                              bool sentences) {
  auto file = OutputFile::Create(path);
  if (!file.ok()) return file.status();
  const QuoteFactSource source(claims, cluster_of, relations, edits, only_repeated);
  std::vector<QuoteFacts> facts;
  JsonLine line;
  const uint32_t n = static_cast<uint32_t>(claims.size());
  for (uint32_t from = 0; from < n; from += kQuoteChunk) {
    claims.ReleaseText();  // Read once: let it go.
    facts.clear();
    source.Append(from, std::min(n, from + kQuoteChunk), &facts);
    for (const QuoteFacts& f : facts) {
      WriteQuoteLine(claims, claims.speakers, f, sentences, &line, file->get());
    }
  }
  return (*file)->Close();
}

absl::Status WriteQuoteFactsJsonl(const ClaimTable& claims, absl::Span<const std::string> speakers,
                                  absl::Span<const QuoteFacts> facts, bool sentences,
                                  const std::string& path) {
  auto file = OutputFile::Create(path);
  if (!file.ok()) return file.status();
  JsonLine line;
  for (size_t k = 0; k < facts.size(); ++k) {
    if (k % kQuoteChunk == 0) claims.ReleaseText();
    WriteQuoteLine(claims, speakers, facts[k], sentences, &line, file->get());
  }
  return (*file)->Close();
}

absl::Status WriteClustersJsonl(const ClaimTable& claims, const std::vector<ClusterInfo>& clusters,
                                const ClusterRelations& relations, const std::string& path,
                                const std::vector<bool>& stock) {
  auto file = OutputFile::Create(path);
  if (!file.ok()) return file.status();
  ClusterLinesSlots slots;
  for (size_t from = 0; from < clusters.size(); from += kClusterLinesPerPack) {
    const size_t to = std::min(clusters.size(), from + kClusterLinesPerPack);
    WriteClusterLines(
        PackClusterLines(claims, clusters, relations, stock, from, to, nullptr, &slots),
        file->get());
  }
  return (*file)->Close();
}

}  // namespace claimdup
