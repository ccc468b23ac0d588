# as_completed hands out results in finishing order; after a timeout every remaining await raises.
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    return f"{name} ({delay} s)"


async def main():
    tasks = [asyncio.create_task(job(n, d)) for n, d in [("a", 3), ("b", 1), ("c", 2)]]
    for next_done in asyncio.as_completed(tasks):
        print("got", await next_done, "at", asyncio.get_running_loop().time())

    slow = [asyncio.create_task(job(n, d)) for n, d in [("quick", 1), ("slow1", 10), ("slow2", 20)]]
    try:
        for next_done in asyncio.as_completed(slow, timeout=2):
            print("got", await next_done)
    except asyncio.TimeoutError:
        print("timed out; still running:", [t.done() for t in slow])
    await asyncio.sleep(20)
    print("leftovers finished anyway:", [t.result() for t in slow])
    print(list(asyncio.as_completed([])))


asyncio.run(main())
