import asyncio


async def work():
    return 1


async def main():
    loop = asyncio.get_running_loop()
    future = asyncio.run_coroutine_threadsafe(work(), loop)
    print(future.result())


asyncio.run(main())
