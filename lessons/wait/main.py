import asyncio
import time

RETURN_WHEN = asyncio.ALL_COMPLETED  # param: return_when
TIMEOUT = 2.5  # param: timeout

START = time.perf_counter()


def now():
    return time.perf_counter() - START


async def fetch(name, seconds, fails=False):
    await asyncio.sleep(seconds)
    if fails:
        raise ValueError(f"{name} is broken")
    return f"{name} data"


async def main():
    api_a = asyncio.create_task(fetch("api_a", 3), name="api_a")
    api_b = asyncio.create_task(fetch("api_b", 1), name="api_b")
    api_c = asyncio.create_task(fetch("api_c", 2, fails=True), name="api_c")
    try:
        done, pending = await asyncio.wait([api_a, api_b, api_c], timeout=TIMEOUT, return_when=RETURN_WHEN)
    except TimeoutError:
        print("wait raised TimeoutError")  # never happens: wait reports a timeout through `pending`
        return
    print(f"{now():.1f} s: wait returned")
    print(f"done: {sorted(task.get_name() for task in done)}")
    print(f"pending: {sorted(task.get_name() for task in pending)}")
    for task in sorted(done, key=lambda t: t.get_name()):
        if task.exception() is not None:
            print(f"{task.get_name()} raised {task.exception()!r}")
        else:
            print(f"{task.get_name()} returned {task.result()!r}")
    for task in pending:
        task.cancel()
    if pending:
        await asyncio.wait(pending)
    print(f"cancelled: {sorted(task.get_name() for task in pending if task.cancelled())}")


asyncio.run(main())
