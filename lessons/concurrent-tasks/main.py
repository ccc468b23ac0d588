import asyncio
import time

DELAY = 3  # param: delay
COUNT = 3  # param: count


async def nap(seconds):
    await asyncio.sleep(seconds)


async def one_at_a_time():
    start = time.perf_counter()
    [await asyncio.create_task(nap(DELAY), name=f"slow_{i}") for i in range(COUNT)]
    print(f"await inside the comprehension: {time.perf_counter() - start:.1f} s")


async def all_together():
    start = time.perf_counter()
    tasks = [asyncio.create_task(nap(DELAY), name=f"fast_{i}") for i in range(COUNT)]
    [await task for task in tasks]
    print(f"create first, await later: {time.perf_counter() - start:.1f} s")


async def main():
    await one_at_a_time()
    await all_together()


asyncio.run(main())
