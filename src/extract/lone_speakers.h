// What an article says of the one-word speakers it never introduces (`said Ehsan`,
// `Goldberg muttered`): no title or given name gives them a gender, so the owner's pronoun
// after a mention opening a clause does (`Clinton tried to regain her train of speech`), and a
// word the article goes on about as "they" (`Walmart confirmed the story, but they did not
// admit`) is no person at all. Each name's mentions are
// read on its first query, one pass over the tokens, for at most kMaxLoneReads names.
#ifndef CLAIMDUP_EXTRACT_LONE_SPEAKERS_H_
#define CLAIMDUP_EXTRACT_LONE_SPEAKERS_H_

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/string_view.h"
#include "extract/attribution_tokens.h"
#include "extract/given_names.h"

namespace claimdup {

// Words after a mention that may hold the pronoun telling who it is.
inline constexpr int kLonePronounWindow = 12;
// "They" after this many mentions (and never "his") make a word an organization.
inline constexpr int kLoneThingVotes = 2;
inline constexpr int kMaxLoneReads = 8;  // Names read per article; any more stay unknown.

class LoneSpeakers {
 public:
  enum class Kind { kUnknown, kMale, kFemale, kThing };

  // `tokens` must outlive this object.
  explicit LoneSpeakers(const ArticleTokens& tokens) : t_(tokens) {}

  // Records the one-word speaker `name` (a view that must stay valid).
  void Add(absl::string_view name) { names_.insert(name); }
  bool empty() const { return names_.empty(); }
  bool Contains(absl::string_view name) const { return names_.contains(name); }
  // What the article's pronouns make of `name`: a man, a woman, a thing, or unknown (also for
  // any name not added).
  Kind KindOf(absl::string_view name) const;
  // The gender of `name` for "he"/"she": kUnknown for a thing too.
  Gender GenderOf(absl::string_view name) const;
  // True when token i opens its sentence or a clause: after a comma, or `but`/`and` opening
  // the sentence or following a comma (`…, and Linhart, who had supported …, heard`).
  bool StartsClause(int i) const;

 private:
  struct Votes {
    int male = 0, female = 0, thing = 0;
  };
  Votes Read(absl::string_view name) const;
  bool ActsAt(int i, bool* speaks) const;

  const ArticleTokens& t_;
  absl::flat_hash_set<absl::string_view> names_;
  mutable absl::flat_hash_map<absl::string_view, Votes> votes_;  // Names read so far.
};

}  // namespace claimdup

#endif  // CLAIMDUP_EXTRACT_LONE_SPEAKERS_H_
