import asyncio
import contextvars
import time

request_id = contextvars.ContextVar("request_id", default="none")


def fails():
    time.sleep(0.5)
    raise ValueError("bad input")


def slow(label, seconds):
    print(f"{label} starts at {time.monotonic():.2f}, request {request_id.get()}")
    time.sleep(seconds)
    print(f"{label} ends at {time.monotonic():.2f}")
    return label


async def same_moment():
    await asyncio.sleep(1)
    print(f"asyncio.sleep(1) ended at {time.monotonic():.2f}")


async def main():
    request_id.set("r-1")
    try:
        await asyncio.to_thread(fails)
    except ValueError as e:
        print("caught", repr(e), "at", f"{time.monotonic():.2f}")

    # The worker and a task both wait one second from the same moment.
    await asyncio.gather(asyncio.to_thread(slow, "tie", 1), same_moment())

    # A timeout cancels the awaiting task, not the thread: it runs on to its end.
    try:
        await asyncio.wait_for(asyncio.to_thread(slow, "long", 3), timeout=1)
    except asyncio.TimeoutError:
        print(f"timed out at {time.monotonic():.2f}")

    # Ten jobs for eight workers: two wait for a free one.
    start = time.monotonic()
    labels = await asyncio.gather(*(asyncio.to_thread(slow, f"job{i}", 1) for i in range(10)))
    print(labels, f"after {time.monotonic() - start:.2f} s")

    # The loop's own thread blocks while a worker sleeps: the worker goes on.
    worker = asyncio.create_task(asyncio.to_thread(slow, "beside", 0.5))
    await asyncio.sleep(0)
    time.sleep(2)
    print(f"loop blocked until {time.monotonic():.2f}")
    print(await worker)
    print("main ends at", f"{time.monotonic():.2f}")


asyncio.run(main())
print("after run at", f"{time.monotonic():.2f}")

loop = asyncio.new_event_loop()
print(loop.run_until_complete(loop.run_in_executor(None, slow, "outside", 0.25)))
loop.close()
