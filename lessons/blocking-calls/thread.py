import asyncio
import time

WORK = 2  # param: work

START = time.perf_counter()


def now():
    return time.perf_counter() - START


async def heartbeat():
    while True:
        print(f"{now():.1f} s: tick")
        await asyncio.sleep(1)


async def work(name):
    print(f"{now():.1f} s: {name} starts")
    await asyncio.to_thread(time.sleep, WORK)  # blocks a worker thread, not the loop
    print(f"{now():.1f} s: {name} is done")


async def main():
    beat = asyncio.create_task(heartbeat(), name="heartbeat")
    await asyncio.gather(
        asyncio.create_task(work("work_a"), name="work_a"),
        asyncio.create_task(work("work_b"), name="work_b"),
    )
    beat.cancel()
    print(f"took {now():.1f} s")


asyncio.run(main())
