# ThreadPoolExecutor.submit: a concurrent future per call, its state as the threads go (pending while it
# waits for a thread, running, finished), result() in a coroutine blocks the loop until the job ends (or a
# timeout passes), done callbacks run in the thread's turn, cancel() works only before a thread took it,
# and asyncio.wrap_future lets a task await it without blocking the loop.
import asyncio
import concurrent.futures
import time
from concurrent.futures import ThreadPoolExecutor


def work(name, seconds):
    time.sleep(seconds)
    if name == "bad":
        raise ValueError(name)
    return name * 2


def state(f):
    return "cancelled" if f.cancelled() else "done" if f.done() else "running" if f.running() else "pending"


async def ticker():
    for i in range(6):
        print("tick", i, asyncio.get_running_loop().time())
        await asyncio.sleep(0.5)


async def main():
    loop = asyncio.get_running_loop()
    tick = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    with ThreadPoolExecutor(max_workers=2) as pool:
        a = pool.submit(work, "a", 1)
        b = pool.submit(work, "bad", 0.5)
        c = pool.submit(work, name="c", seconds=1)
        d = pool.submit(work, "d", 1)
        print([state(f) for f in (a, b, c, d)])
        a.add_done_callback(lambda f: print("callback: a ended with", f.result(), loop.time()))
        print("cancel d:", d.cancel(), "cancel a:", a.cancel(), [state(f) for f in (a, b, c, d)])
        try:
            print(c.result(timeout=0.25))
        except concurrent.futures.TimeoutError:
            print("c not ready after 0.25 s", loop.time())
        print("a:", a.result(), loop.time())
        print("b:", repr(b.exception()), loop.time())
        try:
            d.result()
        except concurrent.futures.CancelledError as e:
            print("d:", type(e).__name__, isinstance(e, Exception), isinstance(e, asyncio.CancelledError))
        wrapped = asyncio.wrap_future(pool.submit(work, "e", 1))
        print(type(wrapped).__name__, asyncio.wrap_future(wrapped) is wrapped)
        print("e awaited:", await wrapped, loop.time())
        try:
            await asyncio.wrap_future(pool.submit(work, "bad", 0.5))
        except ValueError as e:
            print("awaited ValueError", e, loop.time())
        print(c.result(), [state(f) for f in (a, b, c, d)])
    await tick

    # A done callback that submits the next job to a one-thread pool: the thread is still busy with the
    # callback, so the job waits for it, then runs on it.
    one = ThreadPoolExecutor(max_workers=1)

    def again(f):
        print("callback for", f.result(), loop.time())
        if len(f.result()) < 8:
            one.submit(work, f.result(), 0.5).add_done_callback(again)

    one.submit(work, "x", 0.5).add_done_callback(again)
    await asyncio.sleep(3)
    one.shutdown()

    # shutdown(cancel_futures=True): the futures of the jobs no thread took are cancelled at once.
    two = ThreadPoolExecutor(max_workers=1)
    jobs = [two.submit(work, n, 1) for n in "pqr"]
    jobs[2].add_done_callback(lambda f: print("r's callback: cancelled", f.cancelled()))
    two.shutdown(wait=False, cancel_futures=True)
    print([state(f) for f in jobs], loop.time())
    print(await asyncio.wrap_future(jobs[0]), [state(f) for f in jobs], loop.time())

    # A done callback runs in the job's thread: its time.sleep holds that thread (the next job waits), not
    # the loop (the ticker goes on).
    def slow_callback(f):
        print("slow callback starts", f.result(), loop.time())
        time.sleep(2)
        print("slow callback ends", loop.time())

    tick = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    with ThreadPoolExecutor(max_workers=1) as three:
        three.submit(work, "s", 1).add_done_callback(slow_callback)
        print(await asyncio.wrap_future(three.submit(work, "t", 1)), loop.time())
    await tick


asyncio.run(main())
