import asyncio
import time

DELAY_B = 2  # param: delay_b
TIMEOUT = 1  # param: timeout

START = time.perf_counter()


async def fetch(seconds):
    await asyncio.sleep(seconds)


async def with_coroutines():
    api_a = fetch(0.5)  # coroutine objects, not tasks
    api_b = fetch(DELAY_B)
    try:
        await asyncio.wait([api_a, api_b], timeout=TIMEOUT)
    except TypeError as error:
        print(f"coroutines: wait refused: {error}")
    # What older Pythons did behind your back: new tasks that are not api_a and api_b.
    wrapped = [asyncio.create_task(api_a, name="coro_a"), asyncio.create_task(api_b, name="coro_b")]
    done, pending = await asyncio.wait(wrapped, timeout=TIMEOUT)
    print(f"coroutines: api_b found among the pending: {any(task is api_b for task in pending)}")
    for task in pending:
        task.cancel()  # tidy up before the next part


async def with_tasks():
    api_a = asyncio.create_task(fetch(0.5), name="api_a")
    api_b = asyncio.create_task(fetch(DELAY_B), name="api_b")
    done, pending = await asyncio.wait([api_a, api_b], timeout=TIMEOUT)
    print(f"tasks: api_b found among the pending: {any(task is api_b for task in pending)}")
    for task in pending:
        if task is api_b:
            task.cancel()


async def main():
    await with_coroutines()
    await with_tasks()
    await asyncio.sleep(0)
    print(f"done after {time.perf_counter() - START:.1f} s")


asyncio.run(main())
