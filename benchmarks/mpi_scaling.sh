#!/usr/bin/env bash
# MPI scaling of `claimdup run`: for each dump, one process without mpirun, then
# `mpirun -np N` for N in RANKS; prints wall time, speedup over N = 1, peak RSS of each rank
# (rank 0 first) and whether the output files are byte-identical to the single process
# (summary.json compared without times and memory), then each rank's --verbose line (share
# read, ingest+extract+sketch and exchange seconds with their CPU seconds, candidates+verify,
# edits and quotes-part seconds: with N >= 2 every rank finds LSH and anchor candidates of its
# key range and the other ranks verify the pairs, pipeline/distributed_matching.h, and,
# reading in shares, diffs its own members for
# the fact-check and writes its claims' part of quotes.jsonl, pipeline/distributed_edits.h
# and distributed_quotes.h) and rank 0's stage and cluster step times. Plain .jsonl
# dumps are cut into per-rank byte ranges; a single .zst/.gz dump cannot be cut, and every
# rank then reads all of it (decompress the generated dumps to measure the shared mode).
#
#   benchmarks/mpi_scaling.sh [DUMP...]       # RANKS="1 2 4" UNIT=quotes BUILD=build THREADS=
#
# THREADS=T passes `--threads T` to every run (the single process and each rank); unset, a
# rank takes its share of the machine's cores (cores / N) and the single process all of them.
# THREADS=1 measures the ranks alone (one core each); unset, ranks against threads.
#
# Without arguments: the generated 4x and 16x dumps (BASE_ARTICLES=8500, made in .bench/
# with gen_corpus as benchmarks/e2e.sh does, if missing) and ../shared/real/allsides_dev.jsonl.zst
# when present. Ranks share the machine's cores (--oversubscribe when N > cores).
# benchmarks/mpi_estimate.sh, beside it, prints an ESTIMATE of the speedup on N cores from
# per-rank CPU seconds, for when no machine with that many cores is at hand.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
RANKS=${RANKS:-"1 2 4"}
UNIT=${UNIT:-quotes}
BASE_ARTICLES=${BASE_ARTICLES:-8500}
THREADS=${THREADS:-}
threads_opt=()
[ -n "$THREADS" ] && threads_opt=(--threads "$THREADS")
MPIRUN=${MPIRUN:-"mpirun --oversubscribe $( [ "$(id -u)" = 0 ] && echo --allow-run-as-root )"}
[ -x "$BUILD/claimdup" ] || { echo "build first: scripts/setup.sh" >&2; exit 2; }
mkdir -p .bench
dumps=("$@")
if [ ${#dumps[@]} -eq 0 ]; then
  for scale in 4 16; do
    n=$((BASE_ARTICLES * scale))
    dump=".bench/e2e_${n}.jsonl.zst"
    [ -f "$dump" ] || "$BUILD/gen_corpus" --articles "$n" --outlets 500 --seed 11 --out "$dump" \
      --gold ".bench/e2e_${n}" 2>/dev/null
    dumps+=("$dump")
  done
  [ -f ../shared/real/allsides_dev.jsonl.zst ] && dumps+=(../shared/real/allsides_dev.jsonl.zst)
fi
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1e6}' /proc/meminfo); unit $UNIT; threads ${THREADS:-cores / ranks}"
# Files of folder $1 and $2 are the same (summary.json without times and memory).
same() {
  python3 - "$1" "$2" <<'PY'
import json, os, sys
a, b = sys.argv[1], sys.argv[2]
def load(d, f):
    data = open(os.path.join(d, f), "rb").read()
    if f != "summary.json": return data
    s = json.loads(data)
    for k in ("stage_seconds", "cluster_step_seconds", "stage_cpu_seconds",
              "cluster_step_cpu_seconds", "total_seconds", "peak_rss_bytes"):
        s.pop(k, None)
    s["parameters"].pop("threads", None)
    return s
names = sorted(os.listdir(a))
if names != sorted(os.listdir(b)):
    print("NO (other files)")
else:
    bad = [f for f in names if load(a, f) != load(b, f)]
    print("yes" if not bad else "NO: " + ",".join(bad))
PY
}
for dump in "${dumps[@]}"; do
  name=$(basename "$dump")
  out=".bench/mpi_out"
  rm -rf "$out.single"
  s=$(date +%s.%N)
  "$BUILD/claimdup" run "$dump" --unit "$UNIT" --out "$out.single" --quiet "${threads_opt[@]}"
  e=$(date +%s.%N)
  single_rss=$(python3 -c "import json; print(round(json.load(open('$out.single/summary.json'))['peak_rss_bytes'] / 1e6))")
  printf "%-28s %-12s %8s %8s  %-8s %s\n" dump run "wall s" speedup same "peak RSS per rank (MB)"
  printf "%-28s %-12s %8.2f %8s  %-8s %s\n" "$name" "1 process" "$(python3 -c "print($e - $s)")" "" "" "$single_rss"
  base=""
  for n in $RANKS; do
    rm -rf "$out.$n"
    s=$(date +%s.%N)
    $MPIRUN -np "$n" "$BUILD/claimdup" run "$dump" --unit "$UNIT" --out "$out.$n" --quiet \
      "${threads_opt[@]}" --verbose 2> ".bench/mpi_log.$n" >/dev/null
    e=$(date +%s.%N)
    wall=$(python3 -c "print($e - $s)")
    [ -z "$base" ] && base=$wall
    rss=$(python3 - ".bench/mpi_log.$n" <<'PY'
import re, sys
ranks = {}
for line in open(sys.argv[1]):
    m = re.match(r"rank (\d+) of \d+: .* peak RSS ([\d.]+) (\w+)", line)
    if m:
        scale = {"B": 1e-6, "KB": 1e-3, "MB": 1, "GB": 1e3}.get(m.group(3), 1)
        ranks[int(m.group(1))] = round(float(m.group(2)) * scale)
print(" ".join(str(ranks[r]) for r in sorted(ranks)))
PY
)
    printf "%-28s %-12s %8.2f %8.2f  %-8s %s\n" "$name" "mpirun -np $n" "$wall" \
      "$(python3 -c "print($base / $wall)")" "$(same "$out.single" "$out.$n")" "$rss"
    # Per rank: whether it read its own share or all input, its ingest+extract+sketch and
    # exchange times; then rank 0's stages (after ingest, rank 0's own part of the work).
    grep -E "^rank [0-9]+ of" ".bench/mpi_log.$n" | sort -n -k2 | sed 's/^/    /'
    grep -E "^stage " ".bench/mpi_log.$n" | sed 's/^/    rank 0 /'
    python3 - "$out.$n/summary.json" <<'PY'
import json, sys
steps = json.load(open(sys.argv[1])).get("cluster_step_seconds", {})
print("    rank 0 cluster steps: " + ", ".join("%s %.3f s" % kv for kv in steps.items()))
PY
    rm -rf "$out.$n"
  done
  rm -rf "$out.single"
done
