# gather: results in argument order, duplicates collapse, no arguments gives [].
import asyncio


async def value(v, delay):
    await asyncio.sleep(delay)
    print("finished", v)
    return v


async def main():
    print(await asyncio.gather(value("slow", 3), value("fast", 1), value("mid", 2)))
    t = asyncio.create_task(value("shared", 1))
    print(await asyncio.gather(t, t, value("other", 1)))
    print(await asyncio.gather())
    loop = asyncio.get_running_loop()
    start = loop.time()
    await asyncio.gather(*[asyncio.sleep(2) for _ in range(100)])
    print("100 sleeps of 2 s took", loop.time() - start)


asyncio.run(main())
