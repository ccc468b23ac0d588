import asyncio
async def fa():
    await tb
async def fb():
    await ta
async def main():
    global ta, tb
    ta = asyncio.create_task(fa())
    tb = asyncio.create_task(fb())
    await ta
asyncio.run(main())
