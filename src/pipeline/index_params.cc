#include "pipeline/index_params.h"

#include <functional>
#include <string>
#include <type_traits>
#include <vector>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "core/word_token.h"
#include "index/anchors.h"

namespace claimdup {
namespace {

// Bumped whenever text/normalize.cc or the word tokens change what a text fingerprints to.
constexpr const char* kNormalizerVersion = "1";

// One recorded setting: its value in a run's options, and how to set it back (null for the
// settings no option changes).
struct Field {
  const char* name;
  std::function<std::string(const RunOptions&)> write;
  std::function<bool(const std::string&, RunOptions*)> read;
};

template <typename T>
Field Number(const char* name, T MatchOptions::*member) {
  return {name, [member](const RunOptions& o) { return absl::StrCat(o.match.*member); },
          [member](const std::string& v, RunOptions* o) {
            if constexpr (std::is_floating_point_v<T>) {
              return absl::SimpleAtod(v, &(o->match.*member));
            } else {
              return absl::SimpleAtoi(v, &(o->match.*member));
            }
          }};
}

Field Flag(const char* name, bool MatchOptions::*member) {
  return {name, [member](const RunOptions& o) { return o.match.*member ? "true" : "false"; },
          [member](const std::string& v, RunOptions* o) {
            o->match.*member = v == "true";
            return true;
          }};
}

Field Fixed(const char* name, std::string value) {
  return {name, [value](const RunOptions&) { return value; }, nullptr};
}

// In the order the index records them.
const std::vector<Field>& Fields() {
  static const auto* fields = new std::vector<Field>{
      {"unit",
       [](const RunOptions& o) {
         return o.extract.unit == ClaimUnit::kQuotes ? "quotes" : "sentences";
       },
       [](const std::string& v, RunOptions* o) {
         o->extract.unit = v == "sentences" ? ClaimUnit::kSentences : ClaimUnit::kQuotes;
         return true;
       }},
      {"min_words", [](const RunOptions& o) { return absl::StrCat(o.extract.min_words); },
       [](const std::string& v, RunOptions* o) {
         return absl::SimpleAtoi(v, &o->extract.min_words);
       }},
      Fixed("normalizer_version", kNormalizerVersion),
      Flag("spelling_fold", &MatchOptions::spelling_fold),
      Fixed("token_bits", absl::StrCat(8 * sizeof(WordToken))),
      Number("shingle_size", &MatchOptions::shingle_size),
      {"sketch",
       [](const RunOptions& o) { return o.match.sketch == SketchKind::kOph ? "oph" : "classic"; },
       [](const std::string& v, RunOptions* o) {
         o->match.sketch = v == "oph" ? SketchKind::kOph : SketchKind::kClassic;
         return true;
       }},
      Number("num_perms", &MatchOptions::num_perms),
      Number("signature_bits", &MatchOptions::signature_bits),
      {"seed", [](const RunOptions& o) { return absl::StrFormat("0x%016x", o.match.seed); },
       [](const std::string& v, RunOptions* o) { return absl::SimpleHexAtoi(v, &o->match.seed); }},
      Number("threshold", &MatchOptions::threshold),
      Number("containment", &MatchOptions::containment),
      Number("containment_min_words", &MatchOptions::containment_min_words),
      Number("word_similarity", &MatchOptions::word_similarity),
      Number("min_contained_share", &MatchOptions::min_contained_share),
      Flag("excerpts", &MatchOptions::excerpts),
      Number("overlap_words", &MatchOptions::overlap_words),
      Number("short_excerpt_words", &MatchOptions::short_excerpt_words),
      Number("short_excerpt_days", &MatchOptions::short_excerpt_days),
      Fixed("anchor_gram", absl::StrCat(AnchorOptions{}.gram)),
      Fixed("anchor_window", absl::StrCat(AnchorOptions{}.window)),
      Fixed("anchor_max_df", absl::StrCat(AnchorOptions{}.max_df)),
  };
  return *fields;
}

}  // namespace

IndexParams IndexParamsOf(const RunOptions& options) {
  IndexParams params;
  for (const Field& f : Fields()) params.emplace_back(f.name, f.write(options));
  return params;
}

absl::Status ApplyIndexParams(const IndexParams& params, RunOptions* options) {
  for (const auto& [key, value] : params) {
    for (const Field& f : Fields()) {
      if (key != f.name || !f.read) continue;
      if (!f.read(value, options)) {
        return absl::DataLossError(absl::StrCat("index parameter ", key, " = '", value,
                                                "' cannot be read: is this a claimdup index?"));
      }
    }
  }
  return absl::OkStatus();
}

}  // namespace claimdup
