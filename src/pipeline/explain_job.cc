#include "pipeline/explain_job.h"

#include <algorithm>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "cluster/verify.h"
#include "extract/paragraphs.h"
#include "index/anchors.h"
#include "pipeline/fingerprint.h"
#include "pipeline/run_folder.h"
#include "pipeline/run_job.h"
#include "sketch/minhash.h"
#include "text/control_chars.h"
#include "text/utf8.h"

namespace claimdup {
namespace {

// Shared anchors listed; the rest are counted.
constexpr size_t kShownAnchors = 8;

// What matching keeps of one wording.
struct Wording {
  std::string text;
  std::vector<std::string> words;  // Normalized.
  std::vector<WordToken> tokens;
  std::vector<uint32_t> shingles;
  std::vector<uint8_t> signature;
  uint32_t word_count = 0;  // Words of the original text (extract/paragraphs.h).
};

Wording Fingerprint(absl::string_view text, const MatchOptions& match, const MinHasher& hasher) {
  SketchScratch s;
  SketchText(text, match, hasher, &s);
  Wording w;
  w.text = std::string(text);
  for (absl::string_view word : absl::StrSplit(s.normalized, ' ', absl::SkipEmpty())) {
    w.words.emplace_back(word);
  }
  w.tokens = s.tokens;
  w.shingles = s.shingles;
  w.signature = s.signature;
  w.word_count = static_cast<uint32_t>(CountWords(text));
  return w;
}

// What verification and candidate generation see of a pair.
struct PairFacts {
  size_t shared = 0;  // Shingles in both.
  double jaccard = 0, containment = 0;
  size_t lcs = 0;
  double in_order = 0;  // lcs / longer word sequence.
  CommonRun run;        // In a's and b's normalized words.
  double estimate = 0;
  size_t queries = 0;                // The shorter's query grams,
  std::vector<std::string> anchors;  // those the longer posts, as words.
  Match match = Match::kNone;
};

uint64_t GramKey(absl::Span<const WordToken> words, size_t at, int gram) {
  uint64_t key = 0;
  for (int j = 0; j < gram; ++j) key = (key << 16) | words[at + j];
  return key;
}

PairFacts Compare(const Wording& a, const Wording& b, const ClusterOptions& options,
                  const MatchOptions& match) {
  PairFacts f;
  f.shared = IntersectionSize(a.shingles, b.shingles);
  const size_t uni = a.shingles.size() + b.shingles.size() - f.shared;
  const size_t shorter = std::min(a.shingles.size(), b.shingles.size());
  f.jaccard = uni ? static_cast<double>(f.shared) / uni : 0;
  f.containment = shorter ? static_cast<double>(f.shared) / shorter : 0;
  f.lcs = LongestCommonSubsequence(a.tokens, b.tokens);
  const size_t longer_words = std::max(a.tokens.size(), b.tokens.size());
  f.in_order = longer_words ? static_cast<double>(f.lcs) / longer_words : 0;
  f.run = LongestCommonRun(a.tokens, b.tokens);
  f.estimate = EstimateJaccard(a.signature.data(), b.signature.data(), match.num_perms,
                               match.signature_bits);
  // Anchors (index/anchors.h): the shorter queries with its winnowed grams; the longer posts
  // its own winnowed grams, and every gram when the shorter has fewer grams than a window
  // (the longer posts, without querying, each gram that such a short claim picks).
  const Wording& s = a.tokens.size() <= b.tokens.size() ? a : b;
  const Wording& l = &s == &a ? b : a;
  const int gram = options.anchor.gram;
  const bool short_query =
      s.tokens.size() < static_cast<size_t>(gram + options.anchor.window - 1);
  absl::flat_hash_set<uint64_t> posted;
  if (short_query) {
    for (size_t i = 0; i + gram <= l.tokens.size(); ++i) posted.insert(GramKey(l.tokens, i, gram));
  } else {
    for (uint32_t at : QueryGrams(l.tokens, options.anchor)) posted.insert(GramKey(l.tokens, at, gram));
  }
  if (s.tokens.size() >= static_cast<size_t>(gram)) {
    for (uint32_t at : QueryGrams(s.tokens, options.anchor)) {
      ++f.queries;
      if (!posted.contains(GramKey(s.tokens, at, gram))) continue;
      const size_t end = std::min<size_t>(at + gram, s.words.size());
      std::vector<absl::string_view> phrase(s.words.begin() + std::min<size_t>(at, end),
                                            s.words.begin() + end);
      f.anchors.push_back(absl::StrJoin(phrase, " "));
    }
  }
  f.match = VerifyPair(a.shingles, b.shingles, a.tokens, b.tokens, a.word_count, b.word_count,
                       options.verify);
  return f;
}

const char* RuleName(Match m) {
  switch (m) {
    case Match::kJaccard:
      return "variant";
    case Match::kContainment:
      return "excerpt";
    case Match::kOverlap:
      return "overlap";
    case Match::kNone:
      break;
  }
  return "none";
}

// Why the rule fired (or none did), in the run's thresholds.
std::string RuleReason(const PairFacts& f, const VerifyParams& v) {
  switch (f.match) {
    case Match::kJaccard:
      return f.jaccard >= v.threshold
                 ? absl::StrFormat("shingle Jaccard %.3f >= %.2f", f.jaccard, v.threshold)
                 : absl::StrFormat("words in order %.3f of the longer >= %.2f", f.in_order,
                                   v.word_similarity);
    case Match::kContainment:
      return f.containment >= v.containment
                 ? absl::StrFormat("%.3f of the shorter's shingles are in the longer (>= %.2f)",
                                   f.containment, v.containment)
                 : absl::StrFormat("the shorter's words occur in order in the longer (%d words)",
                                   f.lcs);
    case Match::kOverlap:
      return absl::StrFormat(
          "they share a run of %d words (>= %d, at least %.2f of the shorter; a run that only "
          "opens both needs %.2f): one statement quoted in overlapping stretches",
          f.run.length, v.overlap_words, v.overlap_share, kOverlapHeldShare);
    case Match::kNone:
      break;
  }
  std::string why = absl::StrFormat(
      "Jaccard %.3f < %.2f, words in order %.3f < %.2f, containment %.3f < %.2f (or the "
      "shorter is under %d words",
      f.jaccard, v.threshold, f.in_order, v.word_similarity, f.containment, v.containment,
      v.containment_min_words);
  if (v.min_contained_share > 0) {
    absl::StrAppendFormat(&why, " or under %.2f of the longer", v.min_contained_share);
  }
  absl::StrAppendFormat(&why, "), longest shared run %d words", f.run.length);
  if (v.overlap_words > 0) absl::StrAppendFormat(&why, " (an overlap needs %d)", v.overlap_words);
  return why;
}

std::string Printable(absl::string_view s) { return WithoutControlChars(s, false); }

void AppendClaim(const QuoteRecord& q, const Wording& w, std::string* out) {
  absl::StrAppend(out, "claim ", q.id, ": \"", Printable(q.text), "\"\n");
  absl::StrAppend(out, "  ", Printable(q.outlet), q.date.empty() ? "" : ", ", q.date, ", doc ",
                  Printable(q.doc), ", speaker ",
                  q.speaker.empty() ? "unknown" : Printable(q.speaker), ", wire ",
                  q.wire.empty() ? "none" : absl::StrJoin(q.wire, "+"), "\n");
  absl::StrAppend(out, "  cluster ", q.cluster);
  if (!q.relation.empty()) {
    absl::StrAppendFormat(out, ", %s of its root (similarity %.3f, root words [%d, %d))",
                          q.relation, q.similarity, q.root_begin, q.root_end);
  } else {
    absl::StrAppend(out, " (alone: in no cluster of 2+)");
  }
  absl::StrAppend(out, "\n  normalized (", w.words.size(), " words, ", w.shingles.size(),
                  " shingles): ", absl::StrJoin(w.words, " "), "\n");
}

void AppendFacts(const PairFacts& f, const Wording& a, const Wording& b,
                 const ClusterOptions& options, const MatchOptions& match, absl::string_view indent,
                 std::string* out) {
  absl::StrAppendFormat(out, "%sshingles: %d and %d, %d shared\n", indent, a.shingles.size(),
                        b.shingles.size(), f.shared);
  absl::StrAppendFormat(out, "%sexact Jaccard %.3f, containment %.3f (shared / the smaller set)\n",
                        indent, f.jaccard, f.containment);
  absl::StrAppendFormat(out, "%swords in order (LCS): %d of %d (%.3f of the longer)\n", indent,
                        f.lcs, std::max(a.tokens.size(), b.tokens.size()), f.in_order);
  absl::StrAppendFormat(out,
                        "%ssignature estimate: %.3f (%s MinHash, K=%d, %d bits; LSH proposes "
                        "pairs from about %.2f)\n",
                        indent, f.estimate, match.sketch == SketchKind::kOph ? "OPH" : "classic",
                        match.num_perms, match.signature_bits, options.candidate_threshold);
  if (f.run.length > 0) {
    std::vector<absl::string_view> run(
        a.words.begin() + f.run.begin_a,
        a.words.begin() + std::min(a.words.size(), f.run.begin_a + f.run.length));
    absl::StrAppend(out, indent, "longest shared run: ", f.run.length, " words: \"",
                    absl::StrJoin(run, " "), "\"\n");
  }
  absl::StrAppend(out, indent, "shared anchors: ", f.anchors.size(), " of the shorter's ",
                  f.queries, " query grams (", options.anchor.gram, " words; ",
                  match.excerpts ? absl::StrCat(options.anchor.min_shared_queries,
                                                ", or all when fewer, propose a pair")
                                 : std::string("anchors off in this run"),
                  ")");
  for (size_t i = 0; i < f.anchors.size() && i < kShownAnchors; ++i) {
    absl::StrAppend(out, i ? ", " : ": ", "\"", f.anchors[i], "\"");
  }
  if (f.anchors.size() > kShownAnchors) {
    absl::StrAppend(out, " and ", f.anchors.size() - kShownAnchors, " more");
  }
  absl::StrAppend(out, "\n", indent, "rule: ", RuleName(f.match), ": ",
                  RuleReason(f, options.verify), "\n");
}

}  // namespace

absl::StatusOr<std::string> ExplainPair(const std::string& dir, int64_t id_a, int64_t id_b) {
  auto settings = ReadRunSettings(dir);
  if (!settings.ok()) return settings.status();
  auto records = ReadQuoteRecords(dir, {id_a, id_b});
  if (!records.ok()) return records.status();
  const QuoteRecord& qa = (*records)[0];
  const QuoteRecord& qb = (*records)[1];
  const MatchOptions& match = settings->match;
  const ClusterOptions options = MakeClusterOptions(match);
  const MinHasher hasher(match.sketch == SketchKind::kOph, match.num_perms, match.seed,
                         match.signature_bits);
  const Wording a = Fingerprint(qa.text, match, hasher);
  const Wording b = Fingerprint(qb.text, match, hasher);

  std::string out;
  AppendClaim(qa, a, &out);
  AppendClaim(qb, b, &out);
  const PairFacts direct = Compare(a, b, options, match);
  absl::StrAppend(&out, "\nthe two, directly:\n");
  AppendFacts(direct, a, b, options, match, "  ", &out);

  const bool same = qa.cluster == qb.cluster;
  if (!same) {
    absl::StrAppend(&out, "\nnot in one cluster (", qa.cluster, " and ", qb.cluster, ")");
    if (direct.match != Match::kNone) {
      absl::StrAppend(&out,
                      ": the pair verifies, but each joined a different root (a contained "
                      "wording joins one root only, and a short one held by several roots is "
                      "a stock phrase: cluster/roots.h), or the pair was never proposed (its "
                      "estimate is under the LSH threshold and it shares too few anchors)");
    }
    absl::StrAppend(&out, ".\n");
    return out;
  }
  if (qa.relation.empty()) {
    absl::StrAppend(&out, "\nthe same claim.\n");
    return out;
  }
  auto cluster = ReadClusterRecord(dir, qa.cluster);
  if (!cluster.ok()) return cluster.status();
  absl::StrAppend(&out, "\nboth in cluster ", cluster->cluster, " (", cluster->size, " claims, ",
                  cluster->n_outlets, " outlets",
                  cluster->carried.empty() ? "" : ", carried: ", cluster->carried, ")");
  absl::StrAppend(&out, direct.match != Match::kNone
                            ? "; they also match directly.\n"
                            : "; they do not match directly: they are joined through the root.\n");
  const Wording root = Fingerprint(cluster->root, match, hasher);
  absl::StrAppend(&out, "root (the cluster's longest full wording, ", root.words.size(),
                  " words): \"", Printable(TruncateUtf8(cluster->root, 600)), "\"\n");
  for (const auto* side : {&qa, &qb}) {
    const Wording& w = side == &qa ? a : b;
    const PairFacts f = Compare(w, root, options, match);
    absl::StrAppend(&out, "claim ", side->id, " -> root: recorded as ", side->relation);
    if (side->relation == "part") {
      absl::StrAppend(&out, " (one part of a split quote; the root is its joined text)");
    }
    absl::StrAppend(&out, "\n");
    AppendFacts(f, w, root, options, match, "  ", &out);
  }
  return out;
}

}  // namespace claimdup
