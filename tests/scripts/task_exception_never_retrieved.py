# A task that fails while nobody awaits it: asyncio logs "Task exception was never retrieved" with the task's
# repr (its coroutine and where that was defined) and the exception's traceback; the program goes on.
import asyncio


async def fetch(n):
    await asyncio.sleep(0.1)
    if n == 2:
        raise ValueError(f"page {n} is missing")
    return n


async def main():
    tasks = [asyncio.create_task(fetch(n), name=f"fetch-{n}") for n in range(3)]
    await asyncio.sleep(0.5)
    print("done:", [t.done() for t in tasks])
    print("results of the first two:", tasks[0].result(), tasks[1].result())


asyncio.run(main())
print("the program goes on")
