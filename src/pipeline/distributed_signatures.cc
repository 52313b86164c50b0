#include "pipeline/distributed_signatures.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "pipeline/rank_bytes.h"
#include "pipeline/rank_roles.h"

namespace claimdup {
namespace {

[[noreturn]] void CutShort() {
  std::fprintf(stderr, "claimdup: internal error: a message between ranks is cut short\n");
  std::abort();
}

// Rank 0's header: the signatures' shape, the joined quotes' count, the claim rows' homes
// and which outlived the boilerplate filter, the items.
std::string EncodeHomes(const SignatureHomes& homes, size_t joined,
                        absl::Span<const uint32_t> items, int num_perms, int bits) {
  std::string out;
  Put<int32_t>(&out, num_perms);
  Put<int32_t>(&out, bits);
  Put<uint64_t>(&out, joined);
  Put<uint64_t>(&out, homes.runs.size());
  for (const HomeRun& run : homes.runs) {
    Put<int64_t>(&out, run.rank);
    Put<int64_t>(&out, run.count);
  }
  const std::vector<bool>& kept = *homes.kept;
  std::string bits_of_kept((kept.size() + 7) / 8, '\0');
  for (size_t g = 0; g < kept.size(); ++g) {
    if (kept[g]) bits_of_kept[g / 8] = static_cast<char>(bits_of_kept[g / 8] | (1 << (g % 8)));
  }
  Put<uint64_t>(&out, kept.size());
  out += bits_of_kept;
  PutArray(&out, items.data(), items.size());
  return out;
}

// The signatures asked for in one round: at most FetchRoundItems() a rank, so that no rank
// holds more than a round's requests, answers and replies (each all-to-all holds its bytes
// about four times) however many it asks for. MoveRankZeroRows sends as many rows a
// message (4 MB at K = 128), so that neither side holds a second copy of rank 0's.
size_t FetchRoundItems() {
  const char* v = std::getenv("CLAIMDUP_MPI_FETCH_ITEMS");
  const long n = v == nullptr ? 0 : std::strtol(v, nullptr, 10);
  return n > 0 ? static_cast<size_t>(n) : size_t{1} << 14;
}

// Rank 0, when it does not work (pipeline/rank_roles.h): sends its own `rows` rows to rank 1
// and the `joined` quotes' signatures and shingle counts to the last rank, in messages of
// FetchRoundItems() rows, and frees its own; ranks 1 and N - 1 append them after their own
// rows (rank 1 first rank 0's, then, when it is the last rank, the joined quotes'). Every
// rank knows both counts, so each receives exactly the messages sent to it. A working rank 0
// keeps its own rows and appends the joined quotes' after them.
void MoveRankZeroRows(MpiWorld* world, SignatureHomes* homes, size_t rows,
                      absl::Span<const uint8_t> joined, absl::Span<const uint32_t> joined_shingles,
                      size_t joined_count, size_t bytes) {
  const int last = world->size() - 1;
  if (WorkingRanksOf(world->size()).Has(0)) {
    if (world->root()) {
      homes->mine.Add(joined.data(), joined_shingles.data(), joined_shingles.size(), bytes);
    }
    return;
  }
  const size_t chunk = FetchRoundItems();
  if (world->root()) {
    std::string message;
    for (size_t lo = 0; lo < rows; lo += chunk) {
      message.clear();
      homes->mine.PutRows(lo, std::min(rows, lo + chunk), &message);
      world->Send(1, message);
    }
    homes->mine.Clear();
    for (size_t lo = 0; lo < joined_count; lo += chunk) {
      const size_t n = std::min(joined_count - lo, chunk);
      message.clear();
      Put<uint64_t>(&message, n);
      PutArray(&message, joined.data() + lo * bytes, n * bytes);
      PutArray(&message, joined_shingles.data() + lo, n);
      world->Send(last, message);
    }
    return;
  }
  if (world->rank() == 1) {
    for (size_t lo = 0; lo < rows; lo += chunk) homes->mine.AddRows(world->Receive(0), bytes);
  }
  if (world->rank() == last) {
    for (size_t lo = 0; lo < joined_count; lo += chunk) {
      homes->mine.AddRows(world->Receive(0), bytes);
    }
  }
}

}  // namespace

void HomeSignatures::Take(ClaimTable* batch) {
  std::vector<uint32_t> counts(batch->size());
  for (size_t i = 0; i < batch->size(); ++i) counts[i] = batch->shingle_count(i);
  taken_.clear();
  batch->TakeSignatures(&taken_);
  if (!counts.empty()) Add(taken_.data(), counts.data(), counts.size(), batch->signature_bytes());
}

void HomeSignatures::Add(const uint8_t* signatures, const uint32_t* shingle_counts, size_t count,
                         size_t bytes) {
  bytes_ = bytes;
  for (size_t i = 0; i < count;) {
    const size_t row = size();
    if ((row & (kBlockRows - 1)) == 0) blocks_.emplace_back().reserve(kBlockRows * bytes);
    const size_t n = std::min(count - i, kBlockRows - (row & (kBlockRows - 1)));
    blocks_.back().insert(blocks_.back().end(), signatures + i * bytes,
                          signatures + (i + n) * bytes);
    shingle_counts_.insert(shingle_counts_.end(), shingle_counts + i, shingle_counts + i + n);
    i += n;
  }
}

void HomeSignatures::PutRows(size_t lo, size_t hi, std::string* out) const {
  Put<uint64_t>(out, hi - lo);
  for (size_t row = lo; row < hi;) {  // Block by block: a block's rows lie together.
    const size_t n = std::min(hi - row, kBlockRows - (row & (kBlockRows - 1)));
    PutArray(out, signature(row), n * bytes_);
    row += n;
  }
  PutArray(out, shingle_counts_.data() + lo, hi - lo);
}

void HomeSignatures::AddRows(absl::string_view message, size_t bytes) {
  RankBytesReader in(message);
  const uint64_t n = in.Get<uint64_t>();
  if (in.left() != n * (bytes + sizeof(uint32_t))) CutShort();
  std::vector<uint32_t> counts(n);
  std::memcpy(counts.data(), message.data() + message.size() - n * sizeof(uint32_t),
              n * sizeof(uint32_t));
  Add(reinterpret_cast<const uint8_t*>(message.data()) + sizeof(uint64_t), counts.data(), n, bytes);
}

void HomeSignatures::Clear() {
  std::vector<std::vector<uint8_t>>().swap(blocks_);
  std::vector<uint32_t>().swap(shingle_counts_);
  std::vector<uint8_t>().swap(taken_);
}

void SignatureHomes::AddRun(int rank, int64_t count) {
  if (count == 0) return;
  if (!runs.empty() && runs.back().rank == rank) {
    runs.back().count += count;
  } else {
    runs.push_back({rank, count});
  }
}

ItemHomes ShareItemHomes(MpiWorld* world, SignatureHomes* homes, absl::Span<const uint32_t> items,
                         absl::Span<const uint8_t> joined,
                         absl::Span<const uint32_t> joined_shingles, int num_perms, int bits) {
  std::string header;
  if (world->root()) {
    header = EncodeHomes(*homes, joined_shingles.size(), items, num_perms, bits);
  }
  world->BroadcastBytes(&header);
  RankBytesReader in(header);
  ItemHomes out;
  out.num_perms = in.Get<int32_t>();
  out.bits = in.Get<int32_t>();
  const uint64_t joined_count = in.Get<uint64_t>();
  std::vector<HomeRun> runs(in.Get<uint64_t>());
  for (HomeRun& run : runs) {
    run.rank = in.Get<int64_t>();
    run.count = in.Get<int64_t>();
  }
  const uint64_t kept_rows = in.Get<uint64_t>();
  std::string kept((kept_rows + 7) / 8, '\0');
  in.GetArray(kept.data(), kept.size());
  if (in.left() % sizeof(uint32_t) != 0) CutShort();
  out.items.resize(in.left() / sizeof(uint32_t));
  in.GetArray(out.items.data(), out.items.size());
  const size_t n = out.items.size();
  out.home.assign(n, 0);
  out.row.assign(n, 0);
  // A rank 0 that does not work (pipeline/rank_roles.h) keeps no signatures: its rows follow
  // rank 1's own there, the joined quotes the last rank's own (and rank 0's when the last
  // rank is rank 1); a working rank 0 keeps its rows and the joined quotes after them
  // (MoveRankZeroRows).
  const int ranks = world->size(), last = ranks - 1;
  const bool zero_keeps = WorkingRanksOf(ranks).Has(0);
  std::vector<uint32_t> rows_of(ranks, 0);
  for (const HomeRun& run : runs) rows_of[run.rank] += static_cast<uint32_t>(run.count);
  auto home_of = [&](int64_t rank) {
    return static_cast<uint16_t>(!zero_keeps && rank == 0 ? 1 : rank);
  };
  std::vector<uint32_t> first_row(ranks, 0);
  if (!zero_keeps) first_row[0] = rows_of[1];
  const int joined_home = zero_keeps ? 0 : last;
  const uint32_t joined_row =
      zero_keeps ? rows_of[0] : rows_of[last] + (last == 1 ? rows_of[0] : 0);
  // Claim ids count the kept rows in row order; each rank's rows count its runs.
  std::vector<uint32_t> next_row = first_row;
  uint32_t id = 0;
  size_t p = 0;
  uint64_t g = 0;
  for (const HomeRun& run : runs) {
    for (int64_t k = 0; k < run.count; ++k, ++g) {
      const uint32_t row = next_row[run.rank]++;
      if (kept_rows != 0 && (kept[g / 8] >> (g % 8) & 1) == 0) continue;
      if (p < n && out.items[p] == id) {
        out.home[p] = home_of(run.rank);
        out.row[p++] = row;
      }
      ++id;
    }
  }
  const size_t claims = out.claims = p;
  for (; p < n; ++p) {
    out.home[p] = static_cast<uint16_t>(joined_home);
    out.row[p] = joined_row + (out.items[p] - id);
  }
  MoveRankZeroRows(world, homes, rows_of[0], joined, joined_shingles, joined_count, out.bytes());
  out.homes_ascending = std::is_sorted(out.home.begin(), out.home.begin() + claims);
  out.position_of.assign(n == 0 ? 0 : size_t{out.items.back()} + 1, UINT32_MAX);
  for (size_t q = 0; q < n; ++q) out.position_of[out.items[q]] = static_cast<uint32_t>(q);
  return out;
}

namespace {

// One round of FetchSignatures: the items at `positions`, into out at `first`.
void FetchRound(MpiWorld* world, const ItemHomes& homes, const HomeSignatures& mine,
                absl::Span<const uint32_t> positions, size_t first, FetchedSignatures* out) {
  const int ranks = world->size();
  const size_t bytes = homes.bytes();
  std::vector<std::string> asks(ranks);
  std::vector<std::vector<uint32_t>> asked(ranks);  // By home: indices into `positions`.
  for (size_t i = 0; i < positions.size(); ++i) {
    const uint32_t p = positions[i];
    Put<uint32_t>(&asks[homes.home[p]], homes.row[p]);
    asked[homes.home[p]].push_back(static_cast<uint32_t>(i));
  }
  std::vector<std::string> requests = world->AllToAll(std::move(asks));
  std::vector<std::string> answers(ranks);
  for (int r = 0; r < ranks; ++r) {
    RankBytesReader in(requests[r]);
    std::string& answer = answers[r];
    answer.resize(requests[r].size() / sizeof(uint32_t) * (bytes + sizeof(uint32_t)));
    char* at = answer.data();
    while (!in.done()) {
      const uint32_t row = in.Get<uint32_t>();
      if (row >= mine.size()) CutShort();
      const uint32_t count = mine.shingle_count(row);
      std::memcpy(at, mine.signature(row), bytes);
      std::memcpy(at + bytes, &count, sizeof(uint32_t));
      at += bytes + sizeof(uint32_t);
    }
    std::string().swap(requests[r]);
  }
  std::vector<std::string> replies = world->AllToAll(std::move(answers));
  for (int r = 0; r < ranks; ++r) {
    if (replies[r].size() != asked[r].size() * (bytes + sizeof(uint32_t))) CutShort();
    const char* at = replies[r].data();
    for (const uint32_t i : asked[r]) {
      std::memcpy(&out->signatures[(first + i) * bytes], at, bytes);
      std::memcpy(&out->shingle_counts[first + i], at + bytes, sizeof(uint32_t));
      at += bytes + sizeof(uint32_t);
    }
    std::string().swap(replies[r]);
  }
}

}  // namespace

FetchedSignatures FetchSignatures(MpiWorld* world, const ItemHomes& homes,
                                  const HomeSignatures& mine,
                                  absl::Span<const uint32_t> positions) {
  const size_t round = FetchRoundItems();
  int64_t rounds = 0;  // As many on every rank as the one that asks for most needs.
  for (const int64_t r : world->AllGather({static_cast<int64_t>(
           (positions.size() + round - 1) / round)})) {
    rounds = std::max(rounds, r);
  }
  FetchedSignatures out;
  out.signatures.resize(positions.size() * homes.bytes());
  out.shingle_counts.resize(positions.size());
  for (int64_t k = 0; k < rounds; ++k) {
    const size_t first = std::min(positions.size(), static_cast<size_t>(k) * round);
    const size_t n = std::min(round, positions.size() - first);
    FetchRound(world, homes, mine, positions.subspan(first, n), first, &out);
  }
  return out;
}

}  // namespace claimdup
