# concurrent.futures.ThreadPoolExecutor handed to loop.run_in_executor: at most max_workers jobs at once,
# the others wait for a thread; leaving the with block blocks the loop until every job has ended (the
# ticker task cannot run meanwhile); a shut-down executor takes no more work; cancel_futures drops the
# jobs that have not started.
import asyncio
import concurrent.futures
import time
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures.thread import ThreadPoolExecutor as FromThreadModule


def blocking(name, seconds):
    print(f"{name} starts at {time.monotonic()}")
    time.sleep(seconds)
    print(f"{name} ends at {time.monotonic()}")
    return name.upper()


def fails():
    time.sleep(0.25)
    raise KeyError("missing")


async def ticker():
    for i in range(4):
        print("tick", i, asyncio.get_running_loop().time())
        await asyncio.sleep(0.5)


async def main():
    loop = asyncio.get_running_loop()
    print(FromThreadModule is ThreadPoolExecutor is concurrent.futures.ThreadPoolExecutor)
    t = asyncio.create_task(ticker())
    with ThreadPoolExecutor(max_workers=2) as pool:
        print(pool._max_workers, pool._thread_name_prefix)
        jobs = [loop.run_in_executor(pool, blocking, n, s) for n, s in [("a", 1), ("b", 2), ("c", 0.5)]]
        print("handed over at", loop.time())
    print("with ended at", loop.time())
    print(await asyncio.gather(*jobs))
    await t
    try:
        loop.run_in_executor(pool, blocking, "d", 1)
    except RuntimeError as e:
        print("RuntimeError:", e)

    with ThreadPoolExecutor(thread_name_prefix="mine") as named:
        print(named._thread_name_prefix, await loop.run_in_executor(named, blocking, "e", 1), loop.time())
        try:
            await loop.run_in_executor(named, fails)
        except KeyError as e:
            print("KeyError", e, loop.time())

    one = ThreadPoolExecutor(max_workers=1)
    queued = [loop.run_in_executor(one, blocking, n, 1) for n in "xyz"]
    one.shutdown(wait=False, cancel_futures=True)
    print("shutdown(wait=False) returned at", loop.time())
    results = await asyncio.gather(*queued, return_exceptions=True)
    print([type(r).__name__ for r in results], loop.time())

    later = ThreadPoolExecutor(3)
    started = loop.run_in_executor(later, blocking, "w", 2)
    await asyncio.sleep(1)
    later.shutdown()  # the loop blocks for the second that is left
    print("shutdown() returned at", loop.time(), started.done())
    print(await started)

    for bad in (0, -1):
        try:
            ThreadPoolExecutor(max_workers=bad)
        except ValueError as e:
            print("ValueError:", e)
    print(ThreadPoolExecutor()._thread_name_prefix)

    # A job that shuts its own executor down and waits would join its own thread.
    own = ThreadPoolExecutor(max_workers=2)

    def joins_itself():
        time.sleep(0.1)
        try:
            own.shutdown(wait=True)
        except RuntimeError as e:
            print("RuntimeError:", e)
        return "joined"

    print(await loop.run_in_executor(own, joins_itself), loop.time())
    own.shutdown()


asyncio.run(main())
