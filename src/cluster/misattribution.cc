#include "cluster/misattribution.h"

#include <algorithm>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/hash/hash.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/types/span.h"
#include "cluster/credit_steps.h"
#include "cluster/summary_steps.h"
#include "core/given_name_forms.h"

namespace claimdup {
namespace {

// Words that name a body or a role, not a person.
const absl::flat_hash_set<std::string>& OrganizationWords() {
  static const auto* words = new absl::flat_hash_set<std::string>{
      "administration", "agency",        "aide",         "aides",
      "army",           "association",   "authorities",  "board",
      "campaign",       "commission",    "committee",    "company",
      "congress",       "corp",          "corporation",  "council",
      "court",          "department",    "embassy",      "foundation",
      "government",     "group",         "inc",          "institute",
      "kremlin",        "llc",           "media",        "military",
      "ministry",       "network",       "news",         "office",
      "officials",      "official",      "organization", "party",
      "pentagon",       "police",        "spokesman",    "spokesmen",
      "spokespeople",   "spokesperson",  "spokeswoman",  "staff",
      "statement",      "team",          "union",        "university",
      "white",          "spokespersons", "lawmakers",    "democrats",
      "republicans",    "officers",      "sources",      "source",
      "report",         "reports",       "senate",       "house"};
  return *words;
}

// Titles and honorifics dropped from the front of a name.
const absl::flat_hash_set<std::string>& TitleWords() {
  static const auto* words = new absl::flat_hash_set<std::string>{
      "president",    "vice",        "former",     "mr",
      "mrs",          "ms",          "miss",       "dr",
      "sen",          "senator",     "rep",        "representative",
      "gov",          "governor",    "secretary",  "gen",
      "general",      "rev",         "judge",      "justice",
      "mayor",        "prime",       "minister",   "chancellor",
      "speaker",      "leader",      "majority",   "minority",
      "house",        "senate",      "state",      "attorney",
      "press",        "chairman",    "chairwoman", "ceo",
      "lt",           "col",         "sgt",        "adm",
      "admiral",      "sir",         "dame",       "lord",
      "king",         "queen",       "prince",     "princess",
      "pope",         "first",       "lady",       "us",
      "u.s",          "democratic",  "republican", "candidate",
      "commissioner", "director",    "ambassador", "president-elect",
      "of",           "the",         "white",      "gop",
      "sens",         "reps",        "coach",      "officer",
      "chief",        "deputy",      "assistant",  "acting",
      "spokesman",    "spokeswoman", "ex"};
  return *words;
}

bool IsSuffix(absl::string_view w) {
  return w == "jr" || w == "sr" || w == "ii" || w == "iii" || w == "iv";
}

// Lower-case words of a name, without periods, commas and a trailing possessive.
std::vector<std::string> NameWords(absl::string_view name) {
  std::vector<std::string> out;
  for (absl::string_view w : absl::StrSplit(name, ' ', absl::SkipEmpty())) {
    std::string s = absl::AsciiStrToLower(w);
    s.erase(std::remove_if(s.begin(), s.end(), [](char c) { return c == '.' || c == ','; }),
            s.end());
    for (const absl::string_view possessive : {"'s", "\xE2\x80\x99s"}) {  // Trump's, Trump’s
      if (s.size() > possessive.size() && absl::EndsWith(s, possessive)) {
        s.erase(s.size() - possessive.size());
        break;
      }
    }
    if (!s.empty()) out.push_back(std::move(s));
  }
  return out;
}

// A person key's first name ("" for a bare surname), surname and suffix ("jr", or "").
struct NameParts {
  absl::string_view first, surname, suffix;
};
NameParts SplitName(absl::string_view key, std::vector<absl::string_view>* words) {
  *words = absl::StrSplit(key, ' ');
  NameParts n;
  size_t count = words->size();
  if (count >= 2 && IsSuffix(words->back())) n.suffix = (*words)[--count];
  if (count == 0) return n;
  n.surname = (*words)[count - 1];
  if (count >= 2) n.first = (*words)[0];
  return n;
}

// First names of two people with `surname`: "donald" / "donald", "d" / "donald", "don" /
// "donald", and the short forms of core/given_name_forms.h ("joe" / "joseph", "jerry" /
// "jerrold").
bool FirstNamesAgree(absl::string_view a, absl::string_view b, absl::string_view surname) {
  if (a.size() > b.size()) std::swap(a, b);
  if (absl::StartsWith(b, a) && (a.size() == 1 || a.size() >= 3 || a == b)) return true;
  return AreGivenNameForms(a, b, surname);
}

// Surnames of 5+ letters one insertion, deletion or substitution apart.
bool SpelledAlike(absl::string_view a, absl::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  if (a.size() < 5 || b.size() - a.size() > 1) return false;
  size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  if (a.size() == b.size()) return a.substr(i + 1) == b.substr(i + 1);
  return a.substr(i) == b.substr(i + 1);
}

// Whether a speaker string can name a person: a word of two letters or more that is not a
// suffix, and no word run into another ("TrumpSessions", link text glued to a name).
bool LooksLikePersonName(absl::string_view speaker, absl::string_view key) {
  bool word = false;
  for (absl::string_view w : absl::StrSplit(key, ' ')) word |= w.size() >= 2 && !IsSuffix(w);
  if (!word) return false;
  for (size_t i = 1; i < speaker.size(); ++i) {
    if (!absl::ascii_isupper(static_cast<unsigned char>(speaker[i])) ||
        !absl::ascii_islower(static_cast<unsigned char>(speaker[i - 1]))) {
      continue;
    }
    size_t start = i;  // Start of this word.
    while (start > 0 && speaker[start - 1] != ' ') --start;
    const absl::string_view prefix = speaker.substr(start, i - start);
    if (prefix != "Mc" && prefix != "Mac" && prefix != "De" && prefix != "La" && prefix != "Di" &&
        prefix != "Le" && prefix != "Van" && prefix != "Du") {
      return false;
    }
  }
  return true;
}

// Lower-case words of a text, letters and digits only: the words a name could appear as.
// `words` views `lowered`, sorted for look-ups by binary search; both are reused from cluster to
// cluster (no set of strings each).
void TextWords(absl::string_view text, std::string* lowered,
               std::vector<absl::string_view>* words) {
  lowered->resize(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    (*lowered)[i] = absl::ascii_isalnum(c) || (c & 0x80) ? absl::ascii_tolower(c) : ' ';
  }
  words->clear();
  for (absl::string_view w : absl::StrSplit(*lowered, ' ', absl::SkipEmpty())) {
    words->push_back(w);
  }
  std::sort(words->begin(), words->end());
}

// Whether sorted `words` hold `w`.
bool HasWord(const std::vector<absl::string_view>& words, absl::string_view w) {
  return std::binary_search(words.begin(), words.end(), w);
}

// Whether the member at place a of a cluster is dated before the one at place b (undated
// last; ties: the earlier place, which is the earlier claim).
bool Earlier(absl::Span<const CreditMember> members, uint32_t a, uint32_t b) {
  if (b == UINT32_MAX) return true;
  const absl::string_view da = members[a].date, db = members[b].date;
  if (da.empty() != db.empty()) return !da.empty();
  return da < db || (da == db && a < b);
}

}  // namespace

bool IsOrganizationSpeaker(absl::string_view speaker) {
  const std::vector<std::string> words = NameWords(speaker);
  if (words.empty()) return false;
  // An acronym alone (FBI, CDC, NATO) is a body.
  if (words.size() == 1 && speaker.size() >= 2 && speaker.size() <= 6 &&
      std::all_of(speaker.begin(), speaker.end(),
                  [](char c) { return absl::ascii_isupper(static_cast<unsigned char>(c)); })) {
    return true;
  }
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    if (w == "white" || w == "house" || w == "senate") {
      // "White House", "House Democrats": a body; "House Speaker Nancy Pelosi": a person.
      if (w == "white" && i + 1 < words.size() && words[i + 1] == "house") return true;
      continue;
    }
    if (OrganizationWords().contains(w)) return true;
  }
  return false;
}

std::string PersonKey(absl::string_view speaker) {
  const std::vector<std::string> words = NameWords(speaker);
  size_t i = 0;
  while (i + 1 < words.size() && TitleWords().contains(words[i])) ++i;
  std::string key;
  for (; i < words.size(); ++i) {
    if (!key.empty()) key.push_back(' ');
    key += words[i];
  }
  return key;
}

bool ClusterCreditor::Classify(const CreditMember& m) {
  int8_t& is_org = is_org_[m.slot];
  if (is_org < 0) {
    is_org = IsOrganizationSpeaker(m.name);
    if (!is_org) {
      std::string& key = key_[m.slot];
      key = PersonKey(m.name);
      if (!LooksLikePersonName(m.name, key)) key.clear();  // As unknown.
    }
  }
  return is_org == 1;
}

ClusterCredits ClusterCreditor::Credit(absl::Span<const CreditMember> members) {
  ClusterCredits out;
  person_of_.clear();
  people_.clear();
  uint32_t organization = 0;  // An organization speaker, and whether two differ.
  bool organizations = false;
  bool unknown = false;  // A member of 8+ words with no speaker, or no person's name.
  for (const CreditMember& m : members) {
    if (m.words < kMinCreditedWords) continue;
    if (m.speaker == 0) {
      unknown = true;
      continue;
    }
    if (Classify(m)) {
      organizations |= organization != 0 && organization != m.speaker;
      organization = m.speaker;
      continue;
    }
    if (key_[m.slot].empty()) {
      unknown = true;
      continue;
    }
    auto [it, added] = person_of_.try_emplace(key_[m.slot], static_cast<uint32_t>(people_.size()));
    if (added) people_.push_back({m.speaker, m.name, 0, UINT32_MAX, m.slot, 0});
  }
  out.outcome = ClusterCredits::kOnePerson;
  if (people_.size() < 2) {
    if (organization != 0 && (organizations || !people_.empty())) {
      out.outcome = ClusterCredits::kOrganization;
    } else if (unknown && !people_.empty()) {
      out.outcome = ClusterCredits::kUnknown;
    }
    return out;
  }
  auto key_of = [&](uint32_t k) -> const std::string& { return key_[people_[k].key_slot]; };
  // Full names with one surname (and suffix) are one person when their first names agree;
  // a bare surname is the person of the cluster's one full name with that surname.
  reps_.clear();
  by_first_.clear();
  merged_.resize(people_.size());
  for (uint32_t k = 0; k < people_.size(); ++k) merged_[k] = k;
  glued_.assign(people_.size(), false);
  rep_next_.assign(people_.size(), UINT32_MAX);
  rep_count_.assign(people_.size(), 0);
  // A name ending in another's full name is that person with a word glued on ("Mitt
  // Barack Obama", "Even Bill Clinton": extraction took a word too many).
  for (uint32_t k = 0; k < people_.size(); ++k) {
    const absl::string_view whole = key_of(k);
    size_t cut = whole.find(' ');
    for (; cut != absl::string_view::npos; cut = whole.find(' ', cut + 1)) {
      const absl::string_view tail = whole.substr(cut + 1);
      if (!absl::StrContains(tail, ' ')) break;
      auto it = person_of_.find(tail);
      if (it != person_of_.end()) {
        merged_[k] = it->second;
        glued_[k] = true;
        break;
      }
    }
  }
  for (uint32_t k = 0; k < people_.size(); ++k) {
    if (merged_[k] != k) continue;
    const NameParts name = SplitName(key_of(k), &parts_);
    if (name.first.empty()) continue;
    // One first name, surnames one letter apart: one person spelled two ways
    // (Volodymyr Zelensky / Zelenskiy).
    auto [same_first, first_added] =
        by_first_.try_emplace(absl::HashOf(name.first, name.suffix), k);
    if (!first_added) {
      const absl::string_view other = SplitName(key_of(same_first->second), &parts_).surname;
      const NameParts again = SplitName(key_of(k), &parts_);
      if (other != again.surname && SpelledAlike(other, again.surname)) {
        merged_[k] = same_first->second;
        continue;
      }
    }
    const NameParts mine = SplitName(key_of(k), &parts_);
    const uint64_t group = absl::HashOf(mine.surname, mine.suffix);
    auto [it, added] = reps_.try_emplace(group, k);
    if (added) {
      rep_count_[k] = 1;
      continue;
    }
    uint32_t r = it->second, last = r;
    int walked = 0;
    for (; r != UINT32_MAX && walked < 8; last = r, r = rep_next_[r], ++walked) {
      if (FirstNamesAgree(SplitName(key_of(r), &parts_).first, SplitName(key_of(k), &parts_).first,
                          mine.surname)) {
        break;
      }
    }
    if (r == UINT32_MAX) {  // A new person of that surname.
      rep_next_[last] = k;
      ++rep_count_[it->second];
    } else if (walked < 8) {
      merged_[k] = r;
    }  // Else: past 8 people of one surname, a person of its own.
  }
  for (uint32_t k = 0; k < people_.size(); ++k) {
    const NameParts name = SplitName(key_of(k), &parts_);
    if (!name.first.empty() || name.surname.empty()) continue;
    auto it = reps_.find(absl::HashOf(name.surname, name.suffix));
    if (it != reps_.end() && rep_count_[it->second] == 1) merged_[k] = it->second;
  }
  for (uint32_t k = 0; k < people_.size(); ++k) {
    while (merged_[merged_[k]] != merged_[k]) merged_[k] = merged_[merged_[k]];
  }
  // Claims, outlets, first member and longest spelling per person.
  person_outlets_.clear();
  for (uint32_t i = 0; i < members.size(); ++i) {
    const CreditMember& m = members[i];
    if (m.speaker == 0 || m.words < kMinCreditedWords || is_org_[m.slot] == 1 ||
        key_[m.slot].empty()) {
      continue;
    }
    const uint32_t slot = person_of_.at(key_[m.slot]), k = merged_[slot];
    Person& p = people_[k];
    ++p.claims;
    if (Earlier(members, i, p.first)) p.first = i;
    if (!glued_[slot] && m.name.size() > p.name.size()) {
      p.speaker = m.speaker;  // The longest spelling, glued words left out.
      p.name = m.name;
    }
    if (person_outlets_.insert((uint64_t{k} << 32) | m.outlet).second) ++p.outlets;
  }
  for (uint32_t k = 0; k < people_.size(); ++k) {
    if (merged_[k] != k) continue;
    out.speakers.push_back(
        {people_[k].speaker, people_[k].outlets, people_[k].claims, people_[k].first});
  }
  if (out.speakers.size() < 2) {
    out.speakers.clear();
  } else {
    out.outcome = ClusterCredits::kPeople;
  }
  return out;
}

MisattributionReport FinishMisattributions(const ClaimTable& claims,
                                           const std::vector<ClusterInfo>& clusters,
                                           const ClusterRelations& relations,
                                           std::vector<ClusterCredits> credits) {
  MisattributionReport report;
  std::vector<absl::string_view> parts;
  std::string lowered;                   // The root wording's words, lower case.
  std::vector<absl::string_view> words;  // Views into `lowered`.
  for (size_t k = 0; k < clusters.size(); ++k) {
    const ClusterInfo& c = clusters[k];
    ClusterCredits& credit = credits[k];
    if (credit.outcome == ClusterCredits::kNotCrossOutlet) continue;
    ++report.cross_outlet_clusters;
    report.left_out_organization += credit.outcome == ClusterCredits::kOrganization;
    report.left_out_unknown += credit.outcome == ClusterCredits::kUnknown;
    if (credit.outcome != ClusterCredits::kPeople) continue;
    MisattributedCluster lead;
    lead.cluster = &c;
    lead.speakers = std::move(credit.speakers);
    for (CreditedSpeaker& cs : lead.speakers) cs.first = c.members[cs.first];
    // One person quoting another, or talking about another: a speaker's surname (or its
    // plural, "the Bidens"), or first name, inside the words.
    TextWords(RootText(claims, relations, c), &lowered, &words);
    bool quoting = false;
    for (const CreditedSpeaker& cs : lead.speakers) {
      const std::string key = PersonKey(claims.speakers[cs.speaker]);
      const NameParts name = SplitName(key, &parts);
      quoting |= HasWord(words, name.surname) || HasWord(words, absl::StrCat(name.surname, "s")) ||
                 (name.first.size() >= 3 && HasWord(words, name.first));
    }
    if (quoting) {
      ++report.left_out_quoting;
      continue;
    }
    std::sort(lead.speakers.begin(), lead.speakers.end(),
              [](const CreditedSpeaker& a, const CreditedSpeaker& b) {
                if (a.outlets != b.outlets) return a.outlets > b.outlets;
                if (a.claims != b.claims) return a.claims > b.claims;
                return a.speaker < b.speaker;
              });
    report.clusters.push_back(std::move(lead));
  }
  std::sort(report.clusters.begin(), report.clusters.end(),
            [](const MisattributedCluster& a, const MisattributedCluster& b) {
              // A second person credited by several outlets is a lead; one outlet's odd
              // credit is most often that outlet's (or claimdup's) slip.
              if (a.speakers[1].outlets != b.speakers[1].outlets) {
                return a.speakers[1].outlets > b.speakers[1].outlets;
              }
              const ClusterInfo &x = *a.cluster, &y = *b.cluster;
              if (x.outlets.size() != y.outlets.size()) return x.outlets.size() > y.outlets.size();
              if (x.members.size() != y.members.size()) return x.members.size() > y.members.size();
              return x.id < y.id;
            });
  return report;
}

MisattributionReport FindMisattributions(const ClaimTable& claims,
                                         const std::vector<ClusterInfo>& clusters,
                                         const ClusterRelations& relations) {
  std::vector<ClusterCredits> credits(clusters.size());
  CreditClusters(TableColumns{claims}, clusters, absl::MakeSpan(credits));
  return FinishMisattributions(claims, clusters, relations, std::move(credits));
}

}  // namespace claimdup
