import asyncio
import time

DELAY = 1e308  # param: delay


async def main():
    start = time.perf_counter()
    task = asyncio.create_task(asyncio.sleep(DELAY), name="sleeper")
    await task
    print(f"took {time.perf_counter() - start:.1f} s")


asyncio.run(main())
