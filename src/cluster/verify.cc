#include "cluster/verify.h"

#include <algorithm>
#include <vector>

namespace claimdup {

size_t IntersectionSize(absl::Span<const uint32_t> a, absl::Span<const uint32_t> b) {
  size_t i = 0, j = 0, n = 0;
  while (i < a.size() && j < b.size()) {
    const uint32_t x = a[i], y = b[j];
    n += (x == y);
    i += (x <= y);
    j += (y <= x);
  }
  return n;
}

size_t LongestCommonSubsequence(absl::Span<const WordToken> a, absl::Span<const WordToken> b) {
  if (a.empty() || b.empty() || a.size() > kMaxLcsWords || b.size() > kMaxLcsWords) return 0;
  if (a.size() < b.size()) std::swap(a, b);  // b is the shorter: the bit vector runs over it.
  // Bit-parallel LCS (Allison and Dix 1986, in Hyyro's 2004 form): bit j of V is 0 where
  // the LCS row grows at b[j]; per word of a, U = V & match(a), V = (V + U) | (V - U), with
  // V - U = V & ~U (U's bits are V's) and the addition's carry passed word to word.
  // match(x) is the bit mask of x's positions in b, found in a small open-addressed table.
  constexpr size_t kWords = (kMaxLcsWords + 63) / 64;
  constexpr size_t kSlots = 1024;  // Power of two, over 3x kMaxLcsWords.
  const size_t words = (b.size() + 63) / 64;
  uint16_t slot_of[kSlots];  // 0: empty; else 1 + index into masks.
  std::fill(slot_of, slot_of + kSlots, 0);
  WordToken token_of[kMaxLcsWords];
  uint64_t masks[kMaxLcsWords][kWords];
  size_t distinct = 0;
  auto home = [](WordToken t) { return (static_cast<uint32_t>(t) * 0x9E3779B1u) >> 22; };
  for (size_t j = 0; j < b.size(); ++j) {
    size_t h = home(b[j]);
    while (slot_of[h] != 0 && token_of[slot_of[h] - 1] != b[j]) h = (h + 1) & (kSlots - 1);
    if (slot_of[h] == 0) {
      token_of[distinct] = b[j];
      std::fill(masks[distinct], masks[distinct] + words, 0);
      slot_of[h] = static_cast<uint16_t>(++distinct);
    }
    masks[slot_of[h] - 1][j >> 6] |= uint64_t{1} << (j & 63);
  }
  uint64_t v[kWords];
  std::fill(v, v + words, ~uint64_t{0});
  for (const WordToken x : a) {
    size_t h = home(x);
    while (slot_of[h] != 0 && token_of[slot_of[h] - 1] != x) h = (h + 1) & (kSlots - 1);
    if (slot_of[h] == 0) continue;  // No match: V is unchanged.
    const uint64_t* m = masks[slot_of[h] - 1];
    uint64_t carry = 0;
    for (size_t w = 0; w < words; ++w) {
      const uint64_t u = v[w] & m[w];
      const uint64_t sum = v[w] + u;
      const uint64_t with_carry = sum + carry;
      carry = (sum < u) | (with_carry < sum);
      v[w] = with_carry | (v[w] & ~u);
    }
  }
  size_t zeros = 0;
  for (size_t w = 0; w < words; ++w) {
    const size_t bits = std::min<size_t>(64, b.size() - 64 * w);
    const uint64_t valid = bits == 64 ? ~uint64_t{0} : (uint64_t{1} << bits) - 1;
    zeros += static_cast<size_t>(__builtin_popcountll(~v[w] & valid));
  }
  return zeros;
}

CommonRun LongestCommonRun(absl::Span<const WordToken> a, absl::Span<const WordToken> b) {
  CommonRun best;
  if (a.empty() || b.empty() || a.size() > kMaxLcsWords || b.size() > kMaxLcsWords) return best;
  uint16_t row[kMaxLcsWords + 1] = {};  // row[j]: run ending at a[i], b[j-1].
  for (size_t i = 0; i < a.size(); ++i) {
    for (size_t j = b.size(); j >= 1; --j) {  // Right to left: row[j-1] is still the old row.
      row[j] = a[i] == b[j - 1] ? row[j - 1] + 1 : 0;
      if (row[j] > best.length) best = {row[j], i + 1 - row[j], j - row[j]};
    }
  }
  return best;
}

namespace {

uint32_t GramBucket(absl::Span<const WordToken> w, size_t i) {
  const uint64_t key = (uint64_t{w[i]} << 48) | (uint64_t{w[i + 1]} << 32) |
                       (uint64_t{w[i + 2]} << 16) | w[i + 3];
  return static_cast<uint32_t>((key * 0x9e3779b97f4a7c15ull) >> 52);  // 12 bits.
}

}  // namespace

size_t SharedGramsBound(absl::Span<const WordToken> a, absl::Span<const WordToken> b) {
  if (a.size() < 4 || b.size() < 4) return 0;
  uint64_t in_b[64] = {};
  for (size_t i = 0; i + 4 <= b.size(); ++i) {
    const uint32_t k = GramBucket(b, i);
    in_b[k >> 6] |= uint64_t{1} << (k & 63);
  }
  size_t shared = 0;
  for (size_t i = 0; i + 4 <= a.size(); ++i) {
    const uint32_t k = GramBucket(a, i);
    shared += (in_b[k >> 6] >> (k & 63)) & 1;
  }
  return shared;
}

size_t SharedWordsBound(absl::Span<const WordToken> a, absl::Span<const WordToken> b) {
  uint64_t in_b[4] = {0, 0, 0, 0};
  for (const WordToken w : b) in_b[(w >> 6) & 3] |= uint64_t{1} << (w & 63);
  size_t shared = 0;
  for (const WordToken w : a) shared += (in_b[(w >> 6) & 3] >> (w & 63)) & 1;
  return shared;
}

Match VerifyPair(absl::Span<const uint32_t> shingles_a, absl::Span<const uint32_t> shingles_b,
                 absl::Span<const WordToken> words_a, absl::Span<const WordToken> words_b,
                 uint32_t word_count_a, uint32_t word_count_b, const VerifyParams& params) {
  if (shingles_a.empty() || shingles_b.empty()) return Match::kNone;
  const double inter = static_cast<double>(IntersectionSize(shingles_a, shingles_b));
  const double uni = static_cast<double>(shingles_a.size() + shingles_b.size()) - inter;
  if (inter >= params.threshold * uni) return Match::kJaccard;
  const double longer = static_cast<double>(std::max(words_a.size(), words_b.size()));
  const double shorter_seq = static_cast<double>(std::min(words_a.size(), words_b.size()));
  // The word-order rules below need this many words in order; when not even that many
  // words of one claim occur in the other, the (quadratic) LCS is not computed.
  double needed = params.word_similarity * longer;
  if (shorter_seq >= params.min_contained_share * longer) {
    needed = std::min(needed, params.containment * shorter_seq);
  }
  const size_t shared_words = SharedWordsBound(words_a, words_b);
  const double lcs = shared_words < needed
                         ? 0.0
                         : static_cast<double>(LongestCommonSubsequence(words_a, words_b));
  if (lcs >= params.word_similarity * longer && lcs >= params.containment_min_words) {
    return Match::kJaccard;
  }
  const bool a_shorter = shingles_a.size() <= shingles_b.size();
  const uint32_t shorter_words = a_shorter ? word_count_a : word_count_b;
  if (shorter_words < static_cast<uint32_t>(params.containment_min_words)) return Match::kNone;
  const double shorter = static_cast<double>(std::min(shingles_a.size(), shingles_b.size()));
  const double longer_set = static_cast<double>(std::max(shingles_a.size(), shingles_b.size()));
  if (inter >= params.containment * shorter && shorter >= params.min_contained_share * longer_set) {
    return Match::kContainment;
  }
  // Words in order (an ellipsis, a typo) count only with real runs of shared words: the
  // scattered words of a short line occur in order in many long quotes.
  if (shorter_seq >= kMinWordsForWordOrder && lcs >= params.containment * shorter_seq &&
      shorter_seq >= params.min_contained_share * longer &&
      inter >= kMinRunShareForWordOrder * shorter) {
    return Match::kContainment;
  }
  // A common run of overlap_words words holds overlap_words - 3 of a's 4-word runs that
  // occur in b: when not even that many might, the (quadratic) longest run is not looked for.
  if (params.overlap_words > 0 && shared_words >= static_cast<size_t>(params.overlap_words) &&
      SharedGramsBound(words_a, words_b) + 3 >= static_cast<size_t>(params.overlap_words)) {
    const CommonRun run = LongestCommonRun(words_a, words_b);
    const size_t s = kOverlapSlackWords;
    // A run that opens both wordings and ends neither: the same opening, two statements.
    const bool same_opening = run.begin_a <= s && run.begin_b <= s &&
                              run.begin_a + run.length + s < words_a.size() &&
                              run.begin_b + run.length + s < words_b.size();
    if (run.length >= static_cast<size_t>(params.overlap_words) &&
        run.length >= params.overlap_share * shorter_seq &&
        (!same_opening || run.length >= kOverlapHeldShare * shorter_seq)) {
      return Match::kOverlap;
    }
    // An edited copy ("over whether or not they") breaks the run but keeps the words in order.
    if (run.length >= static_cast<size_t>(params.overlap_words)) {
      const double in_order =
          lcs > 0 ? lcs : static_cast<double>(LongestCommonSubsequence(words_a, words_b));
      if (in_order >= kOverlapInOrderShare * shorter_seq) return Match::kOverlap;
    }
  }
  return Match::kNone;
}

}  // namespace claimdup
