#!/usr/bin/env bash
# Cluster-stage cost of two claimdup binaries on one dump, interleaved (A B A B ...), from
# summary.json's CPU seconds (`stage_cpu_seconds.cluster`, `cluster_step_cpu_seconds`): the
# only figure comparable while other jobs share the machine. Prints each run, then per binary
# the median and minimum, and the ratio B/A of medians and of minima (the least disturbed).
#
#   benchmarks/cluster_cost.sh BASE_BIN NEW_BIN [RUNS=3] [DUMP=.bench/e2e_136000.jsonl.zst]
#
# The default dump is the 16x generated corpus of benchmarks/e2e.sh (made there, or:
# build/gen_corpus --articles 136000 --outlets 500 --seed 11 --out DUMP).
set -euo pipefail
[ $# -ge 2 ] || { sed -n '2,9p' "$0" >&2; exit 2; }
A=$1 B=$2 RUNS=${3:-3} DUMP=${4:-.bench/e2e_136000.jsonl.zst}
[ -f "$DUMP" ] || { echo "no dump $DUMP (see the header)" >&2; exit 2; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
log="$out/runs.tsv"
for i in $(seq "$RUNS"); do
  for which in A B; do
    bin=$A; [ $which = B ] && bin=$B
    rm -rf "$out/run"
    "$bin" run "$DUMP" --out "$out/run" --quiet
    python3 - "$which" "$out/run/summary.json" "$log" <<'PY'
import json, sys
which, path, log = sys.argv[1:]
s = json.load(open(path))
cpu = s["stage_cpu_seconds"]["cluster"]
steps = s.get("cluster_step_cpu_seconds", {})
load = open("/proc/loadavg").read().split()[0]
print(f"{which} cluster {cpu:.3f} CPU s  " + " ".join(f"{k}={v:.2f}" for k, v in steps.items())
      + f"  load {load}", flush=True)
open(log, "a").write(f"{which}\t{cpu}\n")
PY
  done
done
python3 - "$log" <<'PY'
import statistics, sys
runs = {"A": [], "B": []}
for line in open(sys.argv[1]):
    w, c = line.split()
    runs[w].append(float(c))
med = {w: statistics.median(v) for w, v in runs.items()}
low = {w: min(v) for w, v in runs.items()}
for w in "AB":
    print(f"{w}: median {med[w]:.3f}, min {low[w]:.3f} CPU s over {len(runs[w])} runs")
print(f"B/A: {med['B'] / med['A']:.2f} (medians), {low['B'] / low['A']:.2f} (minima)")
PY
