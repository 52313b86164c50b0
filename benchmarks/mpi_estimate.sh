#!/usr/bin/env bash
# An ESTIMATE of the speedup of `mpirun -np N claimdup run` on a machine with N cores, made
# on any machine (oversubscribed) from CPU seconds, for when no N-core machine is at hand.
#
#   benchmarks/mpi_estimate.sh DUMP        # RANKS="8 16" UNIT=quotes BUILD=build
#
# It runs `mpirun -np 1` once, then `mpirun -np N` for each N in RANKS, each with --verbose,
# and prints
#   estimate(N) = (CPU seconds of the whole run at N = 1) / (max over ranks of CPU seconds at N)
# that is, the speedup if every rank had a core of its own and ran at the CPU time it used
# here. It is NOT a measurement: it ignores memory bandwidth shared by the ranks of one
# machine, the network between machines, waiting (a rank waiting for rank 0 sleeps and
# spends no CPU, so waiting chains are not counted) and the threads of the N = 1 run
# (their CPU seconds are summed as if on one core). Use a plain .jsonl dump: it is read in
# shares (a single .zst cannot be cut, so every rank would read all of it).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
RANKS=${RANKS:-"8 16"}
UNIT=${UNIT:-quotes}
MPIRUN=${MPIRUN:-"mpirun --oversubscribe $( [ "$(id -u)" = 0 ] && echo --allow-run-as-root )"}
[ $# -eq 1 ] || { echo "usage: $0 DUMP.jsonl" >&2; exit 2; }
dump=$1
[ -x "$BUILD/claimdup" ] || { echo "build first: scripts/setup.sh" >&2; exit 2; }
mkdir -p .bench
out=.bench/mpi_estimate_out
# Each rank's CPU seconds from its --verbose line, rank 0 first, as "r:cpu ...".
rank_cpu() {
  python3 - "$1" <<'PY'
import re, sys
cpu = {}
for line in open(sys.argv[1]):
    m = re.match(r"rank (\d+) of \d+: .*, CPU ([\d.]+) s, peak RSS", line)
    if m:
        cpu[int(m.group(1))] = float(m.group(2))
print(" ".join("%d:%.2f" % (r, cpu[r]) for r in sorted(cpu)))
PY
}
run_ranks() {  # $1 = N; leaves the --verbose log in .bench/mpi_estimate_log.N
  rm -rf "$out"
  $MPIRUN -np "$1" "$BUILD/claimdup" run "$dump" --unit "$UNIT" --out "$out" --quiet \
    --verbose 2> ".bench/mpi_estimate_log.$1" >/dev/null
  rm -rf "$out"
}
echo "ESTIMATE from CPU seconds on this machine ($(nproc) cores, oversubscribed), not a"
echo "measurement: it ignores memory bandwidth, the network and waiting. $(basename "$dump"), unit $UNIT"
run_ranks 1
base=$(rank_cpu .bench/mpi_estimate_log.1 | sed 's/^0://')
printf "N = 1: CPU %.2f s (all threads)\n" "$base"
for n in $RANKS; do
  run_ranks "$n"
  cpus=$(rank_cpu ".bench/mpi_estimate_log.$n")
  python3 - "$n" "$base" "$cpus" <<'PY'
import sys
n, base, cpus = int(sys.argv[1]), float(sys.argv[2]), sys.argv[3].split()
cpu = {int(k): float(v) for k, v in (c.split(":") for c in cpus)}
top = max(cpu.values())
others = [v for r, v in cpu.items() if r != 0]
print("N = %d: rank 0 CPU %.2f s, other ranks %.2f-%.2f s; estimated speedup on %d cores: "
      "%.2f / %.2f = %.1fx (ESTIMATE)" % (n, cpu[0], min(others), max(others), n, base, top,
                                          base / top))
PY
done
