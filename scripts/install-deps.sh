#!/usr/bin/env bash
# Installs every Debian 12 package Awaitscope needs to build, test, run and package.
# Safe to run again: it asks dpkg what is there (well under a second) and calls apt only when something is
# missing.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-svg-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-image-formats-plugins
  qcoro-qt6-dev libgl-dev libxkbcommon-dev
  # The animated export: GIF through giflib, H.264 MP4 through FFmpeg (Debian's libavcodec has libx264).
  libgif-dev libavcodec-dev libavformat-dev libswscale-dev libavutil-dev
  # Python's arbitrary-precision ints in the interpreter.
  libgmp-dev
  python3 python3-aiohttp
  # The Python documentation's sources, whose asyncio examples scripts/docs-examples.sh runs.
  python3.11-doc
  xvfb xauth
  clang-format
  # make package and its tests (tests/packaging): dpkg-shlibdeps computes the package's dependencies;
  # the validators of the desktop entry, the AppStream metadata and the MIME types; groff sets the man
  # page for its test.
  dpkg-dev desktop-file-utils appstream shared-mime-info libxml2-utils groff-base
)

# One dpkg-query for all of them: the packages installed, each on its own line.
installed=$(dpkg-query -W -f='${Package} ${Status}\n' "${PACKAGES[@]}" 2>/dev/null |
            awk '$NF == "installed" && $(NF-1) == "ok" { print $1 }' || true)
missing=()
for p in "${PACKAGES[@]}"; do
  grep -qx -- "$p" <<<"$installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing missing packages: ${missing[*]}"
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
