#!/usr/bin/env bash
# Packs a Release claimdup, gen_corpus and Debian's Open MPI runtime into one folder that runs
# on another x86-64 Linux machine with no Open MPI and other libraries (Debian's own loader
# and libc travel too), so that benchmarks/mpi_scaling.sh can measure there. This is how the
# 16-core figures of docs/cluster_rounds.md ("Measured on 16 cores") were taken.
#
#   benchmarks/mpi_bundle.sh DIR            # BUILD=build; DIR is made anew (about 27 MB)
#   # then, on the other machine, from a checkout of the same commit:
#   . DIR/env.sh && BUILD=DIR MPIRUN="$MPIRUN" THREADS=1 RANKS="1 2 4 8 16" \
#       benchmarks/mpi_scaling.sh DUMP.jsonl
#
# DIR/claimdup, DIR/gen_corpus and DIR/mpirun are wrappers that start the packed programs
# with the packed loader and libraries; env.sh points Open MPI and PMIx at the packed
# plugins and help files, and sets a one-machine launch (no ssh, shared-memory transport).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
[ $# -eq 1 ] || { echo "usage: $0 DIR" >&2; exit 2; }
B=$(realpath -m "$1")
[ -x "$BUILD/claimdup" ] && [ -x "$BUILD/gen_corpus" ] || { echo "build first: scripts/setup.sh" >&2; exit 2; }
command -v orterun >/dev/null || { echo "needs Open MPI (scripts/deps.sh)" >&2; exit 2; }
arch=/usr/lib/x86_64-linux-gnu
rm -rf "$B"
mkdir -p "$B/lib" "$B/bin" "$B/root/usr/bin" "$B/root$arch/pmix2" "$B/root/usr/share" "$B/root/etc"
cp "$BUILD/claimdup" "$BUILD/gen_corpus" "$B/bin/"
cp -a "$arch/openmpi" "$B/root$arch/"
rm -rf "$B/root$arch/openmpi/include"
cp -a "$arch/pmix2/lib" "$arch/pmix2/share" "$B/root$arch/pmix2/"
rm -f "$B/root$arch/pmix2/lib/libpmix.a"
cp -a /usr/share/openmpi "$B/root/usr/share/"
cp -a /etc/openmpi "$B/root/etc/"
cp "$(command -v orterun)" "$B/root/usr/bin/"
# Every shared library the programs and Open MPI's plugins need, the loader included.
find "$B/bin" "$B/root" -type f \( -name '*.so*' -o -perm -u+x \) -print0 |
  xargs -0 file -L | awk -F: '/ELF/ {print $1}' |
  while read -r f; do ldd "$f" 2>/dev/null | awk '/=>/ {print $3} /ld-linux/ {print $1}'; done |
  grep '^/' | sort -u | while read -r l; do cp -L "$l" "$B/lib/"; done
# One machine needs no network fabrics: their libraries stay behind (their plugins then do
# not load, silently).
rm -f "$B"/lib/libfabric* "$B"/lib/libuc[mpst]* "$B"/lib/libpsm* "$B"/lib/libinfinipath* \
  "$B"/lib/libibverbs* "$B"/lib/librdmacm* "$B"/lib/libefa* "$B"/lib/libnl-* "$B"/lib/liboshmem*
find "$B" -type f \( -name '*.so*' -o -path "$B/bin/*" -o -path "$B/root/usr/bin/*" \) \
  -exec strip --strip-unneeded {} + 2>/dev/null || true
cat > "$B/env.sh" <<'EOF'
# Sourced: points Open MPI and PMIx at this folder; sets MPIRUN for benchmarks/mpi_scaling.sh.
B=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
export OPAL_PREFIX=$B/root/usr
export PMIX_INSTALL_PREFIX=$B/root/usr/lib/x86_64-linux-gnu/pmix2
export PMIX_MCA_mca_base_component_path=$PMIX_INSTALL_PREFIX/lib/pmix
export OMPI_MCA_mca_base_component_show_load_errors=0 PMIX_MCA_mca_base_component_show_load_errors=0
export OMPI_MCA_plm=isolated OMPI_MCA_btl=self,vader OMPI_MCA_pml=ob1
export OMPI_MCA_btl_vader_single_copy_mechanism=none OMPI_MCA_osc=^ucx,rdma OMPI_MCA_mtl=^ofi,psm,psm2
MPIRUN="$B/mpirun --oversubscribe --bind-to none $( [ "$(id -u)" = 0 ] && echo --allow-run-as-root )"
EOF
for p in claimdup gen_corpus mpirun; do
  target=bin/$p
  [ "$p" = mpirun ] && target=root/usr/bin/orterun
  cat > "$B/$p" <<EOF
#!/bin/sh
B=\$(cd "\$(dirname "\$0")" && pwd)
exec "\$B/lib/ld-linux-x86-64.so.2" --library-path "\$B/lib:\$B/root$arch/openmpi/lib" "\$B/$target" "\$@"
EOF
  chmod +x "$B/$p"
done
du -sh "$B"
