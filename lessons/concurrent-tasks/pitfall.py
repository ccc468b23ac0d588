import asyncio
import time

DELAY = 3  # param: delay
COUNT = 3  # param: count

START = time.perf_counter()


def now():
    return time.perf_counter() - START


async def nap(seconds):
    name = asyncio.current_task().get_name()
    print(f"{now():.1f} s: {name} starts")
    await asyncio.sleep(seconds)
    print(f"{now():.1f} s: {name} wakes up")


async def main():
    # The await sits inside the comprehension: each task is awaited before the next one exists.
    [await asyncio.create_task(nap(DELAY), name=f"nap_{i}") for i in range(COUNT)]
    print(f"took {now():.1f} s")


asyncio.run(main())
