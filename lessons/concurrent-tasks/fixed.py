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
    # First create every task, then await them: they all sleep at the same time.
    tasks = [asyncio.create_task(nap(DELAY), name=f"nap_{i}") for i in range(COUNT)]
    [await task for task in tasks]
    print(f"took {now():.1f} s")


asyncio.run(main())
