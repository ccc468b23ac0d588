# (difffuzz, trace) as_completed given two tasks already done hands them out in its set's order, which CPython takes
# from their addresses: the scheduling story tells such a source as one of the tasks done before it was entered.
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


def spawn(name, coro):
    shuffle_addresses()
    task = asyncio.create_task(coro, name=name)
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


async def w2(tag):
    pass


async def w3(tag):
    log(tag, "event", await asyncio.wait_for(EV.wait(), timeout=0.125))


async def main():
    global LOCK, SEM, EV, Q
    LOCK = asyncio.Lock()
    SEM = asyncio.Semaphore(1)
    EV = asyncio.Event()
    Q = asyncio.Queue(1)
    tasks["main"] = asyncio.current_task()
    try:
        done, pending = await asyncio.wait([spawn("t1", w3("t1"))], return_when=asyncio.ALL_COMPLETED)
        done, pending = await asyncio.wait([spawn("t2", w3("t2")), *pick("t1"), spawn("t3", w3("t3"))], return_when=asyncio.ALL_COMPLETED)
        for i, f in enumerate(asyncio.as_completed([*pick("t1"), *pick("t3"), spawn("t4", w2("t4"))], timeout=0.75)):
            log("as_completed", i, describe(await f))
    finally:
        await wind_up()


try:
    asyncio.run(main())
except BaseException as e:  # the traceback is not what this program checks
    print("ended with", type(e).__name__)
