#include "pipeline/distributed_edits.h"

#include <type_traits>

#include "pipeline/rank_bytes.h"
#include "util/run_on_threads.h"

namespace claimdup {
namespace {

constexpr char kWorkMessage = 'E';
constexpr char kSkipMessage = 'X';

// One member to diff: its row in the table holding its text, its root among the work's
// roots, and where in the root's words it is diffed.
struct MemberWork {
  uint32_t row = 0;
  uint32_t root = 0;
  RootSlice slice;
};
static_assert(std::is_trivially_copyable_v<MemberWork> && std::is_trivially_copyable_v<QuoteEdit>,
              "they travel as bytes");

// The members one rank diffs and the root wordings they need: their text, which the rank
// normalizes (rank 0 would otherwise normalize every cluster's root alone).
struct EditWork {
  std::string texts;                   // The roots' wordings, one root after another.
  std::vector<uint64_t> root_at{0};    // Root k's text is texts[root_at[k], root_at[k + 1]).
  std::vector<MemberWork> members;     // By root.
  uint32_t last_cluster = UINT32_MAX;  // The cluster whose root was added last.
};

// The edits of `work`'s members, in its order, on `threads` threads.
std::vector<QuoteEdit> DiffMembers(const ClaimTable& claims, const EditWork& work, int threads) {
  std::vector<QuoteEdit> edits(work.members.size());
  threads = std::max(1, threads);
  RunOnThreads(threads, [&](int t) {
    EditScratch scratch;
    std::vector<WordToken> root;
    uint32_t root_made = UINT32_MAX;  // The root whose words `root` holds.
    const size_t n = work.members.size();
    for (size_t j = n * t / threads, read = 0; j < n * (t + 1) / threads; ++j) {
      if (++read % 4096 == 0) claims.ReleaseText();  // Texts scattered: see ReleaseText.
      const MemberWork& m = work.members[j];
      if (m.root != root_made) {
        root_made = m.root;
        RootWordsOfText(
            absl::string_view(work.texts)
                .substr(work.root_at[m.root], work.root_at[m.root + 1] - work.root_at[m.root]),
            &scratch, &root);
      }
      edits[j] = EditOfMember(root, claims.text(m.row), m.slice, &scratch);
    }
  });
  claims.ReleaseText();
  return edits;
}

}  // namespace

std::vector<QuoteEdit> QuoteEditsAcrossRanks(MpiWorld* world, const QuotePartsPlan& plan,
                                             const RunResult& result, int threads) {
  const ClaimTable& claims = result.claims;
  const ClaimHomes homes = HomesOf(plan);
  std::vector<EditWork> work(world->size());
  std::vector<std::vector<uint32_t>> ids(world->size());  // Each rank's members, in order.
  for (uint32_t k = 0; k < result.clusters.size(); ++k) {
    const ClusterInfo& c = result.clusters[k];
    const absl::string_view root = RootText(claims, result.relations, c);
    for (const uint32_t m : c.members) {
      const int r = homes.RankOf(m);
      EditWork& w = work[r];
      if (w.last_cluster != k) {
        w.last_cluster = k;
        w.texts.append(root.data(), root.size());
        w.root_at.push_back(w.texts.size());
      }
      w.members.push_back(MemberWork{.row = homes.row[m],
                                     .root = static_cast<uint32_t>(w.root_at.size() - 2),
                                     .slice = RootSliceOf(result.relations, claims.size(), m)});
      ids[r].push_back(m);
    }
  }
  for (int r = 1; r < world->size(); ++r) {
    std::string bytes(1, kWorkMessage);
    PutVector(&bytes, work[r].root_at);
    PutString(&bytes, work[r].texts);
    PutVector(&bytes, work[r].members);
    world->Send(r, bytes);
    work[r] = EditWork();
  }
  std::vector<QuoteEdit> edits(claims.size());
  // Rank 0's own members while the others diff theirs (its rows are ids).
  const std::vector<QuoteEdit> own = DiffMembers(claims, work[0], threads);
  for (size_t j = 0; j < own.size(); ++j) edits[ids[0][j]] = own[j];
  for (int r = 1; r < world->size(); ++r) {
    const std::string bytes = world->Receive(r);
    RankBytesReader in(bytes);
    for (const uint32_t m : ids[r]) edits[m] = in.Get<QuoteEdit>();
  }
  return edits;
}

void SkipQuoteEdits(MpiWorld* world) {
  for (int r = 1; r < world->size(); ++r) world->Send(r, std::string(1, kSkipMessage));
}

void ServeQuoteEdits(MpiWorld* world, const ClaimTable& own, const absl::Status& own_status,
                     int threads) {
  const std::string bytes = world->Receive(0);
  if (bytes.front() == kSkipMessage) return;
  RankBytesReader in(absl::string_view(bytes).substr(1));
  EditWork work;
  GetVector(&in, &work.root_at);
  work.texts = GetString(&in);
  GetVector(&in, &work.members);
  const std::vector<QuoteEdit> edits = own_status.ok()
                                           ? DiffMembers(own, work, threads)
                                           : std::vector<QuoteEdit>(work.members.size());
  std::string reply;
  PutArray(&reply, edits.data(), edits.size());
  world->Send(0, reply);
}

}  // namespace claimdup
