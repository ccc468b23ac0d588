"""Awaitscope's recorder: runs an asyncio program under CPython and writes its run as an Awaitscope trace.

Usage (awaitscope record runs it for you):
  python3 awaitscope_recorder.py [--clock real|virtual] --out TRACE.json PROG.py [ARGS...]

With --clock real the program runs on asyncio's own loop and the real clock (real sockets, any library);
the trace's times are seconds since the recording started.

The program runs on a virtual clock: the event loop never sleeps, it jumps its clock to the next timer when
nothing is ready, so the same program always gives the same trace. time.monotonic(), time.perf_counter(),
time.time() and time.sleep() use that clock too.

What is recorded, and how (public hooks only):
- tasks: a task factory (loop.set_task_factory) makes every task a RecordedTask, a subclass of
  asyncio.Task, and wraps its coroutine in a StepRecorder, which sees each step of the task (every send()
  or throw() the task makes), what the step yields (the future the task waits on) and how the coroutine
  ends;
- timers: the loop's call_at (which call_later uses) records each timer, its deadline and its firing;
- gather: asyncio.gather is wrapped: combinator-entered (children, return_exceptions) when it is called,
  combinator-returned (the slots, or the exception) when its done callbacks run;
- wait: asyncio.wait is wrapped: combinator-entered (children, deadline, return_when), combinator-returned
  (done and pending);
- as_completed: wrapped: combinator-entered (the futures it watches), combinator-yielded (each result handed
  out, and the future it came from, or the timeout);
- loop passes: the selector writes one event per pass (ready callbacks, timers, and ties on the virtual clock).
- output: print() is wrapped (one event per call) and so is sys.stdout (one event per direct write);
- blocking: time.sleep() inside a task is a blocking wait, as the interpreter draws it.
- HTTP on the virtual clock: the loop's getaddrinfo and create_connection lead to a model of Awaitscope's demo
  server (SimNetwork), so the program's own aiohttp runs unchanged; a wait inside an installed library is one
  wait on I/O, and a library's own tasks are not recorded (docs/recording.md, "HTTP on the virtual clock").
- waits in Lock/Event/Semaphore/Condition/Queue/Barrier: a wait on a future, named after the primitive's
  method the program called (_sync_wait_label).
"""

import asyncio
import builtins
import concurrent.futures
import contextvars
import functools
import gc
import heapq
import io
import json
import math
import os
import runpy
import selectors
import socket
import sys
import threading
import time
import traceback
import urllib.parse
import weakref

if sys.version_info < (3, 11):
    sys.stderr.write("awaitscope recorder: needs Python 3.11 or newer, this is %d.%d\n" % sys.version_info[:2])
    sys.exit(4)

DEADLOCK_STATUS = 3
UNSUPPORTED_STATUS = 5  # the virtual clock cannot record what the program does
_ASYNCIO_DIR = os.path.dirname(asyncio.__file__)
_THIS_FILE = os.path.abspath(__file__)
_LIBRARY_MARKS = (os.sep + "site-packages" + os.sep, os.sep + "dist-packages" + os.sep)


def _is_library_file(filename):
    """Code of an installed library (aiohttp, httpx, ...), as opposed to the program, its modules and the
    standard library."""
    return any(mark in filename for mark in _LIBRARY_MARKS)


class Clock:
    """The virtual clock: `now` moves only when the loop would sleep (or time.sleep is called)."""

    def __init__(self):
        self.now = 0.0
        self.kind = "virtual"


class RealClock:
    """--clock real: seconds since the recording started, read from the real monotonic clock."""

    def __init__(self):
        self.kind = "real"
        self._start = time.monotonic()

    @property
    def now(self):
        return time.monotonic() - self._start

    def since_start(self, when):
        """A deadline on the loop's own clock, as seconds since the recording started."""
        return when - self._start


CLOCK = Clock()


class Recorder:
    """Collects tasks and events in Awaitscope's trace format (docs/trace-format.md)."""

    def __init__(self, program_path):
        self.program_path = os.path.abspath(program_path)
        self.tasks = []
        self.task_by_id = {}  # id -> the entry of `tasks`
        self.events = []
        self.ids = weakref.WeakKeyDictionary()  # task/future -> id (one numbering, as the format says)
        self.next_id = 0
        self.id_lock = threading.Lock()
        self.next_timer = 0
        self.sleep_timers = weakref.WeakKeyDictionary()  # future made by asyncio.sleep -> (timer id, when)
        self.job_futures = weakref.WeakKeyDictionary()  # asyncio future of a worker thread's job -> its lane
        self.io_futures = weakref.WeakSet()  # futures that stand for I/O (a library's, the simulated network's)

    def id_of(self, obj):
        try:
            # a worker thread's job is named by its lane wherever its future is awaited or gathered
            job = self.job_futures.get(obj)
            return job if job is not None else self.ids[obj]
        except KeyError:
            self.next_id += 1
            self.ids[obj] = self.next_id
            return self.next_id
        except TypeError:  # not weakly referencable: no stable id
            return -1

    def new_id(self):
        """An id for something that is not an object of its own (a wait() call, a worker thread's job)."""
        with self.id_lock:  # jobs may be handed over from worker threads too (a done callback's submit)
            self.next_id += 1
            return self.next_id

    def event(self, kind, task=-1, other=-1, line=0, wait=None, text=None, data=None, when=None, at=None):
        """One event, at the clock's time and the end of the list; or, for a fact known only later, at the
        time `when` and the place `at` where it happened. Returns it, for data known only after."""
        e = {"t": CLOCK.now if when is None else when, "kind": kind}
        if wait:
            e["wait"] = wait
        if task >= 0:
            e["task"] = task
        if other >= 0:
            e["other"] = other
        if line > 0:
            e["line"] = line
        if text:
            e["text"] = text
        if data:
            e["data"] = data
        if at is None:
            self.events.append(e)
        else:
            self.events.insert(at, e)
        return e

    def program_line(self, frame):
        """The line of the innermost frame of `frame`'s chain that belongs to the program itself."""
        while frame is not None:
            if os.path.abspath(frame.f_code.co_filename) == self.program_path:
                return frame.f_lineno
            frame = frame.f_back
        return 0

    def current_task_id(self):
        try:
            task = asyncio.current_task()
        except RuntimeError:
            return -1
        return self.ids.get(task, -1) if task is not None else -1


RECORDER = None


def _awaited(coro):
    """What a coroutine (or generator-based awaitable) awaits, or None."""
    return getattr(coro, "cr_await", None) or getattr(coro, "gi_yieldfrom", None)


def _await_chain(coro, through_wrappers=False):
    """(object, its frame or None) down a task's await chain, at most 100 deep. `through_wrappers`: past a
    coro.__await__() (aiohttp's `await session.get(...)`), which shows no frame, to the coroutine it drives."""
    for _ in range(100):
        if coro is None:
            return
        frame = getattr(coro, "cr_frame", None) or getattr(coro, "gi_frame", None)
        yield coro, frame
        if through_wrappers and frame is None and type(coro).__name__ == "coroutine_wrapper":
            coro = next((r for r in gc.get_referents(coro) if asyncio.iscoroutine(r)), None)
        else:
            coro = _awaited(coro)


def _coroutine_line(coro):
    """Where a suspended (or just-resumed) coroutine chain stands in the program: the deepest frame of it."""
    line = 0
    for _, frame in _await_chain(coro):
        if frame is not None and os.path.abspath(frame.f_code.co_filename) == RECORDER.program_path:
            line = frame.f_lineno
    return line


def _describe_exception(exc):
    """The exception as the interpreter's trace shows it: its repr (ValueError('boom'))."""
    try:
        return repr(exc)[:200]
    except Exception:  # a __repr__ that raises
        return "<%s object>" % type(exc).__name__


def _hide_recorder_frames(exc):
    """Takes the recorder's own frames (send, _after_step) out of an exception's traceback, so that what the
    program prints of it (traceback.print_exception, logging's exc_info) is what it prints unrecorded."""
    here = os.path.abspath(__file__)
    tb = exc.__traceback__
    head = previous = None
    while tb is not None:
        following = tb.tb_next
        if os.path.abspath(tb.tb_frame.f_code.co_filename) != here:
            if previous is None:
                head = tb
            else:
                previous.tb_next = tb
            previous = tb
        tb = following
    if previous is not None:
        previous.tb_next = None
    exc.__traceback__ = head


_QUEUES_FILE = os.path.join(_ASYNCIO_DIR, "queues.py")
_LOCKS_FILE = os.path.join(_ASYNCIO_DIR, "locks.py")


def _sync_wait_label(coro):
    """What a task waiting on a future inside asyncio's synchronisation primitives waits for, named as the
    interpreter's runtime names it (core/runtime/sync.cpp): "Lock.acquire", "Event.wait",
    "Semaphore.acquire", "Condition.wait", "Queue.get", "Queue.put", "Queue.join", "Barrier.wait"; None for
    any other future. It is the primitive the program called: the first of asyncio's frames below the
    program's is that primitive's method (`async with` goes through its __aenter__), and what that method
    awaits inside (a Condition taking its lock back, a Barrier's condition) is still that wait. A queue
    asyncio uses for itself (as_completed's) is not the program's."""
    for _, frame in _await_chain(coro):
        if frame is not None and os.path.abspath(frame.f_code.co_filename).startswith(_ASYNCIO_DIR + os.sep):
            if os.path.abspath(frame.f_code.co_filename) not in (_LOCKS_FILE, _QUEUES_FILE):
                return None
            name = frame.f_code.co_qualname
            if not name.startswith("_ContextManagerMixin."):
                owner = name.partition(".")[0]
                return name if owner in ("Lock", "Event", "Semaphore", "Condition", "Queue", "Barrier") else None
    return None


class StepRecorder:
    """Stands for a task's coroutine: each send()/throw() of the task is one step of it."""

    def __init__(self, coro):
        self._coro = coro
        self._task_id = -1
        self._waiting_on = None
        self._io_link = None  # while the task waits on I/O: where the program's own code awaits (_program_link)
        self._deferred = None  # a step resumed inside a library's I/O: (index, time, woken by, line)
        self._deferred_link = None  # the program's link when that step began

    def _program_link(self):
        """Where the program's own code waits: its deepest coroutine in the task's await chain and what that
        awaits, and whether code of an installed library runs below it (then the task waits on that library's
        I/O, whatever future the library's code yields)."""
        link, in_program = None, True
        for coro, frame in _await_chain(self._coro, through_wrappers=True):
            in_library = frame is not None and _is_library_file(frame.f_code.co_filename)
            if in_program and frame is not None and not in_library:
                link = (coro, _awaited(coro))
                continue
            in_program = False
            if in_library:
                return link, True
        return link, False

    def _flush_deferred(self):
        """The deferred step was the program's after all: its wake-up and start go where they happened."""
        if self._deferred is None:
            return
        index, when, woken_by, line = self._deferred
        self._deferred = None
        if woken_by is not None:
            RECORDER.event("woken", task=self._task_id, other=woken_by, when=when, at=index)
            index += 1
        RECORDER.event("step", task=self._task_id, line=line, when=when, at=index)

    # What asyncio and repr() ask of a coroutine goes to the real one.
    def __getattr__(self, name):
        return getattr(self._coro, name)

    def __repr__(self):
        return repr(self._coro)

    def __await__(self):
        return self._coro.__await__()

    def _before_step(self):
        rec = RECORDER
        waited = self._waiting_on
        self._waiting_on = None
        woken = waited is not None and waited.done()
        if self._io_link is not None:
            # Resumed inside a library while the program waits on I/O (aiohttp connected, its pool let the
            # request go, a first piece arrived): the step is the program's only if its own code runs, which
            # is known when the step ends. Until then its wake-up and start are kept aside.
            self._deferred_link, self._io_link = self._io_link, None
            self._deferred = (len(rec.events), CLOCK.now, rec.id_of(waited) if woken else None,
                              _coroutine_line(self._coro))
            return
        if woken:
            rec.event("woken", task=self._task_id, other=rec.id_of(waited))
        rec.event("step", task=self._task_id, line=_coroutine_line(self._coro))

    def _after_step(self, step):
        rec = RECORDER
        # Held across the step: once the coroutine has ended, its frame still knows the last line it ran,
        # where the task ended (as the interpreter's trace says).
        frame = getattr(self._coro, "cr_frame", None) or getattr(self._coro, "gi_frame", None)

        def last_line():
            if frame is None or os.path.abspath(frame.f_code.co_filename) != rec.program_path:
                return 0
            return frame.f_lineno or 0

        try:
            yielded = step()
        except StopIteration as stop:
            self._flush_deferred()
            task = asyncio.current_task()
            if task is not None and getattr(task, "_must_cancel", False):
                # Cancelled right before the coroutine returned (a task cancelling the gather it is part
                # of): Task.__step ends it cancelled, not with the value.
                rec.event("task-cancelled", task=self._task_id, line=last_line())
                raise
            text = repr(stop.value)
            rec.event("task-finished", task=self._task_id, text=text[:200], line=last_line())
            raise
        except asyncio.CancelledError:
            self._flush_deferred()
            rec.event("task-cancelled", task=self._task_id, line=last_line())
            raise
        except BaseException as exc:
            self._flush_deferred()
            rec.event("task-failed", task=self._task_id, text=_describe_exception(exc), line=last_line())
            raise
        line = _coroutine_line(self._coro)
        if yielded is None or not asyncio.isfuture(yielded):
            # A bare yield, or a bad one (a custom awaitable yielding 5: the task itself refuses it with
            # RuntimeError).
            self._flush_deferred()
            rec.event("suspended", task=self._task_id, line=line, wait="yield")
            return yielded
        self._waiting_on = yielded
        other = rec.id_of(yielded)
        try:
            timer = rec.sleep_timers.get(yielded)
            job = rec.job_futures.get(yielded)
            io = yielded in rec.io_futures
        except TypeError:  # not weakly referencable
            timer = job = None
            io = False
        link, in_library = self._program_link() if timer is None and job is None else (None, False)
        if io or in_library:
            if self._deferred is not None and link is not None and self._deferred_link is not None and \
                    link[0] is self._deferred_link[0] and link[1] is self._deferred_link[1]:
                # The step ran inside the library only and it waits on I/O again: one wait goes on.
                self._deferred = None
                self._io_link = link
                return yielded
            self._flush_deferred()
            self._io_link = link
            rec.event("suspended", task=self._task_id, other=other, line=line, wait="io")
            return yielded
        self._flush_deferred()
        if job is not None:
            rec.event("suspended", task=self._task_id, other=job, line=line, wait="task")
        elif timer is not None:
            rec.event("suspended", task=self._task_id, other=other, line=line, wait="timer",
                      data={"until": timer[1]})
        elif isinstance(yielded, asyncio.Task):
            rec.event("suspended", task=self._task_id, other=other, line=line, wait="task")
        elif type(yielded).__name__ == "_GatheringFuture":
            rec.event("suspended", task=self._task_id, other=other, line=line, wait="combinator",
                      text="gather")
        else:
            rec.event("suspended", task=self._task_id, other=other, line=line, wait="future",
                      text=_sync_wait_label(self._coro))
        return yielded

    def send(self, value):
        self._before_step()
        try:
            return self._after_step(lambda: self._coro.send(value))
        except BaseException as exc:
            _hide_recorder_frames(exc)
            raise  # re-raised as it is: this frame gets no entry of its own again

    def throw(self, *args):
        self._before_step()
        try:
            return self._after_step(lambda: self._coro.throw(*args))
        except BaseException as exc:
            _hide_recorder_frames(exc)
            raise

    def close(self):
        return self._coro.close()


# A real coroutine type for asyncio's checks (asyncio.iscoroutine accepts collections.abc.Coroutine).
import collections.abc  # noqa: E402

collections.abc.Coroutine.register(StepRecorder)


class RecordedTask(asyncio.Task):
    """Every task of the recorded run, also asyncio.Task itself while the program runs: a task the program
    makes by calling asyncio.Task(coro) is recorded as one the loop's task factory makes."""

    def __init__(self, coro, *, loop=None, name=None, context=None):
        if isinstance(coro, StepRecorder) or _unrecorded(loop, coro):
            super().__init__(coro, loop=loop, name=name, context=context)  # the factory records it
            return
        wrapper = StepRecorder(coro)
        super().__init__(wrapper, loop=loop, name=name, context=context)
        _record_task(self, wrapper, coro, sys._getframe(1))

    def set_name(self, value):
        super().set_name(value)
        rec = RECORDER
        entry = rec.task_by_id.get(rec.ids.get(self, -1))
        if entry is not None:
            entry["name"] = self.get_name()

    def get_coro(self):
        """The program's coroutine, not the recorder's wrapper around it."""
        coro = super().get_coro()
        return coro._coro if isinstance(coro, StepRecorder) else coro

    def cancel(self, msg=None):
        rec = RECORDER
        if self.done() or self not in rec.ids:
            # nothing is requested of a finished task (cancel() returns False); an unrecorded task's is not told
            return super().cancel(msg)
        rec.event("cancel-requested", task=rec.ids.get(self, -1), other=rec.current_task_id(),
                  text=None if msg is None else str(msg))
        return super().cancel(msg)


# repr() and type(task).__name__ show "Task", as in a plain python3 run.
RecordedTask.__name__ = "Task"
RecordedTask.__qualname__ = "Task"
RecordedTask.__module__ = "_asyncio"


def _origin_and_line(frame):
    """How a task was made (the asyncio function the program called) and the program's line doing it."""
    origin = "create_task"
    line = 0
    outermost_asyncio = None
    while frame is not None:
        filename = os.path.abspath(frame.f_code.co_filename)
        if filename == RECORDER.program_path:
            line = frame.f_lineno
            break
        if filename.startswith(_ASYNCIO_DIR + os.sep):
            outermost_asyncio = (os.path.splitext(os.path.basename(filename))[0], frame.f_code.co_name)
        frame = frame.f_back
    if outermost_asyncio is not None:
        module, function = outermost_asyncio
        if module == "runners":
            origin = "run"
        elif module == "taskgroups":
            origin = "TaskGroup"
        elif function in ("gather", "wait", "as_completed", "wait_for", "shield", "ensure_future"):
            origin = function
    return origin, line


def _is_asyncio_housekeeping(loop, coro):
    """asyncio.run's own closing tasks: shutdown_default_executor always, shutdown_asyncgens when there is no
    async generator left to close (the interpreter draws it only when it has one)."""
    code = getattr(coro, "cr_code", None)
    if code is None:
        return False
    where = os.path.abspath(code.co_filename)
    if not where.startswith(_ASYNCIO_DIR + os.sep) and where != _THIS_FILE:  # (the virtual clock's own)
        return False
    if code.co_name == "shutdown_asyncgens":
        return not getattr(loop, "_asyncgens", None)
    return code.co_name == "shutdown_default_executor"


def _is_library_task(coro):
    """A task an installed library makes for its own work (aiohttp 3.8's host lookup and request writer): it
    is the library's inside, as the interpreter's HTTP layer has no task for it, and is not recorded. It still
    takes its "Task-N" number, as in any CPython run."""
    code = getattr(coro, "cr_code", None)
    return code is not None and _is_library_file(code.co_filename)


def _unrecorded(loop, coro):
    return _is_asyncio_housekeeping(loop, coro) or _is_library_task(coro)


def _task_factory(loop, coro, context=None):
    if _is_asyncio_housekeeping(loop, coro):
        # asyncio.run's own shutdown steps: their passes are marked, as the interpreter marks its own, unless
        # the default executor still has jobs to wait for (then the passes wait for the program's threads).
        loop._awaitscope_shutting_down = (
            coro.cr_code.co_name == "shutdown_asyncgens" or getattr(loop, "_default_executor", None) is None)
    if _unrecorded(loop, coro):
        return RecordedTask(coro, loop=loop, context=context)
    wrapper = StepRecorder(coro)
    # loop.create_task(coro, name=...) names the task after the factory made it; a task made without a name
    # takes the next "Task-N" number, so the name is passed on here to keep the numbering CPython's.
    caller = sys._getframe(1)
    name = caller.f_locals.get("name") if caller.f_code.co_name == "create_task" else None
    kwargs = {"loop": loop}
    if isinstance(name, str):
        kwargs["name"] = name
    if context is not None:
        kwargs["context"] = context
    task = RecordedTask(wrapper, **kwargs)
    _record_task(task, wrapper, coro, sys._getframe(1))
    return task


def _record_task(task, wrapper, coro, caller):
    """task-created for a task just made around `wrapper` (the recorder's stand-in for `coro`) by the code of
    frame `caller`."""
    rec = RECORDER
    parent = rec.current_task_id()
    origin, line = _origin_and_line(caller)
    tid = rec.id_of(task)
    wrapper._task_id = tid
    if _tasks_being_made is not None:
        _tasks_being_made.append(task)
    # The coroutine's __name__, as CPython's task repr shows it (functools.wraps gives the wrapper's coroutine
    # the wrapped function's name).
    name = getattr(coro, "__name__", None)
    entry = {"id": tid, "name": task.get_name(), "parent": parent, "line": line,
             "coroutine": name if isinstance(name, str) else type(coro).__name__, "origin": origin}
    rec.tasks.append(entry)
    rec.task_by_id[tid] = entry
    rec.event("task-created", task=tid, other=parent, line=line)


_real_gather = asyncio.gather
_tasks_being_made = None  # while gather runs: the tasks it makes, in order


def _recording_gather(*aws, return_exceptions=False):
    """asyncio.gather, recorded: combinator-entered with its children, combinator-returned with its outcome."""
    global _tasks_being_made
    outer_made, _tasks_being_made = _tasks_being_made, []
    try:
        outer = _real_gather(*aws, return_exceptions=return_exceptions)
        made = _tasks_being_made
    finally:
        _tasks_being_made = outer_made
    rec = RECORDER
    children = []
    seen = {}
    made_iter = iter(made)
    for aw in aws:
        if asyncio.isfuture(aw):
            children.append(rec.id_of(aw))
        elif id(aw) in seen:
            children.append(seen[id(aw)])
        else:
            task = next(made_iter, None)
            seen[id(aw)] = rec.id_of(task) if task is not None else -1
            children.append(seen[id(aw)])
    caller = sys._getframe(1).f_code
    if (os.path.abspath(caller.co_filename).startswith(_ASYNCIO_DIR + os.sep)
            and caller.co_name != "shutdown_asyncgens"):
        # asyncio.run's clean-up gathers what it cancels: not the program's combinator (the gather closing
        # async generators is drawn, with the task that runs it)
        return outer
    gid = rec.id_of(outer)
    rec.event("combinator-entered", task=rec.current_task_id(), other=gid, text="gather",
              line=rec.program_line(sys._getframe(1)),
              data={"children": children, "return_exceptions": bool(return_exceptions)})

    # The outcome belongs to the moment gather's future gets it (as the interpreter records it), not to the
    # later pass in which its done callbacks run: a task blocking the loop in between (time.sleep) would move
    # it. gather sets it through these two methods of its future.
    completed = []  # [(index in the events, time, current task)] once it has its outcome

    def stamped(method):
        def stamp(*args, **kwargs):
            if not completed:
                completed.append((len(rec.events), CLOCK.now, rec.current_task_id()))
            return method(*args, **kwargs)
        return stamp

    outer.set_result = stamped(outer.set_result)
    outer.set_exception = stamped(outer.set_exception)

    def returned(fut):
        # The stamping methods go, so the future is freed (and an exception nobody retrieved is logged) when
        # the program drops it, as without the recorder; its exception is read without retrieving it.
        for name in ("set_result", "set_exception"):
            try:
                delattr(fut, name)
            except AttributeError:
                pass
        data = {}
        if fut.cancelled():
            data["exception"] = "CancelledError"
        elif fut._exception is not None:
            data["exception"] = _describe_exception(fut._exception)
        else:
            data["results"] = [repr(r)[:200] for r in fut.result()]
        index, when, task = completed[0] if completed else (None, None, rec.current_task_id())
        rec.event("combinator-returned", task=task, other=gid, text="gather", data=data, when=when, at=index)

    if outer.done():
        returned(outer)  # gather() of nothing is done at once (its callbacks would run a pass later)
    else:
        outer.add_done_callback(returned)
    return outer


_real_wait = asyncio.wait


async def _recording_wait(fs, *, timeout=None, return_when=asyncio.ALL_COMPLETED):
    """asyncio.wait, recorded: combinator-entered (children, deadline, return_when), then combinator-returned
    with the done and pending sets. Calls that asyncio refuses or that wrap coroutines go through unrecorded."""
    if asyncio.isfuture(fs) or asyncio.iscoroutine(fs) or not fs or any(asyncio.iscoroutine(f) for f in fs):
        return await _real_wait(fs, timeout=timeout, return_when=return_when)
    rec = RECORDER
    loop = asyncio.get_running_loop()
    children = list(dict.fromkeys(fs))  # each future once, in the order given
    wid = rec.new_id()
    data = {"children": [rec.id_of(f) for f in children], "return_when": str(return_when)}
    if timeout is not None:
        data["deadline"] = loop.time() + timeout
    line = rec.program_line(sys._getframe(1))
    rec.event("combinator-entered", task=rec.current_task_id(), other=wid, text="wait", line=line, data=data)
    done, pending = await _real_wait(children, timeout=timeout, return_when=return_when)
    rec.event("combinator-returned", task=rec.current_task_id(), other=wid, text="wait", line=line,
              data={"done": [rec.id_of(f) for f in children if f in done],
                    "pending": [rec.id_of(f) for f in children if f in pending]})
    return done, pending


_real_as_completed = asyncio.as_completed


def _as_completed_timed_out(exc, timeout, todo):
    """Whether `exc` is the TimeoutError as_completed's own _wait_for_one raises when its timeout has handed out
    None, not a TimeoutError that a watched future ended with (that one is the future's own object: a
    traceback cannot tell them apart, as the future's exception may have been raised again elsewhere
    meanwhile and lost its frames)."""
    if timeout is None or not isinstance(exc, asyncio.TimeoutError):
        return False
    return not any(f.done() and not f.cancelled() and f._exception is exc for f in todo)


def _recording_as_completed(fs, *, timeout=None):
    """asyncio.as_completed, recorded: combinator-entered with the futures it watches (after it has wrapped
    any coroutine in a task), then combinator-yielded each time a result is handed out, with the future it
    came from (the k-th to complete, as asyncio's queue hands them out in that order)."""
    rec = RECORDER
    inner = _real_as_completed(fs, timeout=timeout)
    first = next(inner, None)  # the generator's body has run: its tasks exist, its callbacks are set
    todo = list(inner.gi_frame.f_locals.get("todo", ())) if inner.gi_frame else []
    cid = rec.new_id()
    completed = []
    for f in todo:
        f.add_done_callback(completed.append)  # after as_completed's own: the same order
    data = {"children": [rec.id_of(f) for f in todo]}
    if timeout is not None:
        data["deadline"] = asyncio.get_event_loop().time() + timeout
    rec.event("combinator-entered", task=rec.current_task_id(), other=cid, text="as_completed",
              line=rec.program_line(sys._getframe(1)), data=data)
    if first is None:
        return  # nothing to watch
    handed = 0

    def hand_out(timed_out, frame):
        nonlocal handed
        handed += 1
        data = {"index": handed}
        if timed_out:
            data["timeout"] = True
        else:
            data["source"] = rec.id_of(completed[handed - 1])
        rec.event("combinator-yielded", task=rec.current_task_id(), other=cid, text="as_completed",
                  line=rec.program_line(frame), data=data)

    async def _wait_for_one(one):
        # Named as asyncio's own, so a task made of it shows the same coroutine.
        try:
            result = await one
        except BaseException as exc:
            if _as_completed_timed_out(exc, timeout, todo):
                # as_completed's timeout, even when a future completed at the same moment (its timer ran
                # first and emptied as_completed's list, so that completion hands nothing out)
                hand_out(True, sys._getframe(1))
            elif handed < len(completed):
                hand_out(False, sys._getframe(1))  # the future's own exception
            raise  # else the waiting task was cancelled: nothing was handed out
        hand_out(False, sys._getframe(1))
        return result

    yield _wait_for_one(first)
    for one in inner:
        yield _wait_for_one(one)


class VirtualSelector(selectors.DefaultSelector):
    """Polls file descriptors without blocking; where the loop would sleep, the clock jumps instead."""

    def __init__(self):
        super().__init__()
        self.loop = None

    def select(self, timeout=None):
        TIE_RULE.pass_starts(self.loop)
        ready = super().select(0)
        if ready:
            _record_pass(self.loop, False)
            return ready
        if timeout != 0 and VirtualExecutor.wakeups:
            # The loop would wait: worker threads run at their moments until one hands the loop something
            # (its self-pipe) or the loop's first timer comes first (Awaitscope's Loop::runOnce).
            next_when = self.loop._next_timer_when() if self.loop is not None else None
            while VirtualExecutor.wakeups and (next_when is None or
                                                not next_when < VirtualExecutor.next_wakeup() - 1e-9):
                VirtualExecutor.run_first()
                ready = super().select(0)
                if ready:
                    _record_pass(self.loop, False)
                    return ready
        sleeping = TIE_RULE.sleeping(self.loop)
        if timeout == 0:
            TIE_RULE.woke(self.loop, sleeping, CLOCK.now, CLOCK.now)
            VirtualExecutor.run_reached()
            ready = super().select(0)
            _record_pass(self.loop, sleeping is not None)
            return ready
        next_when = self.loop._next_timer_when() if self.loop is not None else None
        if self.loop is not None and TIE_RULE.reached(self.loop, CLOCK.now):
            # The worker threads brought the clock to a timer's moment (or one is left for this wake-up by
            # the tie rule): the loop wakes for it now, not for the timer after it (Loop::runOnce).
            next_when = CLOCK.now
        if next_when is None:
            if timeout is None:
                _deadlock()
            return ready
        then = CLOCK.now
        if next_when > CLOCK.now:
            CLOCK.now = next_when
        TIE_RULE.woke(self.loop, sleeping, then, CLOCK.now)
        VirtualExecutor.run_reached()
        ready = super().select(0)
        _record_pass(self.loop, sleeping is not None)
        return ready


class RealClockSelector(selectors.DefaultSelector):
    """--clock real: the loop's own waits, one loop-pass event after each (what the pass will run)."""

    def __init__(self):
        super().__init__()
        self.loop = None

    def select(self, timeout=None):
        ready = super().select(timeout)
        _record_pass(self.loop, False)
        return ready


def _record_pass(loop, woke):
    """A loop-pass event as Awaitscope's runtime writes one (docs/trace-format.md): the callbacks this pass
    will run (those ready and the timers now due), the timers left, and after a wake-up the timers reached
    at this moment that wait for the next one. Written before asyncio moves the due timers."""
    rec = RECORDER
    if rec is None or loop is None:
        return
    now = loop.time()
    due, deferred = 0, []
    for h in TIE_RULE.reached(loop, now + loop._clock_resolution if CLOCK.kind != "virtual" else now):
        if CLOCK.kind != "virtual" or TIE_RULE.is_due(h, now):  # a real clock has no ties to order
            due += 1
        elif getattr(h, "_trace_id", None) is not None:
            deferred.append(h._trace_id)
    ready = len(loop._ready) + due
    if ready == 0:
        return
    data = {"ready": ready, "timers": max(0, len(loop._scheduled) - loop._timer_cancelled_count - due)}
    if woke and deferred:
        data["deferred"] = sorted(deferred)
    if getattr(loop, "_awaitscope_shutting_down", False):
        data["shutdown"] = True
    rec.event("loop-pass", data=data)


class TieRule:
    """Equal deadlines as a real clock orders them (docs/runtime.md, "Equal deadlines").

    On a real clock time passes while code runs, and a loop wakes from a sleep a little late: Linux rounds an
    epoll wait up to whole milliseconds and lets it end late by the timer slack (0.1% of the wait, at least
    50 us, at most 100 ms; fs/select.c). So a timer armed after later wake-ups for the same nominal moment as
    one armed earlier is really due a little later, and the wake-up for the earlier one does not collect it.
    The virtual clock keeps that lateness aside, per loop (its lag): each timer remembers the lag when it was
    armed, and among timers reached at the same moment the due ones are those whose deadline on the modelled
    real clock has passed. The model takes the latest wake-up the kernel allows plus a fixed 0.2 ms until the
    woken loop runs (Linux machines show from about 0.05 to 0.5 ms), and no time for code except 10 us for a
    pass that runs callbacks while timers of its moment wait (so a busy loop still reaches them).
    Awaitscope's runtime applies the same rule with the same arithmetic (Loop::due, sleptFor)."""

    RESOLUTION = 1e-9  # base_events.py: the clock resolution added to now when collecting due timers
    WAKE_LATENCY = 200e-6  # from the timer's expiry until the woken loop runs
    PASS_COST = 10e-6  # a pass that runs callbacks while timers of this moment wait

    @staticmethod
    def lag(loop):
        return getattr(loop, "_awaitscope_lag", 0.0)

    @staticmethod
    def slept_for(seconds):
        """How long a loop that asks to sleep `seconds` really sleeps."""
        if not seconds > 0:
            return 0.0
        if not math.isfinite(seconds):
            return seconds
        waited = math.ceil(seconds * 1e3 - 1e-6) / 1e3  # 1.0 s is 1000 ms despite rounding
        return waited + min(max(waited / 1000, 50e-6), 0.1) + TieRule.WAKE_LATENCY

    @classmethod
    def is_reached(cls, when, now):
        """A deadline at or before now plus the resolution (at 1e300 s the nanosecond is lost in rounding)."""
        return when < now + cls.RESOLUTION or when <= now

    def is_due(self, handle, now):
        when = float(handle._when)
        if not self.is_reached(when, now):
            return False
        apart = 0.0 if when == now else when - now  # a sleep until inf reaches inf
        return apart + (getattr(handle, "_lag", 0.0) - self.lag(handle._loop)) < self.RESOLUTION

    def reached(self, loop, now):
        """The live timers reached at `now`: a subtree at the top of asyncio's heap, since a child is never
        earlier than its parent."""
        heap = loop._scheduled
        found = []
        stack = [0] if heap else []
        while stack:
            i = stack.pop()
            h = heap[i]
            if not self.is_reached(float(h._when), now):
                continue
            if not h._cancelled:
                found.append(h)
            stack.extend(c for c in (2 * i + 1, 2 * i + 2) if c < len(heap))
        return found

    def pass_starts(self, loop):
        """A pass that runs callbacks while timers reached at this moment wait takes a little real time
        (PASS_COST), so a loop kept busy (a sleep(0) loop, a timer that re-arms itself with no delay) still
        reaches the timers it left for later."""
        if loop is None:
            return
        now = loop.time()
        due = [self.is_due(h, now) for h in self.reached(loop, now)]
        if not all(due) and (loop._ready or any(due)):
            loop._awaitscope_lag = self.lag(loop) + self.PASS_COST

    def sleeping(self, loop):
        """Where the loop waits with nothing ready: the timer it wakes for, unless that one is due already
        (asyncio has dropped the cancelled ones from the top of its heap before it waits)."""
        if loop is None or loop._ready or loop._stopping or not loop._scheduled:
            return None
        first = loop._scheduled[0]
        return None if self.is_due(first, loop.time()) else first

    def woke(self, loop, first, then, now):
        """The clock moved from `then` to `now` for `first`; the lag is what the real wake-up adds."""
        if first is None:
            return
        wait = (float(first._when) - then) + (getattr(first, "_lag", 0.0) - self.lag(loop))
        lag = (then - now) + self.lag(loop) + self.slept_for(wait)
        # At an infinite time only ties are left to order.
        loop._awaitscope_lag = lag if math.isfinite(lag) else getattr(first, "_lag", 0.0)


TIE_RULE = TieRule()


class _DueAt(float):
    """A timer's deadline that knows its handle. asyncio's _run_once collects due timers until
    `handle._when >= end_time` (base_events.py:1893); at the moment of a tie, the tie rule answers."""

    def __new__(cls, when, handle):
        value = super().__new__(cls, when)
        value.handle = handle
        return value

    def __ge__(self, end_time):
        return float(self) >= end_time or not TIE_RULE.is_due(self.handle, self.handle._loop.time())


class RecordedTimerHandle(asyncio.events.TimerHandle):
    """A timer that records when it fires (timer-fired), its callback untouched, so that its repr is the
    program's (a wrapper around the callback would show in `<TimerHandle when=7.0 note('x') at ...>`)."""

    __slots__ = ("_trace_id",)

    def _run(self):
        timer = getattr(self, "_trace_id", None)
        if timer is not None and RECORDER is not None:
            RECORDER.event("timer-fired", other=timer)
        super()._run()


class FifoTimerHandle(RecordedTimerHandle):
    """A timer ordered as a real clock orders equal deadlines (docs/runtime.md, "Equal deadlines").

    On this clock two timers can be due at exactly the same instant, and asyncio's heap, which compares
    deadlines only, would fire them in an order of its own. Like Awaitscope's runtime, the heap here orders by
    the moment (whole nanoseconds), then by the lateness when armed (TieRule), then in the order the timers
    were made; and the deadline answers asyncio's "is it due?" through the tie rule (_DueAt)."""

    __slots__ = ("_seq", "_lag", "_moment")
    _made = 0

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        FifoTimerHandle._made += 1
        self._seq = FifoTimerHandle._made
        self._lag = TIE_RULE.lag(self._loop)
        moment = float(self._when) * 1e9  # 0.1 added ten times is the same moment as 1.0
        self._moment = float(round(moment)) if math.isfinite(moment) else moment
        self._when = _DueAt(self._when, self)

    def __lt__(self, other):
        if isinstance(other, FifoTimerHandle):
            return (self._moment, self._lag, self._seq) < (other._moment, other._lag, other._seq)
        return super().__lt__(other)

    def __gt__(self, other):
        if isinstance(other, FifoTimerHandle):
            return (self._moment, self._lag, self._seq) > (other._moment, other._lag, other._seq)
        return super().__gt__(other)


# The program sees asyncio's own class name (type(handle).__name__, reprs).
FifoTimerHandle.__name__ = FifoTimerHandle.__qualname__ = "TimerHandle"


# --- The simulated network (virtual clock) ---------------------------------------------------------------
# On the virtual clock nothing can wait for a real socket, so a program's connections go to a model of
# Awaitscope's demo server behind a modelled link, the same model as the interpreter's simulated network
# (core/http/simnetwork.h, docs/http.md "The simulated network"). The HTTP client is the program's own (aiohttp
# runs unchanged); only the loop's getaddrinfo and create_connection are the model's. DemoEndpoints below answers
# as core/http/demoendpoints.cpp does (tst_record checks the two against each other).

SIM_CONNECT_MS = 50
SIM_ONE_WAY_MS = 5
SIM_UNREACHABLE_HOSTS = ("10.255.255.1",)
_DEMO_MAX_DELAY_MS = 10 * 60 * 1000
_DEMO_MAX_DRIP_BYTES = 100000
_REASONS = {200: "OK", 201: "Created", 204: "No Content", 301: "Moved Permanently", 302: "Found",
            303: "See Other", 304: "Not Modified", 307: "Temporary Redirect", 308: "Permanent Redirect",
            400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 418: "I'm a teapot",
            429: "Too Many Requests", 500: "Internal Server Error", 502: "Bad Gateway",
            503: "Service Unavailable", 504: "Gateway Timeout"}


def demo_reason(status):
    if status in _REASONS:
        return _REASONS[status]
    return "Success" if status < 300 else "Redirection" if status < 400 else \
        "Client Error" if status < 500 else "Server Error"


class DemoPlan:
    """The demo server's answer as a schedule: headers after a delay, then the body in timed pieces."""

    def __init__(self, status=200, document=None):
        self.status = status
        self.headers = []  # [(name, value)], without Content-Length
        self.headers_after_ms = 0
        self.chunks = []  # [(ms after the headers, bytes)]
        if document is not None:
            self.headers.append(("Content-Type", "application/json"))
            # QJsonDocument's compact form: keys sorted, no spaces, text as UTF-8
            text = json.dumps(document, separators=(",", ":"), sort_keys=True, ensure_ascii=False)
            self.chunks.append([0, (text + "\n").encode("utf-8")])

    def body(self):
        return b"".join(c[1] for c in self.chunks)

    def duration_ms(self):
        return self.headers_after_ms + (self.chunks[-1][0] if self.chunks else 0)


def _demo_count(text, most):
    if not text or not text.isascii() or not text.lstrip("+").isdigit():
        return None
    value = int(text)
    return value if 0 <= value <= most else None


def _demo_query(query):
    unquote = urllib.parse.unquote
    items = []
    for part in query.split("&") if query else []:
        if part:
            key, _, value = part.partition("=")
            items.append((unquote(key), unquote(value)))
    return items


def _demo_cookies(header):
    cookies = {}
    for part in header.split(";"):
        part = part.strip()
        eq = part.find("=")
        if part and eq > 0:
            cookies[part[:eq]] = part[eq + 1:]
    return cookies


class DemoEndpoints:
    """What each demo endpoint answers (core/http/demoendpoints.cpp): plan(request) -> DemoPlan."""

    SUMMARIES = [
        "/delay/<ms>: answers after <ms> milliseconds",
        "/status/<code>: answers with that HTTP status",
        "/json: a small JSON document",
        "/cookies/set?name=value: sets cookies, answers with the cookies the client now has",
        "/cookies: the cookies the client sent",
        "/stall/<ms>: headers at once, then silence for <ms>, then the body",
        "/drip?bytes=N&ms=M: headers at once, then N bytes, one every M milliseconds",
        "/flaky?fail=N: 503 for N attempts, then 200 once, then the cycle repeats",
        "/ratelimit?per_second=N: 429 for requests beyond N in the last second",
        "/conn: which client connection served this request",
        "/echo: the method, query and body it received",
        "/redirect/<n>: 302 to /redirect/<n-1>, and /redirect/1 to /json",
        "/redirect-to?url=U&status_code=C: answers C (default 302) with Location: U",
    ]

    def __init__(self):
        self.flaky_attempts = {}
        self.rate_windows = {}

    def plan(self, method, path, query, cookie_header, body, connection_id, client_port, requests_on_connection,
             in_flight, now_ms):
        path = urllib.parse.unquote(path)
        items = _demo_query(query)
        args = dict(items)
        segments = [s for s in path.split("/") if s]
        head = segments[0] if segments else ""

        def bad(message):
            return DemoPlan(400, {"error": message})

        if not segments:
            plan = DemoPlan(200, {"endpoints": self.SUMMARIES})
        elif head in ("delay", "stall") and len(segments) == 2:
            ms = _demo_count(segments[1], _DEMO_MAX_DELAY_MS)
            if ms is None:
                return bad("/%s/<ms> needs a whole number of milliseconds from 0 to %d, got '%s'"
                           % (head, _DEMO_MAX_DELAY_MS, segments[1]))
            plan = DemoPlan(200, {head: ms})
            if head == "delay":
                plan.headers_after_ms = ms
            else:
                plan.chunks[0][0] = ms
        elif head == "status" and len(segments) == 2:
            code = _demo_count(segments[1], 599)
            if code is None or code < 200:
                return bad("/status/<code> needs a status from 200 to 599, got '%s'" % segments[1])
            plan = DemoPlan(code, {"status": code})
        elif path == "/json":
            plan = DemoPlan(200, {"name": "awaitscope demo", "items": [1, 2, 3], "ok": True})
        elif path == "/cookies":
            plan = DemoPlan(200, {"cookies": _demo_cookies(cookie_header)})
        elif path == "/cookies/set":
            cookies = _demo_cookies(cookie_header)
            cookies.update(items)
            plan = DemoPlan(200, {"cookies": cookies})
            for key, value in items:
                plan.headers.append(("Set-Cookie", "%s=%s; Path=/" % (key, value)))
        elif path == "/drip":
            count = _demo_count(args.get("bytes", ""), _DEMO_MAX_DRIP_BYTES)
            ms = _demo_count(args.get("ms", ""), _DEMO_MAX_DELAY_MS)
            if count is None or ms is None:
                return bad("/drip needs ?bytes=N&ms=M with N from 0 to %d and M a whole number of milliseconds"
                           % _DEMO_MAX_DRIP_BYTES)
            plan = DemoPlan(200)
            plan.headers.append(("Content-Type", "application/octet-stream"))
            plan.chunks = [[i * ms, b"*"] for i in range(1, count + 1)]
        elif path == "/flaky":
            fail = _demo_count(args.get("fail", ""), 1000)
            if fail is None:
                return bad("/flaky needs ?fail=N with N from 0 to 1000")
            attempts = self.flaky_attempts.get(query, 0)
            self.flaky_attempts[query] = attempts + 1
            attempt = attempts % (fail + 1) + 1
            fails = attempt <= fail
            plan = DemoPlan(503 if fails else 200, {"attempt": attempt, "failed": fails})
        elif path == "/ratelimit":
            per_second = _demo_count(args.get("per_second", ""), 100000)
            if per_second is None or per_second < 1:
                return bad("/ratelimit needs ?per_second=N with N at least 1")
            window = self.rate_windows.setdefault(query, [])
            while window and window[0] <= now_ms - 1000:
                window.pop(0)
            if len(window) >= per_second:
                plan = DemoPlan(429, {"error": "too many requests", "per_second": per_second})
                plan.headers.append(("Retry-After", "1"))
            else:
                window.append(now_ms)
                plan = DemoPlan(200, {"allowed": len(window), "per_second": per_second})
        elif path == "/conn":
            plan = DemoPlan(200, {"connection": connection_id, "client_port": client_port,
                                  "requests_on_connection": requests_on_connection, "in_flight": in_flight})
        elif head == "redirect" and len(segments) == 2:
            n = _demo_count(segments[1], 100)
            if n is None or n < 1:
                return bad("/redirect/<n> needs a number of redirects from 1 to 100, got '%s'" % segments[1])
            plan = DemoPlan(302, {"redirects_left": n})
            plan.headers.append(("Location", "/json" if n == 1 else "/redirect/%d" % (n - 1)))
        elif path == "/redirect-to":
            target = args.get("url", "")
            given = args.get("status_code", "")
            code = 302 if not given else _demo_count(given, 399)
            if not target or code is None or code < 300:
                return bad("/redirect-to needs ?url=U and optionally &status_code=C with C from 300 to 399")
            plan = DemoPlan(code, {"location": target})
            plan.headers.append(("Location", urllib.parse.quote(target, safe=":/?#[]@!$&'()*+,;=%")))
        elif path == "/echo":
            answer = {"method": method, "args": args, "body": body.decode("utf-8", "replace")}
            try:
                document = json.loads(body)
                if isinstance(document, (dict, list)):
                    answer["json"] = document
            except ValueError:
                pass
            plan = DemoPlan(200, answer)
        else:
            plan = DemoPlan(404, {"error": "no such endpoint: %s (GET / lists them)" % path})
        plan.headers.append(("X-Demo-Connection", str(connection_id)))
        return plan


class SimNetwork:
    """One event loop's simulated network: the demo server's endpoints, its connections and counts."""

    def __init__(self, loop):
        self.loop = loop
        self.endpoints = DemoEndpoints()
        self.next_server_connection = 0
        self.in_flight = 0

    @staticmethod
    def of(loop):
        network = getattr(loop, "_sim_network", None)
        if network is None:
            network = loop._sim_network = SimNetwork(loop)
        return network

    def later(self, ms, callback, *args):
        # A timer of the model, not of the program: it is armed on the loop as the interpreter's network arms
        # its own (Loop::callAtInternal), and recorded nowhere.
        when = self.loop.time() + ms / 1000.0
        handle = asyncio.SelectorEventLoop.call_at(self.loop, when, callback, *args)
        self.loop._recorded_timers.append((when, handle))  # the virtual clock jumps to it like any timer
        return handle

    def delay(self, ms):
        """A future of the model done after `ms`; a task awaiting it waits on I/O."""
        future = self.loop.create_future()
        RECORDER.io_futures.add(future)

        def arrive():
            if not future.done():
                future.set_result(None)
        self.later(ms, arrive)
        return future


class SimTransport(asyncio.Transport):
    """The client's end of one connection to the modelled demo server."""

    def __init__(self, network, protocol, server_id):
        super().__init__()
        self._network = network
        self._protocol = protocol
        self._server_id = server_id
        self._requests = 0
        self._incoming = b""
        self._timers = []
        self._closing = False
        self._answering = 0  # replies the server has not written completely yet

    def get_extra_info(self, name, default=None):
        return {"peername": ("demo", 80), "sockname": ("127.0.0.1", 50000 + self._server_id)}.get(name, default)

    def is_closing(self):
        return self._closing

    def is_reading(self):
        return not self._closing

    def pause_reading(self):
        pass

    def resume_reading(self):
        pass

    def set_write_buffer_limits(self, high=None, low=None):
        pass

    def get_write_buffer_size(self):
        return 0

    def can_write_eof(self):
        return False

    def _later(self, ms, callback, *args):
        """A step of this connection's model after `ms`; close() cancels those still to come. The list keeps
        only those: a keep-alive connection carries any number of requests."""
        now = self._network.loop.time()
        self._timers = [t for t in self._timers if not t.cancelled() and t.when() >= now]
        self._timers.append(self._network.later(ms, callback, *args))

    def write(self, data):
        if self._closing:
            return
        self._incoming += bytes(data)
        while True:
            request = self._take_request()
            if request is None:
                return
            self._later(SIM_ONE_WAY_MS, self._arrive, request)

    def writelines(self, pieces):
        for piece in pieces:
            self.write(piece)

    def _take_request(self):
        end = self._incoming.find(b"\r\n\r\n")
        if end < 0:
            return None
        head = self._incoming[:end].decode("latin-1").split("\r\n")
        headers = {}
        for line in head[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        rest = self._incoming[end + 4:]
        if headers.get("transfer-encoding", "").lower() == "chunked":
            body, position = b"", 0
            while True:
                line_end = rest.find(b"\r\n", position)
                if line_end < 0:
                    return None
                size = int(rest[position:line_end].split(b";")[0] or b"0", 16)
                if len(rest) < line_end + 2 + size + 2:
                    return None
                body += rest[line_end + 2:line_end + 2 + size]
                position = line_end + 2 + size + 2
                if size == 0:
                    break
            used = position
        else:
            length = int(headers.get("content-length", "0") or 0)
            if len(rest) < length:
                return None
            body, used = rest[:length], length
        self._incoming = rest[used:]
        method, target = (head[0].split(" ") + ["", ""])[:2]
        path, _, query = target.partition("?")
        return method, path, query, headers, body

    def _arrive(self, request):
        if self._closing:
            return
        method, path, query, headers, body = request
        network = self._network
        self._requests += 1
        network.in_flight += 1
        self._answering += 1
        plan = network.endpoints.plan(method, path, query, headers.get("cookie", ""), body, self._server_id,
                                      50000 + self._server_id, self._requests, network.in_flight,
                                      int(round(network.loop.time() * 1000)))
        close_after = headers.get("connection", "").lower() == "close"
        self._later(plan.duration_ms(), self._server_done)
        self._later(plan.headers_after_ms + SIM_ONE_WAY_MS, self._headers, plan, close_after)

    def _server_done(self):
        self._answering -= 1
        self._network.in_flight -= 1

    def _headers(self, plan, close_after):
        if self._closing:
            return
        headers = list(plan.headers)
        if close_after:
            headers.append(("Connection", "close"))
        headers.append(("Content-Length", str(len(plan.body()))))
        data = ("HTTP/1.1 %d %s\r\n" % (plan.status, demo_reason(plan.status))).encode("latin-1")
        data += b"".join(("%s: %s\r\n" % (k, v)).encode("utf-8") for k, v in headers) + b"\r\n"
        # Body bytes written together with the headers arrive with them, as one segment does on loopback.
        index = 0
        while index < len(plan.chunks) and plan.chunks[index][0] <= 0:
            data += plan.chunks[index][1]
            index += 1
        for after, piece in plan.chunks[index:]:
            self._later(after, self._data, piece)
        self._protocol.data_received(data)

    def _data(self, piece):
        if not self._closing:
            self._protocol.data_received(piece)

    def close(self):
        if self._closing:
            return
        self._closing = True
        for timer in self._timers:
            timer.cancel()
        self._network.in_flight -= self._answering  # the client left before the last byte
        self._answering = 0
        self._network.loop.call_soon(self._protocol.connection_lost, None)

    def abort(self):
        self.close()


def _sim_address_info(host, port):
    return [(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP, "", (host, port or 80))]


_SIM_SOCKETS = weakref.WeakKeyDictionary()  # a socket the program connected on the model (sock_connect)


async def _sim_reach(loop, host, port):
    """A connect across the modelled link: `connectMs` to `demo`; never to an unreachable host; refused after a
    round trip anywhere else."""
    network = SimNetwork.of(loop)
    if host == "demo":
        await network.delay(SIM_CONNECT_MS)
        return
    if host in SIM_UNREACHABLE_HOSTS:
        never = loop.create_future()
        RECORDER.io_futures.add(never)
        await never  # a connect that never completes: only a timeout or a cancellation ends it
    await network.delay(2 * SIM_ONE_WAY_MS)
    raise ConnectionRefusedError(111, "Connect call failed ('%s', %d)" % (host, port))


def _sim_transport(loop, protocol_factory):
    network = SimNetwork.of(loop)
    network.next_server_connection += 1
    protocol = protocol_factory()
    transport = SimTransport(network, protocol, network.next_server_connection)
    protocol.connection_made(transport)
    return transport, protocol


async def _sim_connect(loop, protocol_factory, host, port):
    await _sim_reach(loop, (host or "").lower(), port or 80)
    return _sim_transport(loop, protocol_factory)


class RecordingLoop(asyncio.SelectorEventLoop):
    def __init__(self):
        if CLOCK.kind == "virtual":
            selector = VirtualSelector()
            super().__init__(selector)
            selector.loop = self
        else:  # a real selector: real sockets, real waits
            selector = RealClockSelector()
            super().__init__(selector)
            selector.loop = self
        self._recorded_timers = []  # (when, handle), armed and not yet known to be over
        self.set_task_factory(_task_factory)

    def time(self):
        return CLOCK.now if CLOCK.kind == "virtual" else super().time()

    def run_in_executor(self, executor, func, *args):
        # The job is a lane of its own, which the awaiting task is drawn waiting on. On the virtual clock its
        # worker threads run one at a time at their moments (VirtualExecutor); on the real clock they are
        # thread.py's own (_install_real_thread_lanes).
        if CLOCK.kind == "virtual" and executor is None and self._default_executor is None:
            self._default_executor = VirtualExecutor()
        if CLOCK.kind == "virtual" and not isinstance(executor or self._default_executor, VirtualExecutor):
            _refuse_executor(type(executor or self._default_executor).__name__)
        caller = sys._getframe(1).f_code
        origin = "to_thread" if caller.co_name == "to_thread" else "run_in_executor"
        _JOB_ORIGIN.origin = origin
        try:
            future = super().run_in_executor(executor, func, *args)
        finally:
            _JOB_ORIGIN.origin = None
        job = getattr(future, "_job_lane", None)
        if job is not None:
            RECORDER.job_futures[future] = job
        return future

    async def shutdown_default_executor(self):
        if CLOCK.kind != "virtual":
            return await super().shutdown_default_executor()
        # asyncio.run waits for the jobs as base_events.py does, the loop itself waiting rather than a thread
        # that joins the workers (Awaitscope's WorkerPool::whenIdle).
        self._executor_shutdown_called = True
        executor = self._default_executor
        if not isinstance(executor, VirtualExecutor) or not executor.busy():
            return
        executor.idle = self.create_future()
        await executor.idle

    def create_future(self):
        future = super().create_future()
        # A future an installed library makes (aiohttp's response, its pool's waiters) stands for I/O.
        if _is_library_file(sys._getframe(1).f_code.co_filename):
            RECORDER.io_futures.add(future)
        return future

    async def getaddrinfo(self, host, port, *, family=0, type=0, proto=0, flags=0):
        if CLOCK.kind != "virtual":
            return await super().getaddrinfo(host, port, family=family, type=type, proto=proto, flags=flags)
        if isinstance(host, bytes):
            host = host.decode("idna")
        return _sim_address_info(host, port)

    async def sock_connect(self, sock, address):
        # aiohttp from 3.10 on connects a socket of its own first (aiohappyeyeballs), then hands it to
        # create_connection(sock=...): on the virtual clock that connect is the model's too.
        if CLOCK.kind != "virtual" or sock.family not in (socket.AF_INET, socket.AF_INET6):
            return await super().sock_connect(sock, address)
        host, port = str(address[0]).lower(), address[1]
        await _sim_reach(self, host, port)
        _SIM_SOCKETS[sock] = (host, port)

    async def create_connection(self, protocol_factory, host=None, port=None, **kwargs):
        if CLOCK.kind != "virtual":
            return await super().create_connection(protocol_factory, host, port, **kwargs)
        sock = kwargs.get("sock")
        if sock is not None and sock in _SIM_SOCKETS and not kwargs.get("ssl"):
            del _SIM_SOCKETS[sock]
            sock.close()  # never connected for real: the model's transport stands for it
            return _sim_transport(self, protocol_factory)
        if sock is not None or kwargs.get("ssl"):
            _stop(UNSUPPORTED_STATUS,
                  "awaitscope recorder: the program opens a socket or TLS connection of its own; the virtual "
                  "clock's network has only the demo server over plain HTTP (http://demo/...). Record it with "
                  "--clock real.\n")
        return await _sim_connect(self, protocol_factory, host, port)

    def _next_timer_when(self):
        live = [(when, h) for when, h in self._recorded_timers if not h.cancelled() and when > CLOCK.now]
        self._recorded_timers = live
        return min((when for when, _ in live), default=None)

    def call_at(self, when, callback, *args, context=None):
        rec = RECORDER
        rec.next_timer += 1
        timer_id = rec.next_timer
        deadline = when if CLOCK.kind == "virtual" else CLOCK.since_start(when)
        rec.event("timer-scheduled", task=rec.current_task_id(), other=timer_id, data={"when": deadline},
                  line=rec.program_line(sys._getframe(1)))

        handle = super().call_at(when, callback, *args, context=context)
        handle._trace_id = timer_id  # a RecordedTimerHandle: it records when it fires
        if CLOCK.kind == "virtual":  # the loop passes the virtual selector records name their timers
            self._recorded_timers.append((when, handle))
        # asyncio.sleep arms a timer that completes a future of its own: a wait on that future is a sleep.
        if getattr(callback, "__name__", "") == "_set_result_unless_cancelled" and args:
            try:
                rec.sleep_timers[args[0]] = (timer_id, deadline)
            except TypeError:
                pass
        return handle


class RecordingPolicy(asyncio.DefaultEventLoopPolicy):
    def new_event_loop(self):
        return RecordingLoop()


_real_print = builtins.print


class _RecordingStdout:
    """The program's sys.stdout: what it writes there directly (sys.stdout.write, logging, json.dump) is output
    too, one event per write; everything else is the real stream's."""

    def __init__(self, real):
        self._real = real

    def write(self, text):
        if text:
            RECORDER.event("output", task=RECORDER.current_task_id(), text=str(text),
                           line=RECORDER.program_line(sys._getframe(1)))
        return self._real.write(text)

    def __getattr__(self, name):
        return getattr(self._real, name)


class _RecordingPrint:
    """print, recorded as one output event per call (as the interpreter records it); output sent elsewhere
    (a file, a redirected sys.stdout) is not the program's output. An object rather than a function, so that
    it shows as the builtin it stands for (a future's repr names a callback print() without a source)."""

    def __init__(self):
        self.__name__ = self.__qualname__ = "print"

    def __repr__(self):
        return "<built-in function print>"

    def __call__(self, *args, sep=" ", end="\n", file=None, flush=False):
        target = sys.stdout if file is None else file
        if not isinstance(target, _RecordingStdout):
            return _real_print(*args, sep=sep, end=end, file=file, flush=flush)
        buffer = io.StringIO()
        _real_print(*args, sep=sep, end=end, file=buffer)
        text = buffer.getvalue()
        if text:
            RECORDER.event("output", task=RECORDER.current_task_id(), text=text,
                           line=RECORDER.program_line(sys._getframe(1)))
        target._real.write(text)
        if flush:
            target.flush()


_recording_print = _RecordingPrint()


def _blocking(seconds, pass_time):
    """time.sleep inside a task blocks the whole loop: drawn as a blocking wait, then the same step goes on.
    In a worker thread's job (the real clock) it is the job's blocking wait. `pass_time(seconds)` is the
    clock's own sleep."""
    lane = getattr(threading.current_thread(), "job_lane", None)
    task = lane if lane is not None else RECORDER.current_task_id() if seconds > 0 else -1
    _blocking_wait(task, sys._getframe(1), lambda: pass_time(seconds), seconds)


def _virtual_sleep(seconds):
    if seconds < 0:
        raise ValueError("sleep length must be non-negative")
    worker = getattr(threading.current_thread(), "virtual_worker", None)
    if worker is not None:
        worker.sleep(float(seconds), sys._getframe(1))
        return

    def pass_time(s):
        # the loop's thread is held; the worker threads wake within it
        end = CLOCK.now + float(s)
        VirtualExecutor.run_until(end)
        CLOCK.now = max(CLOCK.now, end)

    _blocking(seconds, pass_time)


_virtual_sleep.__name__ = _virtual_sleep.__qualname__ = "sleep"  # a job that is time.sleep itself is "sleep"


# ---- Worker threads on the virtual clock ---------------------------------------------------------------
# A job handed to a thread (asyncio.to_thread, loop.run_in_executor, ThreadPoolExecutor.submit) runs in a real
# thread, but only one thread runs at a time: a worker runs from the moment it is let go until it hands control
# back (its time.sleep, or its job's end), and its wake-ups are one heap with the loop's, as the threads of
# Awaitscope's runtime are (core/python/workerpool.h). Each job is a lane of its own in the trace, named after
# its thread, as the interpreter draws it: created when it is handed over, runs when a thread takes it or
# wakes, waits blocking in its time.sleep, returns or raises.

# tests/tools/virtual_clock.py runs programs on the same threads without recording: then the events go
# nowhere (_recorder()).

_JOB_ORIGIN = threading.local()  # run_in_executor's origin for the submit it makes


class _NoRecorder:
    """Where the worker threads' events go when nothing records them."""

    def __init__(self):
        self.task_by_id = {}
        self.job_futures = weakref.WeakKeyDictionary()

    def event(self, *args, **kwargs):
        return {}

    def new_id(self):
        return 0

    def current_task_id(self):
        return -1

    def program_line(self, frame):
        return 0

    @property
    def tasks(self):
        return []


_NO_RECORDER = _NoRecorder()


def _recorder():
    return RECORDER if RECORDER is not None else _NO_RECORDER


def _job_function_name(fn):
    """The function a job runs: to_thread hands over partial(context.run, func, ...)."""
    for _ in range(10):
        if not isinstance(fn, functools.partial):
            break
        owner = getattr(fn.func, "__self__", None)
        fn = fn.args[0] if isinstance(owner, contextvars.Context) and fn.args else fn.func
    return getattr(fn, "__name__", type(fn).__name__)


def _new_lane(fn, prefix, caller):
    """A job handed over to a thread pool whose threads are named `prefix`_N: its lane, listed with the
    tasks (named "`prefix` (queued)" until a thread takes it) and created. Returns the lane's id and entry."""
    rec = _recorder()
    origin = getattr(_JOB_ORIGIN, "origin", None) or "submit"
    _JOB_ORIGIN.origin = None
    lane = rec.new_id()
    parent = rec.current_task_id()
    entry = {"id": lane, "name": "%s (queued)" % prefix, "parent": parent,
             "line": rec.program_line(caller) if origin == "submit" else 0,
             "coroutine": _job_function_name(fn), "origin": origin}
    rec.tasks.append(entry)
    rec.task_by_id[lane] = entry
    rec.event("task-created", task=lane, other=parent)
    return lane, entry


def _blocking_wait(task, caller, pass_time, seconds=None):
    """A wait that holds the loop's thread (time.sleep in a task, a ThreadPoolExecutor's shutdown, a job's
    result()), drawn as the task's blocking wait from `caller`'s line; `seconds` when known before, else the
    time `pass_time()` took."""
    rec = _recorder()
    if task < 0:
        pass_time()
        return
    line = rec.program_line(caller)
    start = CLOCK.now
    suspended = rec.event("suspended", task=task, wait="blocking", line=line)
    pass_time()
    suspended["data"] = {"seconds": CLOCK.now - start if seconds is None else seconds}
    rec.event("step", task=task, line=line)


class VirtualWorker:
    def __init__(self, executor, name):
        self.executor = executor
        self.name = name
        self.go_sem = threading.Semaphore(0)
        self.back_sem = threading.Semaphore(0)
        self.job = None  # (fn, args, kwargs, concurrent future, lane) while it has one
        self.until = 0.0
        self.thread = threading.Thread(target=self.main, name=name, daemon=True)
        self.thread.virtual_worker = self
        self.thread.start()

    def main(self):
        rec = _recorder()
        while True:
            self.go_sem.acquire()
            fn, args, kwargs, future, lane = self.job
            if future.set_running_or_notify_cancel():
                # The future's done callbacks run in this thread, before the job's end (runJob's onEnd).
                try:
                    result = fn(*args, **kwargs)
                except BaseException as exc:  # noqa: B902 - handed to the awaiting task, as thread.py does
                    text = _describe_exception(exc)
                    future.set_exception(exc)
                    exc = None
                    rec.event("task-failed", task=lane, text=text)
                else:
                    future.set_result(result)
                    rec.event("task-finished", task=lane, text=repr(result)[:200])
            self.job = None
            self.back_sem.release()

    def sleep(self, seconds, frame):
        self.until = CLOCK.now + seconds

        def hand_back():  # to the loop's thread, until the clock reaches `until`
            self.back_sem.release()
            self.go_sem.acquire()

        _blocking_wait(self.job[4], frame, hand_back, seconds)

    def run_slice(self):
        self.go_sem.release()
        self.back_sem.acquire()


class VirtualFuture(concurrent.futures.Future):
    """A job's concurrent future: result() and exception() in the loop's thread run the worker threads at
    their moments until it is done or the timeout has passed (Awaitscope's Loop::blockUntil), the waiting
    task drawn blocking the loop meanwhile."""

    def _run_threads(self, timeout):
        if self.done() or getattr(threading.current_thread(), "virtual_worker", None) is not None:
            return
        deadline = None if timeout is None else CLOCK.now + timeout

        def pass_time():
            wakeups = VirtualExecutor.wakeups
            while not self.done() and wakeups and (deadline is None or wakeups[0][0] <= deadline):
                VirtualExecutor.run_first()
            if not self.done() and deadline is not None:
                CLOCK.now = max(CLOCK.now, deadline)

        _blocking_wait(_recorder().current_task_id(), sys._getframe(2), pass_time)

    def result(self, timeout=None):
        self._run_threads(timeout)
        return super().result(timeout=0)

    def exception(self, timeout=None):
        self._run_threads(timeout)
        return super().exception(timeout=0)


class VirtualExecutor(concurrent.futures.Executor):
    """The loop's default executor on the virtual clock, and the base of the program's ThreadPoolExecutors."""

    wakeups = []  # heap of (until, order, worker), every executor's
    order = 0

    def __init__(self, max_workers=8, prefix="asyncio"):
        self.max_workers = max_workers
        self.prefix = prefix
        self.workers = []
        self.queue = []
        self.idle = None  # the future asyncio.run's shutdown waits on while jobs run

    def submit(self, fn, /, *args, **kwargs):
        lane, _ = _new_lane(fn, self.prefix, sys._getframe(1))
        future = VirtualFuture()
        future._job_lane = lane
        future.add_done_callback(lambda f: f.cancelled() and self._cancelled(f))
        job = (fn, args, kwargs, future, lane)
        for worker in self.workers:
            if worker.job is None:
                self.start(worker, job)
                return future
        if len(self.workers) < self.max_workers:
            worker = VirtualWorker(self, "%s_%d" % (self.prefix, len(self.workers)))
            self.workers.append(worker)
            self.start(worker, job)
            return future
        self.queue.append(job)
        return future

    def _cancelled(self, future):
        """A queued job's future was cancelled: no thread takes it (futures.py's _chain_future)."""
        for job in self.queue:
            if job[3] is future:
                self.queue.remove(job)
                _recorder().event("task-cancelled", task=job[4])
                return

    def start(self, worker, job):
        worker.job = job
        _recorder().task_by_id[job[4]]["name"] = worker.name
        _recorder().event("step", task=job[4])
        self.run_slice(worker)

    def run_slice(self, worker):
        worker.run_slice()
        if worker.job is not None:
            VirtualExecutor.order += 1
            heapq.heappush(VirtualExecutor.wakeups, (worker.until, VirtualExecutor.order, worker))
            return
        while self.queue:  # thread.py's _worker takes the next job at once
            job = self.queue.pop(0)
            if not job[3].cancelled():
                self.start(worker, job)
                break
        if not self.busy() and self.idle is not None:
            # The last job ended: the shutdown goes on, after the jobs' own callbacks (WorkerPool::finished).
            self.idle.get_loop().call_soon_threadsafe(self.idle.set_result, None)
            self.idle = None

    def busy(self):
        return bool(self.queue) or any(w.job is not None for w in self.workers)

    @staticmethod
    def next_wakeup():
        return VirtualExecutor.wakeups[0][0] if VirtualExecutor.wakeups else None

    @staticmethod
    def run_first():
        until, _, worker = heapq.heappop(VirtualExecutor.wakeups)
        CLOCK.now = max(CLOCK.now, until)
        worker.executor.run_slice(worker)

    @staticmethod
    def run_reached():
        wakeups = VirtualExecutor.wakeups
        while wakeups and (wakeups[0][0] < CLOCK.now + 1e-9 or wakeups[0][0] <= CLOCK.now):
            VirtualExecutor.run_first()

    @staticmethod
    def run_until(end):
        while VirtualExecutor.wakeups and VirtualExecutor.wakeups[0][0] <= end:
            VirtualExecutor.run_first()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass  # loop.close(): the jobs still running end with the program


class VirtualThreadPoolExecutor(VirtualExecutor):
    """concurrent.futures.ThreadPoolExecutor for the program: thread.py's arguments, names and messages;
    shutdown(wait=True) blocks the calling thread while the threads run at their moments, drawn as a blocking
    wait of the task that called it (Awaitscope's Loop::blockUntil)."""

    _counter = __import__("itertools").count().__next__

    def __init__(self, max_workers=None, thread_name_prefix="", initializer=None, initargs=()):
        if max_workers is None:
            max_workers = 8  # min(32, os.cpu_count() + 4) on 4 CPUs, as Awaitscope fixes it
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._thread_name_prefix = thread_name_prefix or ("ThreadPoolExecutor-%d" % self._counter())
        self._shutdown = False
        super().__init__(max_workers, self._thread_name_prefix)

    def submit(self, fn, /, *args, **kwargs):
        if self._shutdown:
            raise RuntimeError("cannot schedule new futures after shutdown")
        return super().submit(fn, *args, **kwargs)

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True
        if cancel_futures:
            for job in list(self.queue):
                job[3].cancel()
            self.queue.clear()
        if not wait:
            return
        worker = getattr(threading.current_thread(), "virtual_worker", None)
        if worker is not None and worker.executor is self:
            raise RuntimeError("cannot join current thread")  # thread.py joins each of its threads
        if not self.busy():
            return

        def pass_time():
            while self.busy() and VirtualExecutor.wakeups:
                VirtualExecutor.run_first()

        _blocking_wait(_recorder().current_task_id() if worker is None else -1, sys._getframe(1), pass_time)


def _refuse_executor(name):
    _stop(UNSUPPORTED_STATUS,
          "awaitscope recorder: the program hands work to a %s, whose workers the virtual clock cannot follow "
          "(only thread pools run on it); record it with --clock real.\n" % name)


def install_virtual_threads():
    """--clock virtual: the program's thread pools; process pools are refused (their workers run on their
    own, which this clock cannot wait for)."""
    import concurrent.futures.process
    import concurrent.futures.thread

    concurrent.futures.ThreadPoolExecutor = VirtualThreadPoolExecutor
    concurrent.futures.thread.ThreadPoolExecutor = VirtualThreadPoolExecutor
    concurrent.futures.process.ProcessPoolExecutor.submit = (
        lambda self, fn, /, *args, **kwargs: _refuse_executor("ProcessPoolExecutor"))


def _install_real_thread_lanes():
    """--clock real: thread.py's own pools, each job recorded as a lane named after the thread that takes it
    (created when handed over, runs when a thread takes it, waits blocking in its time.sleep, returns or
    raises at its end, before its future's done callbacks run; a queued job cancelled is cancelled)."""
    from concurrent.futures import thread

    real_submit = thread.ThreadPoolExecutor.submit

    def submit(self, fn, /, *args, **kwargs):
        if self._shutdown or thread._shutdown:
            return real_submit(self, fn, *args, **kwargs)  # thread.py's RuntimeError, nothing recorded
        rec = _recorder()
        lane, entry = _new_lane(fn, self._thread_name_prefix, sys._getframe(1))

        def job():
            worker = threading.current_thread()
            entry["name"] = worker.name
            rec.event("step", task=lane)
            worker.job_lane = lane
            try:
                result = fn(*args, **kwargs)
            except BaseException as exc:
                rec.event("task-failed", task=lane, text=_describe_exception(exc))
                raise
            finally:
                worker.job_lane = None
            rec.event("task-finished", task=lane, text=repr(result)[:200])
            return result

        future = real_submit(self, job)  # a free thread may start it at once
        future._job_lane = lane
        future.add_done_callback(lambda f: f.cancelled() and rec.event("task-cancelled", task=lane))
        return future

    thread.ThreadPoolExecutor.submit = submit


def _install_job_futures():
    """asyncio.wrap_future of a job's future: the task that awaits it waits on the job's lane."""
    real_wrap = asyncio.futures.wrap_future

    def wrap_future(future, *, loop=None):
        wrapped = real_wrap(future, loop=loop)
        lane = getattr(future, "_job_lane", None)
        if lane is not None:
            wrapped._job_lane = lane
            RECORDER.job_futures[wrapped] = lane
        return wrapped

    asyncio.wrap_future = asyncio.futures.wrap_future = wrap_future


def _install_blocking_sleep():
    """--clock real: time.sleep really sleeps, and inside a task it is drawn as a blocking wait."""
    real_sleep = time.sleep
    time.sleep = lambda seconds: _blocking(seconds, real_sleep)


def _install_clock():
    install_virtual_threads()
    asyncio.events.TimerHandle = FifoTimerHandle  # base_events.call_at makes events.TimerHandle
    time.monotonic = lambda: CLOCK.now
    time.perf_counter = lambda: CLOCK.now
    time.time = lambda: CLOCK.now
    time.monotonic_ns = lambda: int(round(CLOCK.now * 1e9))
    time.perf_counter_ns = lambda: int(round(CLOCK.now * 1e9))
    time.time_ns = lambda: int(round(CLOCK.now * 1e9))
    time.sleep = _virtual_sleep
    os.environ["TZ"] = "UTC"
    time.tzset()
    real_localtime, real_gmtime, real_strftime = time.localtime, time.gmtime, time.strftime
    time.localtime = lambda secs=None: real_localtime(CLOCK.now if secs is None else secs)
    time.gmtime = lambda secs=None: real_gmtime(CLOCK.now if secs is None else secs)
    time.strftime = lambda fmt, t=None: real_strftime(fmt, time.localtime() if t is None else t)
    time.ctime = lambda secs=None: time.asctime(time.localtime(secs))
    # datetime's C implementation reads the system clock itself; its pure-Python twin calls time.time().
    if "datetime" not in sys.modules:
        sys.modules["_datetime"] = None


OUT_PATH = None
ERROR_PATH = None  # --error-out: the uncaught exception as data (_error_record)


def _write_trace(exit_status, error_output):
    rec = RECORDER
    try:
        with open(rec.program_path, encoding="utf-8") as f:
            source = f.read()
    except OSError:
        source = ""
    trace = {
        "format": "awaitscope-trace",
        "version": 1,
        "program": os.path.basename(rec.program_path),
        "clock": CLOCK.kind,
        "source": source,
        "recordedBy": "CPython %d.%d.%d" % sys.version_info[:3],
        "endTime": CLOCK.now,
        "exitStatus": exit_status,
        "tasks": rec.tasks,
        "events": rec.events,
    }
    if error_output:
        trace["errorOutput"] = error_output[:20000]
    with open(OUT_PATH, "w", encoding="utf-8") as f:
        json.dump(trace, f)


def _deadlock():
    _stop(DEADLOCK_STATUS, "awaitscope recorder: the program waits with nothing left to wake it (a deadlock) at "
          "%g s; stopped.\n" % CLOCK.now)


def _stop(status, message):
    """Ends the recording now: the message to stderr and as the trace's last note, the trace written."""
    sys.stdout.flush()
    sys.stderr.write(message)
    RECORDER.event("note", text=message.strip())
    _write_trace(status, message)
    _write_error({"kind": "deadlock" if status == DEADLOCK_STATUS else "unsupported", "type": "",
                  "message": message.strip(), "line": 0, "column": 0, "frames": []})
    sys.stderr.flush()
    os._exit(status)


def _program_traceback(exc):
    """The traceback as python3 prints it, without the recorder's own frames."""
    tb = exc.__traceback__
    # The frames above the program's own (the recorder's, runpy's) are not shown: python3 PROG.py has none.
    while tb is not None and os.path.abspath(tb.tb_frame.f_code.co_filename) != RECORDER.program_path:
        tb = tb.tb_next
    if tb is not None:
        exc = exc.with_traceback(tb)
    lines = traceback.format_exception(exc)
    return "".join(line for line in lines if _THIS_FILE not in line)


def _error_record(exc):
    """The program's uncaught exception as data, for the window's editor and Output panel: the kind, the
    type and message as the traceback's last line gives them, the line to mark (the program's innermost
    frame) and the frames in the program's folder, outermost first."""
    # The program's own modules: in its folder or a PYTHONPATH folder, named relative to it.
    folders = [os.path.dirname(RECORDER.program_path)]
    folders += [os.path.abspath(p) for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]
    frames = []
    for frame, line in traceback.walk_tb(exc.__traceback__):
        path = os.path.abspath(frame.f_code.co_filename)
        if path == _THIS_FILE:
            continue
        where = "" if path == RECORDER.program_path else None
        for folder in folders if where is None else ():
            if path.startswith(folder + os.sep):
                where = os.path.relpath(path, folder)
                break
        if where is None:
            continue  # the standard library's frames and the recorder's
        frames.append({"function": frame.f_code.co_name, "line": line or 0, "file": where})
    last = traceback.format_exception_only(type(exc), exc)[-1].rstrip("\n")
    kind, line, column = "exception", 0, 0
    for f in reversed(frames):
        if not f["file"]:
            line = f["line"]
            break
    if isinstance(exc, SyntaxError) and exc.filename and os.path.abspath(exc.filename) == RECORDER.program_path:
        kind, line, column = "syntax", exc.lineno or 0, exc.offset or 0
    elif isinstance(exc, KeyboardInterrupt):
        kind = "interrupted"
    type_name, _, message = last.partition(": ")
    return {"kind": kind, "type": type_name, "message": message, "line": line, "column": column,
            "frames": frames}


def _write_error(record):
    if ERROR_PATH:
        with open(ERROR_PATH, "w", encoding="utf-8") as f:
            json.dump(record, f)


def main(argv):
    global RECORDER, OUT_PATH, ERROR_PATH, CLOCK
    real = False
    while len(argv) >= 2 and argv[0] in ("--clock", "--error-out"):
        if argv[0] == "--clock":
            if argv[1] not in ("real", "virtual"):
                break
            real = argv[1] == "real"
        else:
            ERROR_PATH = argv[1]
        argv = argv[2:]
    if len(argv) < 3 or argv[0] != "--out":
        sys.stderr.write("usage: awaitscope_recorder.py [--clock real|virtual] [--error-out ERROR.json] "
                         "--out TRACE.json PROG.py [ARGS...]\n")
        return 2
    OUT_PATH = argv[1]
    program = argv[2]
    RECORDER = Recorder(program)
    if real:
        CLOCK = RealClock()
        asyncio.events.TimerHandle = RecordedTimerHandle  # base_events.call_at makes events.TimerHandle
        _install_blocking_sleep()
        _install_real_thread_lanes()
    else:
        _install_clock()
    _install_job_futures()
    asyncio.set_event_loop_policy(RecordingPolicy())
    asyncio.Task = asyncio.tasks.Task = RecordedTask  # asyncio.Task(coro) is recorded too
    builtins.print = _recording_print
    sys.stdout = _RecordingStdout(sys.stdout)
    asyncio.gather = asyncio.tasks.gather = _recording_gather
    asyncio.wait = asyncio.tasks.wait = _recording_wait
    asyncio.as_completed = asyncio.tasks.as_completed = _recording_as_completed
    sys.argv = [program] + argv[3:]
    # As for `python3 PROG.py`: the program's folder comes first on the path (not the recorder's).
    sys.path[0] = os.path.dirname(os.path.abspath(program))
    exit_status = 0
    error_output = ""
    try:
        runpy.run_path(program, run_name="__main__")
    except SystemExit as exc:
        code = exc.code
        if code is None:
            exit_status = 0
        elif isinstance(code, int):
            exit_status = code
        else:
            error_output = "%s\n" % code
            exit_status = 1
    except BaseException as exc:  # the program's uncaught exception, told as python3 tells it
        error_output = _program_traceback(exc)
        exit_status = 1
        _write_error(_error_record(exc))
    sys.stdout.flush()
    if error_output:
        sys.stderr.write(error_output)
    # What the program's objects in reference cycles do when CPython's exit collects them ("Task was destroyed
    # but it is pending!" of a task a closed loop left, through the loop's exception handler) happens now,
    # while the recorder still records the output.
    gc.collect()
    _write_trace(exit_status, error_output)
    return exit_status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
