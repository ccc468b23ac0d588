# The seed's pitfall: awaiting each task as soon as it is created runs them one after another.
import asyncio
import time


async def main() -> None:
    start = time.perf_counter()
    delay_times = [3, 3, 3]
    [await asyncio.create_task(asyncio.sleep(seconds)) for seconds in delay_times]
    print(f"took {time.perf_counter() - start:.1f} s")


asyncio.run(main())
