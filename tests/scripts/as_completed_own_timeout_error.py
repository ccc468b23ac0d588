# as_completed hands out a TimeoutError that a task ended with (its wait_for timed out; another task that
# awaited it raised the same exception object) as that task's outcome, with or without a timeout of its
# own; only its own timeout hands out a fresh TimeoutError.
import asyncio


async def times_out():
    await asyncio.wait_for(asyncio.Event().wait(), timeout=1.5)


async def joins(task):
    await task


async def main():
    for timeout in (None, 5, 1):
        t1 = asyncio.create_task(times_out())
        t2 = asyncio.create_task(joins(t1))
        t3 = asyncio.create_task(asyncio.sleep(3, "late"))
        for i, f in enumerate(asyncio.as_completed([t1, t1, t2, t3], timeout=timeout)):
            try:
                print(timeout, i, await f, asyncio.get_running_loop().time())
            except asyncio.TimeoutError as e:
                print(timeout, i, "TimeoutError", e is t1.exception() if t1.done() else "t1 pending",
                      asyncio.get_running_loop().time())
        await asyncio.gather(t1, t2, t3, return_exceptions=True)


asyncio.run(main())
