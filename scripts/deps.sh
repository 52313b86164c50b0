#!/usr/bin/env bash
# Installs the Debian packages claimdup builds with, only those missing (apt-get; run as
# root or with sudo available). Extra package names may be given as arguments.
set -euo pipefail
packages=(build-essential cmake ninja-build pkg-config libabsl-dev libxxhash-dev
          libeigen3-dev libgtest-dev libbenchmark-dev zlib1g-dev libzstd-dev libsimdjson-dev libsqlite3-dev
          zstd libopenmpi-dev openmpi-bin "$@")
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "Installing: ${missing[*]}" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
