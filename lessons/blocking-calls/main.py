import asyncio
import time

WORK = 2  # param: work


async def blocking(name):
    time.sleep(WORK)  # the loop is frozen: no other task can run


async def cooperative(name):
    await asyncio.sleep(WORK)  # the loop runs other tasks meanwhile


async def main():
    start = time.perf_counter()
    await asyncio.gather(
        asyncio.create_task(blocking("a"), name="blocking_a"),
        asyncio.create_task(blocking("b"), name="blocking_b"),
    )
    print(f"time.sleep in two tasks: {time.perf_counter() - start:.1f} s")
    start = time.perf_counter()
    await asyncio.gather(
        asyncio.create_task(cooperative("a"), name="cooperative_a"),
        asyncio.create_task(cooperative("b"), name="cooperative_b"),
    )
    print(f"asyncio.sleep in two tasks: {time.perf_counter() - start:.1f} s")


asyncio.run(main())
