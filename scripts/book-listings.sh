#!/usr/bin/env bash
# Runs the listings of "Python Concurrency with asyncio" (its code repository, checked out in BOOKDIR) under
# `awaitscope run` and under CPython on the virtual clock (tests/tools/virtual_clock.py), and says for each one
# whether Awaitscope prints the same. Nothing of the book is kept in this tree: the listings run where they
# are, with BOOKDIR on PYTHONPATH as the book asks, so both import the book's `util` package and other
# listings as modules of the program's own.
#
#   scripts/book-listings.sh BOOKDIR            one line per listing and a summary
#   AWAITSCOPE=/path/to/awaitscope scripts/book-listings.sh BOOKDIR    another build (to compare)
#   BOOK_CHAPTERS="02 11" scripts/book-listings.sh BOOKDIR             some chapters only
#
# The verdicts (same, differs, refused, not applicable) are tests/tools/corpus_compare.py's, which
# scripts/docs-examples.sh uses too.
set -euo pipefail

if [ $# -ne 1 ] || [ ! -d "$1" ]; then
  echo "usage: $0 BOOKDIR   (a checkout of the book's code: chapter_01 ... chapter_14, util)" >&2
  exit 2
fi
here=$(cd "$(dirname "$0")/.." && pwd)
export BOOK_AWAITSCOPE=${AWAITSCOPE:-$here/build/bin/awaitscope}
export BOOK_VIRTUAL_CLOCK=$here/tests/tools/virtual_clock.py
export BOOK_CHAPTERS=${BOOK_CHAPTERS:-01 02 03 04 07 08 09 10 11 12 13 14}
if [ ! -x "$BOOK_AWAITSCOPE" ]; then
  echo "$0: $BOOK_AWAITSCOPE is not built (make, or set AWAITSCOPE)" >&2
  exit 2
fi

export BOOK_TOOLS=$here/tests/tools
exec python3 - "$1" <<'PY'
import os
import re
import sys

sys.path.insert(0, os.environ["BOOK_TOOLS"])
from corpus_compare import Tally, verdict  # noqa: E402

book = os.path.abspath(sys.argv[1])
awaitscope = os.environ["BOOK_AWAITSCOPE"]
virtual_clock = os.environ["BOOK_VIRTUAL_CLOCK"]
chapters = os.environ["BOOK_CHAPTERS"].split()
IMPORT = re.compile(r"^(from\s+(util|chapter_\d+|listing_[\d_]+)(\.[\w.]+)?\s+import\s+.*"
                    r"|import\s+(util|chapter_\d+|listing_[\d_]+)[\w.]*)\s*$")


def module_path(name):
    parts = name.split(".")
    if parts[0].startswith("listing_"):  # a listing of the same chapter, imported as a neighbour
        chapter = "chapter_%02d" % int(parts[0].split("_")[1])
        parts = [chapter] + parts
    path = os.path.join(book, *parts)
    if os.path.isdir(path):
        return os.path.join(path, "__init__.py")
    return path + ".py"


def without_main_block(text):
    """An imported module's `if __name__ == "__main__":` block does not run on import."""
    out, skipping = [], False
    for line in text.splitlines():
        if re.match(r"^if\s+__name__\s*==", line):
            skipping = True
            continue
        if skipping and (line.startswith((" ", "\t")) or not line.strip()):
            continue
        skipping = False
        out.append(line)
    return "\n".join(out)


def inline(text, done):
    """The listing with the text of the book's modules it imports (each module once), to see what it needs."""
    out = []
    for line in text.splitlines():
        m = IMPORT.match(line.strip()) if not line.startswith((" ", "\t")) else None
        if not m:
            out.append(line)
            continue
        name = m.group(0).split()[1]  # `from util import delay`: util/__init__.py, which imports the rest
        path = module_path(name)
        if not os.path.exists(path):
            out.append(line)
            continue
        if path not in done:
            done.add(path)
            with open(path) as f:
                out.append(inline(without_main_block(f.read()), done))
    return "\n".join(out)


def listing_key(name):
    return [int(n) for n in re.findall(r"\d+", name)]


tally = Tally()
for chapter in chapters:
    folder = os.path.join(book, "chapter_" + chapter)
    if not os.path.isdir(folder):
        continue
    for name in sorted((n for n in os.listdir(folder) if re.match(r"listing_.*\.py$", n)), key=listing_key):
        with open(os.path.join(folder, name)) as f:
            source = f.read()
        tally.add("%s/%s" % ("chapter_" + chapter, name),
                  verdict(inline(source, set()), name, folder, awaitscope, virtual_clock, pythonpath=book))
tally.summary("listings")
PY
