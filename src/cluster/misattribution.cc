#include "cluster/misattribution.h"

#include <algorithm>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/hash/hash.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"

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

// "donald" / "donald", "d" / "donald", "don" / "donald", "joe" / "joseph", "jerry" / "jerrold".
bool FirstNamesAgree(absl::string_view a, absl::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  if (absl::StartsWith(b, a) && (a.size() == 1 || a.size() >= 3 || a == b)) return true;
  static constexpr absl::string_view kNicknames[][2] = {
      {"joe", "joseph"},  {"bill", "william"},  {"bob", "robert"},     {"mike", "michael"},
      {"jim", "james"},   {"chuck", "charles"}, {"dick", "richard"},   {"rick", "richard"},
      {"ted", "edward"},  {"ted", "theodore"},  {"bernie", "bernard"}, {"liz", "elizabeth"},
      {"beto", "robert"}, {"tim", "timothy"},   {"andy", "andrew"},    {"nick", "nicholas"},
      {"jerry", "jerrold"}, {"rudy", "rudolph"}, {"jake", "jacob"},    {"hal", "harold"}};
  for (const auto& pair : kNicknames) {
    if (a == pair[0] && b == pair[1]) return true;
  }
  return false;
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

struct Person {
  uint32_t speaker = 0;  // Longest spelling.
  int64_t claims = 0;
  uint32_t first = UINT32_MAX;
  uint32_t key_speaker = 0;  // The spelling whose person key this is.
  int64_t outlets = 0;
};

bool Earlier(const ClaimTable& claims, uint32_t a, uint32_t b) {
  if (b == UINT32_MAX) return true;
  const std::string& da = claims.docs[claims.doc(a)].date;
  const std::string& db = claims.docs[claims.doc(b)].date;
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

MisattributionReport FindMisattributions(const ClaimTable& claims,
                                         const std::vector<ClusterInfo>& clusters,
                                         const ClusterRelations& relations) {
  MisattributionReport report;
  // Per speaker of the run: organization or person key (computed once).
  std::vector<int8_t> is_org(claims.speakers.size(), -1);
  std::vector<std::string> key(claims.speakers.size());
  auto classify = [&](uint32_t s) {
    if (is_org[s] < 0) {
      is_org[s] = IsOrganizationSpeaker(claims.speakers[s]);
      if (!is_org[s]) {
        key[s] = PersonKey(claims.speakers[s]);
        if (!LooksLikePersonName(claims.speakers[s], key[s])) key[s].clear();  // As unknown.
      }
    }
    return is_org[s] == 1;
  };
  absl::flat_hash_map<absl::string_view, uint32_t> person_of;  // Key -> slot in people.
  absl::flat_hash_map<uint64_t, uint32_t> reps;      // (Surname, suffix) -> first full name.
  std::vector<uint32_t> rep_next, rep_count;         // Further people of that surname; count.
  absl::flat_hash_map<uint64_t, uint32_t> by_first;  // (First name, suffix) -> first one.
  absl::flat_hash_set<uint64_t> person_outlets;
  std::vector<Person> people;
  std::vector<uint32_t> merged;  // Slot -> slot it folds onto.
  std::vector<bool> glued;       // Slot holds a full name with a word glued on.
  std::vector<absl::string_view> parts;
  std::string lowered;                   // The root wording's words, lower case.
  std::vector<absl::string_view> words;  // Views into `lowered`.
  for (const ClusterInfo& c : clusters) {
    if (!IsCrossOutlet(c)) continue;
    ++report.cross_outlet_clusters;
    person_of.clear();
    people.clear();
    uint32_t organization = 0;  // An organization speaker, and whether two differ.
    bool organizations = false;
    bool unknown = false;  // A member of 8+ words with no speaker, or no person's name.
    for (const uint32_t m : c.members) {
      if (claims.words(m) < kMinCreditedWords) continue;
      const uint32_t s = claims.speaker(m);
      if (s == 0) {
        unknown = true;
        continue;
      }
      if (classify(s)) {
        organizations |= organization != 0 && organization != s;
        organization = s;
        continue;
      }
      if (key[s].empty()) {
        unknown = true;
        continue;
      }
      auto [it, added] = person_of.try_emplace(key[s], static_cast<uint32_t>(people.size()));
      if (added) people.push_back({s, 0, UINT32_MAX, s, 0});
    }
    if (people.size() < 2) {
      if (organization != 0 && (organizations || !people.empty())) {
        ++report.left_out_organization;
      } else if (unknown && !people.empty()) {
        ++report.left_out_unknown;
      }
      continue;
    }
    // Full names with one surname (and suffix) are one person when their first names agree;
    // a bare surname is the person of the cluster's one full name with that surname.
    reps.clear();
    by_first.clear();
    merged.resize(people.size());
    for (uint32_t k = 0; k < people.size(); ++k) merged[k] = k;
    glued.assign(people.size(), false);
    rep_next.assign(people.size(), UINT32_MAX);
    rep_count.assign(people.size(), 0);
    // A name ending in another's full name is that person with a word glued on ("Mitt
    // Barack Obama", "Even Bill Clinton": extraction took a word too many).
    for (uint32_t k = 0; k < people.size(); ++k) {
      const absl::string_view whole = key[people[k].key_speaker];
      size_t cut = whole.find(' ');
      for (; cut != absl::string_view::npos; cut = whole.find(' ', cut + 1)) {
        const absl::string_view tail = whole.substr(cut + 1);
        if (!absl::StrContains(tail, ' ')) break;
        auto it = person_of.find(tail);
        if (it != person_of.end()) {
          merged[k] = it->second;
          glued[k] = true;
          break;
        }
      }
    }
    for (uint32_t k = 0; k < people.size(); ++k) {
      if (merged[k] != k) continue;
      const NameParts name = SplitName(key[people[k].key_speaker], &parts);
      if (name.first.empty()) continue;
      // One first name, surnames one letter apart: one person spelled two ways
      // (Volodymyr Zelensky / Zelenskiy).
      auto [same_first, first_added] =
          by_first.try_emplace(absl::HashOf(name.first, name.suffix), k);
      if (!first_added) {
        const absl::string_view other =
            SplitName(key[people[same_first->second].key_speaker], &parts).surname;
        const NameParts again = SplitName(key[people[k].key_speaker], &parts);
        if (other != again.surname && SpelledAlike(other, again.surname)) {
          merged[k] = same_first->second;
          continue;
        }
      }
      const NameParts mine = SplitName(key[people[k].key_speaker], &parts);
      const uint64_t group = absl::HashOf(mine.surname, mine.suffix);
      auto [it, added] = reps.try_emplace(group, k);
      if (added) {
        rep_count[k] = 1;
        continue;
      }
      uint32_t r = it->second, last = r;
      int walked = 0;
      for (; r != UINT32_MAX && walked < 8; last = r, r = rep_next[r], ++walked) {
        if (FirstNamesAgree(SplitName(key[people[r].key_speaker], &parts).first,
                            SplitName(key[people[k].key_speaker], &parts).first)) {
          break;
        }
      }
      if (r == UINT32_MAX) {  // A new person of that surname.
        rep_next[last] = k;
        ++rep_count[it->second];
      } else if (walked < 8) {
        merged[k] = r;
      }  // Else: past 8 people of one surname, a person of its own.
    }
    for (uint32_t k = 0; k < people.size(); ++k) {
      const NameParts name = SplitName(key[people[k].key_speaker], &parts);
      if (!name.first.empty() || name.surname.empty()) continue;
      auto it = reps.find(absl::HashOf(name.surname, name.suffix));
      if (it != reps.end() && rep_count[it->second] == 1) merged[k] = it->second;
    }
    for (uint32_t k = 0; k < people.size(); ++k) {
      while (merged[merged[k]] != merged[k]) merged[k] = merged[merged[k]];
    }
    // Claims, outlets, first member and longest spelling per person.
    person_outlets.clear();
    for (const uint32_t m : c.members) {
      const uint32_t s = claims.speaker(m);
      if (s == 0 || claims.words(m) < kMinCreditedWords || is_org[s] == 1 || key[s].empty()) {
        continue;
      }
      const uint32_t slot = person_of.at(key[s]), k = merged[slot];
      Person& p = people[k];
      ++p.claims;
      if (Earlier(claims, m, p.first)) p.first = m;
      if (!glued[slot] && claims.speakers[s].size() > claims.speakers[p.speaker].size()) {
        p.speaker = s;  // The longest spelling, glued words left out.
      }
      if (person_outlets.insert((uint64_t{k} << 32) | claims.docs[claims.doc(m)].outlet).second) {
        ++p.outlets;
      }
    }
    MisattributedCluster lead;
    lead.cluster = &c;
    for (uint32_t k = 0; k < people.size(); ++k) {
      if (merged[k] != k) continue;
      lead.speakers.push_back(
          {people[k].speaker, people[k].outlets, people[k].claims, people[k].first});
    }
    if (lead.speakers.size() < 2) continue;
    // One person quoting another, or talking about another: a speaker's surname (or its
    // plural, "the Bidens"), or first name, inside the words.
    TextWords(RootText(claims, relations, c), &lowered, &words);
    bool quoting = false;
    for (const CreditedSpeaker& cs : lead.speakers) {
      const NameParts name = SplitName(key[cs.speaker], &parts);
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

}  // namespace claimdup
