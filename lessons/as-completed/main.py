import asyncio
import time

DELAY_A = 3  # param: delay_a
DELAY_B = 1  # param: delay_b
DELAY_C = 2  # param: delay_c
TIMEOUT = 2.5  # param: timeout

START = time.perf_counter()


def now():
    return time.perf_counter() - START


async def fetch(seconds):
    await asyncio.sleep(seconds)
    return 200  # every request answers the same status: the result says nothing about who sent it


async def main():
    tasks = [
        asyncio.create_task(fetch(DELAY_A), name="api_a"),
        asyncio.create_task(fetch(DELAY_B), name="api_b"),
        asyncio.create_task(fetch(DELAY_C), name="api_c"),
    ]
    try:
        for next_one in asyncio.as_completed(tasks, timeout=TIMEOUT):
            status = await next_one
            print(f"{now():.1f} s: got {status}")
    except TimeoutError:
        print(f"{now():.1f} s: timed out")
    still_running = [task.get_name() for task in tasks if not task.done()]
    print(f"still running: {still_running}")
    # Only our own list of tasks lets us wait for (or cancel) what the timeout left behind.
    await asyncio.gather(*tasks)
    print(f"{now():.1f} s: the leftovers finished anyway")


asyncio.run(main())
