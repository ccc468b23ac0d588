# The same task given twice: wait and as_completed take a set of their inputs (tasks.py:422 and 593), so a
# repeated task is one input; gather keeps one slot per argument but waits for it once (tasks.py:819-843).
import asyncio


async def work(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    a = asyncio.create_task(work("a", 0.2))
    b = asyncio.create_task(work("b", 0.1))
    done, pending = await asyncio.wait([a, b, a, b, a])
    print("wait:", len(done), "done,", len(pending), "pending")
    print("wait results:", sorted(t.result() for t in done))

    c = asyncio.create_task(work("c", 0.3))
    d = asyncio.create_task(work("d", 0.1))
    order = []
    for next_done in asyncio.as_completed([c, d, c, d]):
        order.append(await next_done)
    print("as_completed:", order)

    e = asyncio.create_task(work("e", 0.1))
    print("gather:", await asyncio.gather(e, e, e))

    f = asyncio.create_task(work("f", 0.5))
    done, pending = await asyncio.wait([f, f], timeout=0.2)
    print("timeout:", len(done), "done,", len(pending), "pending")
    f.cancel()


asyncio.run(main())
