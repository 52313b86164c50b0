// gen_corpus: writes a realistic synthetic news dump with ground truth, deterministic by seed.
//
//   gen_corpus --articles N --outlets M --seed S --out DUMP.jsonl[.zst] --gold PREFIX
//
// Articles (news-please fields: id, source_domain, date_publish, url, title, maintext) come
// from M outlets with heavy-tailed (Zipf) sizes, in date order over --days. Bodies of
// 300-1500 words are running prose from a word-bigram model of the bundled corpus, with
// navigation junk and a per-outlet boilerplate footer. Each article carries a few quotes
// from a pool with speakers, attributed the ways outlets write ("…," X said / said X /
// X said: "…" / according to X / "…," he said). Reused quotes get the edits outlets make
// (truncation at either end, ellipsis, split around "he said", punctuation and case, US/UK
// spelling, a replaced or dropped word, a typo, straight vs curly marks); near-miss
// distractors (same speaker, same opening, different rest) are new quotes. Some articles
// reuse sentences of an earlier article of another outlet (wire copy), some republish one
// whole with small edits.
//
// Ground truth: PREFIX.quotes.jsonl (doc, outlet, cluster, edit, speaker, text per quote
// occurrence) and PREFIX.articles.jsonl (doc, outlet, dup_group per article).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "bench_data.h"
#include "sketch/minhash.h"
#include "util/json_writer.h"
#include "util/output_file.h"

namespace claimdup {
namespace {

// Deterministic on every platform (std distributions are not).
class Rng {
 public:
  explicit Rng(uint64_t seed) : s_(seed) {}
  uint64_t Next() { return Mix64(s_ += 0x9e3779b97f4a7c15ull); }
  size_t Below(size_t n) { return n == 0 ? 0 : Next() % n; }
  int Between(int lo, int hi) { return lo + static_cast<int>(Below(hi - lo + 1)); }
  bool Chance(double p) { return (Next() >> 11) * (1.0 / 9007199254740992.0) < p; }
  template <typename T>
  const T& Pick(const std::vector<T>& v) {
    return v[Below(v.size())];
  }

 private:
  uint64_t s_;
};

// A word-bigram model of the bundled corpus: English-like running prose.
class Prose {
 public:
  Prose() {
    for (const std::string& text : bench::CorpusTexts()) {
      for (absl::string_view para : absl::StrSplit(text, '\n')) {
        std::vector<std::string> words;
        for (absl::string_view w : absl::StrSplit(para, ' ', absl::SkipEmpty())) {
          // No quote marks or brackets in prose: quotes are inserted explicitly.
          std::string clean = absl::StrReplaceAll(
              w, {{"\u201C", ""}, {"\u201D", ""}, {"\u2018", ""}, {"\u2019", "'"}});
          clean.erase(
              std::remove_if(clean.begin(), clean.end(),
                             [](char c) { return c == '"' || c == '(' || c == ')' || c == '|'; }),
              clean.end());
          if (clean.empty() || static_cast<unsigned char>(clean[0]) >= 0x80) continue;
          words.push_back(clean);
        }
        if (words.size() < 6) continue;
        for (size_t i = 0; i + 1 < words.size(); ++i) next_[words[i]].push_back(words[i + 1]);
        for (size_t i = 1; i < words.size(); ++i) {
          if (!Ends(words[i - 1])) all_.push_back(words[i]);
        }
        for (size_t i = 0; i < words.size(); ++i) {
          if ((i == 0 || Ends(words[i - 1])) && absl::ascii_isupper(words[i][0])) {
            starts_.push_back(words[i]);
          }
        }
      }
    }
  }

  // One sentence of 6-35 words ending in a period.
  std::string Sentence(Rng& rng) const {
    std::vector<std::string> out = {rng.Pick(starts_)};
    while (out.size() < 35) {
      auto it = next_.find(out.back());
      if (it == next_.end() || (out.size() >= 6 && Ends(out.back()))) break;
      // A third of the words come from the whole vocabulary rather than the bigram chain: a
      // 21 KB corpus would otherwise repeat its 3-grams far more than real news does.
      std::string w = rng.Chance(0.35) ? rng.Pick(all_) : rng.Pick(it->second);
      if (out.size() < 6) {
        while (!w.empty() && Ends(w)) w.pop_back();
        if (w.empty()) continue;
      }
      out.push_back(w);
    }
    std::string s = absl::StrJoin(out, " ");
    while (!s.empty() && !absl::ascii_isalnum(s.back())) s.pop_back();
    return s + ".";
  }

  // `n` words of prose (for quotes), without the final period.
  std::string Words(Rng& rng, int n) const {
    std::vector<std::string> out;
    while (static_cast<int>(out.size()) < n) {
      for (absl::string_view w : absl::StrSplit(Sentence(rng), ' ')) {
        if (static_cast<int>(out.size()) < n) out.emplace_back(w);
      }
    }
    std::string s = absl::StrJoin(out, " ");
    while (!s.empty() && !absl::ascii_isalnum(s.back())) s.pop_back();
    return s;
  }

 private:
  static bool Ends(const std::string& w) {
    return !w.empty() && (w.back() == '.' || w.back() == '?' || w.back() == '!');
  }
  absl::flat_hash_map<std::string, std::vector<std::string>> next_;
  std::vector<std::string> starts_;
  std::vector<std::string> all_;  // Mid-sentence words, for the unigram draws.
};

struct Speaker {
  std::string first, last, title;
  std::string Full() const { return absl::StrCat(first, " ", last); }
};

struct SourceQuote {
  std::string text;
  int speaker;
  int64_t introduced;  // Article index.
};

struct Occurrence {
  int64_t cluster;
  std::string edit;
  std::string text;  // As printed, marks stripped (split parts joined by a space).
};

struct Article {
  std::string id, outlet, date, title, body;
  std::vector<std::string> sentences;  // Prose sentences, for wire copy.
  std::vector<Occurrence> quotes;
  int64_t dup_group;
};

std::vector<std::string> Split(const std::string& s) { return absl::StrSplit(s, ' '); }

// US/UK spelling swaps that normalization folds.
std::string SwapSpelling(const std::string& word) {
  static const std::map<std::string, std::string> kPairs = {
      {"defense", "defence"},       {"defence", "defense"},      {"organization", "organisation"},
      {"center", "centre"},         {"program", "programme"},    {"labor", "labour"},
      {"favor", "favour"},          {"recognize", "recognise"},  {"realize", "realise"},
      {"criticized", "criticised"}, {"neighbors", "neighbours"}, {"harbor", "harbour"}};
  auto it = kPairs.find(absl::AsciiStrToLower(word));
  return it == kPairs.end() ? word : it->second;
}

// Applies one outlet edit to a quote; returns the edit's name. `parts` gets 2 entries for
// a split quote, else 1.
std::string Edit(Rng& rng, const Prose& prose, const std::string& quote,
                 std::vector<std::string>* parts) {
  std::vector<std::string> w = Split(quote);
  const int n = static_cast<int>(w.size());
  static const std::vector<std::string> kEdits = {
      "exact",      "trunc_end", "trunc_start", "ellipsis",  "split",
      "punct_case", "spelling",  "word_swap",   "word_drop", "typo"};
  const std::string edit = rng.Pick(kEdits);
  parts->clear();
  if (edit == "trunc_end" && n >= 14) {
    w.resize(n - std::max(2, n * rng.Between(15, 35) / 100));
  } else if (edit == "trunc_start" && n >= 14) {
    w.erase(w.begin(), w.begin() + std::max(2, n * rng.Between(15, 35) / 100));
    w[0][0] = absl::ascii_toupper(w[0][0]);
  } else if (edit == "ellipsis" && n >= 14) {
    const int at = rng.Between(4, n - 8), len = rng.Between(2, 4);
    w.erase(w.begin() + at, w.begin() + at + len);
    w.insert(w.begin() + at, "\u2026");
  } else if (edit == "split" && n >= 10) {
    const int at = rng.Between(4, n - 4);
    parts->push_back(absl::StrJoin(w.begin(), w.begin() + at, " "));
    std::vector<std::string> rest(w.begin() + at, w.end());
    rest[0][0] = absl::ascii_toupper(rest[0][0]);
    parts->push_back(absl::StrJoin(rest, " "));
    return edit;
  } else if (edit == "punct_case") {
    for (std::string& x : w) {
      x.erase(std::remove(x.begin(), x.end(), ','), x.end());
      if (rng.Chance(0.15)) x = absl::AsciiStrToUpper(x);
    }
    w.back() += rng.Chance(0.5) ? "." : "!";
  } else if (edit == "spelling") {
    bool changed = false;
    for (std::string& x : w) {
      const std::string s = SwapSpelling(x);
      changed |= s != x;
      x = s;
    }
    if (!changed) w.push_back("too");  // No spelling to swap: a one-word change instead.
  } else if (edit == "word_swap") {
    w[rng.Between(1, n - 1)] = Split(prose.Words(rng, 1))[0];
  } else if (edit == "word_drop" && n > 8) {
    w.erase(w.begin() + rng.Between(1, n - 2));
  } else if (edit == "typo") {
    std::string& x = w[rng.Between(1, n - 1)];
    if (x.size() >= 4) std::swap(x[1], x[2]);
  } else {
    parts->push_back(quote);
    return "exact";
  }
  parts->push_back(absl::StrJoin(w, " "));
  return edit;
}

// Prints a quote with attribution, as outlets do.
std::string Attribute(Rng& rng, const std::vector<std::string>& parts, const Speaker& sp,
                      bool curly) {
  const std::string open = curly ? "\u201C" : "\"", close = curly ? "\u201D" : "\"";
  const std::string name = sp.Full(), titled = absl::StrCat(sp.title, " ", name);
  if (parts.size() == 2) {
    return absl::StrCat(open, parts[0], ",", close, " ", sp.last, " said. ", open, parts[1], ".",
                        close);
  }
  const std::string& q = parts[0];
  switch (rng.Below(6)) {
    case 0:
      return absl::StrCat(open, q, ",", close, " ", titled, " said.");
    case 1:
      return absl::StrCat(open, q, ",", close, " said ", name, ".");
    case 2:
      return absl::StrCat(titled, " said: ", open, q, ".", close);
    case 3:
      return absl::StrCat("According to ", name, ", ", open, q, ".", close);
    case 4:
      return absl::StrCat(titled, " spoke to reporters on Monday. ", open, q, ",", close,
                          " he said.");
    default:
      return absl::StrCat(open, q, ",", close, " ", name, " told reporters.");
  }
}

struct Config {
  int64_t articles = 10000;
  int outlets = 100;
  uint64_t seed = 1;
  int days = 365;
  std::string out = "corpus.jsonl.zst";
  std::string gold = "corpus.gold";
};

int Generate(const Config& cfg) {
  Rng rng(cfg.seed);
  const Prose prose;
  static const std::vector<std::string> kFirst = {
      "Sergei", "Anders", "Hillary", "Guido", "Alain",  "Maria",  "John",   "Angela", "Dmitry",
      "Laura",  "Ahmed",  "Chen",    "Olga",  "Pierre", "Yuki",   "Carlos", "Fatima", "Igor",
      "Helen",  "Rafael", "Ingrid",  "Kofi",  "Nadia",  "Viktor", "Sofia",  "Tomas"};
  static const std::vector<std::string> kLast = {
      "Lavrov",   "Rasmussen", "Clinton",  "Westerwelle", "Juppe",    "Petrova", "Kerry",  "Merkel",
      "Medvedev", "Bianchi",   "Hassan",   "Wei",         "Sokolova", "Dubois",  "Tanaka", "Mendes",
      "Rahman",   "Volkov",    "Fischer",  "Moreno",      "Larsen",   "Annan",   "Haddad", "Orban",
      "Costa",    "Novak",     "Kowalski", "Lindqvist",   "Okafor",   "Silva"};
  static const std::vector<std::string> kTitles = {"Foreign Minister",
                                                   "Defense Minister",
                                                   "Secretary-General",
                                                   "President",
                                                   "spokesman",
                                                   "Prime Minister",
                                                   "Senator",
                                                   "Ambassador",
                                                   "Deputy Foreign Minister",
                                                   "envoy"};
  std::vector<Speaker> speakers;
  for (int i = 0; i < 150; ++i) {
    speakers.push_back({rng.Pick(kFirst), kLast[i % kLast.size()], rng.Pick(kTitles)});
  }
  // Outlets with Zipf sizes and their own footers and menus.
  std::vector<std::string> outlets;
  std::vector<double> cumulative;
  double total = 0;
  for (int i = 0; i < cfg.outlets; ++i) {
    outlets.push_back(absl::StrCat("news", i, ".example.com"));
    total += 1.0 / std::pow(i + 1.0, 1.1);
    cumulative.push_back(total);
  }
  auto pick_outlet = [&] {
    const double x = (rng.Next() >> 11) * (1.0 / 9007199254740992.0) * total;
    return static_cast<int>(std::lower_bound(cumulative.begin(), cumulative.end(), x) -
                            cumulative.begin());
  };

  auto dump = OutputFile::Create(cfg.out);
  auto gold_quotes = OutputFile::Create(cfg.gold + ".quotes.jsonl");
  auto gold_articles = OutputFile::Create(cfg.gold + ".articles.jsonl");
  if (!dump.ok() || !gold_quotes.ok() || !gold_articles.ok()) {
    std::fprintf(stderr, "gen_corpus: cannot create output files\n");
    return 1;
  }
  std::vector<SourceQuote> pool;
  std::vector<Article> recent;  // The last few hundred articles, for reuse.
  int64_t quote_occurrences = 0;
  for (int64_t a = 0; a < cfg.articles; ++a) {
    Article art;
    const int outlet = pick_outlet();
    art.outlet = outlets[outlet];
    art.id = absl::StrCat("a", a);
    const int day = static_cast<int>(a * cfg.days / std::max<int64_t>(1, cfg.articles));
    art.date = absl::StrFormat("2024-%02d-%02dT%02d:%02d:00", 1 + (day / 28) % 12, 1 + day % 28,
                               rng.Between(0, 23), rng.Between(0, 59));
    art.dup_group = a;
    art.title = prose.Sentence(rng);
    art.title.pop_back();

    // Whole republication of a recent article of another outlet (5%).
    const Article* source = nullptr;
    if (!recent.empty() && rng.Chance(0.05)) {
      const Article& s = recent[rng.Below(recent.size())];
      if (s.outlet != art.outlet) source = &s;
    }
    std::vector<std::string> paragraphs;
    if (rng.Chance(0.7))
      paragraphs = {"Skip to main content", "Menu | World | Politics | Business"};
    if (source != nullptr) {
      art.dup_group = source->dup_group;
      art.sentences = source->sentences;
      art.quotes = source->quotes;
      for (Occurrence& o : art.quotes) o.edit = "republished";
      std::vector<std::string> body = absl::StrSplit(source->body, "\n\n");
      // Drop the source's own junk and footer lines; add a new lead line.
      std::vector<std::string> kept;
      for (const std::string& p : body) {
        if (p.find("All rights reserved") != std::string::npos || p.rfind("Skip to", 0) == 0 ||
            p.rfind("Menu |", 0) == 0) {
          continue;
        }
        kept.push_back(p);
      }
      paragraphs.push_back(absl::StrCat("(Republished from ", source->outlet, ".)"));
      paragraphs.insert(paragraphs.end(), kept.begin(), kept.end());
    } else {
      const int target_words = rng.Between(300, 1500);
      const int quotes = rng.Between(2, 5);
      int words = 0, placed = 0;
      // Wire copy: sentences of an earlier article of another outlet (10%).
      if (!recent.empty() && rng.Chance(0.10)) {
        const Article& s = recent[rng.Below(recent.size())];
        if (s.outlet != art.outlet && s.sentences.size() >= 4) {
          const size_t start = rng.Below(s.sentences.size() - 3);
          const size_t count = std::min<size_t>(rng.Between(3, 6), s.sentences.size() - start);
          std::vector<std::string> copied(s.sentences.begin() + start,
                                          s.sentences.begin() + start + count);
          art.sentences.insert(art.sentences.end(), copied.begin(), copied.end());
          paragraphs.push_back(absl::StrJoin(copied, " "));
          words += 20 * static_cast<int>(count);
        }
      }
      while (words < target_words || placed < quotes) {
        std::vector<std::string> sentences;
        const int n = rng.Between(2, 4);
        for (int i = 0; i < n; ++i) sentences.push_back(prose.Sentence(rng));
        words += 18 * n;
        art.sentences.insert(art.sentences.end(), sentences.begin(), sentences.end());
        paragraphs.push_back(absl::StrJoin(sentences, " "));
        if (placed >= quotes || !rng.Chance(0.6)) continue;
        ++placed;
        // A quote: reuse a recent one (60%), a near-miss of one (8%), or a new one.
        int64_t cluster;
        std::vector<std::string> parts;
        std::string edit;
        const double r = (rng.Next() >> 11) * (1.0 / 9007199254740992.0);
        int speaker;
        // Reuse only quotes introduced by earlier articles, mostly recent ones (the news cycle).
        size_t reusable = pool.size();
        while (reusable > 0 && pool[reusable - 1].introduced == a) --reusable;
        if (reusable > 0 && r < 0.6) {
          const size_t lo = reusable > 400 ? reusable - 400 : 0;
          cluster = static_cast<int64_t>(lo + rng.Below(reusable - lo));
          edit = Edit(rng, prose, pool[cluster].text, &parts);
          speaker = pool[cluster].speaker;
        } else if (!pool.empty() && r < 0.68) {
          const SourceQuote& near =
              pool[pool.size() - 1 - rng.Below(std::min<size_t>(pool.size(), 200))];
          std::vector<std::string> w = Split(near.text);
          const size_t keep = w.size() / 2;
          w.resize(keep);
          const std::string rest =
              prose.Words(rng, static_cast<int>(Split(near.text).size() - keep));
          std::string text = absl::StrCat(absl::StrJoin(w, " "), " ", absl::AsciiStrToLower(rest));
          speaker = near.speaker;  // Before push_back: it may move `near`.
          pool.push_back({text, speaker, a});
          cluster = static_cast<int64_t>(pool.size() - 1);
          parts = {text};
          edit = "near_miss";
        } else {
          speaker = static_cast<int>(rng.Below(speakers.size()));
          pool.push_back({prose.Words(rng, rng.Between(10, 32)), speaker, a});
          cluster = static_cast<int64_t>(pool.size() - 1);
          parts = {pool.back().text};
          edit = "original";
        }
        paragraphs.push_back(Attribute(rng, parts, speakers[speaker], rng.Chance(0.5)));
        art.quotes.push_back({cluster, edit, absl::StrJoin(parts, " ")});
      }
    }
    paragraphs.push_back(absl::StrCat("\u00A9 2024 ", art.outlet,
                                      ". All rights reserved. Subscribe to our newsletter for "
                                      "daily updates on world affairs."));
    art.body = absl::StrJoin(paragraphs, "\n\n");

    JsonLine line;
    line.Str("id", art.id)
        .Str("source_domain", art.outlet)
        .Str("date_publish", art.date)
        .Str("url", absl::StrCat("https://", art.outlet, "/", art.id))
        .Str("title", art.title)
        .Str("maintext", art.body);
    (*dump)->WriteLine(line.Finish());
    for (const Occurrence& o : art.quotes) {
      JsonLine g;
      g.Str("doc", art.id)
          .Str("outlet", art.outlet)
          .Int("cluster", o.cluster)
          .Str("edit", o.edit)
          .Str("text", o.text);
      (*gold_quotes)->WriteLine(g.Finish());
      ++quote_occurrences;
    }
    JsonLine ga;
    ga.Str("doc", art.id).Str("outlet", art.outlet).Int("dup_group", art.dup_group);
    (*gold_articles)->WriteLine(ga.Finish());
    recent.push_back(std::move(art));
    if (recent.size() > 300) recent.erase(recent.begin());
  }
  for (auto* f : {dump->get(), gold_quotes->get(), gold_articles->get()}) {
    if (!f->Close().ok()) return 1;
  }
  std::fprintf(stderr,
               "gen_corpus: %lld articles, %zu outlets, %lld quote occurrences of %zu quotes\n",
               static_cast<long long>(cfg.articles), outlets.size(),
               static_cast<long long>(quote_occurrences), pool.size());
  return 0;
}

}  // namespace
}  // namespace claimdup

int main(int argc, char** argv) {
  claimdup::Config cfg;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string flag = argv[i], value = argv[i + 1];
    if (flag == "--articles") {
      cfg.articles = std::atoll(value.c_str());
    } else if (flag == "--outlets") {
      cfg.outlets = std::atoi(value.c_str());
    } else if (flag == "--seed") {
      cfg.seed = std::strtoull(value.c_str(), nullptr, 10);
    } else if (flag == "--days") {
      cfg.days = std::atoi(value.c_str());
    } else if (flag == "--out") {
      cfg.out = value;
    } else if (flag == "--gold") {
      cfg.gold = value;
    } else {
      std::fprintf(stderr,
                   "usage: gen_corpus --articles N --outlets M --seed S --days D "
                   "--out DUMP.jsonl[.zst] --gold PREFIX\n");
      return 2;
    }
  }
  if (cfg.articles < 1 || cfg.outlets < 1) {
    std::fprintf(stderr, "gen_corpus: --articles and --outlets must be positive\n");
    return 2;
  }
  return claimdup::Generate(cfg);
}
