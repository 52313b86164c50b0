// The index's clusters.jsonl names the same first appearance as `run` (core/first_credit.h).
// Real (AllSides dev half): Trump's December 2015 statement on Muslims and the generic
// "What the hell is going on?" that Salon printed five months before it.
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "report/index_reports.h"
#include "store/claim_index.h"

namespace claimdup {
namespace {

struct Row {
  const char* outlet;
  const char* date;
  const char* speaker;
  const char* text;
  uint32_t words;
};

std::string FirstLine(const std::vector<Row>& rows) {
  std::vector<StoredClaim> members;
  std::vector<StoredDoc> docs;
  for (size_t k = 0; k < rows.size(); ++k) {
    StoredClaim c;
    c.id = static_cast<int64_t>(k);
    c.doc = static_cast<int64_t>(k);
    c.words = rows[k].words;
    c.speaker = rows[k].speaker;
    c.text = rows[k].text;
    members.push_back(c);
    StoredDoc d;
    d.id = static_cast<int64_t>(k);
    d.run = 1;
    d.ext_id = "d" + std::to_string(k);
    d.outlet = rows[k].outlet;
    d.date = rows[k].date;
    docs.push_back(d);
  }
  const std::string line = IndexClusterLine(7, {}, members, docs, 0, /*short_words=*/8);
  const size_t at = line.find("\"first\":");
  return at == std::string::npos ? line : line.substr(at, 60);
}

constexpr char kStatement[] =
    "Donald J. Trump is calling for a total and complete shutdown of Muslims entering the United "
    "States until our country's representatives can figure out what the hell is going on.";

TEST(IndexFirstTest, GenericPhraseMonthsBeforeTheStatementIsNotFirst) {
  const std::string first = FirstLine({
      {"Salon", "2015-07-03", "", "What the hell is going on?", 5},
      {"CNN (Web News)", "2015-12-08", "Donald Trump", kStatement, 30},
      {"Fox News", "2015-12-08", "Donald Trump",
       "total and complete shutdown of Muslims entering the United States", 10},
  });
  EXPECT_NE(first.find("\"outlet\":\"CNN (Web News)\""), std::string::npos) << first;
}

TEST(IndexFirstTest, ShortLineDaysBeforeTheLongerWordingStaysFirst) {
  const std::string first = FirstLine({
      {"Salon", "2015-12-01", "", "What the hell is going on?", 5},
      {"CNN (Web News)", "2015-12-08", "Donald Trump", kStatement, 30},
  });
  EXPECT_NE(first.find("\"outlet\":\"Salon\""), std::string::npos) << first;
}

}  // namespace
}  // namespace claimdup
