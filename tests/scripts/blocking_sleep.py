# time.sleep blocks the whole loop: nothing else runs while it sleeps.
import asyncio
import time


async def ticker():
    for i in range(3):
        print(f"tick {i} at {time.perf_counter():.1f}")
        await asyncio.sleep(1)


async def blocker():
    await asyncio.sleep(0.5)
    print(f"blocking for 3 s at {time.perf_counter():.1f}")
    time.sleep(3)
    print(f"unblocked at {time.perf_counter():.1f}")


async def main():
    await asyncio.gather(ticker(), blocker())


asyncio.run(main())
