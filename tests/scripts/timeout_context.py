# asyncio.timeout cancels what the current task awaits; tasks created inside keep running.
import asyncio


async def background():
    await asyncio.sleep(3)
    print("background finished at", asyncio.get_running_loop().time())


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(1):
            task = asyncio.create_task(background())
            await asyncio.sleep(10)
    except TimeoutError:
        print("timed out at", loop.time())
    await task
    async with asyncio.timeout(5) as cm:
        await asyncio.sleep(1)
    print("no timeout, expired =", cm.expired())
    try:
        async with asyncio.timeout(None) as cm:
            cm.reschedule(loop.time() + 2)
            await asyncio.sleep(3)
    except TimeoutError:
        print("rescheduled timeout fired at", loop.time())


asyncio.run(main())
