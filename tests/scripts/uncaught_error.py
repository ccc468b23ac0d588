# An uncaught exception in main: traceback on stderr, exit status 1.
import asyncio


async def fetch(n):
    await asyncio.sleep(1)
    if n == 2:
        raise KeyError(f"item {n}")
    return n


async def main():
    print("starting")
    results = await asyncio.gather(fetch(1), fetch(2))
    print("not reached", results)


asyncio.run(main())
