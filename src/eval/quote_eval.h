// Accuracy of a run against ground truth: pairwise precision/recall/F1 over cross-outlet
// quote pairs, B-cubed, recall per edit type, and the worst false merges and misses.
//
// Gold is JSON Lines, one quote occurrence per line: doc, outlet, cluster (the true quote),
// edit (how the outlet changed it: exact, trunc_end, split, near_miss, ...), text. Each
// occurrence is matched to the predicted claims of the same document (quotes.jsonl) whose
// words it contains best, so the two parts of a split quote both map to it. An occurrence no
// claim matches counts as a singleton: a miss.
#ifndef CLAIMDUP_EVAL_QUOTE_EVAL_H_
#define CLAIMDUP_EVAL_QUOTE_EVAL_H_

#include <map>
#include <string>
#include <vector>

#include "absl/status/statusor.h"

namespace claimdup {

struct PairScores {
  int64_t true_pairs = 0, predicted_pairs = 0, correct_pairs = 0;
  double precision = 0, recall = 0, f1 = 0;
};

struct EditScore {
  int64_t occurrences = 0;  // Occurrences with this edit whose original is in another outlet.
  int64_t found = 0;        // ... clustered with that original.
  double recall() const { return occurrences ? static_cast<double>(found) / occurrences : 0; }
};

struct EvalReport {
  int64_t gold_occurrences = 0;
  int64_t matched_occurrences = 0;  // Found by extraction.
  int64_t predicted_claims = 0;
  PairScores pairwise;
  double bcubed_precision = 0, bcubed_recall = 0, bcubed_f1 = 0;
  std::map<std::string, EditScore> by_edit;
  int64_t near_miss_occurrences = 0, near_miss_merged = 0;  // Distractors merged wrongly.
  std::vector<std::string> worst_false_merges;              // Readable descriptions, worst first.
  std::vector<std::string> worst_misses;
};

// Scores the run whose output folder is `pred_dir` against `gold_path`.
absl::StatusOr<EvalReport> EvaluateQuotes(const std::string& gold_path, const std::string& pred_dir,
                                          int examples = 5);

// The report as text for people.
std::string FormatEvalReport(const EvalReport& report);

}  // namespace claimdup

#endif  // CLAIMDUP_EVAL_QUOTE_EVAL_H_
