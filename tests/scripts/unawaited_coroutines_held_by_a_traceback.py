import asyncio
async def f(): pass
async def main():
    a = f()
    b = f()
    await asyncio.wait([a, b], timeout=1)
asyncio.run(main())
