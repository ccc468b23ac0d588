import asyncio
import time


def blocking_io(name, seconds):
    print(f"{name}: start at {time.perf_counter():.2f}")
    time.sleep(seconds)
    print(f"{name}: done at {time.perf_counter():.2f}")
    return name.upper()


async def ticker():
    for i in range(4):
        print(f"tick {i} at {time.perf_counter():.2f}")
        await asyncio.sleep(0.5)


async def main():
    start = time.perf_counter()
    results = await asyncio.gather(
        asyncio.to_thread(blocking_io, "a", 1),
        asyncio.to_thread(blocking_io, "b", 1.5),
        ticker(),
    )
    print(results, f"in {time.perf_counter() - start:.2f} s")
    loop = asyncio.get_running_loop()
    fut = loop.run_in_executor(None, blocking_io, "c", 0.25)
    print("run_in_executor gave", type(fut).__name__)
    print(await fut)


asyncio.run(main())
