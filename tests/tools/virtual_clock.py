#!/usr/bin/env python3
"""Run a Python asyncio program under CPython on a virtual clock.

The clock starts at 0.0 and only moves when the program waits:
- the event loop's selector, instead of sleeping until the next timer,
  jumps the clock to that timer and returns at once;
- time.sleep(s) advances the clock by s while nothing else runs
  (exactly what a blocking call does to an event loop).
time.perf_counter(), time.monotonic(), time.time() and loop.time() all read
the virtual clock, so a program that sleeps 300 s finishes instantly and
always prints the same timings.

Usage:
  virtual_clock.py PROG.py [ARGS...]      run PROG.py, its stdout/stderr pass through
  virtual_clock.py regenerate DIR...      for every NAME.py in DIR write NAME.out, and
                                          NAME.err + NAME.status when it exits non-zero
  virtual_clock.py check DIR...           same runs, compare with the files instead
                                          of writing them; exit 1 on a difference

Expected-output files are made to be compared with `awaitscope run`:
- NAME.out is the program's stdout, byte for byte;
- NAME.err keeps only the traceback frames of the program itself (the frames
  inside asyncio's own modules depend on the Python installation), with the
  file shown by its base name, as if run from its own folder;
- NAME.status holds the exit status followed by a newline.
A program that waits with nothing left to wake it (a deadlock) would hang
forever under CPython; here it stops with exit status 3 and says so.
"""

import asyncio
import os
import re
import selectors
import subprocess
import sys
import time

DEADLOCK_STATUS = 3
STEP_LIMIT = 1_000_000  # loop passes before a run is declared runaway


class VirtualClock:
    def __init__(self):
        self.now = 0.0

    def read(self):
        return self.now

    def sleep(self, seconds):
        # A blocking sleep: the clock moves, nothing else gets to run meanwhile.
        if seconds < 0:
            raise ValueError("sleep length must be non-negative")
        self.now += float(seconds)

    def read_ns(self):
        return int(round(self.now * 1e9))


CLOCK = VirtualClock()


class VirtualSelector(selectors.DefaultSelector):
    """Polls real file descriptors without blocking; waiting jumps the clock."""

    def __init__(self):
        super().__init__()
        self.passes = 0

    def select(self, timeout=None):
        self.passes += 1
        if self.passes > STEP_LIMIT:
            sys.stderr.write("virtual_clock: more than %d loop passes, stopping a runaway program\n"
                             % STEP_LIMIT)
            sys.stderr.flush()
            os._exit(DEADLOCK_STATUS)
        ready = super().select(0)
        if ready or timeout == 0:
            return ready
        if timeout is None:
            # No timer is due and no I/O can arrive: nothing will ever wake the loop.
            sys.stdout.flush()
            sys.stderr.write("virtual_clock: deadlock at t=%g: every task waits and no timer is pending\n"
                             % CLOCK.now)
            sys.stderr.flush()
            os._exit(DEADLOCK_STATUS)
        CLOCK.now += timeout
        return []


class VirtualEventLoop(asyncio.SelectorEventLoop):
    def __init__(self):
        super().__init__(VirtualSelector())
        # Timers due within this margin fire in the same pass; keep it tiny so
        # that float rounding never merges timers that differ visibly.
        self._clock_resolution = 1e-9

    def time(self):
        return CLOCK.now


class VirtualPolicy(asyncio.DefaultEventLoopPolicy):
    def new_event_loop(self):
        return VirtualEventLoop()


def install():
    time.perf_counter = CLOCK.read
    time.monotonic = CLOCK.read
    time.time = CLOCK.read
    time.perf_counter_ns = CLOCK.read_ns
    time.monotonic_ns = CLOCK.read_ns
    time.time_ns = CLOCK.read_ns
    time.sleep = CLOCK.sleep
    asyncio.set_event_loop_policy(VirtualPolicy())
    import random
    random.seed(0)


def strip_foreign_frames(text, program):
    """Keep only the traceback frames that belong to the program file."""
    frame = re.compile(r'^(?P<indent>[ |]*)File "(?P<file>[^"]*)", line \d+, in ')
    out = []
    skipping_indent = None
    for line in text.splitlines(keepends=True):
        if skipping_indent is not None:
            # Source and caret lines of a skipped frame are indented deeper than its "File" line.
            if line.startswith(skipping_indent + "  ") and not frame.match(line):
                continue
            skipping_indent = None
        m = frame.match(line)
        if m and os.path.abspath(m.group("file")) != program:
            skipping_indent = m.group("indent")
            continue
        out.append(line)
    return "".join(out)


def run_program(path, argv):
    """Run the program in this process (called in the child)."""
    import runpy
    import traceback
    program = os.path.abspath(path)
    sys.argv = [path] + argv
    sys.path.insert(0, os.path.dirname(program))
    install()
    try:
        runpy.run_path(path, run_name="__main__")
    except SystemExit as e:
        sys.stdout.flush()
        code = e.code
        if code is None:
            return 0
        if isinstance(code, int):
            return code
        sys.stderr.write(str(code) + "\n")
        return 1
    except BaseException as e:  # noqa: B902 - report like the interpreter would
        sys.stdout.flush()
        text = "".join(traceback.format_exception(e))
        sys.stderr.write(strip_foreign_frames(text, program))
        sys.stderr.flush()
        return 1
    sys.stdout.flush()
    return 0


def run_child(folder, name):
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
    env.pop("PYTHONSTARTUP", None)
    proc = subprocess.run([sys.executable, os.path.abspath(__file__), name], cwd=folder, env=env,
                          capture_output=True, timeout=120)
    return proc.stdout, proc.stderr, proc.returncode


def expected_files(stdout, stderr, status):
    files = {".out": stdout}
    if status != 0:
        files[".err"] = stderr
        files[".status"] = b"%d\n" % status
    return files


def regenerate(folders, check_only):
    mismatches = 0
    count = 0
    for folder in folders:
        for entry in sorted(os.listdir(folder)):
            if not entry.endswith(".py"):
                continue
            stem = entry[:-3]
            stdout, stderr, status = run_child(folder, entry)
            wanted = expected_files(stdout, stderr, status)
            count += 1
            for suffix in (".out", ".err", ".status"):
                target = os.path.join(folder, stem + suffix)
                if check_only:
                    have = open(target, "rb").read() if os.path.exists(target) else None
                    if have != wanted.get(suffix):
                        mismatches += 1
                        print("%s: differs from a fresh run" % target)
                elif suffix in wanted:
                    with open(target, "wb") as f:
                        f.write(wanted[suffix])
                elif os.path.exists(target):
                    os.remove(target)
    verb = "checked" if check_only else "regenerated"
    print("%s %d program(s), %d difference(s)" % (verb, count, mismatches))
    return 1 if mismatches else 0


def main(args):
    if not args or args[0] in ("-h", "--help"):
        print(__doc__.strip())
        return 0 if args else 2
    if args[0] in ("regenerate", "check"):
        if len(args) < 2:
            print("virtual_clock.py %s: give at least one folder of .py files" % args[0], file=sys.stderr)
            return 2
        return regenerate(args[1:], args[0] == "check")
    if not os.path.isfile(args[0]):
        print("virtual_clock.py: no such program: %s" % args[0], file=sys.stderr)
        return 2
    return run_program(args[0], args[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
