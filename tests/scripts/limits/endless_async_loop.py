import asyncio


async def spin():
    n = 0
    while True:
        n += 1
        await asyncio.sleep(0)


asyncio.run(spin())
