#include "extract/wire_credits.h"

#include <algorithm>

#include "absl/strings/match.h"
#include "absl/strings/strip.h"

namespace claimdup {
namespace {

struct Alias {
  absl::string_view text;
  WireSet wire;
  bool surname;  // Also a person's name (Michael Bloomberg): never a credit after "By".
};

// Spellings of each wire, longest first where one holds another.
constexpr Alias kAliases[] = {
    {"The Associated Press", kWireAp, false},
    {"Associated Press", kWireAp, false},
    {"ASSOCIATED PRESS", kWireAp, false},
    {"AP", kWireAp, false},
    {"Thomson Reuters", kWireReuters, false},
    {"Reuters", kWireReuters, false},
    {"REUTERS", kWireReuters, false},
    {"Agence France-Presse", kWireAfp, false},
    {"Agence France Presse", kWireAfp, false},
    {"AGENCE FRANCE-PRESSE", kWireAfp, false},
    {"AFP", kWireAfp, false},
    {"Deutsche Presse-Agentur", kWireDpa, false},
    {"dpa", kWireDpa, false},
    {"Bloomberg News", kWireBloomberg, false},
    {"Bloomberg", kWireBloomberg, true},
    {"United Press International", kWireUpi, false},
    {"UPI", kWireUpi, false},
};

// Dateline tags: "(AP)" and the like, followed by a dash.
constexpr Alias kTags[] = {
    {"(AP)", kWireAp, false},           {"(Reuters)", kWireReuters, false},
    {"(REUTERS)", kWireReuters, false}, {"(AFP)", kWireAfp, false},
    {"(dpa)", kWireDpa, false},         {"(Bloomberg)", kWireBloomberg, false},
    {"(UPI)", kWireUpi, false},
};

constexpr absl::string_view kNames[kWireCount] = {"AP",  "Reuters",   "AFP",
                                                  "dpa", "Bloomberg", "UPI"};

// A dateline or credit is near the start of its paragraph.
constexpr size_t kDatelineBytes = 160;
// A credit line is short; a paragraph that mentions a wire in passing is not.
constexpr size_t kCreditLineBytes = 80;
// How far back a contribution note's sentence may start, and how far a copyright notice
// reaches.
constexpr size_t kNoteBytes = 300;
constexpr size_t kCopyrightBytes = 60;

bool IsWordByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Whether s[at, at + n) is a whole word of s.
bool WholeWord(absl::string_view s, size_t at, size_t n) {
  return (at == 0 || !IsWordByte(s[at - 1])) && (at + n == s.size() || !IsWordByte(s[at + n]));
}

// Spaces, tabs and no-break spaces (U+00A0) at either end removed.
absl::string_view Trim(absl::string_view s) {
  for (;;) {
    if (absl::ConsumePrefix(&s, " ") || absl::ConsumePrefix(&s, "\t") ||
        absl::ConsumePrefix(&s, "\r") || absl::ConsumePrefix(&s, "\xC2\xA0")) {
      continue;
    }
    if (absl::ConsumeSuffix(&s, " ") || absl::ConsumeSuffix(&s, "\t") ||
        absl::ConsumeSuffix(&s, "\r") || absl::ConsumeSuffix(&s, "\xC2\xA0")) {
      continue;
    }
    return s;
  }
}

// A dash that ends a dateline or opens a sign-off: '-', "--", en dash, em dash.
bool ConsumeDash(absl::string_view* s) {
  return absl::ConsumePrefix(s, "\xE2\x80\x94") || absl::ConsumePrefix(s, "\xE2\x80\x93") ||
         absl::ConsumePrefix(s, "-");
}

// Photo and video credits name agencies too ("(AP Photo/Evan Vucci)", "REUTERS/Jim Bourg",
// "Jim Watson/AFP/Getty Images"): a span holding one of these credits no text.
bool LooksLikeImageCredit(absl::string_view s) {
  for (absl::string_view mark : {"Photo", "photo", "PHOTO", "Image", "image", "Getty", "/", "Video",
                                 "video", "File", "Pool", "POOL"}) {
    if (absl::StrContains(s, mark)) return true;
  }
  return false;
}

// Every wire named in `s` as a whole word. "Bloomberg" alone is a person more often than not,
// so without `bare_bloomberg` only "Bloomberg News" counts.
WireSet NamesIn(absl::string_view s, bool bare_bloomberg) {
  WireSet found = 0;
  for (const Alias& a : kAliases) {
    if (a.surname && !bare_bloomberg) continue;
    for (size_t at = s.find(a.text); at != absl::string_view::npos; at = s.find(a.text, at + 1)) {
      if (WholeWord(s, at, a.text.size())) {
        found |= a.wire;
        break;
      }
    }
  }
  return found;
}

// "Brussels (AFP) April 19, 2012 NATO allies…": SpaceWar's and others' datelines give the
// date after the tag instead of a dash.
bool StartsWithMonth(absl::string_view s) {
  static constexpr absl::string_view kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  for (absl::string_view m : kMonths) {
    if (absl::StartsWith(s, m)) return true;
  }
  return false;
}

// "HELSINKI (AP) — …", "By Jeff Mason HELSINKI (Reuters) - …": a tag near the paragraph's
// start, then a dash (or a date). "Americans for Prosperity (AFP), said" and "(AP Photo/…)"
// are not.
WireSet DatelineTags(absl::string_view line) {
  WireSet found = 0;
  const absl::string_view head = line.substr(0, kDatelineBytes);
  for (size_t at = head.find('('); at != absl::string_view::npos; at = head.find('(', at + 1)) {
    for (const Alias& tag : kTags) {
      absl::string_view rest = line.substr(at);
      if (!absl::ConsumePrefix(&rest, tag.text)) continue;
      rest = Trim(rest);
      if (ConsumeDash(&rest) || StartsWithMonth(rest)) found |= tag.wire;
    }
  }
  return found;
}

// A paragraph that is only a credit: "Associated Press", "By Zeke Miller, Associated Press",
// "— The Associated Press", "AFP", "By Reuters". Not "By Michael Bloomberg".
WireSet CreditLine(absl::string_view line) {
  line = Trim(line);
  if (line.empty() || line.size() > kCreditLineBytes || LooksLikeImageCredit(line)) return 0;
  if (ConsumeDash(&line)) {
    absl::ConsumePrefix(&line, "-");
    line = Trim(line);
  }
  const bool byline = absl::ConsumePrefix(&line, "By ") || absl::ConsumePrefix(&line, "BY ");
  absl::ConsumeSuffix(&line, ".");
  line = Trim(line);
  for (const Alias& a : kAliases) {
    if (!absl::EndsWith(line, a.text)) continue;
    absl::string_view before = line.substr(0, line.size() - a.text.size());
    if (!before.empty() && IsWordByte(before.back())) continue;
    before = Trim(before);
    if (!absl::ConsumeSuffix(&before, "The")) absl::ConsumeSuffix(&before, "THE");
    before = Trim(before);
    if (before.empty()) return a.wire;
    // "By Zeke Miller, Associated Press", "Jill Colvin | AP", "By JOHN DOE Associated Press".
    const char last = before.back();
    if (last == ',' || last == '|' || last == ';' || last == '-' ||
        absl::EndsWith(before, "\xE2\x80\x94")) {
      return a.wire;
    }
    if (byline && !a.surname) return a.wire;
    return 0;
  }
  // "By ROBERT BURNS AP National Security Writer": an agency's staff title after the name.
  if (byline) {
    for (const Alias& a : kAliases) {
      if (a.surname) continue;
      for (absl::string_view title : {" Writer", " Correspondent", " Reporter", " Staff", " writer",
                                      " correspondent", " reporter", " staff"}) {
        const size_t at = line.find(a.text);
        if (at != absl::string_view::npos && WholeWord(line, at, a.text.size()) &&
            absl::EndsWith(line, title)) {
          return a.wire;
        }
      }
    }
  }
  return 0;
}

// "The Associated Press contributed to this report.", "Associated Press writers … contributed.",
// "Material from Bloomberg News and AFP was used in this report.": the wires named in the
// note's sentence. "Michael Bloomberg contributed $10 million" is no note.
WireSet ContributionNotes(absl::string_view line) {
  WireSet found = 0;
  static constexpr absl::string_view kVerbs[] = {"contributed", "was used in this report",
                                                 "were used in this report"};
  for (absl::string_view verb : kVerbs) {
    for (size_t at = line.find(verb); at != absl::string_view::npos; at = line.find(verb, at + 1)) {
      absl::string_view after = line.substr(at + verb.size());
      if (verb == "contributed") {
        bool note = after.empty();
        for (absl::string_view next : {" to this", " reporting", ".", ",", " from", " to the"}) {
          note |= absl::StartsWith(after, next);
        }
        if (!note) continue;
      }
      // The sentence: back to the previous ". " (or the paragraph's start).
      size_t from = at > kNoteBytes ? at - kNoteBytes : 0;
      const size_t stop = line.substr(0, at).rfind(". ");
      if (stop != absl::string_view::npos && stop + 2 > from) from = stop + 2;
      const absl::string_view sentence = line.substr(from, at - from);
      if (LooksLikeImageCredit(sentence)) continue;
      found |= NamesIn(sentence, /*bare_bloomberg=*/false);
    }
  }
  return found;
}

// "Copyright 2018 The Associated Press. All rights reserved.", "© 2019 Reuters". Not "Image
// copyright AFP" (a photo) nor "Copyright © 2019 The Washington Times".
WireSet CopyrightNotices(absl::string_view line) {
  WireSet found = 0;
  for (absl::string_view mark : {"Copyright", "\xC2\xA9", "(c)", "(C)"}) {
    for (size_t at = line.find(mark); at != absl::string_view::npos; at = line.find(mark, at + 1)) {
      const absl::string_view notice = line.substr(at + mark.size(), kCopyrightBytes);
      // "© 2019 Thomson/Reuters" is a notice; "© AFP/Getty Images" a photo's.
      if (absl::StrContains(notice, "Getty") || absl::StrContains(notice, "Photo") ||
          absl::StrContains(notice, "photo") || absl::StrContains(notice, "Image")) {
        continue;
      }
      found |= NamesIn(notice, /*bare_bloomberg=*/true);
    }
  }
  return found;
}

// "Contributing: The Associated Press" (USA TODAY's note).
WireSet ContributingLine(absl::string_view line) {
  line = Trim(line);
  if (!absl::ConsumePrefix(&line, "Contributing:") || LooksLikeImageCredit(line)) return 0;
  return NamesIn(line, /*bare_bloomberg=*/false);
}

// The agencies' own sign-offs.
WireSet SignOffs(absl::string_view line) {
  WireSet found = 0;
  if (absl::StrContains(line, "(Reporting by ") || absl::StrContains(line, "; Editing by ")) {
    found |= kWireReuters;
  }
  if (absl::StrContains(line, "To contact the reporter on this story") ||
      absl::StrContains(line, "--With assistance from ")) {
    found |= kWireBloomberg;
  }
  return found;
}

}  // namespace

WireSet DetectWireCredits(absl::string_view text, absl::string_view title) {
  WireSet found = SignOffs(text);
  // Datelines and credit lines sit at a line's start or make a short line: every line is
  // looked at there, and only there.
  for (absl::string_view rest = text; !rest.empty();) {
    const size_t eol = rest.find('\n');
    const absl::string_view line = rest.substr(0, eol);
    rest = eol == absl::string_view::npos ? absl::string_view() : rest.substr(eol + 1);
    if (!line.empty()) found |= DatelineTags(line) | CreditLine(line);
  }
  // Notes and copyright lines name their wire: only lines naming one are read further, found
  // by searching the text for the names (capitalized: a rare first byte, so the search is
  // fast; "dpa" counts in datelines and credit lines only).
  // One search per first letter: "The Associated Press" and "Thomson Reuters" are found as
  // "Associated Press" and "Reuters".
  std::vector<size_t> line_starts;
  for (const char first : {'A', 'R', 'B', 'D', 'U'}) {
    for (size_t at = text.find(first); at != absl::string_view::npos;
         at = text.find(first, at + 1)) {
      for (const Alias& a : kAliases) {
        if (a.text[0] != first || !absl::StartsWith(text.substr(at), a.text) ||
            !WholeWord(text, at, a.text.size())) {
          continue;
        }
        const size_t start = text.rfind('\n', at);
        line_starts.push_back(start == absl::string_view::npos ? 0 : start + 1);
        break;
      }
    }
  }
  std::sort(line_starts.begin(), line_starts.end());
  line_starts.erase(std::unique(line_starts.begin(), line_starts.end()), line_starts.end());
  for (const size_t start : line_starts) {
    const absl::string_view line = text.substr(start, text.find('\n', start) - start);
    found |= ContributionNotes(line) | CopyrightNotices(line) | ContributingLine(line);
  }
  // A page title that ends with its agency: "Trump meets Putin - Reuters", "… | AP News".
  for (absl::string_view sep : {" - ", " | "}) {
    const size_t at = title.rfind(sep);
    if (at == absl::string_view::npos) continue;
    absl::string_view tail = Trim(title.substr(at + sep.size()));
    absl::ConsumeSuffix(&tail, " News");
    found |= CreditLine(tail);
  }
  return found;
}

std::vector<absl::string_view> WireNames(WireSet wires) {
  std::vector<absl::string_view> names;
  for (int i = 0; i < kWireCount; ++i) {
    if (wires & (1 << i)) names.push_back(kNames[i]);
  }
  return names;
}

WireSet WireOfName(absl::string_view name) {
  for (int i = 0; i < kWireCount; ++i) {
    if (name == kNames[i]) return static_cast<WireSet>(1 << i);
  }
  return 0;
}

}  // namespace claimdup
