#include "ingest/input_share.h"

#include <algorithm>

#include "ingest/file_range.h"

namespace claimdup {
namespace {

constexpr int64_t kCompressedWeight = 4;
constexpr double kMaxImbalance = 1.5;

}  // namespace

absl::StatusOr<InputShare> ShareOfInput(const std::vector<InputFile>& files, int rank, int ranks) {
  // Each file's place on the line of all input, in weighted bytes.
  std::vector<bool> cuttable(files.size());
  std::vector<int64_t> start(files.size() + 1, 0);
  for (size_t i = 0; i < files.size(); ++i) {
    const InputFile& f = files[i];
    const bool plain = f.path != kStdinPath && f.size > 0 && IsPlainRegularFile(f.path);
    cuttable[i] = plain && f.kind == InputKind::kJsonLines;
    start[i + 1] = start[i] + f.size * (plain || f.size == 0 ? 1 : kCompressedWeight);
  }
  const int64_t total = start.back();
  // Rank q's stretch is [cut(q), cut(q + 1)).
  auto cut = [&](int q) {
    return static_cast<int64_t>(static_cast<__int128>(total) * q / ranks);
  };
  auto owner = [&](int64_t at) {  // The rank whose stretch holds position `at`.
    if (total == 0) return 0;
    return std::min(ranks - 1, static_cast<int>(static_cast<__int128>(at) * ranks / total));
  };
  InputShare share;
  std::vector<int64_t> load(ranks, 0);
  for (size_t i = 0; i < files.size(); ++i) {
    const int64_t lo = start[i], hi = start[i + 1];
    if (!cuttable[i]) {
      const int q = owner(lo + (hi - lo) / 2);
      load[q] += hi - lo;
      if (q == rank) {
        share.files.push_back(files[i]);
        share.listed.push_back(i);
      }
      continue;
    }
    for (int q = 0; q < ranks; ++q) {
      load[q] += std::max<int64_t>(0, std::min(hi, cut(q + 1)) - std::max(lo, cut(q)));
    }
    const int64_t from = std::max(lo, cut(rank)), to = std::min(hi, cut(rank + 1));
    if (from >= to) continue;
    InputFile part = files[i];
    auto begin = AlignToLine(part.path, from - lo);
    if (!begin.ok()) return begin.status();
    part.begin = *begin;
    if (to < hi) {
      auto end = AlignToLine(part.path, to - lo);
      if (!end.ok()) return end.status();
      part.end = *end;
    }
    const int64_t stop = part.end >= 0 ? part.end : part.size;
    if (part.begin >= stop) continue;  // Inside a line that started in an earlier stretch.
    part.size = stop - part.begin;
    share.files.push_back(std::move(part));
    share.listed.push_back(i);
  }
  const int64_t heaviest = *std::max_element(load.begin(), load.end());
  share.balanced = total == 0 || heaviest <= kMaxImbalance * static_cast<double>(total) / ranks;
  return share;
}

}  // namespace claimdup
