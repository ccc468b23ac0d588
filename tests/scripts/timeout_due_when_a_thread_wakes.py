# (difffuzz, trace) A rescheduled asyncio.timeout due at the moment a worker thread wakes cancels its task then (2.5 s), not at the next timer (the recorder's clock jumped past it to 3 s).
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


async def w1(tag):
    async with SEM:
        log(tag, "holds semaphore")
        log(tag, "event", await asyncio.wait_for(EV.wait(), timeout=0.5))
        await asyncio.sleep(0.5)
    await asyncio.sleep(1)
    async with asyncio.timeout(None) as cm:
        cm.reschedule(asyncio.get_running_loop().time() + 1)
        log(tag, "cancels t1", cancel("t1", "msg1"))
        try:
            log(tag, "thread", await asyncio.to_thread(in_thread, tag + " 2", 1, 2))
            log(tag, "wait_for", await asyncio.wait_for(asyncio.sleep(0.5, "r3"), timeout=0.75))
            raise ValueError(tag + " boom 4")
        except (ValueError, TimeoutError) as e:
            log(tag, "caught", describe(e))
    return tag + " result"


async def w2(tag):
    EV.set()
    log(tag, "waits for event")
    log(tag, "step 5")
    async with SEM:
        log(tag, "holds semaphore")
        timer(0.5, tag + " 6")
        log(tag, "step 7")
    log(tag, "step 8")
    return tag + " result"


async def main():
    global LOCK, SEM, EV, Q
    LOCK = asyncio.Lock()
    SEM = asyncio.Semaphore(1)
    EV = asyncio.Event()
    Q = asyncio.Queue(1)
    tasks["main"] = asyncio.current_task()
    try:
        if True:
            spawn("p1", producer("p1", 1, 0))
        try:
            spawn("t2", w1("t2"))
        except (Exception, asyncio.CancelledError) as e:
            log("main caught", describe(e))
        if True:
            async with asyncio.TaskGroup() as tg:
                tg_spawn(tg, "t3", w2("t3"))
                tg_spawn(tg, "t4", w1("t4"))
                await asyncio.sleep(0.25)
            log("task group done")
        if True:
            spawn("t5", w1("t5"))
    finally:
        await wind_up()


try:
    asyncio.run(main())
except BaseException as e:  # the traceback is not what this program checks
    print("ended with", type(e).__name__)
