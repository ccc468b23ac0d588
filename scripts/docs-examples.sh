#!/usr/bin/env bash
# Runs the complete asyncio example programs of the Python 3.11 documentation under `awaitscope run` and
# under CPython on the virtual clock (tests/tools/virtual_clock.py), and says for each one whether Awaitscope
# prints the same. Nothing of the documentation is kept in this tree: the examples are taken from the
# documentation's sources where they are installed (Debian's python3.11-doc package puts them in
# /usr/share/doc/python3.11/html/_sources/library) and written to a temporary folder for the runs.
#
#   scripts/docs-examples.sh [DOCDIR]        one line per example and a summary
#   AWAITSCOPE=/path/to/awaitscope scripts/docs-examples.sh     another build (to compare)
#
# An example is a literal block of the asyncio pages that runs a loop (asyncio.run, run_until_complete,
# run_forever, asyncio.Runner), with `import asyncio` added where the page leaves it out; a block that is not
# a whole program (it uses names of another block, or it is a program's output) is "not applicable", as
# CPython's own run of it ends in NameError or SyntaxError. The verdicts are tests/tools/corpus_compare.py's.
set -euo pipefail

docs=${1:-/usr/share/doc/python3.11/html/_sources/library}
if [ ! -d "$docs" ]; then
  echo "usage: $0 [DOCDIR]   (the documentation's library sources: asyncio-task.rst.txt ...;" >&2
  echo "       on Debian: apt install python3.11-doc)" >&2
  exit 2
fi
here=$(cd "$(dirname "$0")/.." && pwd)
export DOCS_AWAITSCOPE=${AWAITSCOPE:-$here/build/bin/awaitscope}
export DOCS_VIRTUAL_CLOCK=$here/tests/tools/virtual_clock.py
export DOCS_TOOLS=$here/tests/tools
if [ ! -x "$DOCS_AWAITSCOPE" ]; then
  echo "$0: $DOCS_AWAITSCOPE is not built (make, or set AWAITSCOPE)" >&2
  exit 2
fi

exec python3 - "$docs" <<'PY'
import os
import re
import sys
import tempfile
import textwrap

sys.path.insert(0, os.environ["DOCS_TOOLS"])
from corpus_compare import Tally, verdict  # noqa: E402

docs = os.path.abspath(sys.argv[1])
awaitscope = os.environ["DOCS_AWAITSCOPE"]
virtual_clock = os.environ["DOCS_VIRTUAL_CLOCK"]
PAGES = ["asyncio-task", "asyncio-sync", "asyncio-queue", "asyncio-future", "asyncio-eventloop",
         "asyncio-runner", "asyncio-exceptions", "asyncio-dev", "asyncio-api-index", "asyncio-llapi-index"]
RUNS_A_LOOP = re.compile(r"asyncio\.run\(|run_until_complete\(|run_forever\(|asyncio\.Runner\(")


def page_text(page):
    for name in (page + ".rst.txt", page + ".rst", page + ".txt"):
        path = os.path.join(docs, name)
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                return f.read()
    return None


def literal_blocks(text):
    """(line, code) of each literal block: after a paragraph ending in `::` or a code-block directive."""
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        marker = line.rstrip().endswith("::") or re.match(r"\s*\.\. (code-block|testcode)::", line)
        if not marker:
            i += 1
            continue
        indent = len(line) - len(line.lstrip())
        j = i + 1
        while j < len(lines) and (not lines[j].strip() or lines[j].lstrip().startswith(":")):
            j += 1  # blank lines and the directive's options
        start = j
        while j < len(lines) and (not lines[j].strip() or len(lines[j]) - len(lines[j].lstrip()) > indent):
            j += 1
        if j > start:
            yield start + 1, textwrap.dedent("\n".join(lines[start:j])).strip() + "\n"
        i = max(j, i + 1)


def examples():
    """(label, code) of each block that runs a loop; the pages leave out `import asyncio` (and `import time`)
    in many examples, which get it added, as a reader would add it."""
    for page in PAGES:
        text = page_text(page)
        if text is None:
            continue
        for line, code in literal_blocks(text):
            if ">>>" in code or not RUNS_A_LOOP.search(code):
                continue
            added = [m for m in ("asyncio", "time")
                     if re.search(r"\b%s\." % m, code) and not re.search(r"^import %s\b" % m, code, re.M)]
            code = "".join("import %s\n" % m for m in added) + code
            yield "%s:%d%s" % (page, line, " (import added)" if added else ""), code


def incomplete(stderr):
    """A block that is not a program on its own: a part of a longer example, or a program's output."""
    m = re.search(r"^(NameError|SyntaxError|IndentationError): .*$", stderr, re.M)
    return "not a whole program: %s" % m.group(0) if m else None


tally = Tally()
with tempfile.TemporaryDirectory(prefix="awaitscope-docs-") as folder:
    for n, (label, code) in enumerate(examples(), 1):
        name = "example_%02d.py" % n
        with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
            f.write(code)
        tally.add(label, verdict(code, name, folder, awaitscope, virtual_clock, incomplete=incomplete))
tally.summary("examples")
PY
