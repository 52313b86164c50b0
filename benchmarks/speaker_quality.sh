#!/usr/bin/env bash
# Speaker attribution quality on hand-labelled real news: right / wrong / none rates.
#
# benchmarks/data/speaker_labels.jsonl holds quotes of random AllSides dev articles
# (../shared/real/allsides_dev.jsonl.zst), each labelled by reading its article: `speaker`
# lists the acceptable names (the article's name for the speaker; several when two people
# share the quote), empty when the article names nobody; `none_ok` when no speaker is also
# acceptable; `title` when the "quote" is a title (show, book, headline), not speech.
# claimdup extract runs on those articles; each label is matched to the extracted quote that
# starts at its `begin` (or contains it). A speaker is right when it names the labelled person
# (same last word, or one name contains the other, ignoring case).
#
#   benchmarks/speaker_quality.sh          # BUILD=build DUMP=../shared/real/allsides_dev.jsonl.zst
#   VERBOSE=1 benchmarks/speaker_quality.sh  # also lists every wrong and missing speaker
#   LABELS=benchmarks/data/speaker_labels_tuning2.jsonl benchmarks/speaker_quality.sh
#     # the second tuning set (docs/speaker_rounds.md: how each set was labelled)
#   LABELS=benchmarks/data/speaker_labels_buzzfeed_eventdays.jsonl benchmarks/speaker_quality.sh
#     # a label's `dump` field names its dump file in DUMP's folder (here BuzzFeed-Webis and
#     # event_days); labels without one are articles of DUMP
#   LABELS=benchmarks/data/speaker_labels_tuning3.jsonl benchmarks/speaker_quality.sh
#     # tuning set 3 (BuzzFeed-Webis, event_days, new AllSides outlets); held out, measuring
#     # only: speaker_labels_heldout3.jsonl (docs/speaker_rounds.md, fourth round)
#   LABELS=benchmarks/data/speaker_labels_random4.jsonl benchmarks/speaker_quality.sh
#     # 100 quotes of 100 uniformly drawn articles of all three dumps (seventh round)
#   LABELS=benchmarks/data/speaker_labels_random6.jsonl benchmarks/speaker_quality.sh
#     # 60 quotes of 60 random BuzzFeed-Webis, event_days and pac_pairs articles (ninth round)
#   LABELS=benchmarks/data/speaker_labels_random7.jsonl benchmarks/speaker_quality.sh
#     # 50 quotes of 25 AllSides, 15 BuzzFeed-Webis, 10 event_days random articles (eleventh round)
#   LABELS=benchmarks/data/speaker_labels_random8.jsonl benchmarks/speaker_quality.sh
#     # 50 quotes of 50 random articles of all four dumps (eleventh round (b))
#   LABELS=benchmarks/data/speaker_labels_random9.jsonl benchmarks/speaker_quality.sh
#     # 60 quotes of 60 random articles of all four dumps (twelfth round (a))
#   LABELS=benchmarks/data/speaker_labels_random10.jsonl benchmarks/speaker_quality.sh
#     # 60 quotes of 60 random articles of all four dumps (thirteenth round (a))
#   LABELS=benchmarks/data/speaker_labels_random11.jsonl benchmarks/speaker_quality.sh
#     # 60 quotes of 15 random articles of each dump (fourteenth round (a))
#   LABELS=benchmarks/data/speaker_labels_random12.jsonl benchmarks/speaker_quality.sh
#     # 60 quotes of 20 AllSides, 15 BuzzFeed-Webis, 15 event_days, 10 pac_pairs random
#     # articles (fifteenth round (a))
#   LABELS=benchmarks/data/speaker_labels_random13.jsonl benchmarks/speaker_quality.sh
#     # 60 quotes of 20 AllSides, 15 BuzzFeed-Webis, 15 event_days, 10 pac_pairs random
#     # articles, seed 13 (sixteenth round (a))
#   LABELS=benchmarks/data/speaker_labels_random14.jsonl benchmarks/speaker_quality.sh
#     # 60 quotes of 20 AllSides, 15 BuzzFeed-Webis, 15 event_days, 10 pac_pairs random
#     # articles, seed 14 (seventeenth round (f))
#   LABELS=benchmarks/data/speaker_labels_random15.jsonl benchmarks/speaker_quality.sh
#     # 60 quotes of 20 AllSides, 15 BuzzFeed-Webis, 15 event_days, 10 pac_pairs random
#     # articles, seed 15 (eighteenth round (f))
#   LABELS=benchmarks/data/speaker_labels_random16.jsonl benchmarks/speaker_quality.sh
#     # 60 quotes of 20 AllSides, 15 BuzzFeed-Webis, 15 event_days, 10 pac_pairs random
#     # articles, seed 16 (nineteenth round (f))
#   LABELS=benchmarks/data/speaker_labels_random17.jsonl benchmarks/speaker_quality.sh
#     # 60 quotes of 20 AllSides, 15 BuzzFeed-Webis, 15 event_days, 10 pac_pairs random
#     # articles, seed 17 (nineteenth round (g))
#   LABELS=benchmarks/data/speaker_labels_random18.jsonl benchmarks/speaker_quality.sh
#     # 60 quotes of 20 AllSides, 15 BuzzFeed-Webis, 15 event_days, 10 pac_pairs random
#     # articles, seed 18 (twentieth round (f))
#   LABELS=benchmarks/data/speaker_labels_random19.jsonl benchmarks/speaker_quality.sh
#     # 60 quotes of 20 AllSides, 15 BuzzFeed-Webis, 15 event_days, 10 pac_pairs random
#     # articles, seed 19 (twentieth round (g))
#   LABELS=benchmarks/data/speaker_labels_random20.jsonl benchmarks/speaker_quality.sh
#     # 60 quotes of 27 AllSides, 15 BuzzFeed-Webis, 15 event_days, 3 pac_pairs random
#     # articles, seed 20 (twenty-first round (a); pac_pairs has no more unlabelled quotes)
#   LABELS=benchmarks/data/speaker_labels_random21.jsonl benchmarks/speaker_quality.sh
#     # 60 quotes of 30 AllSides, 15 BuzzFeed-Webis, 15 event_days random articles, seed 21
#     # (twenty-first round (b); pac_pairs has no unlabelled quote left after random20)
#   LABELS=benchmarks/data/speaker_labels_random22.jsonl benchmarks/speaker_quality.sh
#     # 60 quotes of 25 AllSides, 20 BuzzFeed-Webis, 15 event_days random articles, seed 22
#     # (twenty-first round (k): first scored with the session's end binary, main f41e7f4)
#   LABELS=benchmarks/data/speaker_labels_random23.jsonl benchmarks/speaker_quality.sh
#     # 60 quotes of 25 AllSides, 20 BuzzFeed-Webis, 15 event_days random articles, seed 23
#     # (twenty-second round (a): drawn with the session-start binary, main 4e033c5)
#   LABELS=benchmarks/data/speaker_labels_random24.jsonl benchmarks/speaker_quality.sh
#     # 60 quotes of 25 AllSides, 20 BuzzFeed-Webis, 15 event_days random articles, seed 24
#     # (twenty-third round (a): drawn with the session-start binary, main 5d0b984)
#   LABELS=benchmarks/data/speaker_labels_random25.jsonl benchmarks/speaker_quality.sh
#     # 60 quotes of 25 AllSides, 20 BuzzFeed-Webis, 15 event_days random articles, seed 25
#     # (twenty-fourth round (a): drawn with the session-start binary, main bb5c7f1)
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
LABELS=${LABELS:-benchmarks/data/speaker_labels.jsonl}
DUMP=${DUMP:-}
if [ -z "$DUMP" ]; then
  for d in ../shared/real/allsides_dev.jsonl.zst /work/shared/real/allsides_dev.jsonl.zst; do
    [ -f "$d" ] && DUMP=$d && break
  done
fi
[ -x "$BUILD/claimdup" ] || { echo "build first: cmake --build $BUILD" >&2; exit 2; }
[ -f "$DUMP" ] || { echo "no dump: set DUMP=.../allsides_dev.jsonl.zst" >&2; exit 2; }
command -v jq >/dev/null || { echo "needs jq" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# A label may name its dump (`dump`: a file name under the real-data folder); others use DUMP.
realdir=$(dirname "$DUMP")
: > "$tmp/articles.jsonl"
jq -r '.dump // ""' "$LABELS" | sort -u | while read -r name; do
  src=$DUMP
  [ -n "$name" ] && src=$realdir/$name
  [ -f "$src" ] || { echo "no dump $src for labels of $LABELS" >&2; exit 2; }
  jq -c --arg n "$name" 'select((.dump // "") == $n) | .doc' "$LABELS" | sort -u \
    | jq -s 'map({(.): true}) | add' > "$tmp/docs.json"
  zstdcat "$src" | jq -c --slurpfile d "$tmp/docs.json" 'select($d[0][.id])' >> "$tmp/articles.jsonl"
done
"$BUILD/claimdup" extract "$tmp/articles.jsonl" > "$tmp/pred.jsonl" 2>/dev/null
jq -n -r --slurpfile pred "$tmp/pred.jsonl" --arg verbose "${VERBOSE:-}" '
  def last_word: ascii_downcase | gsub("[^a-z0-9 .-]"; "") | split(" ") | map(select(. != "")) | last // "";
  def same_person($a; $b):
    ($a | ascii_downcase) as $x | ($b | ascii_downcase) as $y
    | ($x | contains($y)) or ($y | contains($x)) or (($a | last_word) == ($b | last_word));
  ($pred | map(.speaker //= "") | group_by(.doc) | map({key: .[0].doc, value: .}) | from_entries) as $by_doc
  | [inputs
     | . as $l
     | ([($by_doc[$l.doc] // [])[] | select(.begin <= $l.begin and $l.begin < .end)] | first) as $p
     | if $p == null then {kind: (if $l.title then "title_dropped" else "not_extracted" end), l: $l}
       elif $l.title then {kind: "title_extracted", l: $l, p: $p}
       elif ($l.speaker | length) == 0 then
         {kind: (if $p.speaker == "" then "nobody_right" else "nobody_wrong" end), l: $l, p: $p}
       elif $p.speaker == "" then {kind: (if $l.none_ok then "right" else "none" end), l: $l, p: $p}
       elif any($l.speaker[]; same_person(.; $p.speaker)) then {kind: "right", l: $l, p: $p}
       else {kind: "wrong", l: $l, p: $p} end]
  | . as $r
  | ($r | map(select(.kind == "right" or .kind == "wrong" or .kind == "none")) | length) as $named
  | ($r | map(select(.kind | startswith("nobody"))) | length) as $nobody
  | def n($k): $r | map(select(.kind == $k)) | length;
  (if $verbose != "" then
     ($r[] | select(.kind == "wrong" or .kind == "none" or .kind == "nobody_wrong"
                    or .kind == "title_extracted" or .kind == "not_extracted")
      | "\(.kind)\t\(.l.doc)@\(.l.begin)\tgold=\(.l.speaker | join("|"))\tgot=\(.p.speaker // "-")\t\(.l.text[0:60])")
   else empty end),
  "labelled quotes: \($r | length) (\($named) with a named speaker, \($nobody) naming nobody, \(n("title_dropped") + n("title_extracted")) titles)",
  "named speaker:   right \(n("right"))  wrong \(n("wrong"))  none \(n("none"))  of \($named)",
  "  rates:         right \((n("right") / ([$named,1] | max) * 1000 | round) / 1000)  wrong \((n("wrong") / ([$named,1] | max) * 1000 | round) / 1000)  none \((n("none") / ([$named,1] | max) * 1000 | round) / 1000)",
  "naming nobody:   none (right) \(n("nobody_right"))  a speaker (wrong) \(n("nobody_wrong"))",
  "titles:          dropped \(n("title_dropped"))  still extracted \(n("title_extracted"))",
  "not extracted:   \(n("not_extracted")) labelled quotes"
' "$LABELS"
