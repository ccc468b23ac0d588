import asyncio
async def fa():
    await asyncio.wait_for(tb, 0.5)
async def fb():
    await asyncio.wait_for(ta, 0.5)
async def main():
    global ta, tb
    ta = asyncio.create_task(fa())
    tb = asyncio.create_task(fb())
    await ta
asyncio.run(main())
