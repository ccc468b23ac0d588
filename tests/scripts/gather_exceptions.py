# gather(return_exceptions=False): the first failure propagates at once; the others keep running.
import asyncio


async def ok(name, delay):
    await asyncio.sleep(delay)
    print(f"{name} finished")
    return name


async def bad(delay):
    await asyncio.sleep(delay)
    raise ValueError(f"failed after {delay}")


async def main():
    slow = asyncio.create_task(ok("slow", 3))
    try:
        await asyncio.gather(bad(1), ok("quick", 2), slow)
    except ValueError as e:
        print("gather raised", repr(e), "at", asyncio.get_running_loop().time())
    print("slow done?", slow.done())
    await asyncio.sleep(3)
    print("slow done now?", slow.done(), slow.result())
    results = await asyncio.gather(bad(1), ok("x", 1), bad(2), return_exceptions=True)
    print(results)
    for r in results:
        print(type(r).__name__, r)


asyncio.run(main())
