import asyncio
import time

RETURN_EXCEPTIONS = False  # param: return_exceptions
FAILING = "api_b"  # param: failing

START = time.perf_counter()


def now():
    return time.perf_counter() - START


async def fetch(name, seconds):
    await asyncio.sleep(seconds)
    if name == FAILING:
        print(f"{now():.1f} s: {name} fails")
        raise ValueError(f"{name} is broken")
    print(f"{now():.1f} s: {name} is ready")
    return name


async def main():
    tasks = [
        asyncio.create_task(fetch("api_a", 3), name="api_a"),
        asyncio.create_task(fetch("api_b", 1), name="api_b"),
        asyncio.create_task(fetch("api_c", 2), name="api_c"),
    ]
    try:
        results = await asyncio.gather(*tasks, return_exceptions=RETURN_EXCEPTIONS)
        print(f"{now():.1f} s: results: {results}")
    except ValueError as error:
        print(f"{now():.1f} s: gather raised {error!r}")
    still_running = [task.get_name() for task in tasks if not task.done()]
    print(f"still running: {still_running}")
    # Nothing cancelled them: give them the time they need.
    await asyncio.wait(tasks)
    print(f"took {now():.1f} s")


asyncio.run(main())
