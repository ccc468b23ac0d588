import asyncio


async def main():
    await asyncio.Event().wait()
    print("never")


asyncio.run(main())
