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
# A listing is "same" when stdout and the exit status match (object addresses such as "at 0x7f3a..." are not
# compared), "differs" otherwise (with the first line that differs), "refused" when Awaitscope stops at
# something outside its subset or sandbox or at one of its limits (with the first line of its message), and
# "not applicable" when it needs the network, files, threads, processes, a terminal or a package outside the
# standard library.
# Programs that run for ever are compared on what both printed before their limits stopped them.
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

exec python3 - "$1" <<'PY'
import os
import re
import subprocess
import sys

book = os.path.abspath(sys.argv[1])
awaitscope = os.environ["BOOK_AWAITSCOPE"]
virtual_clock = os.environ["BOOK_VIRTUAL_CLOCK"]
chapters = os.environ["BOOK_CHAPTERS"].split()
TIMEOUT = 30  # seconds of wall clock per run

# What a listing needs that a sandboxed, single-threaded interpreter on a virtual clock cannot give it.
NEEDS = [
    (r"^\s*(import|from)\s+(aiohttp|requests|socket|selectors|ssl)\b", "network"),
    (r"asyncio\.(open_connection|start_server)|loop\.(sock_|create_server|create_connection)", "network"),
    (r"^\s*(import|from)\s+(asyncpg|psycopg\w*)\b", "a database server"),
    (r"^\s*(import|from)\s+(threading|concurrent|queue)\b|run_in_executor|to_thread", "threads"),
    (r"^\s*(import|from)\s+(multiprocessing|subprocess|asyncio\.subprocess)\b|create_subprocess", "processes"),
    (r"^\s*(import|from)\s+(os|shutil|tty|termios)\b|\bopen\(|sys\.std(in|out)|\binput\(", "files or a terminal"),
    (r"^\s*(import|from)\s+signal\b|add_signal_handler", "signals"),
    (r"^\s*(import|from)\s+(tkinter|numpy|flask|starlette|uvloop|bs4)\b", "a package outside the standard library"),
]
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


def needs(text):
    for pattern, what in NEEDS:
        m = re.search(pattern, text, re.M)
        if m:
            return "%s: %s" % (what, m.group(0).strip())
    return None


def run(cmd, cwd):
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONUNBUFFERED="1", PYTHONIOENCODING="utf-8",
               QT_QPA_PLATFORM="offscreen", PYTHONPATH=book)
    try:
        p = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, timeout=TIMEOUT)
        return p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace"), p.returncode
    except subprocess.TimeoutExpired as e:
        out = (e.stdout or b"").decode("utf-8", "replace")
        err = (e.stderr or b"").decode("utf-8", "replace")
        return out, err, "timeout"


def refusal(err):
    for line in err.splitlines():
        if ("not supported" in line or "is not available" in line or "not available in Awaitscope" in line
                or line.startswith("Stopped:")):
            return line.strip()
    return None


def first_difference(a, b):
    la, lb = a.splitlines(), b.splitlines()
    for i in range(max(len(la), len(lb))):
        x = la[i] if i < len(la) else "<nothing>"
        y = lb[i] if i < len(lb) else "<nothing>"
        if x != y:
            return "line %d: CPython %r, Awaitscope %r" % (i + 1, x[:70], y[:70])
    return "exit status"


def listing_key(name):
    return [int(n) for n in re.findall(r"\d+", name)]


counts = {"same": 0, "differs": 0, "refused": 0, "not applicable": 0}
for chapter in chapters:
    folder = os.path.join(book, "chapter_" + chapter)
    if not os.path.isdir(folder):
        continue
    for name in sorted((n for n in os.listdir(folder) if re.match(r"listing_.*\.py$", n)), key=listing_key):
        with open(os.path.join(folder, name)) as f:
            source = f.read()
        program = inline(source, set())
        label = "%s/%s" % ("chapter_" + chapter, name)
        why = needs(program)
        if why:
            verdict, detail = "not applicable", why
        else:
            c_out, c_err, c_status = run([sys.executable, virtual_clock, name], folder)
            a_out, a_err, a_status = run([awaitscope, "run", name], folder)
            # Object addresses (<function main at 0x7f...>) differ from run to run in CPython too.
            c_out, a_out = (re.sub(r" at 0x[0-9a-f]+", " at 0x...", o) for o in (c_out, a_out))
            endless = c_status in (3, "timeout") and "deadlock" not in c_err
            refused = refusal(a_err)
            if refused and (c_status == 0 or not a_out):
                verdict, detail = "refused", refused
            elif endless:
                # Both stop at a limit: compare what both printed, but the last (maybe cut) line.
                n = max(0, min(len(c_out.splitlines()), len(a_out.splitlines())) - 1)
                same = c_out.splitlines()[:n] == a_out.splitlines()[:n] and n > 0
                verdict = "same" if same else "differs"
                detail = "runs for ever; first %d lines compared" % n
                if not same:
                    detail += "; " + first_difference("\n".join(c_out.splitlines()[:n]),
                                                      "\n".join(a_out.splitlines()[:n]))
            elif c_out == a_out and c_status == a_status:
                verdict, detail = "same", ""
            else:
                verdict = "differs"
                detail = first_difference(c_out, a_out)
                if c_out == a_out:
                    detail = "exit status: CPython %s, Awaitscope %s (%s)" % (
                        c_status, a_status, (a_err.strip().splitlines() or [""])[-1][:90])
        counts[verdict] += 1
        print("%-30s %s%s" % (label, verdict, " (%s)" % detail if detail else ""), flush=True)

total = sum(counts.values())
print("\n%d listings: %d same, %d differ, %d refused, %d not applicable" % (
    total, counts["same"], counts["differs"], counts["refused"], counts["not applicable"]))
PY
