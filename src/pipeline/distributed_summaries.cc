#include "pipeline/distributed_summaries.h"

#include <cstring>

#include "cluster/summary_steps.h"
#include "pipeline/cluster_ranges.h"
#include "pipeline/rank_bytes.h"

namespace claimdup {
namespace {

// A reader of many texts out of claim order hints the spill file this often.
constexpr size_t kTextsBetweenReleases = 512;

// One range's members' columns as SummarizeGathered reads them; ids are places in the range
// (members of the range's clusters, in cluster order, ascending within one).
class RangeColumns {
 public:
  // Reads the columns PackSummaryRange wrote for `members` members.
  RangeColumns(RankBytesReader* in, size_t members, bool has_relation,
               std::vector<Relation>* relation) {
    auto get = [&](auto* column) {
      column->resize(members);
      in->GetArray(column->data(), members);
    };
    get(&doc_), get(&outlet_), get(&speaker_), get(&set_key_), get(&text_length_),
        get(&words_);
    if (has_relation) get(relation);
    std::vector<uint32_t> date_length;
    get(&date_length);
    date_begin_.resize(members + 1, 0);
    for (size_t m = 0; m < members; ++m) date_begin_[m + 1] = date_begin_[m] + date_length[m];
    dates_.resize(date_begin_[members]);
    in->GetArray(dates_.data(), dates_.size());
    // Excerpts' texts, in member order; the others are never read.
    text_begin_.assign(members, 0);
    uint64_t at = 0;
    for (size_t m = 0; m < members; ++m) {
      if (!has_relation || (*relation)[m] != Relation::kExcerpt) continue;
      text_begin_[m] = at;
      at += text_length_[m];
    }
    texts_.resize(at);
    in->GetArray(texts_.data(), texts_.size());
  }

  size_t size() const { return doc_.size(); }
  uint32_t doc(uint32_t m) const { return doc_[m]; }
  uint32_t outlet(uint32_t m) const { return outlet_[m]; }
  absl::string_view date(uint32_t m) const {
    return absl::string_view(dates_).substr(date_begin_[m], date_begin_[m + 1] - date_begin_[m]);
  }
  uint32_t speaker(uint32_t m) const { return speaker_[m]; }
  uint64_t set_key(uint32_t m) const { return set_key_[m]; }
  uint32_t text_length(uint32_t m) const { return text_length_[m]; }
  uint32_t words(uint32_t m) const { return words_[m]; }
  absl::string_view text(uint32_t m) const {
    return absl::string_view(texts_).substr(text_begin_[m], text_length_[m]);
  }

 private:
  std::vector<uint32_t> doc_, outlet_, speaker_, text_length_, words_;
  std::vector<uint64_t> set_key_;
  std::vector<uint64_t> date_begin_, text_begin_;
  std::string dates_, texts_;
};

}  // namespace

void PackSummaryRange(const ClaimTable& claims, const std::vector<Relation>& relation,
                      uint32_t short_words, absl::Span<const ClusterInfo> clusters,
                      std::string* bytes) {
  const bool has_relation = !relation.empty();
  std::vector<uint32_t> sizes, members;
  sizes.reserve(clusters.size());
  for (const ClusterInfo& c : clusters) {
    sizes.push_back(static_cast<uint32_t>(c.members.size()));
    members.insert(members.end(), c.members.begin(), c.members.end());
  }
  Put<uint32_t>(bytes, short_words);
  Put<uint8_t>(bytes, has_relation ? 1 : 0);
  PutVector(bytes, sizes);
  Put<uint64_t>(bytes, members.size());
  // Column by column: each a run of one value per member.
  auto put = [&](auto value_of) {
    using T = decltype(value_of(uint32_t{0}));
    const size_t at = bytes->size();
    bytes->resize(at + members.size() * sizeof(T));
    char* out = bytes->data() + at;
    for (const uint32_t m : members) {
      const T value = value_of(m);
      std::memcpy(out, &value, sizeof(T));
      out += sizeof(T);
    }
  };
  put([&](uint32_t m) { return claims.doc(m); });
  put([&](uint32_t m) { return claims.docs[claims.doc(m)].outlet; });
  put([&](uint32_t m) { return claims.speaker(m); });
  put([&](uint32_t m) { return claims.set_key(m); });
  put([&](uint32_t m) { return claims.text_length(m); });
  put([&](uint32_t m) { return claims.words(m); });
  if (has_relation) put([&](uint32_t m) { return relation[m]; });
  put([&](uint32_t m) { return static_cast<uint32_t>(claims.docs[claims.doc(m)].date.size()); });
  for (const uint32_t m : members) bytes->append(claims.docs[claims.doc(m)].date);
  if (!has_relation) return;
  size_t read = 0;
  for (const uint32_t m : members) {
    if (relation[m] != Relation::kExcerpt) continue;
    const absl::string_view text = claims.text(m);
    bytes->append(text.data(), text.size());
    if (++read % kTextsBetweenReleases == 0) claims.ReleaseText();
  }
}

std::string SummarizeRange(absl::string_view bytes) {
  RankBytesReader in(bytes);
  const uint32_t short_words = in.Get<uint32_t>();
  const bool has_relation = in.Get<uint8_t>() != 0;
  std::vector<uint32_t> sizes;
  GetVector(&in, &sizes);
  const size_t members = in.Get<uint64_t>();
  std::vector<Relation> relation;
  const RangeColumns columns(&in, members, has_relation, &relation);
  std::vector<ClusterInfo> clusters(sizes.size());
  uint32_t next = 0;
  for (size_t k = 0; k < sizes.size(); ++k) {
    clusters[k].id = next;
    clusters[k].members.resize(sizes[k]);
    for (uint32_t& m : clusters[k].members) m = next++;
  }
  SummarizeGathered(columns, relation, short_words, absl::MakeSpan(clusters));
  std::string reply;
  for (const ClusterInfo& c : clusters) {
    Put<uint32_t>(&reply, c.canonical - c.members.front());
    Put<uint32_t>(&reply, c.first - c.members.front());
    PutVector(&reply, c.outlets);
    PutVector(&reply, c.docs);
    PutVector(&reply, c.speakers);
  }
  return reply;
}

void TakeSummaryRange(absl::string_view reply, absl::Span<ClusterInfo> clusters) {
  RankBytesReader in(reply);
  for (ClusterInfo& c : clusters) {
    c.canonical = c.members[in.Get<uint32_t>()];
    c.first = c.members[in.Get<uint32_t>()];
    GetVector(&in, &c.outlets);
    GetVector(&in, &c.docs);
    GetVector(&in, &c.speakers);
  }
}

std::vector<ClusterInfo> SummarizeOnRanks(MpiWorld* world, const ClaimTable& claims,
                                          const std::vector<uint32_t>& cluster_of,
                                          const std::vector<Relation>& relation,
                                          size_t min_size, uint32_t short_words) {
  std::vector<ClusterInfo> clusters = GatherClusters(claims, cluster_of, min_size);
  std::vector<uint32_t> members(clusters.size());
  for (size_t k = 0; k < clusters.size(); ++k) {
    members[k] = static_cast<uint32_t>(clusters[k].members.size());
  }
  const absl::Span<ClusterInfo> all = absl::MakeSpan(clusters);
  ExchangeClusterRanges(
      world, members,
      [&](size_t begin, size_t end, std::string* bytes) {
        PackSummaryRange(claims, relation, short_words, all.subspan(begin, end - begin), bytes);
      },
      [&](size_t begin, size_t end) {
        SummarizeGathered(TableColumns{claims}, relation, short_words,
                          all.subspan(begin, end - begin));
      },
      [&](size_t begin, size_t end, absl::string_view reply) {
        TakeSummaryRange(reply, all.subspan(begin, end - begin));
      });
  return clusters;
}

void ServeSummaries(MpiWorld* world) { ServeClusterRanges(world, SummarizeRange); }

}  // namespace claimdup
