# create_task only schedules: bodies start, in creation order, when the creator yields.
import asyncio


async def worker(name, delay):
    print(f"{name} starts")
    await asyncio.sleep(delay)
    print(f"{name} ends")
    return name.upper()


async def main():
    a = asyncio.create_task(worker("a", 2))
    b = asyncio.create_task(worker("b", 1))
    print("tasks created, nothing ran yet")
    await asyncio.sleep(0)
    print("after one yield")
    print(await a, await b)
    # awaiting a coroutine runs it inline: three sequential awaits add up
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    for i in range(3):
        await worker(f"inline{i}", 1)
    print("sequential:", loop.time() - t0)
    t0 = loop.time()
    tasks = [asyncio.create_task(worker(f"task{i}", 1)) for i in range(3)]
    for t in tasks:
        await t
    print("concurrent:", loop.time() - t0)


asyncio.run(main())
