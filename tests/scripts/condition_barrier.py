# asyncio.Condition and asyncio.Barrier (3.11): who wakes when, and the errors of misuse.
import asyncio


async def consumer(name, cond, items):
    async with cond:
        print(f"{name} waits")
        await cond.wait()
        print(f"{name} woke, locked={cond.locked()}, items={items}")
        items.pop()


async def conditions():
    cond = asyncio.Condition()
    items = []
    tasks = [asyncio.create_task(consumer(f"c{i}", cond, items)) for i in range(3)]
    await asyncio.sleep(1)
    async with cond:
        items.append("a")
        cond.notify()
        print("notified one, still holding the lock")
        await asyncio.sleep(0.5)
    await asyncio.sleep(1)
    async with cond:
        items.extend(["b", "c"])
        cond.notify_all()
    await asyncio.gather(*tasks)
    print("left:", items)

    # wait_for(predicate) returns the predicate's value
    state = {"n": 0}

    async def bump():
        for _ in range(3):
            await asyncio.sleep(1)
            async with cond:
                state["n"] += 1
                print("bump to", state["n"], "at", asyncio.get_running_loop().time())
                cond.notify_all()

    bumper = asyncio.create_task(bump())
    async with cond:
        result = await cond.wait_for(lambda: state["n"] >= 2 and f"n={state['n']}")
        print("wait_for returned", result)
    await bumper

    # two conditions sharing one lock
    lock = asyncio.Lock()
    ca, cb = asyncio.Condition(lock), asyncio.Condition(lock)
    async with ca:
        print("ca holds the shared lock:", lock.locked(), cb.locked())
    print("after:", lock.locked())

    # misuse
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)

    # a cancelled wait still takes the lock back before raising
    async def waiter():
        async with cond:
            try:
                await cond.wait()
            except asyncio.CancelledError:
                print("cancelled; holding the lock again:", cond.locked())
                raise

    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    async with cond:
        t.cancel()
        await asyncio.sleep(0)
        print("canceller still holds it")
    try:
        await t
    except asyncio.CancelledError:
        print("waiter cancelled:", t.cancelled())


async def runner(name, barrier, delay):
    await asyncio.sleep(delay)
    print(f"{name} arrives, n_waiting={barrier.n_waiting}")
    index = await barrier.wait()
    print(f"{name} passes with index {index}")
    return index


async def barriers():
    barrier = asyncio.Barrier(3)
    print("parties", barrier.parties, "n_waiting", barrier.n_waiting, "broken", barrier.broken)
    indexes = await asyncio.gather(*(runner(f"r{i}", barrier, i * 0.5) for i in range(3)))
    print("indexes", indexes)
    # the barrier can be used again: a second round
    indexes = await asyncio.gather(*(runner(f"s{i}", barrier, 1 - i * 0.5) for i in range(3)))
    print("second round", indexes)

    async with asyncio.Barrier(1) as index:
        print("async with gives the index", index)

    # abort while tasks wait
    barrier = asyncio.Barrier(3)
    waiting = [asyncio.create_task(runner(f"w{i}", barrier, 0)) for i in range(2)]
    await asyncio.sleep(1)
    print("waiting:", barrier.n_waiting)
    await barrier.abort()
    for t in waiting:
        try:
            await t
        except asyncio.BrokenBarrierError as e:
            print("BrokenBarrierError:", e)
    print("broken", barrier.broken, "n_waiting", barrier.n_waiting)
    try:
        await barrier.wait()
    except asyncio.BrokenBarrierError as e:
        print("wait on a broken barrier:", repr(e))
    await barrier.reset()
    print("after reset broken =", barrier.broken)

    # reset while a task waits
    barrier = asyncio.Barrier(2)
    t = asyncio.create_task(runner("x", barrier, 0))
    await asyncio.sleep(1)
    await barrier.reset()
    try:
        await t
    except asyncio.BrokenBarrierError as e:
        print("reset:", e)
    print(issubclass(asyncio.BrokenBarrierError, RuntimeError))
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)


async def main():
    await conditions()
    await barriers()
    print("done at", asyncio.get_running_loop().time())


asyncio.run(main())
