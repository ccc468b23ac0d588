# Event and Queue: producers and consumers hand work over.
import asyncio


async def producer(queue, n):
    for i in range(n):
        await asyncio.sleep(1)
        await queue.put(i)
        print("produced", i)
    await queue.put(None)


async def consumer(queue):
    total = 0
    while True:
        item = await queue.get()
        queue.task_done()
        if item is None:
            break
        total += item
        print("consumed", item)
    return total


async def waiter(event):
    print("waiting for the event")
    await event.wait()
    print("event seen at", asyncio.get_running_loop().time())


async def main():
    queue = asyncio.Queue(maxsize=2)
    total, _ = await asyncio.gather(consumer(queue), producer(queue, 4))
    print("total", total, "empty", queue.empty())
    event = asyncio.Event()
    w = asyncio.create_task(waiter(event))
    await asyncio.sleep(2)
    event.set()
    await w
    q = asyncio.Queue()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")


asyncio.run(main())
