// Daily runs against an index (`run --index`, `report --index`) as a user runs them: the
// same clusters as one run, stable ids, merges with aliases, a killed run, the lock, the
// parameter record and an unwritable index.
#include "pipeline/index_job.h"

#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <map>
#include <set>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_split.h"
#include "gtest/gtest.h"
#include "pipeline/run_options.h"
#include "test_util.h"
#include "util/json_writer.h"

namespace claimdup {
namespace {

using testing::ReadFile;
using testing::RunCommand;
using testing::TempDir;
using testing::WriteFile;

const std::string kBin = CLAIMDUP_BINARY;

struct Quote {
  int64_t id = -1, cluster = -1, begin = 0, end = 0;
  std::string doc, text;
};

// The value of "key" in a JSON line written by JsonLine (strings without escaped quotes in
// the fields read here, except text, read up to the next unescaped quote).
std::string Field(const std::string& line, const std::string& key) {
  const std::string tag = "\"" + key + "\":";
  size_t at = line.find(tag);
  if (at == std::string::npos) return "";
  at += tag.size();
  if (line[at] == '"') {
    size_t end = at + 1;
    while (end < line.size() && (line[end] != '"' || line[end - 1] == '\\')) ++end;
    return line.substr(at + 1, end - at - 1);
  }
  if (line[at] == '[') return line.substr(at, line.find(']', at) + 1 - at);
  size_t end = line.find_first_of(",}", at);
  return line.substr(at, end - at);
}

int64_t IntField(const std::string& line, const std::string& key) {
  int64_t v = -1;
  EXPECT_TRUE(absl::SimpleAtoi(Field(line, key), &v)) << key << " in " << line;
  return v;
}

std::vector<Quote> ReadQuotes(const std::string& path) {
  std::vector<Quote> out;
  for (absl::string_view line : absl::StrSplit(ReadFile(path), '\n', absl::SkipEmpty())) {
    const std::string l(line);
    out.push_back({IntField(l, "id"), IntField(l, "cluster"), IntField(l, "begin"),
                   IntField(l, "end"), Field(l, "doc"), Field(l, "text")});
  }
  return out;
}

std::vector<std::string> Lines(const std::string& path) {
  std::vector<std::string> out;
  for (absl::string_view line : absl::StrSplit(ReadFile(path), '\n', absl::SkipEmpty())) {
    out.emplace_back(line);
  }
  return out;
}

// B-cubed F1 between two partitions of the same claims (each claim keyed by document and
// span), over the claims both hold.
double BCubedF1(const std::vector<Quote>& a, const std::vector<Quote>& b) {
  auto key = [](const Quote& q) {
    return q.doc + "/" + std::to_string(q.begin) + "/" + std::to_string(q.end);
  };
  std::map<std::string, std::pair<int64_t, int64_t>> both;
  for (const Quote& q : a) both[key(q)].first = q.cluster + 1;
  for (const Quote& q : b) both[key(q)].second = q.cluster + 1;
  std::map<int64_t, int64_t> size_a, size_b;
  std::map<std::pair<int64_t, int64_t>, int64_t> size_ab;
  int64_t n = 0;
  for (const auto& [k, c] : both) {
    if (c.first == 0 || c.second == 0) continue;
    ++n;
    ++size_a[c.first];
    ++size_b[c.second];
    ++size_ab[c];
  }
  double precision = 0, recall = 0;
  for (const auto& [k, c] : both) {
    if (c.first == 0 || c.second == 0) continue;
    const double shared = static_cast<double>(size_ab[c]);
    precision += shared / size_b[c.second];
    recall += shared / size_a[c.first];
  }
  if (n == 0) return 0;
  precision /= n;
  recall /= n;
  return 2 * precision * recall / (precision + recall);
}

// A JSONL dump of the bundled corpus articles `files`, with the manifest's metadata.
std::string CorpusDump(const std::vector<std::string>& files) {
  std::map<std::string, std::vector<std::string>> manifest;
  for (absl::string_view line :
       absl::StrSplit(ReadFile(testing::CorpusFile("manifest.csv")), '\n', absl::SkipEmpty())) {
    std::vector<std::string> cols = absl::StrSplit(line, ',');
    if (cols.size() >= 5) manifest[cols[1]] = cols;
  }
  std::string out;
  for (const std::string& f : files) {
    const std::vector<std::string>& m = manifest[f];
    JsonLine line;
    line.Str("id", m[0])
        .Str("outlet", m[2])
        .Str("date", m[4])
        .Str("text", ReadFile(testing::CorpusFile(f)));
    out += line.Finish() + "\n";
  }
  return out;
}

// The bundled corpus in date order, split in two "days".
struct TwoDays {
  TempDir tmp;
  std::string day1 = tmp.File("day1.jsonl"), day2 = tmp.File("day2.jsonl");
  std::string index = tmp.File("index.db");
  TwoDays() {
    WriteFile(day1, CorpusDump({"rferl-2009-12-04-nato-russia-paper-over-differences.txt",
                                "dw-2012-04-19-concerns-about-nato-plans.txt",
                                "rferl-2012-04-19-missile-defense-shield.txt"}));
    WriteFile(day2, CorpusDump({"spacewar-2012-04-19-afp-nato-russia.txt",
                                "russian-state-2013-lavrov-brussels.txt"}));
  }
  testing::CommandResult Run(const std::string& dump, const std::string& out,
                             const std::string& extra = "") {
    return RunCommand(kBin + " run " + dump + " --index " + index + " --out " + tmp.File(out) +
                      " --quiet " + extra);
  }
};

TEST(IndexJobTest, TwoDaysGiveTheClustersOfOneRunOverBoth) {
  TwoDays t;
  auto one = RunCommand(kBin + " run " + t.day1 + " " + t.day2 + " --out " + t.tmp.File("one") +
                        " --quiet");
  ASSERT_EQ(one.exit_code, 0) << one.output;
  ASSERT_EQ(t.Run(t.day1, "a").exit_code, 0);
  ASSERT_EQ(t.Run(t.day2, "b").exit_code, 0);
  auto report = RunCommand(kBin + " report --index " + t.index + " --out " + t.tmp.File("r"));
  ASSERT_EQ(report.exit_code, 0) << report.output;
  const std::vector<Quote> whole = ReadQuotes(t.tmp.File("one/quotes.jsonl"));
  const std::vector<Quote> indexed = ReadQuotes(t.tmp.File("r/quotes.jsonl"));
  ASSERT_EQ(indexed.size(), whole.size());
  EXPECT_EQ(ReadQuotes(t.tmp.File("a/quotes.jsonl")).size() +
                ReadQuotes(t.tmp.File("b/quotes.jsonl")).size(),
            whole.size());
  const double f1 = BCubedF1(whole, indexed);
  EXPECT_GE(f1, 0.995);
  // The ids are the one run's too: claims in input order, clusters by their first claim.
  for (size_t i = 0; i < whole.size(); ++i) {
    EXPECT_EQ(indexed[i].id, whole[i].id);
    EXPECT_EQ(indexed[i].text, whole[i].text);
    EXPECT_EQ(indexed[i].cluster, whole[i].cluster) << whole[i].text;
  }
  // Day 2 matched day 1: some of its claims joined clusters of day 1, listed whole.
  const std::string summary = ReadFile(t.tmp.File("b/summary.json"));
  EXPECT_GT(IntField(summary, "joined_existing_clusters"), 0) << summary;
  EXPECT_EQ(IntField(summary, "run"), 2);
  bool listed_day1_first = false;
  for (const std::string& line : Lines(t.tmp.File("b/clusters.jsonl"))) {
    // "first" is the object ending in its article's run.
    listed_day1_first |= line.find("\"run\":1},\"members\"") != std::string::npos;
  }
  EXPECT_TRUE(listed_day1_first);
}

// An earlier claim the key lookups propose for a new one but that verifies with none of
// the day's claims (real text: McConnell's "The Supreme Court has spoken. This law is a
// tax. …" of 2012 and Judge Yeakel's "The Supreme Court has spoken clearly" of 2020 share
// their opening words only) is not loaded; one that does (Ryan's 2012 line, carried again
// by another outlet) is, and the copy joins its cluster, as in one run over both days.
TEST(IndexJobTest, AnEarlierClaimSharingOnlyAPhraseWithTheDayIsNotLoaded) {
  TempDir tmp;
  const std::string day1 = testing::SourceDir() + "/tests/data/index_phrase_day1.jsonl";
  const std::string day2 = testing::SourceDir() + "/tests/data/index_phrase_day2.jsonl";
  const std::string index = tmp.File("index.db");
  for (const auto& [dump, out] : {std::pair{day1, "d1"}, std::pair{day2, "d2"}}) {
    auto run = RunCommand(kBin + " run " + dump + " --index " + index + " --out " +
                          tmp.File(out) + " --quiet");
    ASSERT_EQ(run.exit_code, 0) << run.output;
  }
  const std::vector<Quote> before = ReadQuotes(tmp.File("d1/quotes.jsonl"));
  ASSERT_EQ(before.size(), 2u);
  ASSERT_EQ(before[0].text.substr(0, 28), "The Supreme Court has spoken");
  const std::string summary = ReadFile(tmp.File("d2/summary.json"));
  EXPECT_EQ(IntField(summary, "old_claims_found"), 2) << summary;
  EXPECT_EQ(IntField(summary, "old_claims_loaded"), 1) << summary;
  EXPECT_EQ(IntField(summary, "joined_existing_clusters"), 1) << summary;
  std::map<std::string, int64_t> cluster_of;  // By the first words of the text.
  for (const Quote& q : ReadQuotes(tmp.File("d2/quotes.jsonl"))) {
    cluster_of[q.text.substr(0, 20)] = q.cluster;
  }
  EXPECT_EQ(cluster_of["We have enormous cha"], before[1].id);  // Ryan's, of day 1.
  EXPECT_GE(cluster_of["The Supreme Court ha"], 2);             // A cluster of day 2.
  // One run over both days keeps the two Supreme Court quotes apart too.
  auto one = RunCommand(kBin + " run " + day1 + " " + day2 + " --out " + tmp.File("one") +
                        " --quiet");
  ASSERT_EQ(one.exit_code, 0) << one.output;
  const std::vector<Quote> whole = ReadQuotes(tmp.File("one/quotes.jsonl"));
  ASSERT_EQ(whole.size(), 5u);
  EXPECT_NE(whole[0].cluster, whole[2].cluster) << whole[2].text;
}

// A dump indexed again adds nothing: its articles (same id, URL and text) are skipped and
// counted, and every claim and cluster id stays; a dump holding old and new articles adds
// only the new ones, as the new ones alone would have been added.
TEST(IndexJobTest, ArticlesAlreadyIndexedAreSkippedAndNothingChanges) {
  TwoDays t;
  ASSERT_EQ(t.Run(t.day1, "a").exit_code, 0);
  ASSERT_EQ(RunCommand(kBin + " report --index " + t.index + " --out " + t.tmp.File("r1"))
                .exit_code,
            0);
  auto again = RunCommand(kBin + " run " + t.day1 + " --index " + t.index + " --out " +
                          t.tmp.File("again"));
  ASSERT_EQ(again.exit_code, 0) << again.output;
  EXPECT_NE(again.output.find("3 articles skipped: already in the index"), std::string::npos)
      << again.output;
  const std::string summary = ReadFile(t.tmp.File("again/summary.json"));
  EXPECT_EQ(IntField(summary, "new_claims"), 0) << summary;
  EXPECT_EQ(IntField(summary, "new_docs"), 0);
  EXPECT_EQ(IntField(summary, "skipped_docs"), 3);
  EXPECT_EQ(IntField(summary, "updated_docs"), 0);
  EXPECT_TRUE(ReadQuotes(t.tmp.File("again/quotes.jsonl")).empty());
  ASSERT_EQ(RunCommand(kBin + " report --index " + t.index + " --out " + t.tmp.File("r2"))
                .exit_code,
            0);
  const std::vector<Quote> before = ReadQuotes(t.tmp.File("r1/quotes.jsonl"));
  const std::vector<Quote> after = ReadQuotes(t.tmp.File("r2/quotes.jsonl"));
  ASSERT_EQ(after.size(), before.size());
  ASSERT_FALSE(before.empty());
  for (size_t i = 0; i < before.size(); ++i) {
    EXPECT_EQ(after[i].id, before[i].id);
    EXPECT_EQ(after[i].cluster, before[i].cluster);
    EXPECT_EQ(after[i].text, before[i].text);
  }
  EXPECT_EQ(ReadFile(t.tmp.File("r2/clusters.jsonl")), ReadFile(t.tmp.File("r1/clusters.jsonl")));

  // Day 1 again with day 2 (and day 2 listed twice): only day 2 is added, once, as day 2
  // alone adds it to an index of day 1.
  ASSERT_EQ(t.Run(t.day1 + " " + t.day2 + " " + t.day2, "both").exit_code, 0);
  TwoDays plain;
  ASSERT_EQ(plain.Run(plain.day1, "a").exit_code, 0);
  ASSERT_EQ(plain.Run(plain.day2, "b").exit_code, 0);
  const std::vector<Quote> both = ReadQuotes(t.tmp.File("both/quotes.jsonl"));
  const std::vector<Quote> day2 = ReadQuotes(plain.tmp.File("b/quotes.jsonl"));
  ASSERT_EQ(both.size(), day2.size());
  for (size_t i = 0; i < day2.size(); ++i) {
    EXPECT_EQ(both[i].id, day2[i].id);
    EXPECT_EQ(both[i].cluster, day2[i].cluster);
  }
  EXPECT_EQ(IntField(ReadFile(t.tmp.File("both/summary.json")), "skipped_docs"), 3 + 2);
}

// Quotes for the merge test: A and B are said separately on day 1 (two outlets each), and
// one outlet prints them as one quote on day 2.
constexpr const char* kQuoteA =
    "The new bridge across the river will open to traffic before the end of next summer";
constexpr const char* kQuoteB =
    "Our engineers have checked every single cable and found no sign of damage anywhere";

std::string Article(const std::string& id, const std::string& outlet, const std::string& date,
                    const std::string& quote) {
  JsonLine line;
  line.Str("id", id)
      .Str("outlet", outlet)
      .Str("date", date)
      .Str("text",
           "City officials met on Monday to discuss the project.\n\n\"" + quote +
               ",\" mayor John Smith told reporters at the site.\n\nThe work began in 2021.");
  return line.Finish() + "\n";
}

// An article whose id and URL are in the index with other text (an update) is added as a
// new article and counted; its quotes join the earlier version's clusters.
TEST(IndexJobTest, AnUpdatedArticleIsAddedAndCounted) {
  TempDir tmp;
  const std::string index = tmp.File("index.db");
  WriteFile(tmp.File("d1.jsonl"), Article("a1", "Alpha", "2024-01-01", kQuoteA));
  // The same id, a corrected date and text: an update.
  WriteFile(tmp.File("d2.jsonl"),
            Article("a1", "Alpha", "2024-01-02", std::string(kQuoteA) + " and beyond"));
  for (const char* day : {"d1", "d2"}) {
    auto r = RunCommand(kBin + " run " + tmp.File(std::string(day) + ".jsonl") + " --index " +
                        index + " --out " + tmp.File(std::string("o") + day));
    ASSERT_EQ(r.exit_code, 0) << r.output;
  }
  const std::string summary = ReadFile(tmp.File("od2/summary.json"));
  EXPECT_EQ(IntField(summary, "skipped_docs"), 0) << summary;
  EXPECT_EQ(IntField(summary, "updated_docs"), 1);
  EXPECT_EQ(IntField(summary, "new_claims"), 1);
  const std::vector<Quote> day2 = ReadQuotes(tmp.File("od2/quotes.jsonl"));
  ASSERT_EQ(day2.size(), 1u);
  EXPECT_EQ(day2[0].cluster, 0);
}

TEST(IndexJobTest, IdsStayAndAMergedClusterKeepsTheOlderIdWithTheOtherAsAlias) {
  TempDir tmp;
  const std::string index = tmp.File("index.db");
  WriteFile(tmp.File("d1.jsonl"), Article("a1", "Alpha", "2024-01-01", kQuoteA) +
                                      Article("a2", "Beta", "2024-01-01", kQuoteA) +
                                      Article("b1", "Alpha", "2024-01-01", kQuoteB) +
                                      Article("b2", "Beta", "2024-01-01", kQuoteB));
  WriteFile(tmp.File("d2.jsonl"),
            Article("ab", "Gamma", "2024-01-02", std::string(kQuoteA) + ". " + kQuoteB));
  WriteFile(tmp.File("d3.jsonl"), Article("a3", "Delta", "2024-01-03", kQuoteA));
  auto run = [&](const std::string& day, const std::string& out) {
    auto r = RunCommand(kBin + " run " + tmp.File(day) + " --index " + index + " --out " +
                        tmp.File(out) + " --quiet");
    EXPECT_EQ(r.exit_code, 0) << r.output;
  };
  run("d1.jsonl", "o1");
  const std::vector<Quote> day1 = ReadQuotes(tmp.File("o1/quotes.jsonl"));
  ASSERT_EQ(day1.size(), 4u);
  EXPECT_EQ(day1[0].cluster, 0);
  EXPECT_EQ(day1[1].cluster, 0);
  EXPECT_EQ(day1[2].cluster, 2);
  EXPECT_EQ(day1[3].cluster, 2);
  run("d2.jsonl", "o2");
  const std::vector<Quote> day2 = ReadQuotes(tmp.File("o2/quotes.jsonl"));
  ASSERT_EQ(day2.size(), 1u);
  EXPECT_EQ(day2[0].id, 4);
  EXPECT_EQ(day2[0].cluster, 0);  // The older of the two clusters it joined.
  const std::vector<std::string> clusters = Lines(tmp.File("o2/clusters.jsonl"));
  ASSERT_EQ(clusters.size(), 1u);
  EXPECT_EQ(Field(clusters[0], "cluster"), "0");
  EXPECT_EQ(Field(clusters[0], "aliases"), "[2]");
  EXPECT_EQ(Field(clusters[0], "members"), "[0,1,2,3,4]");
  EXPECT_EQ(Field(clusters[0], "new_members"), "1");
  const std::string summary = ReadFile(tmp.File("o2/summary.json"));
  EXPECT_EQ(IntField(summary, "merged_clusters"), 1);
  EXPECT_EQ(IntField(summary, "clusters_gained_outlet"), 1);
  EXPECT_EQ(IntField(summary, "new_clusters"), 0);
  // A third day: the old ids still name the same claims and the cluster, first from day 1.
  run("d3.jsonl", "o3");
  const std::vector<Quote> day3 = ReadQuotes(tmp.File("o3/quotes.jsonl"));
  ASSERT_EQ(day3.size(), 1u);
  EXPECT_EQ(day3[0].id, 5);
  EXPECT_EQ(day3[0].cluster, 0);
  auto report = RunCommand(kBin + " report --index " + index + " --out " + tmp.File("r"));
  ASSERT_EQ(report.exit_code, 0) << report.output;
  const std::vector<Quote> all = ReadQuotes(tmp.File("r/quotes.jsonl"));
  ASSERT_EQ(all.size(), 6u);
  for (size_t i = 0; i < day1.size(); ++i) {
    EXPECT_EQ(all[i].id, day1[i].id);
    EXPECT_EQ(all[i].text, day1[i].text);
    EXPECT_EQ(all[i].cluster, 0);
  }
  const std::vector<std::string> all_clusters = Lines(tmp.File("r/clusters.jsonl"));
  ASSERT_EQ(all_clusters.size(), 1u);
  EXPECT_EQ(Field(all_clusters[0], "aliases"), "[2]");
  EXPECT_EQ(Field(all_clusters[0], "size"), "6");
  EXPECT_NE(all_clusters[0].find("\"first\":{\"id\":0,"), std::string::npos) << all_clusters[0];
}

// An indexed run writes the one-run report files too, over the clusters it touched, and
// names those clusters by their stable ids (the ids of its clusters.jsonl).
TEST(IndexJobTest, ADayWritesTheOneRunTablesAndHtmlWithStableClusterIds) {
  TwoDays t;
  ASSERT_EQ(t.Run(t.day1, "a").exit_code, 0);
  ASSERT_EQ(t.Run(t.day2, "b").exit_code, 0);
  for (const char* name : {"quotes.jsonl", "clusters.jsonl", "summary.json", "outlet_quotes.csv",
                           "outlet_pairs.csv", "speakers.csv", "misattributed.csv",
                           "outlet_edits.csv", "report.html"}) {
    EXPECT_TRUE(std::filesystem::exists(t.tmp.File(std::string("b/") + name))) << name;
  }
  std::set<std::string> stable;
  for (const std::string& line : Lines(t.tmp.File("b/clusters.jsonl"))) {
    stable.insert(Field(line, "cluster"));
  }
  ASSERT_FALSE(stable.empty());
  std::set<std::string> in_table;
  const std::vector<std::string> rows = Lines(t.tmp.File("b/outlet_quotes.csv"));
  ASSERT_GT(rows.size(), 1u);
  for (size_t k = 1; k < rows.size(); ++k) {
    const std::vector<std::string> cols = absl::StrSplit(rows[k], ',');
    ASSERT_GE(cols.size(), 2u) << rows[k];
    in_table.insert(cols[1]);
  }
  // Cross-outlet clusters only in the table: a subset of the clusters listed.
  for (const std::string& id : in_table) EXPECT_TRUE(stable.contains(id)) << id;
  // The new claims' lines say how each relates to its cluster's root, as `run`'s do.
  int related = 0;
  for (const std::string& line : Lines(t.tmp.File("b/quotes.jsonl"))) {
    ASSERT_NE(line.find("\"relation\":"), std::string::npos) << line;
    ASSERT_NE(line.find("\"edit\":"), std::string::npos) << line;
    const std::string relation = Field(line, "relation");
    related += relation != "null";
    if (relation != "null") {
      EXPECT_NE(Field(line, "similarity"), "null") << line;
    }
  }
  EXPECT_GT(related, 0);
}

// The fields of `name`'s lines in `dir` that a plain run and an indexed one both write, keyed
// by the line's id field `key`.
std::map<std::string, std::vector<std::string>> FieldsById(const std::string& path,
                                                           const std::string& key,
                                                           const std::vector<std::string>& fields) {
  std::map<std::string, std::vector<std::string>> out;
  for (const std::string& line : Lines(path)) {
    std::vector<std::string>& values = out[Field(line, key)];
    for (const std::string& f : fields) values.push_back(f + "=" + Field(line, f));
  }
  return out;
}

// A first indexed day writes what a plain run of that day writes: the same tables and
// report.html byte for byte, and the same relation, edit and wire fields in quotes.jsonl and
// clusters.jsonl (which add the index's own fields: run, aliases, new_members).
TEST(IndexJobTest, AFirstIndexedDayWritesThePlainRunsFilesAndFields) {
  TwoDays t;
  const std::string both = t.tmp.File("both.jsonl");
  WriteFile(both, ReadFile(t.day1) + ReadFile(t.day2));
  ASSERT_EQ(RunCommand(kBin + " run " + both + " --out " + t.tmp.File("plain") + " --quiet")
                .exit_code,
            0);
  ASSERT_EQ(t.Run(both, "indexed").exit_code, 0);
  for (const char* name : {"outlet_quotes.csv", "outlet_pairs.csv", "speakers.csv",
                           "misattributed.csv", "outlet_edits.csv", "report.html"}) {
    EXPECT_EQ(ReadFile(t.tmp.File(std::string("plain/") + name)),
              ReadFile(t.tmp.File(std::string("indexed/") + name)))
        << name;
  }
  const std::vector<std::string> quote_fields = {"doc",        "text",        "cluster",
                                                 "relation",   "similarity",  "root_words",
                                                 "edit",       "wire"};
  const auto plain_quotes = FieldsById(t.tmp.File("plain/quotes.jsonl"), "id", quote_fields);
  EXPECT_EQ(plain_quotes, FieldsById(t.tmp.File("indexed/quotes.jsonl"), "id", quote_fields));
  const std::vector<std::string> cluster_fields = {"members", "wire", "wire_outlets", "carried"};
  // The plain run lists cross-outlet clusters, the indexed one every cluster of 2+.
  const auto plain_clusters =
      FieldsById(t.tmp.File("plain/clusters.jsonl"), "cluster", cluster_fields);
  const auto indexed_clusters =
      FieldsById(t.tmp.File("indexed/clusters.jsonl"), "cluster", cluster_fields);
  ASSERT_EQ(plain_clusters.size(), 3u);
  int carried_by_afp = 0;
  for (const auto& [id, values] : plain_clusters) {
    ASSERT_TRUE(indexed_clusters.contains(id)) << id;
    EXPECT_EQ(values, indexed_clusters.at(id)) << id;
    carried_by_afp += values[1] == "wire=[\"AFP\"]";
  }
  // The SpaceWar article credits AFP: its wire reaches both files.
  EXPECT_GT(carried_by_afp, 0);
  int credited = 0;
  for (const auto& [id, values] : plain_quotes) credited += values[7] == "wire=[\"AFP\"]";
  EXPECT_GT(credited, 0);
}

// `report --index` writes every file of a plain run; on the bundled corpus in two days its
// tables are those of one run over both days, byte for byte.
TEST(IndexJobTest, ReportOverTheIndexWritesEveryFileOfARun) {
  TwoDays t;
  ASSERT_EQ(t.Run(t.day1, "a").exit_code, 0);
  ASSERT_EQ(t.Run(t.day2, "b").exit_code, 0);
  ASSERT_EQ(RunCommand(kBin + " run " + t.day1 + " " + t.day2 + " --out " + t.tmp.File("one") +
                       " --quiet")
                .exit_code,
            0);
  const testing::CommandResult report =
      RunCommand(kBin + " report --index " + t.index + " --out " + t.tmp.File("all") + " --quiet");
  ASSERT_EQ(report.exit_code, 0) << report.output;
  std::set<std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(t.tmp.File("all"))) {
    const std::string name = e.path().filename().string();
    if (name[0] != '.') files.insert(name);  // Not the output folder's marker.
  }
  EXPECT_EQ(files, (std::set<std::string>{"quotes.jsonl", "clusters.jsonl", "summary.json",
                                          "outlet_quotes.csv", "outlet_pairs.csv", "speakers.csv",
                                          "misattributed.csv", "outlet_edits.csv", "report.html"}));
  for (const char* name : {"outlet_quotes.csv", "outlet_pairs.csv", "speakers.csv",
                           "misattributed.csv", "outlet_edits.csv"}) {
    EXPECT_EQ(ReadFile(t.tmp.File(std::string("one/") + name)),
              ReadFile(t.tmp.File(std::string("all/") + name)))
        << name;
  }
  EXPECT_GT(Lines(t.tmp.File("all/outlet_quotes.csv")).size(), 1u);
  const std::string html = ReadFile(t.tmp.File("all/report.html"));
  EXPECT_NE(html.find("5 articles from 4 outlets"), std::string::npos);
  // Every claim's line says how it relates to its root, as `run`'s do.
  const std::vector<std::string> fields = {"cluster", "relation", "edit", "wire"};
  EXPECT_EQ(FieldsById(t.tmp.File("one/quotes.jsonl"), "id", fields),
            FieldsById(t.tmp.File("all/quotes.jsonl"), "id", fields));
}

// The file-size limit of the no-room test: above every report file of day 2, below the
// index log its run writes.
constexpr int64_t kNoRoomBytes = 16384;

// Runs day `dump` into `index` in a child process that calls RunIndexJob (the library, as
// the CLI does) with a mid_update hook; the hook tells this process through a pipe and the
// child waits there, inside the run's transaction, until it is signalled. Returns the
// child's pid once it is there.
pid_t StartStoppedMidUpdate(const std::string& dump, const std::string& index,
                            const std::string& out_dir) {
  int fds[2];
  EXPECT_EQ(pipe(fds), 0);
  const pid_t pid = fork();
  if (pid == 0) {
    close(fds[0]);
    // A test run started in the background of a non-interactive shell inherits SIGINT
    // ignored; the child must die of the signal the test sends, as a user's run would.
    signal(SIGINT, SIG_DFL);
    RunOptions options;
    options.out_dir = out_dir;
    options.progress = false;
    IndexJobHooks hooks;
    hooks.mid_update = [&] {
      const char byte = 'x';
      (void)!write(fds[1], &byte, 1);
      for (;;) pause();
    };
    (void)RunIndexJob({dump}, options, index, nullptr, hooks);
    _exit(3);  // Not reached unless the hook never ran.
  }
  close(fds[1]);
  char byte = 0;
  pollfd wait_for{fds[0], POLLIN, 0};
  EXPECT_EQ(poll(&wait_for, 1, 120000), 1) << "the run never reached its index update";
  EXPECT_EQ(read(fds[0], &byte, 1), 1) << "the run ended before its index update";
  close(fds[0]);
  return pid;
}

// Sends `signal` and reaps the child; one still alive after 60 s is killed and fails the
// test rather than hanging it.
void KillAndReap(pid_t pid, int signal) {
  kill(pid, signal);
  int status = 0;
  pid_t reaped = 0;
  for (int tenths = 0; tenths < 600 && (reaped = waitpid(pid, &status, WNOHANG)) == 0;
       ++tenths) {
    usleep(100000);
  }
  if (reaped != pid) {
    ADD_FAILURE() << "the child outlived signal " << signal;
    kill(pid, SIGKILL);
    waitpid(pid, &status, 0);
    return;
  }
  EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == signal);
}

TEST(IndexJobTest, RunKilledMidUpdateLeavesTheIndexAsBeforeAndTheNextRunWorks) {
  for (const int signal : {SIGKILL, SIGINT}) {
    TwoDays t;
    ASSERT_EQ(t.Run(t.day1, "a").exit_code, 0);
    ASSERT_EQ(
        RunCommand(kBin + " report --index " + t.index + " --out " + t.tmp.File("r0")).exit_code,
        0);
    const pid_t pid = StartStoppedMidUpdate(t.day2, t.index, t.tmp.File("b"));
    KillAndReap(pid, signal);
    // As before the run: the same reports.
    auto before = RunCommand(kBin + " report --index " + t.index + " --out " + t.tmp.File("r1"));
    ASSERT_EQ(before.exit_code, 0) << before.output;
    EXPECT_EQ(ReadFile(t.tmp.File("r1/quotes.jsonl")), ReadFile(t.tmp.File("r0/quotes.jsonl")));
    EXPECT_EQ(ReadFile(t.tmp.File("r1/clusters.jsonl")), ReadFile(t.tmp.File("r0/clusters.jsonl")));
    // The next run works and gives what an uninterrupted one does.
    ASSERT_EQ(t.Run(t.day2, "b").exit_code, 0);
    ASSERT_EQ(
        RunCommand(kBin + " report --index " + t.index + " --out " + t.tmp.File("r2")).exit_code,
        0);
    TwoDays clean;
    ASSERT_EQ(clean.Run(clean.day1, "a").exit_code, 0);
    ASSERT_EQ(clean.Run(clean.day2, "b").exit_code, 0);
    ASSERT_EQ(RunCommand(kBin + " report --index " + clean.index + " --out " + clean.tmp.File("r"))
                  .exit_code,
              0);
    EXPECT_EQ(ReadFile(t.tmp.File("r2/quotes.jsonl")), ReadFile(clean.tmp.File("r/quotes.jsonl")));
    EXPECT_EQ(ReadFile(t.tmp.File("r2/clusters.jsonl")),
              ReadFile(clean.tmp.File("r/clusters.jsonl")));
  }
}

TEST(IndexJobTest, ASecondWriterIsToldTheIndexIsLocked) {
  TwoDays t;
  ASSERT_EQ(t.Run(t.day1, "a").exit_code, 0);
  const pid_t pid = StartStoppedMidUpdate(t.day2, t.index, t.tmp.File("b"));
  auto second = t.Run(t.day2, "c");
  EXPECT_EQ(second.exit_code, 2) << second.output;
  EXPECT_NE(second.output.find("is locked by another run"), std::string::npos) << second.output;
  // Readers still see the last committed run.
  auto report = RunCommand(kBin + " report --index " + t.index + " --out " + t.tmp.File("r"));
  EXPECT_EQ(report.exit_code, 0) << report.output;
  KillAndReap(pid, SIGKILL);
  EXPECT_EQ(t.Run(t.day2, "c").exit_code, 0);
}

TEST(IndexJobTest, OtherFingerprintParametersAreRefusedNamingBoth) {
  TwoDays t;
  ASSERT_EQ(t.Run(t.day1, "a").exit_code, 0);
  auto r = t.Run(t.day2, "b", "--threshold 0.7 --perms 64");
  EXPECT_EQ(r.exit_code, 2) << r.output;
  EXPECT_NE(r.output.find("threshold: index has 0.8, this run asks 0.7"), std::string::npos)
      << r.output;
  EXPECT_NE(r.output.find("num_perms: index has 128, this run asks 64"), std::string::npos)
      << r.output;
  EXPECT_EQ(t.Run(t.day2, "b").exit_code, 0);  // Nothing was written.
}

TEST(IndexJobTest, AnIndexThatCannotBeWrittenIsExitCode2) {
  TwoDays t;
  WriteFile(t.tmp.File("file"), "not a folder");
  auto r = RunCommand(kBin + " run " + t.day1 + " --index " + t.tmp.File("file/index.db") +
                      " --out " + t.tmp.File("a") + " --quiet");
  EXPECT_EQ(r.exit_code, 2) << r.output;
  EXPECT_NE(r.output.find("file/index.db"), std::string::npos) << r.output;
  // A file that is not an index is refused too, and left alone.
  WriteFile(t.tmp.File("notes.txt"), std::string(4096, 'x'));
  r = RunCommand(kBin + " run " + t.day1 + " --index " + t.tmp.File("notes.txt") + " --out " +
                 t.tmp.File("a") + " --quiet");
  EXPECT_EQ(r.exit_code, 2) << r.output;
  EXPECT_EQ(ReadFile(t.tmp.File("notes.txt")), std::string(4096, 'x'));
  // `report` on a missing index says so.
  r = RunCommand(kBin + " report --index " + t.tmp.File("missing.db") + " --out " +
                 t.tmp.File("r"));
  EXPECT_EQ(r.exit_code, 2) << r.output;
}

// A run that finds no room to write its index ends with a clear error and exit code 2 and
// leaves the index as it was; the next run, with room, works. A file-size limit stands in
// for the full disk (any user can set one, unlike mounting a small file system): with
// SIGXFSZ ignored, a write past it fails with EFBIG as one on a full disk fails with ENOSPC.
// The limit lets this run's report files through but not its index log.
TEST(IndexJobTest, NoRoomToWriteTheIndexIsExitCode2AndLeavesTheIndexIntact) {
  if (RunCommand("command -v prlimit").exit_code != 0) {
    GTEST_SKIP() << "prlimit (util-linux) is not installed";
  }
  TwoDays t;
  ASSERT_EQ(t.Run(t.day1, "a").exit_code, 0);
  ASSERT_EQ(
      RunCommand(kBin + " report --index " + t.index + " --out " + t.tmp.File("r0")).exit_code, 0);
  const std::string index_bytes = ReadFile(t.index);
  auto full = RunCommand("trap '' XFSZ; exec prlimit --fsize=" + std::to_string(kNoRoomBytes) +
                         " " + kBin + " run " + t.day2 + " --index " + t.index + " --out " +
                         t.tmp.File("b") + " --quiet");
  EXPECT_EQ(full.exit_code, 2) << full.output;
  EXPECT_NE(full.output.find("index " + t.index + ": cannot write, no space left (File too large)"),
            std::string::npos)
      << full.output;
  EXPECT_FALSE(std::filesystem::exists(t.tmp.File("b/quotes.jsonl")));  // No reports either.
  EXPECT_EQ(ReadFile(t.index), index_bytes);
  auto before = RunCommand(kBin + " report --index " + t.index + " --out " + t.tmp.File("r1"));
  ASSERT_EQ(before.exit_code, 0) << before.output;
  EXPECT_EQ(ReadFile(t.tmp.File("r1/quotes.jsonl")), ReadFile(t.tmp.File("r0/quotes.jsonl")));
  EXPECT_EQ(ReadFile(t.tmp.File("r1/clusters.jsonl")), ReadFile(t.tmp.File("r0/clusters.jsonl")));
  auto next = t.Run(t.day2, "b");
  EXPECT_EQ(next.exit_code, 0) << next.output;
  EXPECT_NE(ReadFile(t.tmp.File("b/summary.json")).find("\"run\":2,"), std::string::npos);
}

}  // namespace
}  // namespace claimdup
