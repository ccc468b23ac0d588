#!/usr/bin/env python3
"""Differential fuzzer: random asyncio programs, run by CPython 3.11 and by Awaitscope.

Every program is generated from a small grammar (see Generator) of tasks, sleeps,
gather / wait / as_completed / wait_for / asyncio.timeout / TaskGroup / shield,
cancellations, locks, events, semaphores, queues, done callbacks and timers.  Each
program prints what happens, with the loop's time, so its stdout records the
scheduling order.  It is run once by `awaitscope run` and once by CPython under
tests/tools/virtual_clock.py; the two must agree on:
  - stdout, byte for byte;
  - the exit status;
  - when the exit status is not 0, the exception line: the line that names the
    exception after the last top-level traceback (Outcome.exception_line).

Known noise that is NOT compared:
  - the rest of stderr: traceback frames inside asyncio's own modules depend on the
    Python installation (virtual_clock.py leaves them out with its
    strip_foreign_frames), and "Task exception was never retrieved" or "coroutine
    ... was never awaited" reports come whenever the garbage collector reaches the
    object.  With exit status 0 stderr is not compared at all.
  - programs that CPython itself cannot finish (virtual_clock's deadlock status 3,
    its runaway stop, or a timeout) are skipped, not compared.
  - programs whose CPython output depends on where tasks lie in memory are skipped:
    CPython iterates sets of tasks in address order (as_completed's ensure_future set,
    TaskGroup's abort, asyncio.wait), so the order in which already-finished tasks are
    reported or sibling tasks are cancelled is arbitrary.  A difference is believed
    only after CPython printed the same with four other task address layouts
    (shuffle_addresses in the program's prelude, PERTURB_SEEDS).

Determinism of the generated programs under CPython:
  - every task gets an explicit name and is kept in the dict `tasks`; sets of tasks
    (asyncio.wait's done/pending) are printed as the SORTED list of task names;
  - no id(), no task repr (it contains addresses), no iteration over sets;
  - sleeps and timeouts are binary fractions (0.125, 0.25, ...), so equal deadlines
    are exactly equal and sums never round differently;
  - before main() returns, every task still pending is cancelled in name order and
    awaited, so asyncio.run's own clean-up (which cancels in set order) finds
    nothing left to do.

On a difference the program is minimised: statements, blocks and whole worker
coroutines are dropped (or a block is replaced by its body) one at a time from the
program's syntax tree, keeping a change only while the same kinds of difference
persist and CPython still runs the program cleanly.  The reduced program, without
the prelude helpers it no longer uses, is checked three more times under CPython (it
must print the same each time, and with other task addresses) and saved in the
findings folder as NAME.py, NAME.cpython.out and NAME.awaitscope.out (stdout, exit
status, exception line, stderr), with NAME.orig.py, the program as generated.
Differences already reported (KNOWN) are only counted.

With --traces, CPython's run is also recorded by `awaitscope record` (the same virtual clock) and compared
with Awaitscope's trace by `awaitscope trace-diff`: tasks, steps, what each waited on, wake-ups, ends,
combinator outcomes and output times.  A different story is a finding of kind "trace" even when the two
print the same.

Usage:
  difffuzz.py [--seed N] [--count N | --minutes M] [--out DIR] [--awaitscope PATH]
              [--python PATH] [--traces] [--report-known] [--stop-after N] [--verbose]
  difffuzz.py --print INDEX [--seed N]           print one generated program
  difffuzz.py --replay PROG.py [--save-outputs]  run one program under both and compare
"""

import argparse
import copy
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, HERE)
import virtual_clock  # noqa: E402  (strip_foreign_frames, DEADLOCK_STATUS)

RUN_TIMEOUT = 20  # seconds of real time per run of one program on one side
RECORDER_UNSUPPORTED = 5  # `awaitscope record` on the virtual clock refuses worker threads (to_thread)
MINIMISE_SECONDS = 180  # time budget for minimising one finding
MINIMISE_RUNS = 400  # and a budget in candidate programs
PERTURB_SEEDS = [1, 2, 6, 9]  # task address layouts tried before a difference is believed

# Binary fractions only: equal deadlines are exactly equal and sums are exact.
DURATIONS = [0, 0, 0.125, 0.25, 0.25, 0.5, 0.5, 0.75, 1, 1, 1.5, 2]
TIMEOUTS = [0, 0.125, 0.25, 0.5, 0.5, 0.75, 1, 1, 1.5, 3]


# ---------------------------------------------------------------------------
# The program's syntax tree: just enough structure to render and to shrink.


class Node:
    """A statement: a list of segments (header line, block or None).

    A simple statement is one segment with no block; `try:/finally:` is two
    segments, each with its block.  An empty block renders as `pass`.
    """

    def __init__(self, *segments):
        self.segments = [(header, block) for header, block in segments]

    def blocks(self):
        return [block for _, block in self.segments if block is not None]

    def render(self, indent, out):
        for header, block in self.segments:
            out.append("    " * indent + header)
            if block is not None:
                render_block(block, indent + 1, out)


def line(text):
    return Node((text, None))


def render_block(block, indent, out):
    if not block:
        out.append("    " * indent + "pass")
    for node in block:
        node.render(indent, out)


class Program:
    def __init__(self, setup, workers, main):
        self.setup = setup  # lines run at the start of main (sync primitives)
        self.workers = workers  # [(name, [Node])]
        self.main = main  # [Node]

    def render(self, prune=False, perturb=0):
        """The program's source; with prune, prelude helpers it does not use are left out; perturb
        sets PERTURB (see shuffle_addresses)."""
        out = []
        for name, body in self.workers:
            out.append("")
            out.append("")
            out.append("async def %s(tag):" % name)
            render_block(body, 1, out)
        out.append("")
        out.append("")
        out.append("async def main():")
        out.append("    global LOCK, SEM, EV, Q")
        for text in self.setup:
            out.append("    " + text)
        out.append('    tasks["main"] = asyncio.current_task()')
        out.append("    try:")
        render_block(self.main, 2, out)
        out.append("    finally:")
        out.append("        await wind_up()")
        out.append("")
        out.append("")
        out.append("asyncio.run(main())")
        rest = "\n".join(out) + "\n"
        text = prelude(rest if prune else None) + rest
        return text.replace("\nPERTURB = 0 ", "\nPERTURB = %d " % perturb, 1) if perturb else text


def prelude(program_text):
    """PRELUDE, or with program_text only the helpers that text uses (directly or through helpers)."""
    chunks = PRELUDE.rstrip("\n").split("\n\n\n")
    if program_text is None:
        return "\n\n\n".join(chunks) + "\n"
    head, helpers = chunks[0], chunks[1:]
    defined = [re.match(r"(?:async )?def (\w+)", h).group(1) for h in helpers]
    used = set()
    text = program_text
    changed = True
    while changed:  # a kept helper may use other helpers
        changed = False
        for name, body in zip(defined, helpers):
            if name not in used and re.search(r"\b%s\(" % name, text):
                used.add(name)
                text += body
                changed = True
    kept = [head] + [body for name, body in zip(defined, helpers) if name in used]
    return "\n\n\n".join(kept) + "\n"


# Fixed helpers every program starts with.
PRELUDE = '''\
import asyncio

tasks = {}  # every task the program creates, by name
PERTURB = 0  # not 0 only in the fuzzer's extra CPython runs, which change the tasks' addresses
_junk = []


def shuffle_addresses():
    # CPython iterates sets of tasks (as_completed, TaskGroup's abort) in address order. Allocating a
    # varying number of blocks of a task's size before each task changes that order; a program whose
    # output then changes depends on addresses and is not compared.
    global PERTURB
    if PERTURB:
        PERTURB = (PERTURB * 1103515245 + 12345) % 2147483648
        for _ in range(PERTURB % 8):
            _junk.append([None] * 24)


def now():
    return round(asyncio.get_running_loop().time(), 3)


def log(*args):
    print("[%s]" % now(), *args)


def describe(x):
    """A printable form without addresses: exceptions by type and args, tasks by name."""
    if isinstance(x, BaseExceptionGroup):
        return "%s(%r, [%s])" % (type(x).__name__, x.message, ", ".join(describe(e) for e in x.exceptions))
    if isinstance(x, BaseException):
        cause = "" if x.__cause__ is None else " from " + type(x.__cause__).__name__
        return "%s%r%s" % (type(x).__name__, x.args, cause)
    if isinstance(x, asyncio.Task):
        return "<task %s>" % x.get_name()
    if isinstance(x, (list, tuple)):
        return "[%s]" % ", ".join(describe(e) for e in x)
    return repr(x)


def names(task_set):
    # CPython iterates a set of tasks in address order: print sorted names instead.
    return sorted(t.get_name() for t in task_set)


def spawn(name, coro):
    shuffle_addresses()
    task = asyncio.create_task(coro, name=name)
    tasks[name] = task
    return task


def tg_spawn(tg, name, coro, keep=True):
    shuffle_addresses()
    task = tg.create_task(coro, name=name)
    if keep:
        tasks[name] = task
    return task


def pick(*wanted):
    return [tasks[n] for n in wanted if n in tasks]


def cancel(name, *msg):
    task = tasks.get(name)
    return None if task is None else task.cancel(*msg)


def get(name):
    task = tasks.get(name)
    return task if task is not None else asyncio.sleep(0, "no " + name)


async def join(name):
    task = tasks.get(name)
    if task is None:
        return "no " + name
    if task is asyncio.current_task():
        return "self"  # a task awaiting itself gets an error whose text shows the task's repr
    return await task


def on_done(name):
    task = tasks.get(name)
    if task is not None:
        task.add_done_callback(lambda t: log("done callback", t.get_name(), state(t)))


def in_thread(tag, *naps):
    # A blocking function for asyncio.to_thread: a worker thread has no running loop, so it reads the clock
    # through time.monotonic (the loop's clock on the virtual clock).
    import time
    for nap in naps:
        print("[%s]" % round(time.monotonic(), 3), tag, "thread naps", nap)
        time.sleep(nap)
    print("[%s]" % round(time.monotonic(), 3), tag, "thread done")
    return tag + " thread"


def block(seconds):
    # time.sleep in a coroutine: the whole loop waits (worker threads go on).
    import time
    time.sleep(seconds)


def timer(delay, text):
    loop = asyncio.get_running_loop()
    if delay:
        loop.call_later(delay, log, "timer", text)
    else:
        loop.call_soon(log, "soon", text)


def state(task):
    if not task.done():
        return "pending"
    if task.cancelled():
        return "cancelled"
    if task.exception() is not None:
        return "raised " + describe(task.exception())
    return "returned " + describe(task.result())


def states():
    log("states", "; ".join("%s %s" % (n, state(tasks[n])) for n in sorted(tasks) if n != "main"))


async def canceller(tag, target, delay, *msg):
    await asyncio.sleep(delay)
    log(tag, "cancels", target, cancel(target, *msg))


async def producer(tag, count, delay):
    try:
        for i in range(count):
            await Q.put("%s-%d" % (tag, i))
            log(tag, "put", i, "qsize", Q.qsize())
            await asyncio.sleep(delay)
    finally:
        log(tag, "producer ends")
    return count


async def consumer(tag, count, delay):
    got = []
    try:
        for _ in range(count):
            item = await Q.get()
            log(tag, "got", item)
            got.append(item)
            await asyncio.sleep(delay)
            Q.task_done()
    finally:
        log(tag, "consumer ends with", len(got))
    return got


async def wind_up():
    # Cancel what is left in name order, so that asyncio.run's clean-up (set order) has nothing to do.
    me = asyncio.current_task()
    for _ in range(3):
        left = [tasks[n] for n in sorted(tasks) if tasks[n] is not me and not tasks[n].done()]
        if not left:
            break
        for t in left:
            t.cancel()
        await asyncio.gather(*left, return_exceptions=True)
    states()
'''


# ---------------------------------------------------------------------------
# The grammar.


class Generator:
    """Draws one random program from a seeded random.Random."""

    def __init__(self, rng):
        self.rng = rng
        self.step = 0  # numbers log lines so they can be told apart
        self.task_names = []  # names a statement may refer to (some exist only later)
        self.workers = []

    def n(self):
        self.step += 1
        return self.step

    def dur(self):
        return self.rng.choice(DURATIONS)

    def tmo(self):
        return self.rng.choice(TIMEOUTS)

    def new_task_name(self, prefix="t"):
        name = "%s%d" % (prefix, len(self.task_names) + 1)
        self.task_names.append(name)
        return name

    def some_task(self, include_main=True):
        pool = list(self.task_names) or ["t1"]
        if include_main and self.rng.random() < 0.08:
            return "main"
        return self.rng.choice(pool)

    def msg_args(self):
        return ', "msg%d"' % self.n() if self.rng.random() < 0.5 else ""

    # -- worker coroutines -------------------------------------------------

    def worker_body(self, depth, length):
        body = [self.worker_stmt(depth) for _ in range(length)]
        return body

    def worker_stmt(self, depth):
        r = self.rng
        choices = [
            (6, lambda: line("await asyncio.sleep(%s)" % self.dur())),
            (2, lambda: line("await asyncio.sleep(0)")),
            (4, lambda: line('log(tag, "step %d")' % self.n())),
            (1, lambda: line('raise ValueError(tag + " boom %d")' % self.n())),
            (1, lambda: line('return tag + " early %d"' % self.n())),
            (1, lambda: line('log(tag, "is", asyncio.current_task().get_name(), "cancelling", '
                             'asyncio.current_task().cancelling())')),
            (1, lambda: line("EV.set()")),
            (1, lambda: line('log(tag, "waits for event")')),
            (1, lambda: line("await EV.wait()")),
            (1, lambda: line('await Q.put(tag + " item %d")' % self.n())),
            (1, lambda: line('log(tag, "got", await asyncio.wait_for(Q.get(), timeout=%s))' % self.tmo())),
            (1, lambda: line('log(tag, "cancels %s", cancel("%s"%s))' % ((self.some_task(),) * 2 + (self.msg_args(),)))),
            (1, lambda: line('log(tag, "joined", describe(await join("%s")))' % self.some_task(False))),
            (1, lambda: line('log(tag, "wait_for", await asyncio.wait_for(asyncio.sleep(%s, "r%d"), timeout=%s))'
                             % (self.dur(), self.n(), self.tmo()))),
            (1, lambda: line('log(tag, "event", await asyncio.wait_for(EV.wait(), timeout=%s))' % self.tmo())),
            (1, lambda: line('log(tag, "nowait", Q.get_nowait())')),
            (1, lambda: line('Q.put_nowait(tag + " item %d")' % self.n())),
            (1, lambda: line('log(tag, "locked", LOCK.locked(), SEM.locked(), EV.is_set(), Q.qsize())')),
            (1, lambda: line('timer(%s, tag + " %d")' % (self.dur(), self.n()))),
            (2, lambda: line('log(tag, "thread", await asyncio.to_thread(in_thread, tag + " %d", %s))'
                             % (self.n(), ", ".join(str(self.dur()) for _ in range(r.randint(1, 2)))))),
            (1, lambda: line('block(%s)' % self.dur())),
        ]
        if depth < 2:
            choices += [
                (3, lambda: Node(("try:", self.worker_body(depth + 1, r.randint(1, 3))),
                                 ("finally:", [line('log(tag, "finally %d")' % self.n())]
                                  + ([line("await asyncio.sleep(%s)" % self.dur())] if r.random() < 0.3 else [])))),
                (3, lambda: self.catch_cancel(depth)),
                (1, lambda: Node(("try:", self.worker_body(depth + 1, r.randint(1, 3))),
                                 ("except (ValueError, TimeoutError) as e:",
                                  [line('log(tag, "caught", describe(e))')]))),
                (2, lambda: Node(("async with LOCK:", [line('log(tag, "holds lock")')]
                                  + self.worker_body(depth + 1, r.randint(1, 2))))),
                (1, lambda: Node(("async with SEM:", [line('log(tag, "holds semaphore")')]
                                  + self.worker_body(depth + 1, r.randint(1, 2))))),
                (1, lambda: Node(("async with asyncio.timeout(%s):" % self.tmo(),
                                  self.worker_body(depth + 1, r.randint(1, 2))))),
                (1, lambda: Node(("async with asyncio.timeout(None) as cm:",
                                  [line("cm.reschedule(asyncio.get_running_loop().time() + %s)" % self.tmo())]
                                  + self.worker_body(depth + 1, r.randint(1, 2))))),
                (1, lambda: Node(("async with asyncio.TaskGroup() as tg:",
                                  [line('tg_spawn(tg, tag + "-sleep", asyncio.sleep(%s), False)' % self.dur()),
                                   line('log(tag, "inner", await tg_spawn(tg, tag + "-inner", asyncio.wait_for('
                                        'asyncio.sleep(%s, "r%d"), timeout=%s), False))'
                                        % (self.dur(), self.n(), self.tmo()))]
                                  + self.worker_body(depth + 1, r.randint(0, 2))))),
            ]
        return self.weighted(choices)()

    def catch_cancel(self, depth):
        r = self.rng
        handler = [line('log(tag, "cancelled", describe(e), "cancelling", asyncio.current_task().cancelling())')]
        how = r.random()
        if how < 0.5:
            handler.append(line("raise"))
        elif how < 0.75:
            handler.append(line('return tag + " swallowed %d"' % self.n()))
        elif how < 0.9:
            handler.append(line('log(tag, "uncancel", asyncio.current_task().uncancel())'))
        # else: fall through and carry on after the try
        return Node(("try:", self.worker_body(depth + 1, r.randint(1, 3))),
                    ("except asyncio.CancelledError as e:", handler))

    def weighted(self, choices):
        total = sum(w for w, _ in choices)
        x = self.rng.uniform(0, total)
        for w, f in choices:
            x -= w
            if x <= 0:
                return f
        return choices[-1][1]

    def make_worker(self, index):
        body = self.worker_body(0, self.rng.randint(2, 5))
        if self.rng.random() < 0.8:
            body.append(line('return tag + " result"'))
        return ("w%d" % index, body)

    # -- main's statements -------------------------------------------------

    def worker_call(self, tag):
        return '%s("%s")' % (self.rng.choice(self.workers)[0], tag)

    def spawn_expr(self):
        name = self.new_task_name()
        return 'spawn("%s", %s)' % (name, self.worker_call(name))

    def task_list(self):
        """A list expression of 1-3 tasks, new ones or existing ones."""
        parts = []
        for _ in range(self.rng.randint(1, 3)):
            if self.task_names and self.rng.random() < 0.4:
                parts.append('*pick("%s")' % self.some_task(False))
            else:
                parts.append(self.spawn_expr())
        return parts

    def main_stmt(self):
        r = self.rng
        choices = [
            (6, lambda: [line(self.spawn_expr())]),
            (3, lambda: [line('spawn("%s", canceller("%s", "%s", %s%s))'
                              % (self.new_task_name("c"), "c%d" % len(self.task_names), self.some_task(),
                                 self.dur(), self.msg_args()))]),
            (2, lambda: [line('log("main cancels %s", cancel("%s"%s))'
                              % ((self.some_task(False),) * 2 + (self.msg_args(),)))]),
            (5, lambda: [line("await asyncio.sleep(%s)" % self.dur())]),
            (3, lambda: [line('log("main joined", describe(await join("%s")))' % self.some_task(False))]),
            (4, lambda: [line('log("gather", describe(await asyncio.gather(%s, return_exceptions=%s)))'
                              % (", ".join(self.task_list()), r.choice(["True", "False"])))]),
            (2, lambda: [line('log("wait_for gather", describe(await asyncio.wait_for(asyncio.gather(%s, '
                              'return_exceptions=%s), timeout=%s)))'
                              % (", ".join(self.task_list()), r.choice(["True", "False"]), self.tmo()))]),
            (4, self.wait_stmt),
            (2, self.as_completed_stmt),
            (2, lambda: [line('log("wait_for", describe(await asyncio.wait_for(%s, timeout=%s)))'
                              % (self.worker_call("x%d" % self.n()), self.tmo()))]),
            (2, lambda: [line('log("wait_for task", describe(await asyncio.wait_for(get("%s"), timeout=%s)))'
                              % (self.some_task(False), self.tmo()))]),
            (3, self.timeout_stmt),
            (4, self.taskgroup_stmt),
            (2, lambda: [line('log("shield", describe(await asyncio.wait_for(asyncio.shield(get("%s")), '
                              'timeout=%s)))' % (self.some_task(False), self.tmo()))]),
            (2, lambda: [line('spawn("%s", producer("%s", %d, %s))'
                              % ((self.new_task_name("p"),) * 2 + (r.randint(1, 4), self.dur())))]),
            (2, lambda: [line('spawn("%s", consumer("%s", %d, %s))'
                              % ((self.new_task_name("k"),) * 2 + (r.randint(1, 4), self.dur())))]),
            (1, lambda: [line('await asyncio.wait_for(Q.join(), timeout=%s)' % self.tmo()),
                         line('log("queue joined")')]),
            (1, lambda: [line("EV.set()"), line('log("main set the event")')]),
            (1, lambda: [line("EV.clear()")]),
            (1, lambda: [Node(("async with LOCK:", [line('log("main holds lock")'),
                                                    line("await asyncio.sleep(%s)" % self.dur())]))]),
            (2, lambda: [line("states()")]),
            (1, lambda: [line('log("main cancelling", asyncio.current_task().cancelling())')]),
            (1, lambda: [line('log("main uncancel", asyncio.current_task().uncancel())')]),
            (2, lambda: [line('on_done("%s")' % self.some_task(False))]),
            (2, lambda: [line('timer(%s, "main %d")' % (self.dur(), self.n()))]),
            (1, lambda: [line('outer = asyncio.shield(get("%s"))' % self.some_task(False)),
                         line('asyncio.get_running_loop().call_later(%s, outer.cancel)' % self.dur()),
                         line('log("shielded", describe(await outer))')]),
            (1, lambda: [line('log("wait_for event", await asyncio.wait_for(EV.wait(), timeout=%s))' % self.tmo())]),
            (1, lambda: [line('log("gather nothing", await asyncio.gather())')]),
        ]
        body = self.weighted(choices)()
        if r.random() < 0.9:
            # Most statements are guarded, so one failure does not end the program.
            return Node(("try:", body),
                        ("except (Exception, asyncio.CancelledError) as e:",
                         [line('log("main caught", describe(e))')]))
        return Node(("if True:", body))  # unguarded: the exception may end the program

    def wait_stmt(self):
        r = self.rng
        args = ["[%s]" % ", ".join(self.task_list())]
        if r.random() < 0.6:
            args.append("timeout=%s" % self.tmo())
        if r.random() < 0.8:
            args.append("return_when=asyncio.%s"
                        % r.choice(["FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED"]))
        return [line("done, pending = await asyncio.wait(%s)" % ", ".join(args)),
                line('log("wait done", names(done), "pending", names(pending))')]

    def as_completed_stmt(self):
        r = self.rng
        timeout = ", timeout=%s" % self.tmo() if r.random() < 0.5 else ""
        return [Node(("for i, f in enumerate(asyncio.as_completed([%s]%s)):" % (", ".join(self.task_list()), timeout),
                      [Node(("try:", [line('log("as_completed", i, describe(await f))')]),
                            ("except Exception as e:", [line('log("as_completed", i, "raised", describe(e))')]))]))]

    def timeout_stmt(self):
        r = self.rng
        inner = []
        for _ in range(r.randint(1, 3)):
            k = r.random()
            if k < 0.35:
                inner.append(line('log("direct", describe(await %s))' % self.worker_call("d%d" % self.n())))
            elif k < 0.6:
                inner.append(line("await asyncio.sleep(%s)" % self.dur()))
            elif k < 0.8:
                inner.append(line('log("in timeout joined", describe(await join("%s")))' % self.some_task(False)))
            else:
                inner.append(line(self.spawn_expr()))
        inner.append(line('log("timeout block ends")'))
        return [Node(("async with asyncio.timeout(%s) as cm:" % self.tmo(), inner)),
                line('log("after timeout block", cm.expired())')]

    def taskgroup_stmt(self):
        r = self.rng
        inner = []
        for _ in range(r.randint(1, 3)):
            name = self.new_task_name()
            inner.append(line('tg_spawn(tg, "%s", %s)' % (name, self.worker_call(name))))
        extra = r.random()
        if extra < 0.3:
            inner.append(line("await asyncio.sleep(%s)" % self.dur()))
        elif extra < 0.4:
            inner.append(line('raise ValueError("group body %d")' % self.n()))
        elif extra < 0.55:
            inner.append(line('log("main cancels %s", cancel("%s"%s))'
                              % ((self.some_task(False),) * 2 + (self.msg_args(),))))
        return [Node(("async with asyncio.TaskGroup() as tg:", inner)),
                line('log("task group done")')]

    def program(self):
        r = self.rng
        self.workers = [self.make_worker(i + 1) for i in range(r.randint(2, 4))]
        setup = ["LOCK = asyncio.Lock()",
                 "SEM = asyncio.Semaphore(%d)" % r.randint(1, 2),
                 "EV = asyncio.Event()",
                 "Q = asyncio.Queue(%d)" % r.choice([0, 1, 2])]
        main = [self.main_stmt() for _ in range(r.randint(3, 9))]
        return Program(setup, self.workers, main)


def generate(seed, index):
    rng = random.Random("%s:%s" % (seed, index))
    return Generator(rng).program()


# ---------------------------------------------------------------------------
# Running both sides.


TRACEBACK_STARTS = ("Traceback (most recent call last):", "  + Exception Group Traceback (most recent call last):")


class Outcome:
    def __init__(self, stdout, stderr, status, timed_out=False):
        self.stdout = stdout
        self.stderr = stderr
        self.status = status
        self.timed_out = timed_out
        # With --traces, on Awaitscope's outcome: trace-diff's first difference between its trace and
        # CPython's recorded one ("" when they tell the same story, None when they were not compared).
        self.story = None

    def exception_line(self):
        """The line naming the exception that ended the program ('' when it did not fail).

        That is the line after the frames of the last top-level traceback ("  | ExceptionGroup: ..."
        for an exception group, shown without the box); warnings printed after the traceback (a
        coroutine never awaited, reported when the garbage collector reaches it) are ignored, and so is
        the traceback of a "... exception was never retrieved" log: CPython prints it when the future
        is collected, which may be after the program's own traceback.
        Without a traceback (a limit, a deadlock) it is the last line of stderr.
        """
        if self.status == 0:
            return ""
        lines = [l for l in self.stderr.decode("utf-8", "replace").splitlines() if l.strip()]
        starts = [i for i, l in enumerate(lines) if l.startswith(TRACEBACK_STARTS)
                  and not (i > 0 and lines[i - 1].startswith("future: <"))]
        if not starts:
            return lines[-1] if lines else ""
        for l in lines[starts[-1] + 1:]:
            # Awaitscope draws an exception group's box a little differently: accept either drawing.
            rest = l[4:] if l.startswith("  | ") else l
            if not rest.startswith((" ", "+", "-")):
                return rest
        return lines[-1]

    def report(self):
        """stdout, then the exit status, the exception line and stderr (CPython's without asyncio's frames)."""
        text = self.stdout.decode("utf-8", "replace")
        if text and not text.endswith("\n"):
            text += "\n"
        text += "--- exit status: %s\n" % ("timeout" if self.timed_out else self.status)
        if self.exception_line():
            text += "--- exception line: %s\n" % self.exception_line()
        if self.story:
            text += "--- scheduling story differs from CPython's recorded run:\n" + self.story + "\n"
        if self.stderr:
            text += "--- stderr:\n" + self.stderr.decode("utf-8", "replace")
        return text


class Runner:
    def __init__(self, awaitscope, python, traces=False):
        self.awaitscope = awaitscope
        self.python = python
        self.traces = traces
        self.tmp = tempfile.mkdtemp(prefix="difffuzz-")
        self.runs = 0

    def _run(self, argv, cwd, env=None):
        try:
            proc = subprocess.run(argv, cwd=cwd, env=env, capture_output=True, timeout=RUN_TIMEOUT)
        except subprocess.TimeoutExpired as e:
            return Outcome(e.stdout or b"", e.stderr or b"", None, timed_out=True)
        return Outcome(proc.stdout, proc.stderr, proc.returncode)

    def cpython(self, path):
        # The same environment virtual_clock.py's own runner uses.
        env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
        env.pop("PYTHONSTARTUP", None)
        # virtual_clock.py prints an uncaught exception's traceback through its strip_foreign_frames,
        # so the frames inside asyncio's own modules are already left out.
        return self._run([self.python, os.path.join(HERE, "virtual_clock.py"), os.path.basename(path)],
                         os.path.dirname(path), env)

    def awaitscope_run(self, path, trace=None):
        # The binary may be relinked by a build for a few seconds: wait and retry.
        for attempt in range(6):
            try:
                out = self._run([self.awaitscope, "run"] + (["--trace", trace] if trace else [])
                                + [os.path.basename(path)], os.path.dirname(path))
            except OSError as e:
                out = Outcome(b"", str(e).encode(), 127)
            busy = out.status in (126, 127) or (out.status != 0 and re.search(
                rb"Text file busy|No such file or directory.*awaitscope", out.stderr))
            if not busy or attempt == 5:
                return out
            time.sleep(20)
        return out

    def cpython_source(self, source, name):
        path = os.path.join(self.tmp, name + ".py")
        with open(path, "w") as f:
            f.write(source)
        return self.cpython(path)

    def both(self, source, name="prog"):
        path = os.path.join(self.tmp, name + ".py")
        with open(path, "w") as f:
            f.write(source)
        self.runs += 1
        if not self.traces:
            return self.cpython(path), self.awaitscope_run(path)
        ours = os.path.join(self.tmp, name + ".awaitscope.json")
        theirs = os.path.join(self.tmp, name + ".cpython.json")
        for stale in (ours, theirs):
            if os.path.exists(stale):
                os.remove(stale)
        c, a = self.cpython(path), self.awaitscope_run(path, trace=ours)
        a.story = self.story_difference(path, ours, theirs, c.stdout) if cpython_ok(c) else None
        return c, a

    def story_difference(self, path, ours, theirs, cpython_stdout):
        """CPython's run of the program recorded by `awaitscope record` (the same virtual clock) and compared
        with Awaitscope's trace by `awaitscope trace-diff`: "" for the same story, the first difference
        otherwise, None when either trace is missing (a limit, a recorder that could not follow) or when the
        recorded run printed something else than CPython's plain run: the recorder's objects put the tasks
        at other addresses, so a program that iterates a set of tasks (a TaskGroup's abort) may print
        another order there, which is CPython's own nondeterminism, as address_dependent() sets aside."""
        try:
            recorded = self._run([self.awaitscope, "record", "--python", self.python, "--timeout",
                                  str(RUN_TIMEOUT), "--out", theirs, os.path.basename(path)], os.path.dirname(path))
            if recorded.timed_out or recorded.status == RECORDER_UNSUPPORTED or not os.path.exists(ours) \
                    or not os.path.exists(theirs) or recorded.stdout != cpython_stdout:
                return None
            diff = self._run([self.awaitscope, "trace-diff", ours, theirs], self.tmp)
        except OSError:  # the binary is being relinked: this program's traces are not compared
            return None
        if diff.status == 0:
            return ""
        if diff.status == 1:
            return diff.stdout.decode("utf-8", "replace").strip()
        return None


def address_dependent(runner, program, c, prune, seeds):
    """CPython prints something else when the tasks lie at other addresses (see shuffle_addresses)."""
    for seed in seeds:
        other = runner.cpython_source(program.render(prune=prune, perturb=seed), "perturbed")
        if (other.stdout, other.status, other.exception_line()) != (c.stdout, c.status, c.exception_line()):
            return True
    return False


def cpython_ok(c):
    """CPython finished the program by itself (no deadlock, runaway or timeout)."""
    return not c.timed_out and c.status != virtual_clock.DEADLOCK_STATUS


def difference_kinds(c, a):
    kinds = set()
    if c.stdout != a.stdout:
        kinds.add("stdout")
    if c.status != a.status or c.timed_out != a.timed_out:
        kinds.add("status")
    if c.exception_line() != a.exception_line():
        kinds.add("exception")
    if a.story:  # the same output, or not: the scheduling story differs
        kinds.add("trace")
    return frozenset(kinds)


# Errors that show a reduced program lost something it needed (a worker, a task): such a
# candidate is no longer the same program, so minimisation rejects it.
BROKEN = re.compile(rb"NameError|UnboundLocalError|SyntaxError|AttributeError|no t\d+")


def first_difference(c, a):
    cl = c.stdout.decode("utf-8", "replace").splitlines()
    al = a.stdout.decode("utf-8", "replace").splitlines()
    for i in range(max(len(cl), len(al))):
        x = cl[i] if i < len(cl) else "<end>"
        y = al[i] if i < len(al) else "<end>"
        if x != y:
            return "line %d: cpython %r / awaitscope %r" % (i + 1, x, y)
    if c.status != a.status or c.exception_line() != a.exception_line():
        return "exit %s %r / %s %r" % (c.status, c.exception_line(), a.status, a.exception_line())
    return "trace: " + (a.story or "").replace("\n", " | ")[:300]


def one_replacement(c, a, old, new):
    """a is c with one occurrence of old replaced by new."""
    at = c.find(old)
    while at >= 0:
        if c[:at] + new + c[at + len(old):] == a:
            return True
        at = c.find(old, at + 1)
    return False


# How a CancelledError that CPython lets out of an expired asyncio.timeout shows where Awaitscope
# has a TimeoutError.
TIMEOUT_SWAPS = [(" cancelled", " raised TimeoutError()"), ("CancelledError('',)", "TimeoutError()"),
                 ("CancelledError()", "TimeoutError()"), ("asyncio.exceptions.CancelledError", "TimeoutError")]


# Differences already found and reported (tests/difffuzz-findings/) and still present: a program whose
# every differing line is explained by these is counted under the label and not minimised again, so that
# a long run spends its time on new differences.  Each rule gets the CPython and the Awaitscope line.
# Drop a rule when its difference is fixed, so that a return of it is reported again.
KNOWN = [
    # Not an Awaitscope bug: CPython 3.11.2 (Debian 12's python3) raises TimeoutError from an expiring
    # asyncio.timeout only when uncancel() returns 0 (timeouts.py:95); 3.11.7, the reference
    # of this project, compares with the cancellations counted on entry (timeouts.py:112), as
    # Awaitscope does. Against a 3.11.2 the fuzzer meets it after a TaskGroup whose child failed while the
    # parent waited in __aexit__, after wait_for swallowed a cancel, and after self-cancels.
    ("timeout-with-earlier-cancel", lambda c, a: c != a and any(
        one_replacement(c, a, old, new) or c.replace(old, new) == a for old, new in TIMEOUT_SWAPS)),
]


def known_cause(c, a):
    """The label of KNOWN that explains every difference between the two runs, or None."""
    cl = c.stdout.decode("utf-8", "replace").splitlines()
    al = a.stdout.decode("utf-8", "replace").splitlines()
    if len(cl) != len(al):
        return None
    pairs = [(x, y) for x, y in zip(cl, al) if x != y]
    if c.status != a.status or c.exception_line() != a.exception_line():
        pairs.append((c.exception_line(), a.exception_line()))
    labels = []
    for x, y in pairs:
        label = next((label for label, rule in KNOWN if rule(x, y)), None)
        if label is None:
            return None
        labels.append(label)
    return labels[0] if labels else None


# ---------------------------------------------------------------------------
# Minimisation over the syntax tree.


def edit_sites(program):
    """Every single-step reduction of the program, in a fixed order."""
    sites = [("worker", program.workers, i) for i in range(len(program.workers))]

    def walk(block):
        for i, node in enumerate(block):
            sites.append(("delete", block, i))
            if node.blocks():
                sites.append(("unwrap", block, i))
            for inner in node.blocks():
                walk(inner)

    walk(program.main)
    for _, body in program.workers:
        walk(body)
    return sites


def reduced(program, k):
    """A copy of the program with the k-th edit applied (None when k is past the end)."""
    clone = copy.deepcopy(program)
    sites = edit_sites(clone)
    if k >= len(sites):
        return None
    kind, block, i = sites[k]
    if kind == "unwrap":
        node = block[i]
        block[i:i + 1] = node.blocks()[0]
    else:
        del block[i]
    return clone


def minimise(runner, program, kinds, deadline, verbose):
    """Greedy one-at-a-time reduction while the same kinds of difference persist.

    A candidate whose difference is one already known (KNOWN) is rejected: the reduction
    must not slide from a new difference to a known one."""
    original = runner.both(program.render(), "orig")
    allowed_broken = set(BROKEN.findall(original[0].stdout + original[0].stderr))
    original_known = known_cause(*original)
    tries = 0
    changed = True
    while changed:
        changed = False
        k = 0
        while True:
            if time.time() > deadline or tries >= MINIMISE_RUNS:
                return program
            candidate = reduced(program, k)
            if candidate is None:
                break
            tries += 1
            c, a = runner.both(candidate.render(), "cand")
            broken = set(BROKEN.findall(c.stdout + c.stderr)) - allowed_broken
            if (cpython_ok(c) and not broken and difference_kinds(c, a) == kinds
                    and (original_known or not known_cause(c, a))
                    and not address_dependent(runner, candidate, c, False, PERTURB_SEEDS[:1])):
                program = candidate
                changed = True
                if verbose:
                    print("   reduced to %d lines" % program.render().count("\n"), flush=True)
                # the same index now names the next site
            else:
                k += 1
    return program


# ---------------------------------------------------------------------------
# The driver.


def signature(c, a):
    """A rough key to group findings: the first differing line with numbers and names blurred."""
    text = first_difference(c, a)
    return re.sub(r"\b[a-z]?\d+(\.\d+)?\b", "#", text)


def save_finding(out_dir, name, original, program, c, a):
    os.makedirs(out_dir, exist_ok=True)
    base = os.path.join(out_dir, name)
    with open(base + ".orig.py", "w") as f:
        f.write(original.render())
    with open(base + ".py", "w") as f:
        f.write(program.render(prune=program is not original))
    with open(base + ".cpython.out", "w") as f:
        f.write(c.report())
    with open(base + ".awaitscope.out", "w") as f:
        f.write(a.report())


def fuzz(args):
    runner = Runner(args.awaitscope, args.python, args.traces)
    start = time.time()
    end = start + args.minutes * 60 if args.minutes else None
    findings = []
    known = {}
    try:
        ran, compared, skipped = loop(args, runner, end, findings, known)
    except KeyboardInterrupt:  # also SIGTERM, see main(): still print the summary
        ran, compared, skipped = COUNTS
    finally:
        shutil.rmtree(runner.tmp, ignore_errors=True)
    elapsed = time.time() - start
    print()
    print("difffuzz summary: seed %s, %d programs run (%d compared, %d skipped: CPython deadlock/runaway or "
          "address-dependent), "
          "%d runs in all with minimisation, %d new difference(s), %d known difference(s), %.1f minutes"
          % (args.seed, ran, compared, skipped, runner.runs, len(findings), sum(known.values()), elapsed / 60))
    for label, n in sorted(known.items()):
        print("  known %s: %d program(s)" % (label, n))
    groups = {}
    for name, sig in findings:
        groups.setdefault(sig, []).append(name)
    for sig, members in groups.items():
        print("  %s  <- %s" % (sig, ", ".join(members)))
    return 1 if findings else 0


COUNTS = [0, 0, 0]  # programs run, compared, skipped: kept up to date for an interrupted run


def loop(args, runner, end, findings, known):
    ran = compared = skipped = 0
    index = args.start
    while True:
        COUNTS[:] = [ran, compared, skipped]
        if args.count is not None and ran >= args.count:
            break
        if end is not None and time.time() >= end:
            break
        program = generate(args.seed, index)
        name = "seed%s_%d" % (args.seed, index)
        index += 1
        c, a = runner.both(program.render())
        ran += 1
        if not cpython_ok(c):
            skipped += 1
            continue
        compared += 1
        kinds = difference_kinds(c, a)
        if not kinds:
            if args.verbose:
                print("%s: same" % name, flush=True)
            continue
        label = None if args.report_known else known_cause(c, a)
        if label:
            known[label] = known.get(label, 0) + 1
            print("%s: known difference (%s)" % (name, label), flush=True)
            continue
        if address_dependent(runner, program, c, False, PERTURB_SEEDS):
            compared -= 1  # not a comparison after all
            skipped += 1
            if args.verbose:
                print("%s: CPython's output depends on task addresses, skipped" % name, flush=True)
            continue
        print("%s: DIFFERENT (%s) %s" % (name, ", ".join(sorted(kinds)), first_difference(c, a)), flush=True)
        small = minimise(runner, program, kinds, time.time() + MINIMISE_SECONDS, args.verbose)
        # The reduced program must be deterministic under CPython and still differ.
        checks = [runner.both(small.render(prune=True), name) for _ in range(3)]  # tracebacks show NAME.py
        stable = all(x[0].stdout == checks[0][0].stdout and x[0].status == checks[0][0].status
                     and x[0].exception_line() == checks[0][0].exception_line() for x in checks)
        c2, a2 = checks[0]
        stable = stable and not address_dependent(runner, small, c2, True, PERTURB_SEEDS)
        if not stable or not difference_kinds(c2, a2):
            print("   %s: not reproducible after minimising (CPython stable: %s), kept the original"
                  % (name, stable), flush=True)
            small, c2, a2 = program, c, a
        sig = signature(c2, a2)
        findings.append((name, sig))
        save_finding(args.out, name, program, small, c2, a2)
        print("   saved %s (%d lines): %s" % (os.path.join(args.out, name + ".py"),
                                               small.render(prune=True).count("\n"), first_difference(c2, a2)),
              flush=True)
        if args.stop_after and len(findings) >= args.stop_after:
            break
    return ran, compared, skipped


def replay(args):
    runner = Runner(args.awaitscope, args.python, args.traces)
    with open(args.replay) as f:
        source = f.read()
    # Run under the program's own name, so that tracebacks and reprs show it.
    c, a = runner.both(source, os.path.splitext(os.path.basename(args.replay))[0])
    shutil.rmtree(runner.tmp, ignore_errors=True)
    if args.save_outputs:
        base = os.path.splitext(args.replay)[0]
        for side, outcome in (("cpython", c), ("awaitscope", a)):
            with open(base + "." + side + ".out", "w") as f:
                f.write(outcome.report())
    print("== CPython\n" + c.report() + "== Awaitscope\n" + a.report())
    kinds = difference_kinds(c, a)
    print("differences:", ", ".join(sorted(kinds)) or "none", "" if cpython_ok(c) else "(CPython did not finish)")
    if kinds:
        print("known cause:", known_cause(c, a) or "none")
    return 1 if kinds else 0


def default_python():
    # The python3 running this script (on PATH): the reference is CPython 3.11.7; an older 3.11 (Debian
    # 12's 3.11.2) differs in asyncio.timeout, which KNOWN absorbs.
    return sys.executable


def main(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--seed", default="1", help="seed of the program series (default 1)")
    p.add_argument("--count", type=int, help="number of programs to run")
    p.add_argument("--start", type=int, default=0, metavar="INDEX",
                   help="index of the first program of the seed's series (default 0); "
                        "--start N --count 1 runs program N again")
    p.add_argument("--minutes", type=float, help="run for this many minutes (default 1 when --count is absent)")
    p.add_argument("--out", default=os.path.join(ROOT, "build", "difffuzz-findings"),
                   help="folder for findings (default build/difffuzz-findings)")
    p.add_argument("--awaitscope", default=os.path.join(ROOT, "build", "bin", "awaitscope"),
                   help="the binary to test (default build/bin/awaitscope)")
    p.add_argument("--python", default=default_python(),
                   help="CPython 3.11 to compare with (default: the python3 running this script)")
    p.add_argument("--stop-after", type=int, default=0, help="stop after this many findings (0: never)")
    p.add_argument("--verbose", action="store_true", help="a line for every program and minimisation step")
    p.add_argument("--report-known", action="store_true",
                   help="minimise and save differences matching KNOWN too (they are only counted otherwise)")
    p.add_argument("--traces", action="store_true",
                   help="also record CPython's run (awaitscope record) and compare the two traces with "
                        "awaitscope trace-diff: a different scheduling story is a finding even when the "
                        "output is the same")
    p.add_argument("--replay", help="compare one program and stop")
    p.add_argument("--save-outputs", action="store_true",
                   help="with --replay: write PROG.cpython.out and PROG.awaitscope.out beside PROG.py")
    p.add_argument("--print", dest="show", type=int, metavar="INDEX", help="print program INDEX of the seed")
    args = p.parse_args(argv)
    if args.show is not None:
        sys.stdout.write(generate(args.seed, args.show).render())
        return 0
    if not os.access(args.awaitscope, os.X_OK):
        print("difffuzz: %s not found; build it first (make build)" % args.awaitscope, file=sys.stderr)
        return 2
    try:
        version = subprocess.run([args.python, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
                                 capture_output=True, text=True).stdout.strip()
    except OSError:
        version = "missing"
    if version != "3.11":
        print("difffuzz: the reference must be CPython 3.11, %s is %s (give one with --python)"
              % (args.python, version or "not runnable"), file=sys.stderr)
        return 2
    try:
        os.nice(10)  # a shared machine: children inherit the lower priority
    except OSError:
        pass
    if args.replay:
        return replay(args)
    signal.signal(signal.SIGTERM, signal.default_int_handler)  # stopped runs still print their summary
    if args.count is None and args.minutes is None:
        args.minutes = 1
    return fuzz(args)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
