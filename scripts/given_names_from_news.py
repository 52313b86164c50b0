#!/usr/bin/env python3
"""Given names that real news credits with speech, for src/extract/given_names_data.inc.

Reads the real dumps (JSONL, .zst) named on the command line (the project used the AllSides
dev half, buzzfeed_webis_2016, event_days and pac_pairs from ../shared/real/; never a
held-out file) and prints "name G" lines (lower case, G in M/F/U) for capitalized words that
open a two-word "First Last" name credited with speech (`First Last said`, `said First Last`,
`First Last, <appositive>, said`), or whose "Last" the same article credits alone (`Last
said`, `Mr. Last`), and that the list does not hold yet (--known).

A word is kept when:
  * it opens such a credited name in at least --min-articles articles, with at least
    --min-surnames different second words (so "White House said" or "Fox News reported",
    one second word each, do not count);
  * it reads as a given name wherever it stands: at most 2% of its capitalized uses follow
    "the"/"a"/"in"/"of"/"from"/"to" ("the Senate", "in Texas", "of Virginia"), at most 30%
    follow another capitalized word that is no title ("Los Angeles", "Johns Hopkins", "Kim
    Jong"; a surname like "Ben Jeffery" is fine), at least half come before a capitalized
    word (a given name opens a name; not "Advertisement"), at most 5% of all its uses are lower case, and it is no month,
    weekday, title or party word.
Gender comes only from honorifics, as for the rest of the list: in an article that writes
"First Last" and also "Mr. Last" (M) or "Mrs./Ms./Miss Last" (F); 3+ articles agreeing at
90% decide it, anything else is "U".

Usage: scripts/given_names_from_news.py --known src/extract/given_names_data.inc \
           ../shared/real/allsides_dev.jsonl.zst ... > new_names.txt
"""
import argparse
import collections
import io
import json
import re
import subprocess
import sys

SPEECH = (r"said|says|told|tells|added|adds|wrote|writes|explained|noted|argued|asked|"
          r"stated|declared|warned|insisted|testified|tweeted|recalled|continued|replied")
# Words that open "Capitalized Capitalized said" and are no given name; the share tests
# below catch most, this catches what news writes mostly without "the" (titles, parties,
# photo credits: "Getty Images" reads like a name by every share test).
NOT_NAMES = set("""
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
mr mrs ms miss dr sen sens rep reps gov gen lt col sgt capt adm prof rev st
president senator governor mayor judge justice secretary chairman chairwoman speaker
representative congressman congresswoman attorney general director minister prime chief
officer spokesman spokeswoman spokesperson commissioner ambassador leader sheriff
republican republicans democrat democrats democratic gop conservative liberal progressive
senate house congress white state states federal national american americans united
north south east west new old former then acting deputy vice first lady sir lord
god jesus christ allah pope king queen prince princess saint
getty pinterest advertisement
the a an and or but if when while as at in on of for to from by with after before
i we you he she it they this that these those there here his her their our my your
""".split())
PREPS = {"the", "a", "an", "in", "of", "from", "to"}

NAME = r"([A-Z][a-z]{1,20})"
LAST = r"([A-Z][a-zA-Z'\-]{1,25})"
CREDITED = [
    re.compile(r"\b" + NAME + " " + LAST + r",? (?:" + SPEECH + r")\b"),
    re.compile(r"\b(?:" + SPEECH + r") " + NAME + " " + LAST + r"\b(?! [A-Z])"),
    re.compile(r"(?:^|[.!?\"”] )" + NAME + " " + LAST + r", [^,.\"“”]{3,80}, (?:" + SPEECH +
               r")\b"),
]
PAIR = re.compile(r"\b" + NAME + " " + LAST + r"\b(?! [A-Z])")
HONORIFIC = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.? ([A-Z][a-zA-Z'\-]+)")
# Words (a period kept: it ends a sentence or an abbreviation) and line ends.
TOKEN = re.compile(r"[A-Za-z]+\.?|\n|[^\sA-Za-z]")


def Articles(paths):
    for path in paths:
        data = subprocess.run(["zstd", "-dc", path], check=True, capture_output=True).stdout
        for line in io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"):
            line = line.strip()
            if line:
                yield json.loads(line).get("maintext") or ""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--known", required=True, help="given_names_data.inc")
    ap.add_argument("--min-articles", type=int, default=2)
    ap.add_argument("--min-surnames", type=int, default=2)
    ap.add_argument("dumps", nargs="+")
    args = ap.parse_args()
    known = set()
    for line in open(args.known, encoding="utf-8"):
        parts = line.split()
        if len(parts) == 2 and parts[0].isalpha() and parts[0].islower():
            known.add(parts[0])

    credited_articles = collections.Counter()
    surnames = collections.defaultdict(set)
    votes = collections.defaultdict(lambda: [0, 0])  # name -> [M articles, F articles]
    for text in Articles(args.dumps):
        firsts_by_last = collections.defaultdict(set)
        seen = set()
        for pattern in CREDITED:
            for m in pattern.finditer(text):
                first, last = m.group(1), m.group(2)
                low = first.lower()
                if low in known or low in NOT_NAMES or last.lower() in NOT_NAMES:
                    continue
                seen.add(low)
                surnames[low].add(last)
                firsts_by_last[last].add(low)
        # "First Last" anywhere, then "Last" alone credited or under an honorific.
        for m in PAIR.finditer(text):
            first, last = m.group(1), m.group(2)
            low = first.lower()
            if (low in known or low in NOT_NAMES or last.lower() in NOT_NAMES or low in seen or
                    not re.search(r"(?:\b(?:Mr|Mrs|Ms|Miss)\.? " + last + r"|(?<!" + first +
                                  r" )\b" + last + r",? (?:" + SPEECH + r")\b)", text)):
                continue
            seen.add(low)
            surnames[low].add(last)
            firsts_by_last[last].add(low)
        for low in seen:
            credited_articles[low] += 1
        honorifics = collections.defaultdict(set)
        for m in HONORIFIC.finditer(text):
            honorifics[m.group(2)].add("M" if m.group(1) == "Mr" else "F")
        for last, firsts in firsts_by_last.items():
            h = honorifics.get(last)
            if not h or len(h) != 1:
                continue
            for low in firsts:
                votes[low][0 if "M" in h else 1] += 1

    candidates = {w for w, n in credited_articles.items()
                  if n >= args.min_articles and len(surnames[w]) >= args.min_surnames}
    # Second pass: how each candidate stands elsewhere.
    uses = collections.Counter()
    lower_uses = collections.Counter()
    after_prep = collections.Counter()
    after_cap = collections.Counter()  # "Los Angeles", "Johns Hopkins", "Kim Jong"
    before_cap = collections.Counter()  # "Jeffery Bell": a given name opens a name
    for text in Articles(args.dumps):
        tokens = TOKEN.findall(text)
        for i, tok in enumerate(tokens):
            w = tok.rstrip(".")
            low = w.lower()
            if low not in candidates:
                continue
            uses[low] += 1
            if w[0].islower():
                lower_uses[low] += 1
                continue
            before = tokens[i - 1] if i > 0 else "\n"
            after = tokens[i + 1] if i + 1 < len(tokens) else "\n"
            if before.lower() in PREPS:
                after_prep[low] += 1
            elif (before[:1].isupper() and not before.endswith(".") and
                  before.lower() not in NOT_NAMES):
                after_cap[low] += 1
            if after[:1].isupper() and not tok.endswith("."):
                before_cap[low] += 1
    for w in sorted(candidates):
        capitalized = uses[w] - lower_uses[w]
        stats = (f"{credited_articles[w]} articles, {len(surnames[w])} surnames, "
                 f"M {votes[w][0]} F {votes[w][1]}, lower {lower_uses[w]}/{uses[w]}, after "
                 f"prep {after_prep[w]}, after a capitalized word {after_cap[w]}, before one "
                 f"{before_cap[w]}")
        if (lower_uses[w] > 0.05 * uses[w] or after_prep[w] > 0.02 * capitalized or
                after_cap[w] > 0.3 * capitalized or before_cap[w] < 0.5 * capitalized):
            print(f"rejected {w}\t{stats}", file=sys.stderr)
            continue
        m, f = votes[w]
        g = "U"
        if m + f >= 3 and m >= 0.9 * (m + f):
            g = "M"
        elif m + f >= 3 and f >= 0.9 * (m + f):
            g = "F"
        print(f"{w} {g}")
        print(f"kept {w}\t{stats}", file=sys.stderr)

if __name__ == "__main__":
    main()
