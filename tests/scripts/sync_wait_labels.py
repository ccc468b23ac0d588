# Every wait of asyncio's synchronisation primitives, named in the trace as the program called it: Lock.acquire,
# Semaphore.acquire, Condition.wait and wait_for, Queue.put, get and join, Event.wait, Barrier.wait.
import asyncio

async def main():
    lock = asyncio.Lock()
    event = asyncio.Event()
    sem = asyncio.BoundedSemaphore(1)
    cond = asyncio.Condition()
    queue = asyncio.Queue(maxsize=1)
    barrier = asyncio.Barrier(2)
    ready = False

    async def locker():
        async with lock:
            pass

    async def semmer():
        async with sem:
            pass

    async def waiter():
        async with cond:
            await cond.wait()

    async def predicate_waiter():
        async with cond:
            await cond.wait_for(lambda: ready)

    async def putter():
        await queue.put(1)
        await queue.put(2)

    async def getter():
        await asyncio.sleep(1)
        print(await queue.get(), await queue.get())
        queue.task_done()
        queue.task_done()

    async with lock, sem:
        tasks = [asyncio.create_task(c()) for c in (locker, semmer, waiter, predicate_waiter, putter, getter)]
        tasks.append(asyncio.create_task(event.wait()))
        tasks.append(asyncio.create_task(barrier.wait()))
        await asyncio.sleep(0.5)
    await queue.join()
    event.set()
    async with cond:
        ready = True
        cond.notify_all()
    await barrier.wait()
    await asyncio.gather(*tasks)
    print("done")

asyncio.run(main())
