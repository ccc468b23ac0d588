# asyncio.run's end closes the async generators left unfinished the way loop.shutdown_asyncgens does:
# each aclose() in a task of its own (gathered), so the tasks' names and the order of the finally blocks
# are CPython's, and the task numbers the next asyncio.run hands out too. (With several unfinished ones,
# CPython closes them in the order of a weak set, which follows their addresses: one is enough here.)
import asyncio

kept = []


async def ticker(name, steps):
    try:
        for i in range(steps):
            yield f"{name}{i}"
            await asyncio.sleep(0.5)
    finally:
        print(f"{name}: finally in {asyncio.current_task().get_name()}")
        await asyncio.sleep(0.1)
        print(f"{name}: closed at {asyncio.get_running_loop().time() - START:.1f}")


async def main():
    for name in ("a",):
        agen = ticker(name, 10)
        kept.append(agen)
        print(await agen.__anext__(), asyncio.current_task().get_name())


START = 0.0


async def first():
    global START
    START = asyncio.get_running_loop().time()
    await main()


asyncio.run(first())


async def second():
    print("next run's main task:", asyncio.current_task().get_name())


asyncio.run(second())
