#!/usr/bin/env python3
"""Run a Python asyncio program under CPython on a virtual clock.

The clock starts at 0.0 and only moves when the program waits:
- the event loop's selector, instead of sleeping until the next timer,
  jumps the clock to that timer and returns at once;
- time.sleep(s) advances the clock by s while nothing else runs on the loop
  (exactly what a blocking call does to an event loop);
- the loop's default executor (asyncio.to_thread, run_in_executor(None, ...)) runs
  each job in a worker thread that has the interpreter only when the loop lets it:
  a job starts at once on a free worker (at most 8, as ThreadPoolExecutor on a
  4-CPU machine), and a time.sleep in it hands control back to the loop, which
  runs the worker again when the clock reaches the sleep's end while the loop
  waits (before the loop's timers of that moment), at the start of its next pass
  when it was busy, or inside a time.sleep of the loop's own thread.
time.perf_counter(), time.monotonic(), time.time() and loop.time() all read
the virtual clock (so time.time() starts at the Unix epoch; local time is UTC; datetime.now() and
date.today() read it too, through datetime's pure-Python implementation), so a program that sleeps 300 s finishes instantly and
always prints the same timings.

Usage:
  virtual_clock.py PROG.py [ARGS...]      run PROG.py, its stdout/stderr pass through
  virtual_clock.py regenerate DIR...      for every NAME.py in DIR write NAME.out, and
                                          NAME.err when it fails or writes to stderr,
                                          NAME.status when it exits non-zero
  virtual_clock.py check DIR...           same runs, compare with the files instead
                                          of writing them; exit 1 on a difference
  --outcome (with regenerate/check)       also NAME.outcome.json: total virtual time, exit
                                          status, and each task's name, state ("finished",
                                          "failed", "cancelled", or "pending" when the program
                                          ended first), creation and end times
Programs that import aiohttp are skipped: they need the demo server, so their
expected outputs are written by hand.

Expected-output files are made to be compared with `awaitscope run`:
- NAME.out is the program's stdout, byte for byte;
- NAME.err (written when the program fails or prints to stderr) keeps only the traceback frames of the program itself (the frames
  inside asyncio's own modules depend on the Python installation), with the
  file shown by its base name, as if run from its own folder;
- NAME.status holds the exit status followed by a newline.
A program that waits with nothing left to wake it (a deadlock) would hang
forever under CPython; here it stops with exit status 3 and says so.
"""

import asyncio
import concurrent.futures
import concurrent.futures.thread
import os
import re
import selectors
import subprocess
import sys
import threading
import time

# The recorder shipped with the app has the one definition of the rules this clock shares with it: timers due
# at the same moment (TieRule) and worker threads (VirtualExecutor).
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "resources", "recorder"))
import awaitscope_recorder as recorder  # noqa: E402

sys.path.pop(0)

DEADLOCK_STATUS = 3
STEP_LIMIT = 1_000_000  # loop passes before a run is declared runaway


class VirtualClock:
    kind = "virtual"

    def __init__(self):
        self.now = 0.0

    def read(self):
        return self.now

    def sleep(self, seconds):
        # A blocking sleep: the clock moves, nothing else gets to run on the loop meanwhile; worker threads
        # wake within it.
        if seconds < 0:
            raise ValueError("sleep length must be non-negative")
        worker = getattr(threading.current_thread(), "virtual_worker", None)
        if worker is not None:
            worker.sleep(float(seconds), sys._getframe(1))
            return
        end = self.now + float(seconds)
        EXECUTOR.run_until(end)
        self.now = max(self.now, end)

    def read_ns(self):
        return int(round(self.now * 1e9))


CLOCK = VirtualClock()
recorder.CLOCK = CLOCK  # the worker threads' moments are this clock's


# The worker threads are the recorder's (resources/recorder/awaitscope_recorder.py), here without recording:
# the same turns between the loop's thread and the workers, on this clock.
EXECUTOR = recorder.VirtualExecutor()
VirtualThreadPoolExecutor = recorder.VirtualThreadPoolExecutor


class VirtualSelector(selectors.DefaultSelector):
    """Polls real file descriptors without blocking; waiting jumps the clock."""

    def __init__(self):
        super().__init__()
        self.passes = 0
        self.loop = None

    def select(self, timeout=None):
        self.passes += 1
        if self.passes > STEP_LIMIT:
            sys.stderr.write("virtual_clock: more than %d loop passes, stopping a runaway program\n"
                             % STEP_LIMIT)
            sys.stderr.flush()
            os._exit(DEADLOCK_STATUS)
        TIE_RULE.pass_starts(self.loop)
        # A pass begins as Awaitscope's (Loop::runOnce): the worker threads due now run first, also when a
        # job's end has already written to the loop's self-pipe.
        if timeout != 0:
            # The loop waits: worker threads run at their moments until one hands the loop something (its
            # self-pipe) or the loop's first timer comes first.
            deadline = None if timeout is None else CLOCK.now + timeout
            while EXECUTOR.wakeups and (deadline is None or not deadline < EXECUTOR.next_wakeup() - 1e-9):
                EXECUTOR.run_first()
                ready = super().select(0)
                if ready:
                    return ready
            if deadline is not None:
                timeout = max(0.0, deadline - CLOCK.now)
        sleeping = TIE_RULE.sleeping(self.loop)
        if timeout == 0:
            TIE_RULE.woke(self.loop, sleeping, CLOCK.now, CLOCK.now)
            EXECUTOR.run_reached()
            return super().select(0)
        if timeout is None:
            # No timer is due and no I/O can arrive: nothing will ever wake the loop.
            sys.stdout.flush()
            sys.stderr.write("virtual_clock: deadlock at t=%g: every task waits and no timer is pending\n"
                             % CLOCK.now)
            sys.stderr.flush()
            os._exit(DEADLOCK_STATUS)
        then = CLOCK.now
        CLOCK.now += timeout
        TIE_RULE.woke(self.loop, sleeping, then, CLOCK.now)
        EXECUTOR.run_reached()
        return super().select(0)


class VirtualEventLoop(asyncio.SelectorEventLoop):
    def __init__(self):
        selector = VirtualSelector()
        super().__init__(selector)
        selector.loop = self
        # Timers due within this margin fire in the same pass; keep it tiny so
        # that float rounding never merges timers that differ visibly.
        self._clock_resolution = 1e-9

    def time(self):
        return CLOCK.now

    async def shutdown_default_executor(self):
        # asyncio.run waits for the jobs as base_events.py does, but the loop itself waits rather than a thread
        # of its own that joins the workers, so when the waiting ends does not depend on when a thread wakes
        # (Awaitscope's WorkerPool::whenIdle).
        self._executor_shutdown_called = True
        executor = self._default_executor  # EXECUTOR, or the ThreadPoolExecutor set_default_executor gave
        if executor is None or not executor.busy():
            return
        executor.idle = self.create_future()
        await executor.idle

    def run_in_executor(self, executor, func, *args):
        if executor is None and self._default_executor is None:
            self._default_executor = EXECUTOR
        return super().run_in_executor(executor, func, *args)


class VirtualPolicy(asyncio.DefaultEventLoopPolicy):
    def new_event_loop(self):
        loop = VirtualEventLoop()
        if RECORDER is not None:
            loop.set_task_factory(RECORDER.task_factory)
        return loop


class OutcomeRecorder:
    """Notes every task's name, creation and end, for NAME.outcome.json."""

    def __init__(self):
        self.tasks = []  # [task, created_at, ended_at or None, state or None]
        self.main_ended = False
        recorder = self

        # The pure-Python Task (same semantics as the C one) lets us see the exact
        # moment a task ends: a done callback would only run one loop pass later.
        class RecordingTask(asyncio.tasks._PyTask):
            def _Future__schedule_callbacks(self):  # Future's private __schedule_callbacks
                recorder.ended(self)
                super()._Future__schedule_callbacks()

        self.task_class = RecordingTask

    def task_factory(self, loop, coro, **kwargs):
        task = self.task_class(coro, loop=loop, **kwargs)
        if not self.main_ended:  # asyncio.run's own clean-up tasks are not the program's
            self.tasks.append([task, CLOCK.now, None, None])
        return task

    def ended(self, task):
        if self.main_ended:
            return  # cancelled by asyncio.run's cleanup: still "pending" as far as the program goes
        entry = next(e for e in self.tasks if e[0] is task)
        entry[2] = CLOCK.now
        if task.cancelled():
            entry[3] = "cancelled"
        elif task.exception() is not None:
            entry[3] = "failed"
        else:
            entry[3] = "finished"
        if entry is self.tasks[0]:
            self.main_ended = True

    def write(self, path, status):
        import json
        tasks = []
        for task, created, ended, state in self.tasks[1:]:  # the first one is asyncio.run's main task
            tasks.append({"name": task.get_name(), "state": state or "pending",
                          "created_at": round(created, 9), "ended_at": None if ended is None else round(ended, 9)})
        data = {"total_time": round(CLOCK.now, 9), "exit_status": status, "tasks": tasks}
        with open(path, "w") as f:
            json.dump(data, f, indent=1)
            f.write("\n")


RECORDER = None
TIE_RULE = None  # the recorder's, set by install()


def install():
    # Timers due at the same moment fire as on a real clock and in Awaitscope (docs/runtime.md, "Equal
    # deadlines"): the recorder shipped with the app has the one definition of that rule.
    global TIE_RULE
    TIE_RULE = recorder.TIE_RULE
    asyncio.events.TimerHandle = recorder.FifoTimerHandle  # base_events.call_at makes events.TimerHandle
    time.perf_counter = CLOCK.read
    time.monotonic = CLOCK.read
    time.time = CLOCK.read
    time.perf_counter_ns = CLOCK.read_ns
    time.monotonic_ns = CLOCK.read_ns
    time.time_ns = CLOCK.read_ns
    time.sleep = CLOCK.sleep
    concurrent.futures.ThreadPoolExecutor = VirtualThreadPoolExecutor
    concurrent.futures.thread.ThreadPoolExecutor = VirtualThreadPoolExecutor
    # Awaitscope's sandbox keeps local time in UTC, so the clock's start prints as 1970-01-01 00:00:00
    # (logging's %(asctime)s).
    os.environ["TZ"] = "UTC"
    time.tzset()
    # calendar time without an argument reads the virtual clock too
    real_localtime, real_gmtime, real_strftime = time.localtime, time.gmtime, time.strftime
    time.localtime = lambda secs=None: real_localtime(CLOCK.read() if secs is None else secs)
    time.gmtime = lambda secs=None: real_gmtime(CLOCK.read() if secs is None else secs)
    time.strftime = lambda fmt, t=None: real_strftime(fmt, time.localtime() if t is None else t)
    time.ctime = lambda secs=None: time.asctime(time.localtime(secs))
    # datetime's C implementation reads the system clock itself; its pure-Python twin (the same module
    # without _datetime) calls time.time(), so datetime.now() and date.today() read the virtual clock too.
    if "datetime" not in sys.modules:
        sys.modules["_datetime"] = None
    asyncio.set_event_loop_policy(VirtualPolicy())
    import random
    random.seed(0)


def strip_foreign_frames(text, program):
    """Keep only the traceback frames of the program file and of its own modules (files in its folder,
    shown relative to it, as Awaitscope shows them)."""
    folder = os.path.dirname(program) + os.sep
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
        # a relative name is relative to where CPython ran: here, or (a child run) the program's folder
        path = m and os.path.abspath(m.group("file"))
        if m and path != program:
            path = os.path.abspath(os.path.join(os.path.dirname(program), m.group("file")))
        if m and path != program:
            if path.startswith(folder) and os.path.isfile(path):
                line = line.replace('File "%s"' % m.group("file"), 'File "%s"' % path[len(folder):], 1)
            else:
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
    global RECORDER
    outcome_path = os.environ.pop("VIRTUAL_CLOCK_OUTCOME", None)
    if outcome_path:
        RECORDER = OutcomeRecorder()
    install()
    status = run_guarded(runpy, traceback, path, program)
    if outcome_path:
        RECORDER.write(outcome_path, status)
    return status


def run_guarded(runpy, traceback, path, program):
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
        # As CPython's handling of an uncaught exception: the exception (and what its traceback holds, such
        # as coroutines never awaited) lives on in sys.last_value until the interpreter is finalized, so
        # those warnings come at exit, as python3 prog.py prints them.
        sys.last_type, sys.last_value, sys.last_traceback = type(e), e, e.__traceback__
        return 1
    sys.stdout.flush()
    return 0


def run_child(folder, name, outcome):
    import tempfile
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
    env.pop("PYTHONSTARTUP", None)
    with tempfile.TemporaryDirectory() as tmp:
        if outcome:
            env["VIRTUAL_CLOCK_OUTCOME"] = os.path.join(tmp, "outcome.json")
        proc = subprocess.run([sys.executable, os.path.abspath(__file__), name], cwd=folder, env=env,
                              capture_output=True, timeout=120)
        recorded = None
        if outcome and os.path.exists(env["VIRTUAL_CLOCK_OUTCOME"]):
            with open(env["VIRTUAL_CLOCK_OUTCOME"], "rb") as f:
                recorded = f.read()
    # asyncio's own frames in what asyncio logs (an exception never retrieved) go too, as in the
    # program's traceback.
    program = os.path.abspath(os.path.join(folder, name))
    stderr = strip_foreign_frames(proc.stderr.decode("utf-8", "surrogateescape"), program)
    return proc.stdout, stderr.encode("utf-8", "surrogateescape"), proc.returncode, recorded


def expected_files(stdout, stderr, status, recorded):
    files = {".out": stdout}
    if status != 0 or stderr:  # warnings (a coroutine never awaited) reach stderr without failing
        files[".err"] = stderr
        files[".status"] = b"%d\n" % status
    if recorded is not None:
        files[".outcome.json"] = recorded
    return files


def needs_missing_module(source_path):
    """aiohttp programs talk to the demo server; CPython alone cannot run them."""
    with open(source_path, encoding="utf-8") as f:
        source = f.read()
    return "aiohttp" if re.search(r"^\s*(import|from)\s+aiohttp\b", source, re.M) else None


def regenerate(folders, check_only, outcome):
    mismatches = 0
    count = 0
    for folder in folders:
        for entry in sorted(os.listdir(folder)):
            if not entry.endswith(".py"):
                continue
            stem = entry[:-3]
            missing = needs_missing_module(os.path.join(folder, entry))
            if missing:
                print("%s: uses %s, skipped (its expected output is written by hand)"
                      % (os.path.join(folder, entry), missing))
                continue
            stdout, stderr, status, recorded = run_child(folder, entry, outcome)
            wanted = expected_files(stdout, stderr, status, recorded)
            count += 1
            for suffix in (".out", ".err", ".status", ".outcome.json"):
                if suffix == ".outcome.json" and not outcome:
                    continue
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
        folders = [a for a in args[1:] if a != "--outcome"]
        return regenerate(folders, args[0] == "check", "--outcome" in args[1:])
    if not os.path.isfile(args[0]):
        print("virtual_clock.py: no such program: %s" % args[0], file=sys.stderr)
        return 2
    return run_program(args[0], args[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
