"""Runs one Python program under CPython on the virtual clock (virtual_clock.py) and under `awaitscope run`,
and says whether Awaitscope prints the same: the verdicts of scripts/book-listings.sh and
scripts/docs-examples.sh.

A program is "same" when stdout and the exit status match (object addresses such as "at 0x7f3a..." are not
compared), "differs" otherwise (with the first line that differs), "refused" when Awaitscope stops at
something outside its subset or sandbox or at one of its limits (with the first line of its message), and
"not applicable" when it needs the network, files, threads, processes, a terminal or a package outside the
standard library. Programs that run for ever are compared on what both printed before their limits stopped
them.
"""
import os
import re
import subprocess
import sys

TIMEOUT = 30  # seconds of wall clock per run

# What a program needs that a sandboxed, single-threaded interpreter on a virtual clock cannot give it
# (asyncio.to_thread, run_in_executor and concurrent.futures.ThreadPoolExecutor run on its simulated
# workers, and virtual_clock.py gives CPython the same executors, so they are compared).
NEEDS = [
    (r"^\s*(import|from)\s+(aiohttp|requests|socket|selectors|ssl)\b", "network"),
    (r"asyncio\.(open_connection|start_server|open_unix_connection|start_unix_server)"
     r"|loop\.(sock_|create_server|create_connection|create_datagram_endpoint|connect_read_pipe"
     r"|add_reader|add_writer)", "network"),
    (r"^\s*(import|from)\s+(asyncpg|psycopg\w*)\b", "a database server"),
    (r"^\s*(import|from)\s+(threading|queue)\b"
     r"|run_coroutine_threadsafe|call_soon_threadsafe", "threads"),
    (r"^\s*(import|from)\s+(multiprocessing|subprocess|asyncio\.subprocess)\b|ProcessPoolExecutor|create_subprocess"
     r"|subprocess_exec|subprocess_shell", "processes"),
    (r"^\s*(import|from)\s+(os|shutil|tty|termios)\b|\bopen\(|sys\.std(in|out)|\binput\(", "files or a terminal"),
    (r"^\s*(import|from)\s+signal\b|add_signal_handler", "signals"),
    (r"^\s*(import|from)\s+(tkinter|numpy|flask|starlette|uvloop|bs4)\b", "a package outside the standard library"),
]


def needs(text):
    """What the program needs that the sandbox does not give ("threads: import threading"), or None."""
    for pattern, what in NEEDS:
        m = re.search(pattern, text, re.M)
        if m:
            return "%s: %s" % (what, m.group(0).strip())
    return None


def run(cmd, cwd, pythonpath=None):
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONUNBUFFERED="1", PYTHONIOENCODING="utf-8",
               QT_QPA_PLATFORM="offscreen")
    if pythonpath:
        env["PYTHONPATH"] = pythonpath
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


def compare(name, cwd, awaitscope, virtual_clock, pythonpath=None, incomplete=None):
    """(verdict, detail) for the program `name` in folder `cwd`. `incomplete(stderr)`: a reason when CPython's
    own run shows the program is not complete on its own (a snippet using names defined elsewhere)."""
    c_out, c_err, c_status = run([sys.executable, virtual_clock, name], cwd, pythonpath)
    if incomplete:
        why = incomplete(c_err)
        if why:
            return "not applicable", why
    a_out, a_err, a_status = run([awaitscope, "run", name], cwd, pythonpath)
    # Object addresses (<function main at 0x7f...>) differ from run to run in CPython too.
    c_out, a_out = (re.sub(r" at 0x[0-9a-f]+", " at 0x...", o) for o in (c_out, a_out))
    endless = c_status in (3, "timeout") and "deadlock" not in c_err
    refused = refusal(a_err)
    if refused and (c_status == 0 or not a_out):
        return "refused", refused
    if endless:
        # Both stop at a limit: compare what both printed, but the last (maybe cut) line.
        n = max(0, min(len(c_out.splitlines()), len(a_out.splitlines())) - 1)
        same = c_out.splitlines()[:n] == a_out.splitlines()[:n] and n > 0
        detail = "runs for ever; first %d lines compared" % n
        if not same:
            detail += "; " + first_difference("\n".join(c_out.splitlines()[:n]), "\n".join(a_out.splitlines()[:n]))
        return ("same" if same else "differs"), detail
    if c_out == a_out and c_status == a_status:
        return "same", ""
    if c_out == a_out:
        return "differs", "exit status: CPython %s, Awaitscope %s (%s)" % (
            c_status, a_status, (a_err.strip().splitlines() or [""])[-1][:90])
    return "differs", first_difference(c_out, a_out)


def verdict(text, name, cwd, awaitscope, virtual_clock, **kw):
    """"not applicable" when the program's text needs what the sandbox does not give, else compare()'s."""
    why = needs(text)
    return ("not applicable", why) if why else compare(name, cwd, awaitscope, virtual_clock, **kw)


class Tally:
    """Prints one line per program and, at the end, how many got each verdict."""

    def __init__(self):
        self.counts = {"same": 0, "differs": 0, "refused": 0, "not applicable": 0}

    def add(self, label, outcome):
        kind, detail = outcome
        self.counts[kind] += 1
        print("%-30s %s%s" % (label, kind, " (%s)" % detail if detail else ""), flush=True)

    def summary(self, noun):
        c = self.counts
        print("\n%d %s: %d same, %d differ, %d refused, %d not applicable" % (
            sum(c.values()), noun, c["same"], c["differs"], c["refused"], c["not applicable"]))
