// The per-cluster half of FindMisattributions (cluster/misattribution.h): the people each
// cross-outlet cluster credits its words to, read through a columns object, so that one
// process (its claim table) and the ranks of a distributed run (their range of clusters'
// members' columns, pipeline/distributed_summaries.h) run the same code on the same values.
// What is left for the whole run (FinishMisattributions: the quoting check on the root wording
// of the clusters that credit two people or more, and the ranking) reads rank 0's table.
//
// `Columns` answers, for a member id m as ClusterInfo::members holds it: speaker(m) (the
// run's speaker index, 0 for none), speaker_slot(m) (a dense index below speaker_slots(),
// one per speaker, 0 for none), speaker_name(m), words(m), outlet(m) and date(m). Ids must
// ascend in claim order within a cluster. Clusters need their outlets (summarized).
#ifndef CLAIMDUP_CLUSTER_CREDIT_STEPS_H_
#define CLAIMDUP_CLUSTER_CREDIT_STEPS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "cluster/cluster_summary.h"
#include "cluster/misattribution.h"

namespace claimdup {

// One member as the credit step reads it.
struct CreditMember {
  uint32_t speaker = 0, slot = 0, words = 0, outlet = 0;
  absl::string_view name, date;  // The speaker's name; the document's date.
};

// What one cluster's members credit.
struct ClusterCredits {
  enum Outcome : uint8_t {
    kNotCrossOutlet = 0,  // Not examined.
    kOnePerson = 1,       // Examined: fewer than two people, nothing left out.
    kOrganization = 2,    // Two speakers only once an organization is counted.
    kUnknown = 3,         // One person, and members with no speaker.
    kPeople = 4,          // Two people or more: `speakers`, a lead unless one quotes the other.
  };
  Outcome outcome = kNotCrossOutlet;
  // With kPeople, in order of first credit; `first` is a place in the cluster's members.
  std::vector<CreditedSpeaker> speakers;
};

// Credits clusters one after the other, keeping each speaker's reading (organization, person
// key) and its tables from one cluster to the next. Linear in a cluster's members.
class ClusterCreditor {
 public:
  // Speakers are told apart by slot: `slots` of them (Columns::speaker_slots()).
  explicit ClusterCreditor(size_t slots) : is_org_(slots, -1), key_(slots) {}

  // The credits of a cross-outlet cluster whose members (in cluster order) are `members`.
  ClusterCredits Credit(absl::Span<const CreditMember> members);

 private:
  struct Person {
    uint32_t speaker = 0;    // Longest spelling,
    absl::string_view name;  // and that spelling.
    int64_t claims = 0;
    uint32_t first = UINT32_MAX;  // Place in the cluster.
    uint32_t key_slot = 0;        // The spelling whose person key this is.
    int64_t outlets = 0;
  };
  bool Classify(const CreditMember& m);  // Whether m's speaker is an organization.

  std::vector<int8_t> is_org_;    // Per slot: -1 not read yet.
  std::vector<std::string> key_;  // Per slot: person key ("" as unknown).
  absl::flat_hash_map<absl::string_view, uint32_t> person_of_;
  absl::flat_hash_map<uint64_t, uint32_t> reps_, by_first_;
  std::vector<uint32_t> rep_next_, rep_count_, merged_;
  absl::flat_hash_set<uint64_t> person_outlets_;
  std::vector<Person> people_;
  std::vector<bool> glued_;
  std::vector<absl::string_view> parts_;
};

// Fills `credits` (one per cluster of `clusters`) with each cluster's ClusterCredits, its
// speakers' `first` a place in its members.
template <typename Columns>
void CreditClusters(const Columns& claims, absl::Span<const ClusterInfo> clusters,
                    absl::Span<ClusterCredits> credits) {
  ClusterCreditor creditor(claims.speaker_slots());
  std::vector<CreditMember> members;
  for (size_t k = 0; k < clusters.size(); ++k) {
    const ClusterInfo& c = clusters[k];
    if (!IsCrossOutlet(c)) continue;
    members.clear();
    for (const uint32_t m : c.members) {
      members.push_back({claims.speaker(m), claims.speaker_slot(m), claims.words(m),
                         claims.outlet(m), claims.speaker_name(m), claims.date(m)});
    }
    credits[k] = creditor.Credit(members);
  }
}

// The misattribution report of the run's `clusters` from their credits (one per cluster, as
// CreditClusters made them): the quoting check on the root wordings, the counts, the ranking.
MisattributionReport FinishMisattributions(const ClaimTable& claims,
                                           const std::vector<ClusterInfo>& clusters,
                                           const ClusterRelations& relations,
                                           std::vector<ClusterCredits> credits);

}  // namespace claimdup

#endif  // CLAIMDUP_CLUSTER_CREDIT_STEPS_H_
