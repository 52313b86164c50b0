// Wire credits: which news agencies an article says it carries (AP, Reuters, AFP, dpa,
// Bloomberg, UPI).
//
// Much cross-outlet reuse is syndication: two outlets print the same Associated Press story.
// An article credits a wire in a few set forms, and only those count: a dateline tag followed
// by a dash or a date ("HELSINKI (AP) —", "LONDON (Reuters) -", "Brussels (AFP) April 19"),
// a credit line of its own ("By Zeke Miller, Associated Press", "— The Associated Press",
// "AFP"), a contribution note ("The Associated Press contributed to this report",
// "Material from Bloomberg News and AFP was used in this report", "Contributing: The
// Associated Press"), a copyright line ("Copyright 2018 The Associated Press"), and the
// agencies' own sign-offs ("(Reporting by …; Editing by …)" for Reuters, "To contact the
// reporter on this story" for Bloomberg News). Mentions are not credits: an article about
// Reuters, quoting Michael Bloomberg, citing "Americans for Prosperity (AFP)", or crediting
// a photo ("(AP Photo/Evan Vucci)", "REUTERS/Jonathan Ernst", "Image copyright AFP") credits
// no wire. Case matters ("dpa" is a word, never the inside of "grandparents"). Plain
// substring searches, no regular expressions: each line's start is read once, and only the
// lines that name a wire (found by one search per capital first letter) are read further:
// linear in the text.
#ifndef CLAIMDUP_EXTRACT_WIRE_CREDITS_H_
#define CLAIMDUP_EXTRACT_WIRE_CREDITS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"

namespace claimdup {

// A set of wires, one bit each.
using WireSet = uint8_t;
enum Wire : WireSet {
  kWireAp = 1 << 0,
  kWireReuters = 1 << 1,
  kWireAfp = 1 << 2,
  kWireDpa = 1 << 3,
  kWireBloomberg = 1 << 4,
  kWireUpi = 1 << 5,
};
inline constexpr int kWireCount = 6;

// The wires `text` (an article body, paragraphs separated by line breaks) and its `title`
// credit, by the forms above.
WireSet DetectWireCredits(absl::string_view text, absl::string_view title = {});

// Short names of the wires in `wires`, in bit order: "AP", "Reuters", "AFP", "dpa",
// "Bloomberg", "UPI".
std::vector<absl::string_view> WireNames(WireSet wires);

// The set named by `name` (one of WireNames' names), or 0.
WireSet WireOfName(absl::string_view name);

}  // namespace claimdup

#endif  // CLAIMDUP_EXTRACT_WIRE_CREDITS_H_
