#!/usr/bin/env bash
# Draws the README's pictures (docs/pictures/) with the exporter, at a projector's 1920×1080 in the
# projector theme, each with its picture in words beside it (.txt: the alt text), and one animated GIF.
# Run after `make build`:
#     scripts/readme-pictures.sh [path/to/awaitscope]
set -euo pipefail
cd "$(dirname "$0")/.."
app=${1:-build/bin/awaitscope}
out=docs/pictures
mkdir -p "$out"
common=(--theme projector --size 1920x1080)
draw() {
    local name=$1
    shift
    QT_QPA_PLATFORM=offscreen "$app" export "$@" "${common[@]}" --out "$out/$name.png"
    QT_QPA_PLATFORM=offscreen "$app" export "$@" "${common[@]}" --out "$out/$name.txt"
}
# The three pictures the app exists for: sequential vs concurrent, gather's exception modes, wait's sets.
draw pitfall-vs-fix --lesson concurrent-tasks --view compare
draw gather-raises --lesson gather-exceptions --section raised-at-once
draw wait-sets --lesson wait --section timeout
# And the blocking call that holds the loop.
draw blocking --lesson blocking-calls --section blocks
# The first comparison played from start to end, small enough for a README (about 130 KB).
QT_QPA_PLATFORM=offscreen "$app" export --lesson concurrent-tasks --view compare --theme projector \
    --size 960x540 --fps 8 --out "$out/pitfall-vs-fix.gif"
