// Misattribution leads: cross-outlet clusters whose members credit the same words to two or
// more different people.
//
// Speakers are compared as people, within each cluster: titles are dropped ("President
// Trump", "Mr. Trump" -> "Trump"), and a bare surname is the person of the cluster's one
// full name with that surname ("Trump" = "Donald Trump"). Left out, and counted:
//  - short excerpts: a member under kMinCreditedWords words ("no one is above the law",
//    "the enemy of the people") is a phrase many people repeat, so its speaker is not
//    compared;
//  - an unknown speaker against a name (no speaker is not a different speaker);
//  - organizations: a speaker naming a body or a role rather than a person ("White House",
//    "campaign", "spokesman", "department", "ministry", "police"...) is set aside, since a
//    spokesperson speaks for the organization and either credit is right; only two or more
//    people among the remaining speakers make a lead;
//  - quoting: a cluster whose root wording holds the surname (or its plural, or the first
//    name) of one of its speakers is one person quoting or answering another ("as Lincoln
//    said ...", "Obama just endorsed Crooked Hillary"), not a misattribution.
// Everything is linear in the cluster's size (hash sets of its speakers and root words).
#ifndef CLAIMDUP_CLUSTER_MISATTRIBUTION_H_
#define CLAIMDUP_CLUSTER_MISATTRIBUTION_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "cluster/cluster_summary.h"
#include "cluster/clusterer.h"
#include "core/claim_table.h"

namespace claimdup {

inline constexpr uint32_t kMinCreditedWords = 8;

// One person a cluster credits the words to.
struct CreditedSpeaker {
  uint32_t speaker = 0;  // Index into ClaimTable::speakers: its longest spelling here.
  int64_t outlets = 0;   // Distinct outlets crediting this person.
  int64_t claims = 0;    // Members crediting this person.
  uint32_t first = 0;    // Member of the earliest dated article crediting this person.
};

struct MisattributedCluster {
  const ClusterInfo* cluster = nullptr;
  std::vector<CreditedSpeaker> speakers;  // Two or more people, most outlets first.
};

struct MisattributionReport {
  // Strongest disagreement first (outlets crediting the second person), then most outlets,
  // then claims, then id.
  std::vector<MisattributedCluster> clusters;
  int64_t cross_outlet_clusters = 0;           // Examined.
  int64_t left_out_quoting = 0;                // Two people, but one quotes the other.
  int64_t left_out_unknown = 0;                // One person, and members with no speaker.
  int64_t left_out_organization = 0;           // Two speakers only once an organization is counted.
};

// Whether `speaker` names an organization or a role rather than a person (see above).
bool IsOrganizationSpeaker(absl::string_view speaker);

// `speaker` without titles and honorifics, lower case: "President Donald Trump" -> "donald
// trump", "Mr. Trump" -> "trump", "Sen. Bernie Sanders" -> "bernie sanders".
std::string PersonKey(absl::string_view speaker);

// The misattribution leads among the cross-outlet clusters of `clusters`.
MisattributionReport FindMisattributions(const ClaimTable& claims,
                                         const std::vector<ClusterInfo>& clusters,
                                         const ClusterRelations& relations);

}  // namespace claimdup

#endif  // CLAIMDUP_CLUSTER_MISATTRIBUTION_H_
