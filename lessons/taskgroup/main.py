import asyncio
import time

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
    return f"{name} data"


def describe(task):
    if task.cancelled():
        return "cancelled"
    if task.exception() is not None:
        return f"raised {task.exception()!r}"
    return f"returned {task.result()!r}"


async def main():
    tasks = []
    try:
        async with asyncio.TaskGroup() as group:
            tasks.append(group.create_task(fetch("api_a", 3), name="api_a"))
            tasks.append(group.create_task(fetch("api_b", 1), name="api_b"))
            tasks.append(group.create_task(fetch("api_c", 2), name="api_c"))
        print(f"{now():.1f} s: the group raised nothing: every task finished")
    except* ValueError as failure:
        print(f"{now():.1f} s: the group raised {failure!r}")
    for task in tasks:
        print(f"{task.get_name()}: {describe(task)}")


asyncio.run(main())
