# At 1.0 s main's wait_for(shield(c1)) ends cancelled (c1 cancelled itself), its finally block cancels
# p2 and prints the states, and the program ends with CancelledError. A loop.call_later callback armed at
# 0.5 s for 0.5 s later is due at 1.0 s, as c1's and p2's sleeps, but the loop's wake-up at 1.0 s leaves it
# for later ("Equal deadlines", docs/runtime.md) and it is not yet reached when main ends: it runs in the
# passes of asyncio.run's shutdown (shutdown_asyncgens and shutdown_default_executor run the loop even with
# nothing to do), after the states line. Its traceback names main's frame once, as CPython's does. Found by
# difffuzz seed 56 with traces.
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


async def main():
    global LOCK, SEM, EV, Q
    LOCK = asyncio.Lock()
    SEM = asyncio.Semaphore(1)
    EV = asyncio.Event()
    Q = asyncio.Queue(2)
    tasks["main"] = asyncio.current_task()
    try:
        spawn("c1", canceller("c1", "c1", 1, "msg12"))
        try:
            async with asyncio.timeout(0.5) as cm:
                await asyncio.sleep(2)
        except (Exception, asyncio.CancelledError) as e:
            pass
        timer(0.5, "main 13")
        spawn("p2", producer("p2", 4, 0.25))
        log("shield", describe(await asyncio.wait_for(asyncio.shield(get("c1")), timeout=3)))
    finally:
        await wind_up()


asyncio.run(main())
