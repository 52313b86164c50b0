#include "eval/quote_eval.h"

#include <simdjson.h>
#include <xxhash.h>

#include <algorithm>
#include <functional>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_split.h"
#include "ingest/byte_source.h"
#include "ingest/line_reader.h"
#include "text/normalize.h"

namespace claimdup {
namespace {

struct Item {
  std::string doc, outlet, text, edit;
  int64_t cluster = 0;          // Gold or predicted cluster.
  std::vector<uint64_t> words;  // Sorted unique hashes of normalized words.
};

std::vector<uint64_t> WordSet(absl::string_view text) {
  std::string norm;
  NormalizeForMatching(text, NormalizeOptions(), &norm);
  std::vector<uint64_t> out;
  for (absl::string_view w : absl::StrSplit(norm, ' ', absl::SkipEmpty())) {
    out.push_back(XXH3_64bits(w.data(), w.size()));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

size_t Overlap(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  size_t i = 0, j = 0, n = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] == b[j]) {
      ++n, ++i, ++j;
    } else if (a[i] < b[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  return n;
}

// Reads a JSON Lines file, calling `fn` on each object; errors name file and line.
absl::Status ReadJsonLines(const std::string& path,
                           const std::function<absl::Status(simdjson::dom::object)>& fn) {
  auto source = OpenByteSource(path);
  if (!source.ok()) return source.status();
  LineReader lines(std::move(*source), 256 << 20);
  simdjson::dom::parser parser;
  Line line;
  for (;;) {
    auto more = lines.Next(&line);
    if (!more.ok()) return more.status();
    if (!*more) return absl::OkStatus();
    if (line.text.empty()) continue;
    simdjson::dom::element root;
    simdjson::dom::object obj;
    if (parser.parse(line.text.data(), line.text.size(), false).get(root) != simdjson::SUCCESS ||
        root.get_object().get(obj) != simdjson::SUCCESS) {
      return absl::InvalidArgumentError(absl::StrCat(path, ":", line.number, ": malformed JSON"));
    }
    absl::Status st = fn(obj);
    if (!st.ok())
      return absl::InvalidArgumentError(absl::StrCat(path, ":", line.number, ": ", st.message()));
  }
}

std::string Str(simdjson::dom::object obj, const char* key) {
  std::string_view s;
  if (obj[key].get_string().get(s) != simdjson::SUCCESS) return "";
  return std::string(s);
}

int64_t Int(simdjson::dom::object obj, const char* key, bool* ok) {
  int64_t v = 0;
  if (obj[key].get_int64().get(v) != simdjson::SUCCESS) *ok = false;
  return v;
}

int64_t Choose2(int64_t n) { return n * (n - 1) / 2; }

// Pairs of items in the same group of `key` but different outlets.
template <typename Key>
int64_t CrossOutletPairs(const std::vector<const Item*>& items, Key key) {
  absl::flat_hash_map<std::pair<int64_t, int64_t>, int64_t> group;
  absl::flat_hash_map<std::tuple<int64_t, int64_t, std::string>, int64_t> group_outlet;
  for (size_t i = 0; i < items.size(); ++i) {
    const auto k = key(i);
    ++group[k];
    ++group_outlet[{k.first, k.second, items[i]->outlet}];
  }
  int64_t pairs = 0;
  for (const auto& [k, n] : group) pairs += Choose2(n);
  for (const auto& [k, n] : group_outlet) pairs -= Choose2(n);
  return pairs;
}

// The gold occurrences and the run's claims, read from their JSON Lines.
absl::Status ReadItems(const std::string& gold_path, const std::string& pred_dir,
                       std::vector<Item>* gold, std::vector<Item>* pred) {
  absl::Status st = ReadJsonLines(gold_path, [&](simdjson::dom::object o) {
    bool ok = true;
    Item it{Str(o, "doc"),  Str(o, "outlet"),       Str(o, "text"),
            Str(o, "edit"), Int(o, "cluster", &ok), {}};
    if (!ok || it.doc.empty()) return absl::InvalidArgumentError("gold needs doc, cluster");
    gold->push_back(std::move(it));
    return absl::OkStatus();
  });
  if (!st.ok()) return st;
  st = ReadJsonLines(pred_dir + "/quotes.jsonl", [&](simdjson::dom::object o) {
    bool ok = true;
    Item it{Str(o, "doc"), Str(o, "outlet"), Str(o, "text"), "", Int(o, "cluster", &ok), {}};
    if (!ok) return absl::InvalidArgumentError("quotes.jsonl needs doc, cluster");
    pred->push_back(std::move(it));
    return absl::OkStatus();
  });
  if (!st.ok()) return st;
  for (Item& g : *gold) g.words = WordSet(g.text);
  for (Item& p : *pred) p.words = WordSet(p.text);
  return absl::OkStatus();
}

// Per gold occurrence, the cluster of the predicted claim of its document that contains it
// best (at least 0.7 of the claim's words), or a cluster of its own (-1 - i) when none does.
// Counts the matched occurrences in *matched.
std::vector<int64_t> PredictedClusters(const std::vector<Item>& gold, const std::vector<Item>& pred,
                                       int64_t* matched) {
  absl::flat_hash_map<std::string, std::vector<size_t>> gold_by_doc;
  for (size_t i = 0; i < gold.size(); ++i) gold_by_doc[gold[i].doc].push_back(i);
  std::vector<int64_t> pred_cluster(gold.size());
  std::vector<size_t> best_overlap(gold.size(), 0);
  for (size_t i = 0; i < gold.size(); ++i) pred_cluster[i] = -1 - static_cast<int64_t>(i);
  for (const Item& p : pred) {
    auto it = gold_by_doc.find(p.doc);
    if (it == gold_by_doc.end() || p.words.empty()) continue;
    size_t best = SIZE_MAX, best_n = 0;
    for (size_t g : it->second) {
      const size_t n = Overlap(p.words, gold[g].words);
      if (n > best_n) {
        best_n = n;
        best = g;
      }
    }
    if (best == SIZE_MAX || best_n < 0.7 * p.words.size()) continue;
    if (best_n > best_overlap[best]) {
      best_overlap[best] = best_n;
      pred_cluster[best] = p.cluster;
    }
  }
  for (size_t i = 0; i < gold.size(); ++i) *matched += best_overlap[i] > 0;
  return pred_cluster;
}

// Pairwise precision and recall over cross-outlet pairs, via contingency counts.
PairScores ScorePairs(const std::vector<Item>& gold, const std::vector<int64_t>& pred_cluster) {
  std::vector<const Item*> items;
  for (const Item& g : gold) items.push_back(&g);
  PairScores pw;
  pw.true_pairs = CrossOutletPairs(items, [&](size_t i) {
    return std::pair<int64_t, int64_t>{gold[i].cluster, 0};
  });
  pw.predicted_pairs = CrossOutletPairs(items, [&](size_t i) {
    return std::pair<int64_t, int64_t>{pred_cluster[i], 0};
  });
  pw.correct_pairs = CrossOutletPairs(items, [&](size_t i) {
    return std::pair<int64_t, int64_t>{gold[i].cluster, pred_cluster[i]};
  });
  pw.precision = pw.predicted_pairs ? double(pw.correct_pairs) / pw.predicted_pairs : 1.0;
  pw.recall = pw.true_pairs ? double(pw.correct_pairs) / pw.true_pairs : 1.0;
  pw.f1 =
      pw.precision + pw.recall > 0 ? 2 * pw.precision * pw.recall / (pw.precision + pw.recall) : 0;
  return pw;
}

// B-cubed precision, recall and F1 over all occurrences.
void ScoreBcubed(const std::vector<Item>& gold, const std::vector<int64_t>& pred_cluster,
                 EvalReport* report) {
  absl::flat_hash_map<int64_t, int64_t> n_gold, n_pred;
  absl::flat_hash_map<std::pair<int64_t, int64_t>, int64_t> n_both;
  for (size_t i = 0; i < gold.size(); ++i) {
    ++n_gold[gold[i].cluster];
    ++n_pred[pred_cluster[i]];
    ++n_both[{gold[i].cluster, pred_cluster[i]}];
  }
  double bp = 0, br = 0;
  for (size_t i = 0; i < gold.size(); ++i) {
    const double both = n_both[{gold[i].cluster, pred_cluster[i]}];
    bp += both / n_pred[pred_cluster[i]];
    br += both / n_gold[gold[i].cluster];
  }
  if (!gold.empty()) {
    report->bcubed_precision = bp / gold.size();
    report->bcubed_recall = br / gold.size();
    const double s = report->bcubed_precision + report->bcubed_recall;
    report->bcubed_f1 = s > 0 ? 2 * report->bcubed_precision * report->bcubed_recall / s : 0;
  }
}

// Per edit type, whether each edited copy is clustered with its original (in another
// outlet); and the near-miss distractors merged with any other true quote.
void ScoreEdits(const std::vector<Item>& gold, const std::vector<int64_t>& pred_cluster,
                EvalReport* report) {
  absl::flat_hash_map<int64_t, size_t> original;
  for (size_t i = 0; i < gold.size(); ++i) {
    if (gold[i].edit == "original" || gold[i].edit == "near_miss")
      original.emplace(gold[i].cluster, i);
  }
  for (size_t i = 0; i < gold.size(); ++i) {
    auto it = original.find(gold[i].cluster);
    if (it == original.end() || it->second == i || gold[it->second].outlet == gold[i].outlet)
      continue;
    EditScore& e = report->by_edit[gold[i].edit];
    ++e.occurrences;
    e.found += pred_cluster[i] == pred_cluster[it->second];
  }
  absl::flat_hash_map<int64_t, absl::flat_hash_set<int64_t>> gold_in_pred;
  for (size_t i = 0; i < gold.size(); ++i) gold_in_pred[pred_cluster[i]].insert(gold[i].cluster);
  for (size_t i = 0; i < gold.size(); ++i) {
    if (gold[i].edit != "near_miss") continue;
    ++report->near_miss_occurrences;
    report->near_miss_merged += gold_in_pred[pred_cluster[i]].size() > 1;
  }
}

// Worst false merges: predicted clusters mixing the most occurrences of other quotes.
std::vector<std::string> WorstFalseMerges(const std::vector<Item>& gold,
                                          const std::vector<int64_t>& pred_cluster, int examples) {
  absl::flat_hash_map<int64_t, absl::flat_hash_map<int64_t, int64_t>> gold_in_pred;
  for (size_t i = 0; i < gold.size(); ++i) ++gold_in_pred[pred_cluster[i]][gold[i].cluster];
  std::vector<std::pair<int64_t, int64_t>> merges;  // (wrong members, pred cluster)
  for (const auto& [p, by_gold] : gold_in_pred) {
    if (by_gold.size() < 2) continue;
    int64_t total = 0, top = 0;
    for (const auto& [g, n] : by_gold) total += n, top = std::max(top, n);
    merges.push_back({total - top, p});
  }
  std::sort(merges.begin(), merges.end(), [](auto a, auto b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  });
  std::vector<std::string> out;
  for (size_t k = 0; k < merges.size() && static_cast<int>(k) < examples; ++k) {
    std::string desc =
        absl::StrFormat("predicted cluster %d joins %d true quotes:", merges[k].second,
                        gold_in_pred[merges[k].second].size());
    std::vector<int64_t> shown;
    for (size_t i = 0; i < gold.size() && shown.size() < 3; ++i) {
      if (pred_cluster[i] != merges[k].second) continue;
      if (std::find(shown.begin(), shown.end(), gold[i].cluster) != shown.end()) continue;
      shown.push_back(gold[i].cluster);
      absl::StrAppend(&desc, "\n      [", gold[i].cluster, ", ", gold[i].edit, "] \"",
                      gold[i].text.substr(0, 140), "\"");
    }
    out.push_back(desc);
  }
  return out;
}

// Worst misses: true quotes spread over the most predicted clusters.
std::vector<std::string> WorstMisses(const std::vector<Item>& gold,
                                     const std::vector<int64_t>& pred_cluster, int examples) {
  absl::flat_hash_map<int64_t, absl::flat_hash_map<int64_t, int64_t>> pred_in_gold;
  for (size_t i = 0; i < gold.size(); ++i) ++pred_in_gold[gold[i].cluster][pred_cluster[i]];
  std::vector<std::pair<int64_t, int64_t>> misses;
  for (const auto& [g, by_pred] : pred_in_gold) {
    if (by_pred.size() > 1) misses.push_back({static_cast<int64_t>(by_pred.size()), g});
  }
  std::sort(misses.begin(), misses.end(), [](auto a, auto b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  });
  std::vector<std::string> out;
  for (size_t k = 0; k < misses.size() && static_cast<int>(k) < examples; ++k) {
    std::string desc = absl::StrFormat(
        "true quote %d is split over %d predicted clusters:", misses[k].second, misses[k].first);
    int shown = 0;
    for (size_t i = 0; i < gold.size() && shown < 4; ++i) {
      if (gold[i].cluster != misses[k].second) continue;
      ++shown;
      absl::StrAppend(&desc, "\n      [", gold[i].edit,
                      pred_cluster[i] < 0 ? ", not extracted" : "", "] \"",
                      gold[i].text.substr(0, 140), "\"");
    }
    out.push_back(desc);
  }
  return out;
}

}  // namespace

absl::StatusOr<EvalReport> EvaluateQuotes(const std::string& gold_path, const std::string& pred_dir,
                                          int examples) {
  std::vector<Item> gold, pred;
  absl::Status st = ReadItems(gold_path, pred_dir, &gold, &pred);
  if (!st.ok()) return st;
  EvalReport report;
  report.gold_occurrences = static_cast<int64_t>(gold.size());
  report.predicted_claims = static_cast<int64_t>(pred.size());
  const std::vector<int64_t> pred_cluster =
      PredictedClusters(gold, pred, &report.matched_occurrences);
  report.pairwise = ScorePairs(gold, pred_cluster);
  ScoreBcubed(gold, pred_cluster, &report);
  ScoreEdits(gold, pred_cluster, &report);
  report.worst_false_merges = WorstFalseMerges(gold, pred_cluster, examples);
  report.worst_misses = WorstMisses(gold, pred_cluster, examples);
  return report;
}

std::string FormatEvalReport(const EvalReport& r) {
  std::string out;
  absl::StrAppendFormat(
      &out, "gold quote occurrences: %d (extracted: %d, %.1f%%); predicted claims: %d\n",
      r.gold_occurrences, r.matched_occurrences,
      r.gold_occurrences ? 100.0 * r.matched_occurrences / r.gold_occurrences : 0.0,
      r.predicted_claims);
  const PairScores& p = r.pairwise;
  absl::StrAppendFormat(&out,
                        "pairwise (cross-outlet pairs): precision %.4f  recall %.4f  F1 %.4f  "
                        "(true %d, predicted %d, correct %d)\n",
                        p.precision, p.recall, p.f1, p.true_pairs, p.predicted_pairs,
                        p.correct_pairs);
  absl::StrAppendFormat(&out, "B-cubed: precision %.4f  recall %.4f  F1 %.4f\n", r.bcubed_precision,
                        r.bcubed_recall, r.bcubed_f1);
  absl::StrAppend(&out, "recall per edit type (edited copy clustered with its original):\n");
  for (const auto& [edit, e] : r.by_edit) {
    absl::StrAppendFormat(&out, "  %-12s %6d  %.4f\n", edit, e.occurrences, e.recall());
  }
  absl::StrAppendFormat(&out, "near-miss distractors merged with another quote: %d of %d\n",
                        r.near_miss_merged, r.near_miss_occurrences);
  if (!r.worst_false_merges.empty()) absl::StrAppend(&out, "worst false merges:\n");
  for (const std::string& s : r.worst_false_merges) absl::StrAppend(&out, "  ", s, "\n");
  if (!r.worst_misses.empty()) absl::StrAppend(&out, "worst misses:\n");
  for (const std::string& s : r.worst_misses) absl::StrAppend(&out, "  ", s, "\n");
  return out;
}

}  // namespace claimdup
