import asyncio
import time

DELAY_A = 3  # param: delay_a
DELAY_B = 1  # param: delay_b
DELAY_C = 2  # param: delay_c

START = time.perf_counter()


def now():
    return time.perf_counter() - START


async def fetch(name, seconds):
    await asyncio.sleep(seconds)
    print(f"{now():.1f} s: {name} is ready")
    return name


async def main():
    api_a = asyncio.create_task(fetch("api_a", DELAY_A), name="api_a")
    api_b = asyncio.create_task(fetch("api_b", DELAY_B), name="api_b")
    # api_c is a bare coroutine: gather wraps it in a task of its own.
    results = await asyncio.gather(api_a, api_b, fetch("api_c", DELAY_C))
    print(f"results: {results}")
    print(f"took {now():.1f} s")


asyncio.run(main())
