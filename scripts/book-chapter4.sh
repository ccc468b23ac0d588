#!/usr/bin/env bash
# The aiohttp listings of chapter 4 of "Python Concurrency with asyncio" (its code repository, checked out in
# BOOKDIR), pointed at the demo server instead of example.com: each runs under CPython with aiohttp (python3
# on PATH) and under `awaitscope run --clock real --net real`, against one `awaitscope serve`, and the script
# says whether both printed the same. Nothing of the book is kept in this tree: the listings are copied to a
# temporary folder, where only their URLs are changed.
#
#   scripts/book-chapter4.sh BOOKDIR
#
# Compared: stdout and stderr, with the times the book's async_timed prints, object addresses, the folder
# the copy is in, CPython's ^^^^ marker lines and frames inside asyncio and aiohttp (Awaitscope's tracebacks
# show the program's own frames) left out.
set -euo pipefail

if [ $# -ne 1 ] || [ ! -d "$1/chapter_04" ]; then
  echo "usage: $0 BOOKDIR   (a checkout of the book's code: chapter_04, util, ...)" >&2
  exit 2
fi
here=$(cd "$(dirname "$0")/.." && pwd)
awaitscope=${AWAITSCOPE:-$here/build/bin/awaitscope}
if ! python3 -c 'import aiohttp' 2>/dev/null; then
  echo "$0: python3 has no aiohttp (Debian: apt install python3-aiohttp)" >&2
  exit 2
fi
work=$(mktemp -d)
serve_log=$work/serve.log
"$awaitscope" serve >"$serve_log" 2>&1 &
serve=$!
trap 'kill $serve 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 50); do
  grep -q "listening on" "$serve_log" && break
  sleep 0.1
done
url=$(grep -o 'http://127.0.0.1:[0-9]*/' "$serve_log" | head -1)
port=${url##*:}
port=${port%/}
cp -r "$1" "$work/book"
sed -i "s#https://www.example.com#http://localhost:$port/#g; s#https://example.com#http://localhost:$port/#g" \
  "$work"/book/chapter_04/*.py

mask() {
  grep -v '^ *\^*$' |
    sed -E "s|$work/book/||g; s|at 0x[0-9a-f]+|at 0xADDR|g; s|in [0-9.e-]+ second\\(s\\)|in N second(s)|" |
    awk '/^  File "\/.*\/(asyncio|aiohttp)\// { skip = 1; next } skip && /^    / { next } { skip = 0; print }'
}

same=0
differ=0
cd "$work/book"
for listing in chapter_04/listing_4_*.py; do
  PYTHONPATH=$work/book timeout 60 python3 "$listing" 2>&1 | mask >"$work/cpython.txt" || true
  PYTHONPATH=$work/book timeout 60 "$awaitscope" run --clock real --net real --allow-host localhost "$listing" 2>&1 |
    sed -E "s|^  File \"$(basename "$listing")\"|  File \"$listing\"|" | mask >"$work/awaitscope.txt" || true
  if diff -q "$work/cpython.txt" "$work/awaitscope.txt" >/dev/null; then
    echo "$listing  same"
    same=$((same + 1))
  else
    echo "$listing  differs:"
    diff "$work/cpython.txt" "$work/awaitscope.txt" | head -6 | sed 's/^/    /'  || true
    differ=$((differ + 1))
  fi
done
echo
echo "$((same + differ)) listings: $same same, $differ differ"
