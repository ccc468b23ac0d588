# TaskGroup: the first failure cancels the siblings and the body; errors come back as an ExceptionGroup.
import asyncio


async def worker(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise ValueError(f"{name} failed")
        print(name, "done")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(worker("one", 1))
        t2 = tg.create_task(worker("two", 2))
    print("results:", t1.result(), t2.result())

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("ok", 1))
            tg.create_task(worker("bad", 2, fail=True))
            tg.create_task(worker("slow", 5))
            await asyncio.sleep(10)
            print("never printed")
    except* ValueError as eg:
        print("caught:", repr(eg), eg.exceptions)
    print("after the group at", asyncio.get_running_loop().time())


asyncio.run(main())
