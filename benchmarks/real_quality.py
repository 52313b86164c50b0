#!/usr/bin/env python3
"""Scores a claimdup quotes run on real news: the four figures of the matching model.

Reads DIR/quotes.jsonl and DIR/clusters.jsonl of `claimdup run` (quotes mode) and prints:

  verbatim recall   word sequences of >= 8 words that are whole quote groups in 2+ outlets:
                    share whose occurrences all sit in one cluster;
  verbatim inside   quote groups of >= 8 words found word for word inside a longer quote
                    group of another outlet: share clustered with at least one of them;
  excerpt recall    quote groups sharing a run of >= 10 consecutive words with another
                    outlet's quote group (runs found in > 50 groups ignored as stock phrases,
                    MemeTracker's rule): share clustered with at least one of them;
  short canonicals  cross-outlet clusters whose canonical text has fewer than MIN_WORDS words;
  incoherent        members of cross-outlet clusters whose quote group shares fewer than half
                    its distinct words with the cluster's root (its longest member quote group).

A quote group is a quote with its split parts joined; its cluster is its first part's. Words
are lower-cased runs of letters and digits (apostrophes folded), so punctuation, case and
curly quotes do not count as differences. Pure Python: about a minute on the 18,661-article dev
dump. Usage: real_quality.py DIR [--min-words 5] [--examples N]
"""
import argparse
import collections
import json
import random
import re
import sys

WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)*")


def words_of(text):
    return WORD.findall(text.lower().replace("\u2019", "'").replace("\u2018", "'"))


def load(path_dir):
    groups = collections.OrderedDict()  # quote_group -> dict
    with open(f"{path_dir}/quotes.jsonl", encoding="utf-8") as f:
        for line in f:
            q = json.loads(line)
            g = groups.get(q["quote_group"])
            if g is None:
                g = groups[q["quote_group"]] = {
                    "outlet": q["outlet"], "cluster": q["cluster"], "parts": [],
                    "clusters": set(), "doc": q["doc"]}
            g["parts"].append(q["text"])
            g["clusters"].add(q["cluster"])
    for g in groups.values():
        g["words"] = words_of(" ".join(g["parts"]))
    clusters = []
    with open(f"{path_dir}/clusters.jsonl", encoding="utf-8") as f:
        for line in f:
            c = json.loads(line)
            clusters.append({k: c[k] for k in ("cluster", "n_outlets", "canonical", "size")})
    return groups, clusters


def windows(ws, k):
    return {hash(tuple(ws[i:i + k])) for i in range(len(ws) - k + 1)}


def verbatim_recall(groups, examples):
    """(identical: total, ok), (inside: total, ok), misses. Identical: the same word sequence
    as whole quote groups of 2+ outlets, all in one cluster. Inside: a quote group found word
    for word inside another outlet's (longer) quote group, clustered with at least one."""
    k = 8
    by_window = collections.defaultdict(list)
    by_words = collections.defaultdict(list)
    for gid, g in groups.items():
        by_words[tuple(g["words"])].append(gid)
        for h in windows(g["words"], k):
            by_window[h].append(gid)
    same_total = same_ok = in_total = in_ok = 0
    misses = []
    for ws, gids in by_words.items():
        if len(ws) >= k and len({groups[h]["outlet"] for h in gids}) >= 2:
            same_total += 1
            if len({groups[h]["cluster"] for h in gids}) == 1:
                same_ok += 1
            elif len(misses) < examples:
                misses.append(("same", " ".join(ws), [(groups[h]["outlet"], groups[h]["cluster"]) for h in gids]))
    for gid, g in groups.items():
        ws = g["words"]
        if len(ws) < k:
            continue
        needle = " " + " ".join(ws) + " "
        holders = [h for h in by_window[hash(tuple(ws[:k]))]
                   if groups[h]["outlet"] != g["outlet"] and len(groups[h]["words"]) > len(ws)
                   and needle in " " + " ".join(groups[h]["words"]) + " "]
        if not holders:
            continue
        in_total += 1
        if any(groups[h]["cluster"] == g["cluster"] for h in holders):
            in_ok += 1
        elif len(misses) < 2 * examples:
            misses.append(("inside", " ".join(ws), [(groups[h]["outlet"], groups[h]["cluster"]) for h in holders]))
    return (same_total, same_ok), (in_total, in_ok), misses


def excerpt_recall(groups, examples):
    k, max_groups = 10, 50
    by_window = collections.defaultdict(set)
    for gid, g in groups.items():
        for h in windows(g["words"], k):
            by_window[h].add(gid)
    total = ok = 0
    misses = []
    for gid, g in groups.items():
        linked = set()
        for h in windows(g["words"], k):
            members = by_window[h]
            if len(members) > max_groups:
                continue
            linked.update(m for m in members if groups[m]["outlet"] != g["outlet"])
        if not linked:
            continue
        total += 1
        if any(groups[m]["cluster"] == g["cluster"] for m in linked):
            ok += 1
        elif len(misses) < examples:
            other = groups[min(linked)]
            misses.append((" ".join(g["words"]), " ".join(other["words"])))
    return total, ok, misses


def incoherent(groups, clusters, examples):
    cross = {c["cluster"] for c in clusters if c["n_outlets"] > 1}
    members = collections.defaultdict(list)
    for gid, g in groups.items():
        if g["cluster"] in cross:
            members[g["cluster"]].append(gid)
    total = bad = 0
    shown = []
    for cid, gids in members.items():
        root = max(gids, key=lambda x: (len(groups[x]["words"]), -x))
        root_words = set(groups[root]["words"])
        for gid in gids:
            ws = set(groups[gid]["words"])
            n = len(groups[gid]["parts"])
            total += n
            if ws and len(ws & root_words) * 2 < len(ws):
                bad += n
                if len(shown) < examples:
                    shown.append((" ".join(groups[gid]["words"]), " ".join(groups[root]["words"])))
    return total, bad, shown


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dir")
    ap.add_argument("--min-words", type=int, default=5)
    ap.add_argument("--examples", type=int, default=0, help="print N misses of each kind")
    a = ap.parse_args()
    groups, clusters = load(a.dir)
    (vt, vo), (wt, wo), vmiss = verbatim_recall(groups, a.examples)
    et, eo, emiss = excerpt_recall(groups, a.examples)
    short = [c for c in clusters if c["n_outlets"] > 1 and len(words_of(c["canonical"])) < a.min_words]
    it, ib, ishow = incoherent(groups, clusters, a.examples)
    cross = sum(1 for c in clusters if c["n_outlets"] > 1)
    print(f"quote groups:        {len(groups)}")
    print(f"cross-outlet clusters: {cross}")
    print(f"verbatim recall:     {vo / max(vt, 1):.4f} ({vo} of {vt})")
    print(f"verbatim inside:     {wo / max(wt, 1):.4f} ({wo} of {wt})")
    print(f"excerpt recall:      {eo / max(et, 1):.4f} ({eo} of {et})")
    print(f"short canonicals:    {len(short)}")
    print(f"incoherent members:  {ib / max(it, 1):.4f} ({ib} of {it})")
    for title, rows in (("verbatim misses", vmiss), ("excerpt misses", emiss),
                        ("incoherent", ishow)):
        if rows:
            print(f"\n## {title}")
            for r in rows:
                print(" *", r)
    if a.examples and short:
        print("\n## short canonicals")
        for c in short[:a.examples]:
            print(" *", c["n_outlets"], repr(c["canonical"]))


if __name__ == "__main__":
    sys.exit(main())
