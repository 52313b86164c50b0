#include "pipeline/run_folder.h"

#include <simdjson.h>
#include <sys/stat.h>

#include <algorithm>
#include <fstream>

#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "absl/strings/strip.h"

namespace claimdup {
namespace {

std::string Str(const simdjson::dom::object& obj, const char* key) {
  std::string_view s;
  if (obj[key].get_string().get(s) != simdjson::SUCCESS) return "";
  return std::string(s);
}

int64_t Int(const simdjson::dom::object& obj, const char* key, int64_t fallback = -1) {
  int64_t v;
  return obj[key].get_int64().get(v) == simdjson::SUCCESS ? v : fallback;
}

double Num(const simdjson::dom::object& obj, const char* key, double fallback) {
  double v;
  return obj[key].get_double().get(v) == simdjson::SUCCESS ? v : fallback;
}

bool Bool(const simdjson::dom::object& obj, const char* key, bool fallback) {
  bool v;
  return obj[key].get_bool().get(v) == simdjson::SUCCESS ? v : fallback;
}

// The id a line of one of the run's files opens with ({"id":12, or {"cluster":12,), or -1.
int64_t LeadingId(absl::string_view line, absl::string_view prefix) {
  if (!absl::ConsumePrefix(&line, prefix)) return -1;
  const size_t end = line.find(',');
  int64_t id;
  return end != absl::string_view::npos && absl::SimpleAtoi(line.substr(0, end), &id) ? id : -1;
}

absl::StatusOr<simdjson::dom::object> ParseObject(simdjson::dom::parser& parser,
                                                  const std::string& line,
                                                  const std::string& where) {
  simdjson::dom::object obj;
  if (parser.parse(line).get_object().get(obj) != simdjson::SUCCESS) {
    return absl::DataLossError(absl::StrCat(where, ": not a JSON object"));
  }
  return obj;
}

absl::Status OpenRunFile(const std::string& dir, const char* name, std::ifstream* in) {
  const std::string path = absl::StrCat(dir, "/", name);
  in->open(path, std::ios::binary);
  if (!*in) {
    return absl::NotFoundError(absl::StrCat(path, ": cannot open (was the run interrupted?)"));
  }
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<RunSettings> ReadRunSettings(const std::string& dir) {
  struct stat st;
  if (stat(dir.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) {
    return absl::NotFoundError(absl::StrCat(dir, ": no such folder (give the --out of a run)"));
  }
  const std::string path = absl::StrCat(dir, "/summary.json");
  simdjson::padded_string json;
  if (simdjson::padded_string::load(path).get(json) != simdjson::SUCCESS) {
    return absl::NotFoundError(
        absl::StrCat(path, ": not found: ", dir, " is not the output folder of a finished run"));
  }
  simdjson::dom::parser parser;
  simdjson::dom::object top, params;
  if (parser.parse(json).get_object().get(top) != simdjson::SUCCESS ||
      top["parameters"].get_object().get(params) != simdjson::SUCCESS) {
    return absl::DataLossError(absl::StrCat(path, ": not a claimdup summary"));
  }
  RunSettings s;
  s.version = Str(top, "version");
  if (s.version != CLAIMDUP_VERSION) {
    return absl::FailedPreconditionError(
        absl::StrCat(dir, " was written by claimdup ", s.version.empty() ? "(unknown)" : s.version,
                     "; this is claimdup ", CLAIMDUP_VERSION, ": run it again with this version"));
  }
  const MatchOptions d;
  MatchOptions& m = s.match;
  s.unit = Str(params, "unit") == "sentences" ? ClaimUnit::kSentences : ClaimUnit::kQuotes;
  m.containment_min_words = static_cast<int>(Int(params, "min_words", d.containment_min_words));
  m.threshold = Num(params, "threshold", d.threshold);
  m.containment = Num(params, "containment", d.containment);
  m.word_similarity = Num(params, "word_similarity", d.word_similarity);
  m.min_contained_share = Num(params, "min_contained_share", d.min_contained_share);
  m.excerpts = Bool(params, "excerpt_anchors", d.excerpts);
  m.overlap_words = static_cast<int>(Int(params, "overlap_words", d.overlap_words));
  m.shingle_size = static_cast<int>(Int(params, "shingle_size", d.shingle_size));
  m.num_perms = static_cast<int>(Int(params, "num_perms", d.num_perms));
  m.signature_bits = static_cast<int>(Int(params, "signature_bits", d.signature_bits));
  m.sketch = Str(params, "sketch") == "oph" ? SketchKind::kOph : SketchKind::kClassic;
  m.spelling_fold = Bool(params, "spelling_fold", d.spelling_fold);
  return s;
}

absl::StatusOr<std::vector<QuoteRecord>> ReadQuoteRecords(const std::string& dir,
                                                          const std::vector<int64_t>& ids) {
  std::ifstream in;
  if (absl::Status st = OpenRunFile(dir, "quotes.jsonl", &in); !st.ok()) return st;
  const int64_t last = ids.empty() ? -1 : *std::max_element(ids.begin(), ids.end());
  std::vector<QuoteRecord> found(ids.size());
  simdjson::dom::parser parser;
  std::string line;
  for (int64_t line_no = 1; std::getline(in, line); ++line_no) {
    const int64_t id = LeadingId(line, "{\"id\":");
    if (id > last) break;  // Lines are in id order.
    for (size_t k = 0; k < ids.size(); ++k) {
      if (ids[k] != id) continue;
      auto obj = ParseObject(parser, line, absl::StrCat(dir, "/quotes.jsonl:", line_no));
      if (!obj.ok()) return obj.status();
      QuoteRecord& q = found[k];
      q.id = id;
      q.doc = Str(*obj, "doc");
      q.outlet = Str(*obj, "outlet");
      q.date = Str(*obj, "date");
      q.speaker = Str(*obj, "speaker");
      q.text = Str(*obj, "text");
      q.quote_group = Int(*obj, "quote_group");
      q.cluster = Int(*obj, "cluster");
      q.relation = Str(*obj, "relation");
      q.similarity = Num(*obj, "similarity", 0);
      simdjson::dom::array span, wires;
      if ((*obj)["root_words"].get_array().get(span) == simdjson::SUCCESS && span.size() == 2) {
        int64_t b = 0, e = 0;
        if (span.at(0).get_int64().get(b) == simdjson::SUCCESS &&
            span.at(1).get_int64().get(e) == simdjson::SUCCESS) {
          q.root_begin = b;
          q.root_end = e;
        }
      }
      if ((*obj)["wire"].get_array().get(wires) == simdjson::SUCCESS) {
        for (simdjson::dom::element w : wires) {
          std::string_view name;
          if (w.get_string().get(name) == simdjson::SUCCESS) q.wire.emplace_back(name);
        }
      }
    }
  }
  for (size_t k = 0; k < ids.size(); ++k) {
    if (found[k].id < 0) {
      return absl::NotFoundError(
          absl::StrCat("claim ", ids[k], " is not in ", dir,
                       "/quotes.jsonl (ids are its \"id\" field; sentence runs list only repeated "
                       "sentences unless run with --all-claims)"));
    }
  }
  return found;
}

absl::StatusOr<ClusterRecord> ReadClusterRecord(const std::string& dir, int64_t id) {
  std::ifstream in;
  if (absl::Status st = OpenRunFile(dir, "clusters.jsonl", &in); !st.ok()) return st;
  simdjson::dom::parser parser;
  std::string line;
  for (int64_t line_no = 1; std::getline(in, line); ++line_no) {
    const int64_t cluster = LeadingId(line, "{\"cluster\":");
    if (cluster > id) break;  // Lines are in id order.
    if (cluster != id) continue;
    auto obj = ParseObject(parser, line, absl::StrCat(dir, "/clusters.jsonl:", line_no));
    if (!obj.ok()) return obj.status();
    ClusterRecord c;
    c.cluster = id;
    c.size = Int(*obj, "size", 0);
    c.n_outlets = Int(*obj, "n_outlets", 0);
    c.root = Str(*obj, "root");
    c.carried = Str(*obj, "carried");
    return c;
  }
  return absl::NotFoundError(absl::StrCat("cluster ", id, " is not in ", dir, "/clusters.jsonl"));
}

}  // namespace claimdup
