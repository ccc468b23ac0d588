# The fix: create every task first, then await them.
import asyncio
import time


async def main() -> None:
    start = time.perf_counter()
    delay_times = [3, 3, 3]
    tasks = [asyncio.create_task(asyncio.sleep(seconds)) for seconds in delay_times]
    [await task for task in tasks]
    print(f"took {time.perf_counter() - start:.1f} s")


asyncio.run(main())
