import asyncio


async def main():
    total = sum(await asyncio.sleep(0, i) for i in range(3))
    print(total)


asyncio.run(main())
