#include "pipeline/distributed_matching.h"

#include <string>

#include "absl/time/clock.h"
#include "pipeline/distributed_anchors.h"
#include "pipeline/distributed_lsh.h"
#include "pipeline/distributed_summaries.h"
#include "pipeline/distributed_verify.h"

namespace claimdup {
namespace {

// Rank 0's requests, broadcast as one byte.
constexpr char kLshRequest = 'L';
constexpr char kAnchorRequest = 'A';
constexpr char kVerifyRequest = 'V';
constexpr char kDescribeRequest = 'R';
constexpr char kSummarizeRequest = 'S';
constexpr char kEndRequest = 'E';

}  // namespace

void MatchAcrossRanks(MpiWorld* world, int threads, double* seconds, SignatureHomes* homes,
                      ClusterOptions* options) {
  const ClusterOptions settings = *options;
  // Asks every other rank to join request `kind`, runs rank 0's side (`work`) and adds its
  // wall time to *seconds.
  auto serve = [world, seconds](char kind, auto&& work) {
    const absl::Time start = absl::Now();
    std::string request(1, kind);
    world->BroadcastBytes(&request);
    auto result = work();
    if (seconds != nullptr) *seconds += absl::ToDoubleSeconds(absl::Now() - start);
    return result;
  };
  options->lsh_pairs = [world, settings, threads, serve, homes](
                           const SignatureView& signatures, absl::Span<const uint32_t> items,
                           const std::function<uint32_t(uint32_t)>& shingle_count,
                           int64_t* dropped) {
    return serve(kLshRequest, [&] {
      return LshPairsOnRanks(world, settings, threads, homes, &signatures, items, &shingle_count,
                             dropped);
    });
  };
  options->anchor_pairs = [world, settings, threads, serve, homes](absl::Span<const uint32_t> items,
                                                            const TokensOf& tokens,
                                                            int64_t* dropped) {
    return serve(kAnchorRequest, [&] {
      return AnchorPairsOnRanks(world, settings.anchor, threads, homes, items, &tokens, dropped);
    });
  };
  options->verify_pairs = [world, settings, threads, serve](
                              absl::Span<const uint64_t> pairs, const TokensOf& tokens,
                              const std::function<uint32_t(uint32_t)>& words) {
    return serve(kVerifyRequest, [&] {
      return VerifyPairsOnRanks(world, settings, threads, pairs, tokens, words);
    });
  };
  options->describe_members = [world, settings, threads, serve](
                                  absl::Span<const uint64_t> pairs,
                                  absl::Span<const uint8_t> variant, const TokensOf& tokens) {
    return serve(kDescribeRequest, [&] {
      return DescribeMembersOnRanks(world, settings, threads, pairs, variant, tokens);
    });
  };
}

double ServeMatching(MpiWorld* world, const ClusterOptions& options, int threads,
                     SignatureHomes* homes) {
  double seconds = 0;
  for (;;) {
    std::string request;
    world->BroadcastBytes(&request);
    const absl::Time start = absl::Now();
    int64_t dropped = 0;
    if (request == std::string(1, kLshRequest)) {
      LshPairsOnRanks(world, options, threads, homes, nullptr, {}, nullptr, &dropped);
    } else if (request == std::string(1, kAnchorRequest)) {
      AnchorPairsOnRanks(world, options.anchor, threads, homes, {}, nullptr, &dropped);
    } else if (request == std::string(1, kVerifyRequest) ||
               request == std::string(1, kDescribeRequest)) {
      ServeSharedPairs(world, options, threads);
    } else if (request == std::string(1, kSummarizeRequest)) {
      ServeSummaries(world);
    } else {
      return seconds;
    }
    seconds += absl::ToDoubleSeconds(absl::Now() - start);
  }
}

std::vector<ClusterInfo> SummarizeAcrossRanks(MpiWorld* world, double* seconds,
                                              const ClaimTable& claims,
                                              const std::vector<uint32_t>& cluster_of,
                                              const std::vector<Relation>& relation,
                                              size_t min_size, uint32_t short_words,
                                              std::vector<ClusterCredits>* credits) {
  const absl::Time start = absl::Now();
  std::string request(1, kSummarizeRequest);
  world->BroadcastBytes(&request);
  std::vector<ClusterInfo> clusters =
      SummarizeOnRanks(world, claims, cluster_of, relation, min_size, short_words, credits);
  if (seconds != nullptr) *seconds += absl::ToDoubleSeconds(absl::Now() - start);
  return clusters;
}

void EndMatching(MpiWorld* world) {
  std::string request(1, kEndRequest);
  world->BroadcastBytes(&request);
}

}  // namespace claimdup
