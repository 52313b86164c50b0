#include "pipeline/distributed_verify.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <string>
#include <type_traits>

#include "cluster/token_pairs.h"
#include "pipeline/rank_bytes.h"
#include "pipeline/rank_roles.h"

namespace claimdup {
namespace {

// Messages from rank 0: a block of pairs to verify, one of (member, root) pairs to describe,
// or the end of the request.
constexpr char kVerifyBlock = 'B';
constexpr char kCoverBlock = 'C';
constexpr char kDoneMessage = 'D';

// The most pairs per block: kVerifyBlockPairs, or CLAIMDUP_MPI_VERIFY_BLOCK_PAIRS when set (tests
// make blocks tiny so that a small run takes many rounds, as a large one does).
size_t BlockPairs() {
  const char* v = std::getenv("CLAIMDUP_MPI_VERIFY_BLOCK_PAIRS");
  const long n = v == nullptr ? 0 : std::strtol(v, nullptr, 10);
  return n > 0 ? static_cast<size_t>(n) : kVerifyBlockPairs;
}

// What rank 0 knows of one request's pairs.
struct PairsToShare {
  absl::Span<const uint64_t> pairs;
  absl::Span<const uint8_t> variant;  // Per pair, for cover blocks; empty for verification.
  const TokensOf* tokens;
  std::function<uint32_t(uint32_t)> words;
};

// Rank 0: the message of a block of `kind` with pairs [lo, hi), as DecodeBlock reads it (the
// TokenPairs of those pairs, their items numbered in order of first use), into *out. The
// items' tokens are copied once, from the table into the message. `local` maps an item id to
// its number in the block (UINT32_MAX when not in it) and is left as it was found.
void EncodeBlockOf(char kind, const PairsToShare& what, size_t lo, size_t hi,
                   std::vector<uint32_t>* local, std::string* out) {
  std::vector<uint32_t> ids, words;
  std::vector<absl::Span<const WordToken>> seqs;
  std::vector<uint64_t> token_begin = {0}, pairs;
  auto number = [&](uint32_t id) {
    uint32_t& at = (*local)[id];
    if (at == UINT32_MAX) {
      at = static_cast<uint32_t>(ids.size());
      ids.push_back(id);
      seqs.push_back((*what.tokens)(id));
      token_begin.push_back(token_begin.back() + seqs.back().size());
      words.push_back(what.words(id));
    }
    return uint64_t{at};
  };
  pairs.reserve(hi - lo);
  for (size_t i = lo; i < hi; ++i) {
    const uint64_t a = number(static_cast<uint32_t>(what.pairs[i] >> 32));
    pairs.push_back(a << 32 | number(static_cast<uint32_t>(what.pairs[i])));
  }
  for (const uint32_t id : ids) (*local)[id] = UINT32_MAX;
  out->assign(1, kind);
  Put<uint64_t>(out, ids.size());
  Put<uint64_t>(out, token_begin.back());
  Put<uint64_t>(out, pairs.size());
  out->reserve(out->size() + words.size() * sizeof(uint32_t) +
               token_begin.size() * sizeof(uint64_t) + token_begin.back() * sizeof(WordToken) +
               pairs.size() * sizeof(uint64_t) + (what.variant.empty() ? 0 : hi - lo));
  PutArray(out, words.data(), words.size());
  PutArray(out, token_begin.data(), token_begin.size());
  for (const absl::Span<const WordToken> seq : seqs) PutArray(out, seq.data(), seq.size());
  PutArray(out, pairs.data(), pairs.size());
  if (!what.variant.empty()) PutArray(out, what.variant.data() + lo, hi - lo);
}

TokenPairs DecodeBlock(char kind, RankBytesReader* in) {
  TokenPairs block;
  const uint64_t items = in->Get<uint64_t>(), tokens = in->Get<uint64_t>();
  const uint64_t pairs = in->Get<uint64_t>();
  block.words.resize(items);
  block.token_begin.resize(items + 1);
  block.tokens.resize(tokens);
  block.pairs.resize(pairs);
  in->GetArray(block.words.data(), block.words.size());
  in->GetArray(block.token_begin.data(), block.token_begin.size());
  in->GetArray(block.tokens.data(), block.tokens.size());
  in->GetArray(block.pairs.data(), block.pairs.size());
  if (kind == kCoverBlock) {
    block.variant.resize(pairs);
    in->GetArray(block.variant.data(), block.variant.size());
  }
  return block;
}

// The results of one decoded block of `kind`, on `threads` threads: VerifyTokenPairs's or
// DescribeTokenPairs's, as each rank makes them.
template <typename T>
std::vector<T> ResultsOfBlock(char kind, RankBytesReader* in, const ClusterOptions& options,
                              int threads) {
  if constexpr (std::is_same_v<T, Match>) {
    return VerifyTokenPairs(DecodeBlock(kind, in), options.shingle_size, options.shingle_seed,
                            options.verify, threads);
  } else {
    return DescribeTokenPairs(DecodeBlock(kind, in), options.shingle_size, options.shingle_seed,
                              threads);
  }
}

// Rank 0: shares `what` out to the working ranks (pipeline/rank_roles.h) in rounds of blocks
// of `kind` and returns their results, one T per pair, in pair order. Working rank r's slice
// is its equal share of the pairs, in order; round k is its k-th block. When rank 0 works,
// it does its own block of a round (with `options` on `threads` threads) after sending the
// others theirs.
template <typename T>
std::vector<T> ShareOutPairs(MpiWorld* world, char kind, const PairsToShare& what,
                             const ClusterOptions& options, int threads) {
  const size_t n = what.pairs.size();
  const WorkingRanks working = WorkingRanksOf(world->size());
  const int ranks = world->size();
  uint32_t top = 0;
  for (const uint64_t p : what.pairs) {
    top = std::max({top, static_cast<uint32_t>(p >> 32), static_cast<uint32_t>(p)});
  }
  std::vector<uint32_t> local(n == 0 ? 0 : size_t{top} + 1, UINT32_MAX);
  std::vector<T> result(n);
  const size_t block_pairs = BlockPairs();
  auto slice = [&](int r, size_t k, size_t* lo, size_t* hi) {
    const size_t begin = working.Begin(n, r), end = working.End(n, r);
    *lo = std::min(end, begin + k * block_pairs);
    *hi = std::min(end, *lo + block_pairs);
  };
  const size_t per_rank = n / static_cast<size_t>(working.count);
  const size_t rounds = (per_rank + 1 + block_pairs - 1) / block_pairs;
  const int first_other = std::max(1, working.first);
  std::string bytes;
  for (size_t k = 0; k < rounds; ++k) {
    size_t lo, hi;
    for (int r = first_other; r < ranks; ++r) {
      slice(r, k, &lo, &hi);
      EncodeBlockOf(kind, what, lo, hi, &local, &bytes);
      world->Send(r, bytes);
    }
    if (working.Has(0)) {
      slice(0, k, &lo, &hi);
      EncodeBlockOf(kind, what, lo, hi, &local, &bytes);
      RankBytesReader in(absl::string_view(bytes).substr(1));
      const std::vector<T> own = ResultsOfBlock<T>(kind, &in, options, threads);
      std::copy(own.begin(), own.end(), result.begin() + lo);
    }
    for (int r = first_other; r < ranks; ++r) {
      slice(r, k, &lo, &hi);
      const std::string reply = world->Receive(r);
      RankBytesReader in(reply);
      in.GetArray(result.data() + lo, hi - lo);
    }
  }
  for (int r = first_other; r < ranks; ++r) world->Send(r, std::string(1, kDoneMessage));
  return result;
}

template <typename T>
void SendResults(MpiWorld* world, const std::vector<T>& result) {
  world->Send(0, absl::string_view(reinterpret_cast<const char*>(result.data()),
                                   result.size() * sizeof(T)));
}

}  // namespace

std::vector<Match> VerifyPairsOnRanks(MpiWorld* world, const ClusterOptions& options,
                                      int threads, absl::Span<const uint64_t> pairs,
                                      const TokensOf& tokens,
                                      const std::function<uint32_t(uint32_t)>& words) {
  return ShareOutPairs<Match>(world, kVerifyBlock, {pairs, {}, &tokens, words}, options,
                              threads);
}

std::vector<RootCover> DescribeMembersOnRanks(MpiWorld* world, const ClusterOptions& options,
                                              int threads, absl::Span<const uint64_t> pairs,
                                              absl::Span<const uint8_t> variant,
                                              const TokensOf& tokens) {
  // Covers read no word counts.
  return ShareOutPairs<RootCover>(world, kCoverBlock,
                                  {pairs, variant, &tokens, [](uint32_t) { return 0u; }},
                                  options, threads);
}

void ServeSharedPairs(MpiWorld* world, const ClusterOptions& options, int threads) {
  for (;;) {
    const std::string bytes = world->Receive(0);
    RankBytesReader in(bytes);
    const char kind = in.Get<char>();
    if (kind == kVerifyBlock) {
      SendResults(world, ResultsOfBlock<Match>(kind, &in, options, threads));
    } else if (kind == kCoverBlock) {
      SendResults(world, ResultsOfBlock<RootCover>(kind, &in, options, threads));
    } else {
      return;
    }
  }
}

}  // namespace claimdup
