# PriorityQueue (heapq order), LifoQueue, and a bounded Queue whose put() waits for room.
import asyncio


class Job:
    def __init__(self, priority, name):
        self.priority = priority
        self.name = name

    def __lt__(self, other):
        return self.priority < other.priority

    def __repr__(self):
        return f"Job({self.priority}, {self.name!r})"


async def priorities():
    q = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b"), (1, "a2"), (5, "e"), (0, "z")]:
        q.put_nowait(item)
    print("qsize", q.qsize(), "maxsize", q.maxsize, "empty", q.empty(), "full", q.full())
    print([q.get_nowait() for _ in range(q.qsize())])

    # equal priorities come out in heap order, not insertion order (only __lt__ on priority)
    jobs = asyncio.PriorityQueue()
    for i, p in enumerate([2, 1, 2, 1, 3, 2, 1, 2]):
        await jobs.put(Job(p, f"j{i}"))
    order = []
    while not jobs.empty():
        order.append(await jobs.get())
    print(order)

    # items that cannot be compared
    bad = asyncio.PriorityQueue()
    bad.put_nowait((1, "x"))
    try:
        bad.put_nowait((1, None))
    except TypeError as e:
        print("TypeError:", e)

    # a consumer that waits for the most urgent job
    work = asyncio.PriorityQueue()

    async def worker():
        while True:
            priority, name = await work.get()
            print(f"t={asyncio.get_running_loop().time()} worker takes {name} (priority {priority})")
            await asyncio.sleep(1)
            work.task_done()

    w = asyncio.create_task(worker())
    for priority, name in [(5, "low"), (1, "urgent"), (3, "normal")]:
        work.put_nowait((priority, name))
    await asyncio.sleep(0.5)
    work.put_nowait((0, "fire"))
    await work.join()
    print("all done at", asyncio.get_running_loop().time())
    w.cancel()


async def lifo():
    q = asyncio.LifoQueue(maxsize=3)
    for i in range(3):
        q.put_nowait(i)
    print("full", q.full())
    try:
        q.put_nowait(99)
    except asyncio.QueueFull:
        print("QueueFull")
    print([q.get_nowait() for _ in range(3)])
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    print(isinstance(q, asyncio.Queue), type(q).__name__)


async def bounded():
    q = asyncio.Queue(maxsize=2)

    async def producer(name, n):
        for i in range(n):
            await q.put(f"{name}{i}")
            print(f"t={asyncio.get_running_loop().time()} {name} put {name}{i}, qsize={q.qsize()}")

    async def consumer():
        for _ in range(6):
            await asyncio.sleep(1)
            item = await q.get()
            print(f"t={asyncio.get_running_loop().time()} got {item}")
            q.task_done()

    await asyncio.gather(producer("a", 3), producer("b", 3), consumer())

    # a put that is cancelled while it waits does not lose its place for others
    q = asyncio.Queue(1)
    q.put_nowait("x")
    blocked = asyncio.create_task(q.put("y"))
    other = asyncio.create_task(q.put("z"))
    await asyncio.sleep(0)
    blocked.cancel()
    await asyncio.sleep(0)
    print("got", q.get_nowait())
    await asyncio.sleep(0)
    print("then", q.get_nowait(), blocked.cancelled(), other.done())
    try:
        q.task_done()
        q.task_done()
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)


async def main():
    await priorities()
    await lifo()
    await bounded()


asyncio.run(main())
