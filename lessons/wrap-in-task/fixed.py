import asyncio
import time

DELAY_B = 2  # param: delay_b
TIMEOUT = 1  # param: timeout

START = time.perf_counter()


def now():
    return time.perf_counter() - START


async def fetch(name, seconds):
    await asyncio.sleep(seconds)
    print(f"{now():.1f} s: {name} is ready")


async def main():
    api_a = asyncio.create_task(fetch("api_a", 0.5), name="api_a")
    api_b = asyncio.create_task(fetch("api_b", DELAY_B), name="api_b")
    done, pending = await asyncio.wait([api_a, api_b], timeout=TIMEOUT)
    print(f"{now():.1f} s: {len(pending)} pending")
    for task in pending:
        if task is api_b:
            print("api_b is too slow, cancelling it")
            task.cancel()
    print(f"found api_b among the pending: {any(task is api_b for task in pending)}")
    await asyncio.sleep(DELAY_B)


asyncio.run(main())
