#!/usr/bin/env python3
"""Daily runs against an index (`claimdup run --index`): agreement with one run, cost of a day.

Two measurements (README, "Daily runs with an index"):

  real  A real dump split by year of date_publish (undated articles last): one `run` over all
        years in that order against one indexed run per year, then `report`. Prints the
        B-cubed F1 between the two partitions of the claims (claims keyed by document and
        span) and the index size per claim.
  grow  Adding a 1x day to an index that already holds a 16x dump, against a fresh `run` of
        that 1x day: wall seconds (best of --repeat) and peak RSS of each.

Usage:
  benchmarks/index_bench.py real BIN DUMP.jsonl.zst WORKDIR
  benchmarks/index_bench.py grow BIN BIG.jsonl.zst DAY.jsonl.zst WORKDIR [--repeat N]
WORKDIR receives the split files, indexes and outputs (use .bench/, which git ignores).
"""
import json
import os
import shutil
import subprocess
import sys
import time
from collections import Counter, defaultdict


def run(cmd):
    start = time.monotonic()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return time.monotonic() - start


def quotes(path):
    out = {}
    with open(path) as f:
        for line in f:
            q = json.loads(line)
            out[(q["doc"], q["begin"], q["end"])] = q["cluster"]
    return out


def bcubed_f1(a, b):
    keys = [k for k in a if k in b]
    size_a, size_b, size_ab = Counter(), Counter(), Counter()
    for k in keys:
        size_a[a[k]] += 1
        size_b[b[k]] += 1
        size_ab[(a[k], b[k])] += 1
    p = sum(size_ab[(a[k], b[k])] / size_b[b[k]] for k in keys) / len(keys)
    r = sum(size_ab[(a[k], b[k])] / size_a[a[k]] for k in keys) / len(keys)
    return 2 * p * r / (p + r), p, r, len(keys), len(a), len(b)


def split_by_year(dump, workdir):
    by_year = defaultdict(list)
    text = subprocess.run(["zstd", "-dc", dump], check=True, capture_output=True).stdout
    for line in text.decode("utf-8").splitlines():
        if not line.strip():
            continue
        date = json.loads(line).get("date_publish") or ""
        year = date[:4] if date[:4].isdigit() else "undated"
        by_year[year].append(line)
    files = []
    for year in sorted(y for y in by_year if y != "undated") + (
            ["undated"] if "undated" in by_year else []):
        path = os.path.join(workdir, f"year_{year}.jsonl")
        with open(path, "w") as f:
            f.write("\n".join(by_year[year]) + "\n")
        files.append((year, path, len(by_year[year])))
    return files


def real(bin_, dump, workdir):
    os.makedirs(workdir, exist_ok=True)
    files = split_by_year(dump, workdir)
    one = os.path.join(workdir, "one")
    t_one = run([bin_, "run", *[p for _, p, _ in files], "--out", one, "--quiet"])
    index = os.path.join(workdir, "real.index")
    if os.path.exists(index):
        os.remove(index)
    total = 0.0
    for year, path, n in files:
        t = run([bin_, "run", path, "--index", index, "--out",
                 os.path.join(workdir, f"day_{year}"), "--quiet"])
        s = json.load(open(os.path.join(workdir, f"day_{year}", "summary.json")))
        total += t
        print(f"  {year}: {n} articles, {s['new_claims']} claims, {s['old_claims_loaded']} earlier "
              f"claims loaded, {s['joined_existing_clusters']} joined earlier clusters, "
              f"{s['merged_clusters']} merges, {t:.2f} s, peak {s['peak_rss_bytes'] >> 20} MB")
    rep = os.path.join(workdir, "report")
    run([bin_, "report", "--index", index, "--out", rep, "--quiet"])
    f1, p, r, n, na, nb = bcubed_f1(quotes(os.path.join(one, "quotes.jsonl")),
                                    quotes(os.path.join(rep, "quotes.jsonl")))
    size = os.path.getsize(index)
    print(f"one run over {len(files)} years: {t_one:.2f} s; indexed year by year: {total:.2f} s")
    print(f"B-cubed F1 one run vs indexed: {f1:.4f} (P {p:.4f} R {r:.4f}) over {n} claims "
          f"(one run {na}, index {nb})")
    print(f"index: {size} bytes, {nb} claims, {size / max(1, nb):.0f} bytes per claim")


def grow(bin_, big, day, workdir, repeat):
    os.makedirs(workdir, exist_ok=True)
    base = os.path.join(workdir, "big.index")
    if not os.path.exists(base):
        t = run([bin_, "run", big, "--index", base, "--out", os.path.join(workdir, "big"),
                 "--quiet"])
        s = json.load(open(os.path.join(workdir, "big", "summary.json")))
        print(f"indexing {big}: {t:.2f} s, {s['index_claims']} claims, "
              f"{os.path.getsize(base)} bytes ({os.path.getsize(base) / s['index_claims']:.0f} "
              f"bytes per claim), peak {s['peak_rss_bytes'] >> 20} MB")
    fresh, added = [], []
    for _ in range(repeat):
        fresh.append(run([bin_, "run", day, "--out", os.path.join(workdir, "fresh"), "--quiet"]))
        copy = os.path.join(workdir, "grow.index")
        shutil.copyfile(base, copy)
        added.append(run([bin_, "run", day, "--index", copy, "--out",
                          os.path.join(workdir, "grow"), "--quiet"]))
    s_fresh = json.load(open(os.path.join(workdir, "fresh", "summary.json")))
    s_add = json.load(open(os.path.join(workdir, "grow", "summary.json")))
    print(f"fresh 1x run: {min(fresh):.2f} s (runs {', '.join(f'{x:.2f}' for x in fresh)}), "
          f"peak {s_fresh.get('peak_rss_bytes', 0) >> 20} MB")
    print(f"adding 1x to the 16x index: {min(added):.2f} s (runs "
          f"{', '.join(f'{x:.2f}' for x in added)}), peak {s_add['peak_rss_bytes'] >> 20} MB, "
          f"{s_add['old_claims_loaded']} earlier claims loaded, stages {s_add['stages_seconds']}")
    print(f"ratio: {min(added) / min(fresh):.2f}x")


if __name__ == "__main__":
    args = sys.argv[1:]
    if len(args) == 4 and args[0] == "real":
        real(*args[1:])
    elif len(args) >= 5 and args[0] == "grow":
        repeat = int(args[args.index("--repeat") + 1]) if "--repeat" in args else 3
        grow(args[1], args[2], args[3], args[4], repeat)
    else:
        sys.exit(__doc__)
