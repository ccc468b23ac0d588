#!/usr/bin/env bash
# Installs the Debian 12 packages that only the fuzzers need (clang and its libFuzzer runtime), on top of
# scripts/install-deps.sh. Normal builds use GCC and never need these. Safe to run again.
set -euo pipefail

./scripts/install-deps.sh

PACKAGES=(clang clang-14 libclang-rt-14-dev llvm-14)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing missing packages for fuzzing: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "error: need root (or sudo) to install: ${missing[*]}" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
