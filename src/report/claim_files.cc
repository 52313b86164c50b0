#include "report/claim_files.h"

#include <algorithm>
#include <cstdio>

#include "report/wire_provenance.h"
#include "extract/sentence_quotes.h"
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
  // Canonical texts are scattered over the (spilled) text: they are read once, in file
  // order, into one buffer, so each page is read once and let go behind the reader.
  std::vector<uint32_t> by_offset(clusters.size());
  for (uint32_t k = 0; k < clusters.size(); ++k) by_offset[k] = k;
  std::sort(by_offset.begin(), by_offset.end(), [&](uint32_t x, uint32_t y) {
    return claims.text_offset(clusters[x].canonical) < claims.text_offset(clusters[y].canonical);
  });
  std::string canonical_texts;
  std::vector<uint64_t> canonical_at(clusters.size());
  for (size_t j = 0; j < by_offset.size(); ++j) {
    if (j % 65536 == 0) claims.ReleaseText();
    canonical_at[by_offset[j]] = canonical_texts.size();
    const absl::string_view t = claims.text(clusters[by_offset[j]].canonical);
    canonical_texts.append(t.data(), t.size());
  }
  claims.ReleaseText();
  auto canonical = [&](size_t k) {
    return absl::string_view(canonical_texts)
        .substr(canonical_at[k], claims.text_length(clusters[k].canonical));
  };
  auto is_part = [&](const ClusterInfo& c) {
    return relations.relation.size() == claims.size() &&
           relations.relation[c.canonical] == Relation::kPart;
  };
  std::vector<absl::string_view> names;
  std::vector<uint32_t> wire_slot;
  for (size_t k = 0; k < clusters.size(); ++k) {
    const ClusterInfo& c = clusters[k];
    names.clear();
    for (uint32_t o : c.outlets) names.push_back(claims.outlets[o]);
    const std::string outlets = JsonStringArray(names);
    names.clear();
    for (uint32_t d : c.docs) names.push_back(claims.docs[d].id);
    const std::string docs = JsonStringArray(names);
    names.clear();
    for (uint32_t s : c.speakers) names.push_back(claims.speakers[s]);
    const std::string speakers = JsonStringArray(names);
    std::string members = "[";
    for (size_t i = 0; i < c.members.size(); ++i) {
      if (i) members.push_back(',');
      members += std::to_string(c.members[i]);
    }
    members.push_back(']');
    const DocInfo& first = claims.docs[claims.doc(c.first)];
    JsonLine first_json;
    first_json.Str("outlet", claims.outlets[first.outlet])
        .StrOrNull("date", first.date)
        .Str("doc", first.id);
    JsonLine line;
    line.Int("cluster", c.id)
        .Int("size", c.members.size())
        .Int("n_outlets", c.outlets.size())
        .Raw("outlets", outlets)
        .Raw("docs", docs)
        .Raw("speakers", speakers)
        .Str("canonical", is_part(c) ? RootText(claims, relations, c) : canonical(k))
        .Str("root", RootText(claims, relations, c))
        .Raw("first", first_json.Finish())
        .Raw("members", members);
    const ClusterWire wire = ClassifyClusterWire(claims, c, &wire_slot);
    line.Raw("wire", WireJsonArray(wire.wires))
        .Int("wire_outlets", wire.wire_outlets)
        .Str("carried", WireCarryName(wire.carry));
    if (k < stock.size()) line.Bool("stock", stock[k]);
    (*file)->WriteLine(line.Finish());
  }
  return (*file)->Close();
}

}  // namespace claimdup
