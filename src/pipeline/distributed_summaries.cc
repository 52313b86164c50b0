#include "pipeline/distributed_summaries.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

#include "cluster/credit_steps.h"
#include "cluster/summary_steps.h"
#include "pipeline/cluster_ranges.h"
#include "pipeline/rank_bytes.h"

namespace claimdup {
namespace {

// A reader of many texts out of claim order hints the spill file this often.
constexpr size_t kTextsBetweenReleases = 512;

// One range's members' columns as SummarizeGathered and CreditClusters read them; ids are
// places in the range (members of the range's clusters, in cluster order, ascending within
// one). A member's document, outlet and date are read through the range's table of documents
// (a document's claims are often members of the range's clusters several times over), its
// speaker through the range's table of speakers (ascending, so a speaker's slot is its rank
// among them; names only with credits).
class RangeColumns {
 public:
  // Reads the columns PackSummaryRange wrote for `members` members.
  RangeColumns(RankBytesReader* in, size_t members, bool has_relation, bool credits,
               std::vector<Relation>* relation) {
    auto get = [&](auto* column, size_t n) {
      column->resize(n);
      in->GetArray(column->data(), n);
    };
    const size_t docs = in->Get<uint64_t>();
    get(&doc_, docs), get(&outlet_, docs);
    std::vector<uint32_t> date_length;
    get(&date_length, docs);
    date_begin_.resize(docs + 1, 0);
    for (size_t d = 0; d < docs; ++d) date_begin_[d + 1] = date_begin_[d] + date_length[d];
    get(&dates_, date_begin_[docs]);
    const size_t speakers = in->Get<uint64_t>();
    get(&speaker_id_, speakers);
    name_begin_.assign(speakers + 1, 0);
    if (credits) {
      std::vector<uint32_t> name_length;
      get(&name_length, speakers);
      for (size_t s = 0; s < speakers; ++s) name_begin_[s + 1] = name_begin_[s] + name_length[s];
      get(&names_, name_begin_[speakers]);
    }
    get(&doc_of_, members), get(&speaker_, members), get(&set_key_, members),
        get(&text_length_, members), get(&words_, members);
    if (has_relation) get(relation, members);
    // Excerpts' texts, in member order; the others are never read.
    text_begin_.assign(members, 0);
    uint64_t at = 0;
    for (size_t m = 0; m < members; ++m) {
      if (!has_relation || (*relation)[m] != Relation::kExcerpt) continue;
      text_begin_[m] = at;
      at += text_length_[m];
    }
    get(&texts_, at);
  }

  size_t size() const { return doc_of_.size(); }
  uint32_t doc(uint32_t m) const { return doc_[doc_of_[m]]; }
  uint32_t outlet(uint32_t m) const { return outlet_[doc_of_[m]]; }
  absl::string_view date(uint32_t m) const {
    const uint32_t d = doc_of_[m];
    return absl::string_view(dates_).substr(date_begin_[d], date_begin_[d + 1] - date_begin_[d]);
  }
  uint32_t speaker(uint32_t m) const { return speaker_id_[speaker_[m]]; }
  size_t speaker_slots() const { return speaker_id_.size(); }
  uint32_t speaker_slot(uint32_t m) const { return speaker_[m]; }
  absl::string_view speaker_name(uint32_t m) const {
    const uint32_t s = speaker_[m];
    return absl::string_view(names_).substr(name_begin_[s], name_begin_[s + 1] - name_begin_[s]);
  }
  uint64_t set_key(uint32_t m) const { return set_key_[m]; }
  uint32_t text_length(uint32_t m) const { return text_length_[m]; }
  uint32_t words(uint32_t m) const { return words_[m]; }
  absl::string_view text(uint32_t m) const {
    return absl::string_view(texts_).substr(text_begin_[m], text_length_[m]);
  }

 private:
  // The range's documents: claim table index, outlet, date.
  std::vector<uint32_t> doc_, outlet_;
  std::vector<uint64_t> date_begin_;
  std::string dates_;
  // The range's speakers, ascending: the run's index and (with credits) the name.
  std::vector<uint32_t> speaker_id_;
  std::vector<uint64_t> name_begin_;
  std::string names_;
  // Per member: its document's and speaker's places in the range's tables, its own columns.
  std::vector<uint32_t> doc_of_, speaker_, text_length_, words_;
  std::vector<uint64_t> set_key_;
  std::vector<uint64_t> text_begin_;
  std::string texts_;
};

// Appends one value per element of `items`, value_of(item) each, as one array.
template <typename Items, typename ValueOf>
void PutColumn(const Items& items, const ValueOf& value_of, std::string* bytes) {
  using T = decltype(value_of(*items.begin()));
  const size_t at = bytes->size();
  bytes->resize(at + items.size() * sizeof(T));
  char* out = bytes->data() + at;
  for (const auto& item : items) {
    const T value = value_of(item);
    std::memcpy(out, &value, sizeof(T));
    out += sizeof(T);
  }
}

}  // namespace

void PackSummaryRange(const ClaimTable& claims, const std::vector<Relation>& relation,
                      uint32_t short_words, bool credits, absl::Span<const ClusterInfo> clusters,
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
  Put<uint8_t>(bytes, credits ? 1 : 0);
  PutVector(bytes, sizes);
  Put<uint64_t>(bytes, members.size());
  // The range's documents in the order first met, and each member's place among them.
  std::vector<uint32_t> place(claims.docs.size(), UINT32_MAX), docs, doc_of;
  doc_of.reserve(members.size());
  for (const uint32_t m : members) {
    uint32_t& p = place[claims.doc(m)];
    if (p == UINT32_MAX) p = static_cast<uint32_t>(docs.size()), docs.push_back(claims.doc(m));
    doc_of.push_back(p);
  }
  // The range's speakers, ascending, and each member's slot among them.
  std::vector<uint32_t> speakers;
  place.assign(claims.speakers.size(), UINT32_MAX);
  for (const uint32_t m : members) {
    uint32_t& p = place[claims.speaker(m)];
    if (p == UINT32_MAX) p = 0, speakers.push_back(claims.speaker(m));
  }
  std::sort(speakers.begin(), speakers.end());
  for (size_t s = 0; s < speakers.size(); ++s) place[speakers[s]] = static_cast<uint32_t>(s);
  std::vector<uint32_t> speaker_of;
  speaker_of.reserve(members.size());
  for (const uint32_t m : members) speaker_of.push_back(place[claims.speaker(m)]);
  std::vector<uint32_t>().swap(place);
  Put<uint64_t>(bytes, docs.size());
  PutArray(bytes, docs.data(), docs.size());
  PutColumn(docs, [&](uint32_t d) { return claims.docs[d].outlet; }, bytes);
  PutColumn(docs, [&](uint32_t d) { return static_cast<uint32_t>(claims.docs[d].date.size()); },
            bytes);
  for (const uint32_t d : docs) bytes->append(claims.docs[d].date);
  Put<uint64_t>(bytes, speakers.size());
  PutArray(bytes, speakers.data(), speakers.size());
  if (credits) {
    PutColumn(speakers,
              [&](uint32_t s) { return static_cast<uint32_t>(claims.speakers[s].size()); }, bytes);
    for (const uint32_t s : speakers) bytes->append(claims.speakers[s]);
  }
  // Then the members' columns, column by column.
  PutArray(bytes, doc_of.data(), doc_of.size());
  PutArray(bytes, speaker_of.data(), speaker_of.size());
  PutColumn(members, [&](uint32_t m) { return claims.set_key(m); }, bytes);
  PutColumn(members, [&](uint32_t m) { return claims.text_length(m); }, bytes);
  PutColumn(members, [&](uint32_t m) { return claims.words(m); }, bytes);
  if (has_relation) PutColumn(members, [&](uint32_t m) { return relation[m]; }, bytes);
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
  const bool credits = in.Get<uint8_t>() != 0;
  std::vector<uint32_t> sizes;
  GetVector(&in, &sizes);
  const size_t members = in.Get<uint64_t>();
  std::vector<Relation> relation;
  const RangeColumns columns(&in, members, has_relation, credits, &relation);
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
  if (!credits) return reply;
  std::vector<ClusterCredits> credited(clusters.size());
  CreditClusters(columns, clusters, absl::MakeSpan(credited));
  for (const ClusterCredits& c : credited) {
    Put<uint8_t>(&reply, c.outcome);
    if (c.outcome == ClusterCredits::kPeople) PutVector(&reply, c.speakers);
  }
  return reply;
}

void TakeSummaryRange(absl::string_view reply, absl::Span<ClusterInfo> clusters,
                      absl::Span<ClusterCredits> credits) {
  RankBytesReader in(reply);
  for (ClusterInfo& c : clusters) {
    c.canonical = c.members[in.Get<uint32_t>()];
    c.first = c.members[in.Get<uint32_t>()];
    GetVector(&in, &c.outlets);
    GetVector(&in, &c.docs);
    GetVector(&in, &c.speakers);
  }
  for (ClusterCredits& c : credits) {
    c.outcome = static_cast<ClusterCredits::Outcome>(in.Get<uint8_t>());
    if (c.outcome == ClusterCredits::kPeople) GetVector(&in, &c.speakers);
  }
}

std::vector<ClusterInfo> SummarizeOnRanks(MpiWorld* world, const ClaimTable& claims,
                                          const std::vector<uint32_t>& cluster_of,
                                          const std::vector<Relation>& relation, size_t min_size,
                                          uint32_t short_words,
                                          std::vector<ClusterCredits>* credits) {
  std::vector<ClusterInfo> clusters = GatherClusters(claims, cluster_of, min_size);
  if (credits != nullptr) credits->assign(clusters.size(), ClusterCredits());
  auto credits_of = [&](size_t begin, size_t end) {
    return credits != nullptr ? absl::MakeSpan(*credits).subspan(begin, end - begin)
                              : absl::Span<ClusterCredits>();
  };
  std::vector<uint32_t> members(clusters.size());
  for (size_t k = 0; k < clusters.size(); ++k) {
    members[k] = static_cast<uint32_t>(clusters[k].members.size());
  }
  const absl::Span<ClusterInfo> all = absl::MakeSpan(clusters);
  ExchangeClusterRanges(
      world, members,
      [&](size_t begin, size_t end, std::string* bytes) {
        PackSummaryRange(claims, relation, short_words, credits != nullptr,
                         all.subspan(begin, end - begin), bytes);
      },
      [&](size_t begin, size_t end) {
        SummarizeGathered(TableColumns{claims}, relation, short_words,
                          all.subspan(begin, end - begin));
        if (credits != nullptr) {
          CreditClusters(TableColumns{claims}, all.subspan(begin, end - begin),
                         credits_of(begin, end));
        }
      },
      [&](size_t begin, size_t end, absl::string_view reply) {
        TakeSummaryRange(reply, all.subspan(begin, end - begin), credits_of(begin, end));
      });
  return clusters;
}

void ServeSummaries(MpiWorld* world) { ServeClusterRanges(world, SummarizeRange); }

}  // namespace claimdup
