#include "cli/options.h"

#include <functional>
#include <thread>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "cluster/article_reuse.h"

namespace claimdup::cli {
namespace {

using Setter = std::function<absl::Status(const std::string& value, CliConfig* c)>;

struct OptionSpec {
  const char* name;      // Without the leading "--".
  const char* metavar;   // nullptr for a flag.
  const char* commands;  // Space-separated commands it applies to.
  std::string help;      // Defaults are printed from the option structs, never restated.
  Setter set;
};

absl::Status BadValue(const char* name, const std::string& v, const char* want) {
  return absl::InvalidArgumentError(absl::StrCat("--", name, ": '", v, "' is not ", want));
}

// A setter for an integer option stored at field(config), checked against [lo, hi].
Setter IntIn(const char* name, int64_t lo, int64_t hi, std::function<int*(CliConfig*)> field) {
  return [=](const std::string& v, CliConfig* c) -> absl::Status {
    int64_t x;
    if (!absl::SimpleAtoi(v, &x) || x < lo || x > hi) {
      return BadValue(name, v, absl::StrCat("an integer in [", lo, ", ", hi, "]").c_str());
    }
    *field(c) = static_cast<int>(x);
    return absl::OkStatus();
  };
}

absl::Status ParseFraction(const char* name, const std::string& v, double* out) {
  double x;
  if (!absl::SimpleAtod(v, &x) || !(x > 0.0 && x <= 1.0)) {
    return BadValue(name, v, "a number in (0, 1]");
  }
  *out = x;
  return absl::OkStatus();
}

const std::vector<OptionSpec>& Options() {
  static const auto* kOptions = new std::vector<OptionSpec>{
      {"manifest", "FILE", "run extract dedup",
       "CSV (id,file,outlet,url,date,title) giving metadata of .txt articles, matched by file "
       "path or name. Default: manifest.csv inside an input folder, if there is one.",
       [](const std::string& v, CliConfig* c) {
         c->run.ingest.manifest_path = v;
         return absl::OkStatus();
       }},
      {"field", "ATTR=NAME", "run extract dedup",
       "JSON field to read ATTR (text, outlet, date, url, title, id) from, e.g. --field "
       "text=body. Repeatable. Defaults cover news-please/CC-NEWS (maintext, source_domain, "
       "date_publish) and generic dumps (text/content/body, outlet/source/domain, date).",
       [](const std::string& v, CliConfig* c) { return c->run.ingest.fields.Override(v); }},
      {"lenient", nullptr, "run extract dedup",
       "Skip bad records (malformed JSON, no text field, empty file, over-long record) and "
       "count them in the summary, instead of stopping with exit code 2 at the first one.",
       [](const std::string&, CliConfig* c) {
         c->run.ingest.lenient = true;
         return absl::OkStatus();
       }},
      {"max-record-mb", "N", "run extract dedup",
       absl::StrCat(
           "A record (JSONL line or text file) larger than N MiB is a bad record. Default ",
           IngestOptions{}.max_record_bytes >> 20, "."),
       [](const std::string& v, CliConfig* c) -> absl::Status {
         int64_t x;
         if (!absl::SimpleAtoi(v, &x) || x < 1 || x > 4096) {
           return BadValue("max-record-mb", v, "an integer in [1, 4096]");
         }
         c->run.ingest.max_record_bytes = x << 20;
         return absl::OkStatus();
       }},
      {"unit", "quotes|sentences", "run extract",
       "What a claim is: direct quotations with their speakers (default), or every sentence "
       "of the article body (finds reused wire copy that is not quoted).",
       [](const std::string& v, CliConfig* c) -> absl::Status {
         if (v == "quotes") {
           c->run.extract.unit = ClaimUnit::kQuotes;
         } else if (v == "sentences") {
           c->run.extract.unit = ClaimUnit::kSentences;
         } else {
           return BadValue("unit", v, "'quotes' or 'sentences'");
         }
         return absl::OkStatus();
       }},
      {"min-words", "N", "run extract",
       absl::StrCat(
           "Claims shorter than N words are skipped as scare quotes or fragments (the parts of a "
           "split quote count together). Also the minimum length for containment "
           "matches. Default ",
           ExtractOptions{}.min_words, "."),
       [](const std::string& v, CliConfig* c) -> absl::Status {
         absl::Status st = IntIn("min-words", 1, 1000,
                                 [](CliConfig* c) { return &c->run.extract.min_words; })(v, c);
         c->run.match.containment_min_words = c->run.extract.min_words;
         return st;
       }},
      {"threshold", "T", "run dedup",
       absl::StrCat(
           "Jaccard similarity of word-shingle sets at which two claims (dedup: two articles) are "
           "the same. LSH bands are chosen for it. Default ",
           MatchOptions{}.threshold, "."),
       [](const std::string& v, CliConfig* c) {
         return ParseFraction("threshold", v, &c->run.match.threshold);
       }},
      {"containment", "C", "run",
       absl::StrCat(
           "Also match when this share of the shorter claim's shingles is in the longer one, so a "
           "truncated quote joins the full one (shorter claim needs --min-words). Default ",
           MatchOptions{}.containment, "."),
       [](const std::string& v, CliConfig* c) {
         return ParseFraction("containment", v, &c->run.match.containment);
       }},
      {"word-similarity", "S", "run",
       absl::StrCat(
           "Also match when the normalized words agree in order (longest common subsequence) on "
           "this share of the longer claim: one replaced, dropped or misspelt word in a short "
           "quote breaks three shingles but only one word. Default ",
           MatchOptions{}.word_similarity, "."),
       [](const std::string& v, CliConfig* c) {
         return ParseFraction("word-similarity", v, &c->run.match.word_similarity);
       }},
      {"shingle", "K", "run dedup",
       absl::StrCat("Words per shingle. Default ", MatchOptions{}.shingle_size, "."),
       IntIn("shingle", 1, 16, [](CliConfig* c) { return &c->run.match.shingle_size; })},
      {"contained-share", "S", "run",
       absl::StrCat(
           "How much of a longer claim a contained one must hold for LSH to propose the pair "
           "(it sets the similarity LSH is tuned for). With --unit sentences it is also the "
           "minimum for containment. In quotes mode word-run anchors find excerpts of any "
           "length besides, so it only tunes LSH there. Default ",
           MatchOptions{}.min_contained_share, "; ", kSentenceContainedShare,
           " with --unit sentences."),
       [](const std::string& v, CliConfig* c) {
         c->given.min_contained_share = true;
         return ParseFraction("contained-share", v, &c->run.match.min_contained_share);
       }},
      {"perms", "K", "run dedup",
       absl::StrCat(
           "MinHash values per claim (signature length). More is more accurate and slower. "
           "Default ",
           MatchOptions{}.num_perms, "; ", kSentencePerms, " with --unit sentences."),
       [](const std::string& v, CliConfig* c) {
         c->given.num_perms = true;
         return IntIn("perms", 8, 1024, [](CliConfig* c) { return &c->run.match.num_perms; })(v, c);
       }},
      {"signature-bits", "8|16", "run dedup",
       "Bits kept of each MinHash value (b-bit MinHash). 16 (the default) suits 3-row LSH "
       "bands; 8 halves the signatures' memory and suits 4-row bands: the default with "
       "--unit sentences, whose signatures are most of the run's memory.",
       [](const std::string& v, CliConfig* c) -> absl::Status {
         c->given.signature_bits = true;
         if (v != "8" && v != "16") return BadValue("signature-bits", v, "8 or 16");
         c->run.match.signature_bits = v == "8" ? 8 : 16;
         return absl::OkStatus();
       }},
      {"sketch", "classic|oph", "run dedup",
       "MinHash flavour: classic K-hash MinHash (default) or one-permutation hashing with "
       "optimal densification (O(n+K) per claim instead of O(nK)).",
       [](const std::string& v, CliConfig* c) -> absl::Status {
         if (v == "classic") {
           c->run.match.sketch = SketchKind::kClassic;
         } else if (v == "oph") {
           c->run.match.sketch = SketchKind::kOph;
         } else {
           return BadValue("sketch", v, "'classic' or 'oph'");
         }
         return absl::OkStatus();
       }},
      {"no-spelling-fold", nullptr, "run dedup",
       "Do not fold US/UK spellings (defence/defense, -ise/-ize, -our/-or) before matching.",
       [](const std::string&, CliConfig* c) {
         c->run.match.spelling_fold = false;
         return absl::OkStatus();
       }},
      {"no-boilerplate", nullptr, "run",
       "Keep claims in outlet boilerplate: paragraphs that recur in many different stories of "
       "one outlet (footers, standing disclaimers) are dropped by default and counted in "
       "summary.json (boilerplate_claims).",
       [](const std::string&, CliConfig* c) {
         c->run.boilerplate.enabled = false;
         return absl::OkStatus();
       }},
      {"threads", "N", "run dedup",
       "Worker threads. Default: one per core (under mpirun/srun: per rank, the machine's "
       "cores shared among its ranks). Output is identical for every N.",
       IntIn("threads", 1, 1024, [](CliConfig* c) { return &c->run.threads; })},
      {"out", "PATH", "run extract dedup explain report",
       "run, report: output folder (default claimdup-out/). extract: output file (default "
       "stdout). dedup: the deduplicated dump, .jsonl or .jsonl.zst (required). explain: the "
       "output folder of a finished run (default claimdup-out/).",
       [](const std::string& v, CliConfig* c) {
         c->run.out_dir = v;
         c->dedup_out = v;
         c->extract_out = v;
         return absl::OkStatus();
       }},
      {"top", "N", "run",
       absl::StrCat(
           "Cross-outlet quotes (sentences with --unit sentences) listed in the terminal summary. "
           "Default ",
           ReportOptions{}.top, "."),
       IntIn("top", 0, 1000000, [](CliConfig* c) { return &c->run.top; })},
      {"html-top", "N", "run",
       absl::StrCat(
           "Clusters listed in report.html (the largest first); keeps the file bounded on huge "
           "runs. Default ",
           ReportOptions{}.html_top, "."),
       IntIn("html-top", 1, 1000000, [](CliConfig* c) { return &c->run.html_top; })},
      {"all-claims", nullptr, "run",
       "With --unit sentences: list every sentence in quotes.jsonl. By default it lists only "
       "the sentences that repeat (clusters of 2+); the others would copy the dump out again. "
       "Quote mode always lists every quote.",
       [](const std::string&, CliConfig* c) {
         c->run.all_claims = true;
         return absl::OkStatus();
       }},
      {"show-stock", nullptr, "run",
       absl::StrCat(
           "With --unit sentences: keep stock phrases in the cross-outlet tables, the terminal "
           "summary and report.html (marked [stock] in the terminal). A stock phrase is a "
           "sentence cluster of ",
           ArticleReuseOptions{}.min_stock_docs,
           "+ articles, most of them unrelated stories that share no other sentences, not "
           "published in one burst (\"X did not respond to a request "
           "for comment.\", bios, copyright footers); clusters.jsonl marks them \"stock\" and "
           "summary.json counts them either way. Default: ",
           ReportOptions{}.show_stock ? "shown" : "left out", "."),
       [](const std::string&, CliConfig* c) {
         c->run.show_stock = true;
         return absl::OkStatus();
       }},
      {"verbose", nullptr, "run",
       "Print the chosen LSH bands x rows with their S-curve, and per-stage timings.",
       [](const std::string&, CliConfig* c) {
         c->run.verbose = true;
         return absl::OkStatus();
       }},
      {"index", "PATH", "run report",
       "run: match the new dumps against everything indexed before in the SQLite file PATH "
       "(created when missing), add them, and report only what this run added or touched, "
       "with claim and cluster ids that stay the same across runs; articles already in the "
       "index (same id, URL and text) are skipped and counted. report: write the reports "
       "over the whole index. Default: none (run starts from nothing).",
       [](const std::string& v, CliConfig* c) {
         c->index = v;
         return absl::OkStatus();
       }},
      {"gold", "FILE", "eval",
       "Ground truth: JSON Lines of quote occurrences (doc, outlet, cluster, edit, text), as "
       "benchmarks' gen_corpus writes (PREFIX.quotes.jsonl).",
       [](const std::string& v, CliConfig* c) {
         c->gold = v;
         return absl::OkStatus();
       }},
      {"pred", "DIR", "eval", "The output folder of a `claimdup run` (its quotes.jsonl).",
       [](const std::string& v, CliConfig* c) {
         c->pred = v;
         return absl::OkStatus();
       }},
      {"quiet", nullptr, "run extract dedup report",
       "No progress bar and no terminal summary (errors are still printed).",
       [](const std::string&, CliConfig* c) {
         c->quiet = true;
         c->run.progress = false;
         return absl::OkStatus();
       }},
  };
  return *kOptions;
}

bool AppliesTo(const OptionSpec& o, const std::string& command) {
  for (absl::string_view c : absl::StrSplit(o.commands, ' ')) {
    if (c == command) return true;
  }
  return false;
}

const char* Summary(const std::string& command) {
  if (command == "run") {
    return "Extract claims from INPUT..., cluster near-identical ones across outlets and write "
           "the reports (quotes.jsonl, clusters.jsonl, CSVs, summary.json, report.html) to "
           "--out.";
  }
  if (command == "extract") {
    return "Print every claim of INPUT... as JSON Lines (doc, outlet, date, speaker, text, "
           "begin, end, quote_group, words), to inspect extraction.";
  }
  if (command == "dedup") {
    return "Write INPUT... back as one JSON Lines dump without near-duplicate articles "
           "(whole-body MinHash at --threshold), keeping the earliest of each group; "
           "removed.jsonl beside it says which article each removed one duplicates.";
  }
  if (command == "explain") {
    return "Say why claims ID1 and ID2 (ids from quotes.jsonl) of the run in --out matched or "
           "not: their normalized words, exact Jaccard and containment, the MinHash estimate, "
           "shared anchors, the rule that joined or separated them, and the path through "
           "their cluster's root. Reads the folder; runs nothing again.";
  }
  if (command == "report") {
    return "Write the files of a run (quotes.jsonl, clusters.jsonl, CSVs, summary.json, "
           "report.html) over everything in the index --index PATH (built by `run --index`), "
           "with its stable claim and cluster ids.";
  }
  if (command == "eval") {
    return "Score a run against ground truth: pairwise precision/recall/F1 over cross-outlet "
           "quote pairs, B-cubed, recall per edit type, and the worst false merges and misses.";
  }
  return "";
}

}  // namespace

std::string HelpText(const std::string& command) {
  std::string out;
  if (command.empty()) {
    absl::StrAppend(&out, "claimdup ", CLAIMDUP_VERSION,
                    ": find the same quote carried by different news outlets.\n\n"
                    "Usage: claimdup COMMAND INPUT... [OPTIONS]\n\n"
                    "Commands:\n");
    for (const char* c : {"run", "extract", "dedup", "eval", "explain", "report"}) {
      absl::StrAppendFormat(&out, "  %-8s %s\n", c, Summary(c));
    }
    absl::StrAppend(&out,
                    "\nINPUT is a .txt article, a .jsonl/.jsonl.gz/.jsonl.zst dump (one article "
                    "per line), or a folder searched recursively for both.\n\n"
                    "Started by mpirun -np N or srun -n N, run and dedup work as N processes "
                    "and write the files one process writes (README: Running on a cluster).\n\n"
                    "claimdup COMMAND --help lists the options of a command.\n"
                    "claimdup --version prints the version.\n\n"
                    "Exit codes: 0 ok, 1 internal error, 2 bad usage or bad input (the message "
                    "names the file and line).\n");
    return out;
  }
  absl::StrAppend(&out, "Usage: claimdup ", command,
                  command == "eval"      ? " --gold FILE --pred DIR"
                  : command == "explain" ? " ID1 ID2 [--out DIR]"
                  : command == "report"  ? " --index PATH [--out DIR]"
                                         : " INPUT... [OPTIONS]",
                  "\n\n", Summary(command), "\n\nOptions:\n");
  for (const OptionSpec& o : Options()) {
    if (!AppliesTo(o, command)) continue;
    std::string head = absl::StrCat("  --", o.name, o.metavar ? absl::StrCat(" ", o.metavar) : "");
    absl::StrAppend(&out, head, "\n");
    // Wrap help at 76 columns, indented by 6.
    std::string line = "      ";
    for (absl::string_view word : absl::StrSplit(o.help, ' ')) {
      if (line.size() + word.size() + 1 > 80 && line.size() > 6) {
        absl::StrAppend(&out, line, "\n");
        line = "      ";
      }
      absl::StrAppend(&line, line.size() > 6 ? " " : "", word);
    }
    absl::StrAppend(&out, line, "\n");
  }
  absl::StrAppend(&out, "  --help\n      Show this help.\n");
  return out;
}

absl::StatusOr<CliConfig> ParseCommandLine(int argc, char** argv) {
  CliConfig c;
  int i = 1;
  if (argc < 2) {
    c.help = true;
    return c;
  }
  const std::string first = argv[1];
  if (first == "--help" || first == "-h" || first == "help") {
    c.help = true;
    if (argc > 2) c.command = argv[2];
    if (!c.command.empty() && c.command != "run" && c.command != "extract" &&
        c.command != "dedup" && c.command != "eval" && c.command != "explain" &&
        c.command != "report") {
      return absl::InvalidArgumentError(
          absl::StrCat("unknown command '", c.command, "' (try: claimdup --help)"));
    }
    return c;
  }
  if (first == "--version") {
    c.version = true;
    return c;
  }
  if (first != "run" && first != "extract" && first != "dedup" && first != "eval" &&
      first != "explain" && first != "report") {
    return absl::InvalidArgumentError(
        absl::StrCat("unknown command '", first, "' (try: claimdup --help)"));
  }
  c.command = first;
  ++i;
  bool positional_only = false;
  for (; i < argc; ++i) {
    std::string arg = argv[i];
    if (positional_only || arg.size() < 2 || arg[0] != '-') {
      c.inputs.push_back(arg);
      continue;
    }
    if (arg == "--") {
      positional_only = true;
      continue;
    }
    if (arg == "--help" || arg == "-h") {
      c.help = true;
      return c;
    }
    if (arg.rfind("--", 0) != 0) {
      return absl::InvalidArgumentError(
          absl::StrCat("unknown option '", arg, "' (try: claimdup ", c.command, " --help)"));
    }
    std::string name = arg.substr(2), value;
    bool has_inline_value = false;
    if (size_t eq = name.find('='); eq != std::string::npos) {
      value = name.substr(eq + 1);
      name = name.substr(0, eq);
      has_inline_value = true;
    }
    const OptionSpec* spec = nullptr;
    for (const OptionSpec& o : Options()) {
      if (name == o.name && AppliesTo(o, c.command)) spec = &o;
    }
    if (spec == nullptr) {
      return absl::InvalidArgumentError(absl::StrCat("unknown option '--", name, "' for '",
                                                     c.command, "' (try: claimdup ", c.command,
                                                     " --help)"));
    }
    if (spec->metavar != nullptr && !has_inline_value) {
      if (i + 1 >= argc) {
        return absl::InvalidArgumentError(
            absl::StrCat("--", name, " needs a value (", spec->metavar, ")"));
      }
      value = argv[++i];
    } else if (spec->metavar == nullptr && has_inline_value) {
      return absl::InvalidArgumentError(absl::StrCat("--", name, " takes no value"));
    }
    absl::Status st = spec->set(value, &c);
    if (!st.ok()) return st;
  }
  if (c.command == "eval") {
    if (c.gold.empty() || c.pred.empty()) {
      return absl::InvalidArgumentError("eval needs --gold FILE and --pred DIR");
    }
    return c;
  }
  if (c.command == "explain") {
    int64_t id;
    if (c.inputs.size() != 2 || !absl::SimpleAtoi(c.inputs[0], &id) || id < 0 ||
        !absl::SimpleAtoi(c.inputs[1], &id) || id < 0) {
      return absl::InvalidArgumentError(
          "explain needs two claim ids from quotes.jsonl: claimdup explain ID1 ID2 --out DIR");
    }
    return c;
  }
  if (c.command == "report") {
    if (c.index.empty() || !c.inputs.empty()) {
      return absl::InvalidArgumentError("report needs --index PATH and no INPUT");
    }
    return c;
  }
  if (c.inputs.empty()) {
    return absl::InvalidArgumentError(absl::StrCat(
        "'", c.command, "' needs at least one INPUT (try: claimdup ", c.command, " --help)"));
  }
  if (c.command == "dedup" && c.dedup_out.empty()) {
    return absl::InvalidArgumentError("dedup needs --out DUMP.jsonl[.zst]");
  }
  if (c.command != "run") c.run.out_dir = "claimdup-out";
  if (c.run.extract.unit == ClaimUnit::kSentences) {
    UseSentenceDefaults(c.given, &c.run.match);
  }
  return c;
}

}  // namespace claimdup::cli
