#!/usr/bin/env bash
# End-to-end throughput: generates (or reuses, in .bench/) news dumps of 1x, 4x and 16x a
# base size (BASE_ARTICLES=8500 is ~64 MB of JSONL), runs `claimdup run` on each in quotes and in
# sentences mode, and prints input MB/s (uncompressed JSONL), articles/s, claims/s, peak RSS,
# per-stage time and the scaling ratio time(16x)/time(1x). With REPEAT=N each run is repeated
# N times and the fastest is reported (noisy machines: the minimum is the least disturbed).
#
#   benchmarks/e2e.sh                 # BASE_ARTICLES=8500 SCALES="1 4 16" THREADS=0 BUILD=build
#   REPEAT=3 UNITS=sentences benchmarks/e2e.sh
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
BASE_ARTICLES=${BASE_ARTICLES:-8500}
SCALES=${SCALES:-"1 4 16"}
THREADS=${THREADS:-0}
UNITS=${UNITS:-"quotes sentences"}
REPEAT=${REPEAT:-1}
[ -x "$BUILD/gen_corpus" ] || { echo "build first: scripts/setup.sh" >&2; exit 2; }
mkdir -p .bench
threads_flag=""
[ "$THREADS" != 0 ] && threads_flag="--threads $THREADS"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1e6}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
printf "%-9s %-5s %8s %9s %9s %8s %8s %10s %11s %9s  %s\n" unit scale "MB" articles claims "wall s" "MB/s" "articles/s" "claims/s" "peak MB" "stages (s)"
for unit in $UNITS; do
  first=""
  for scale in $SCALES; do
    n=$((BASE_ARTICLES * scale))
    dump=".bench/e2e_${n}.jsonl.zst"
    [ -f "$dump" ] || "$BUILD/gen_corpus" --articles "$n" --outlets 500 --seed 11 --out "$dump" \
      --gold ".bench/e2e_${n}" 2>/dev/null
    out=".bench/e2e_out_${unit}_${n}"
    best=""
    for _ in $(seq "$REPEAT"); do
      s=$(date +%s.%N)
      "$BUILD/claimdup" run "$dump" --unit "$unit" --out "$out.try" --quiet $threads_flag
      e=$(date +%s.%N)
      if [ -z "$best" ] || python3 -c "import sys; sys.exit(0 if $e - $s < $best else 1)"; then
        best=$(python3 -c "print($e - $s)"); start=$s; end=$e
        rm -rf "$out"; mv "$out.try" "$out"
      fi
    done
    rm -rf "$out.try"
    python3 - "$out/summary.json" "$unit" "$scale" "$start" "$end" <<'PY'
import json, sys
s = json.load(open(sys.argv[1])); unit, scale = sys.argv[2], sys.argv[3]
wall = float(sys.argv[5]) - float(sys.argv[4]); c = s["counts"]
mb = c["input_bytes"] / 1e6
stages = " ".join(f"{k.split('+')[0]}={v:.2f}" for k, v in s["stage_seconds"].items())
print(f"{unit:<9} {scale+'x':<5} {mb:8.1f} {c['documents']:9d} {c['claims']:9d} {wall:8.2f} "
      f"{mb / wall:8.1f} {c['documents'] / wall:10.0f} {c['claims'] / wall:11.0f} "
      f"{s['peak_rss_bytes'] / 1e6:9.0f}  {stages}")
PY
    [ -z "$first" ] && first=$(python3 -c "print($end - $start)")
    last=$(python3 -c "print($end - $start)")
  done
  python3 -c "print(f'  {\"$unit\"}: time(largest)/time(1x) = {$last / $first:.2f} (best of $REPEAT)')"
done
