# wait_for cancels the inner task on timeout and waits until it has really finished.
import asyncio


async def slow_with_cleanup():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("cleaning up for 2 s")
        await asyncio.sleep(2)
        raise


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("ignoring the cancel")
        return "kept going"


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        await asyncio.wait_for(slow_with_cleanup(), timeout=1)
    except asyncio.TimeoutError as e:
        print("TimeoutError after", loop.time() - start, "s;", type(e.__cause__).__name__)
    print(await asyncio.wait_for(stubborn(), timeout=1))
    print(await asyncio.wait_for(asyncio.sleep(1, result="in time"), timeout=5))
    print(asyncio.TimeoutError is TimeoutError)
    task = asyncio.create_task(asyncio.sleep(5))
    try:
        await asyncio.wait_for(task, timeout=0)
    except TimeoutError:
        print("timeout=0 cancels at once:", task.cancelled())


asyncio.run(main())
