# User classes with async context managers and async iterators; await in comprehensions.
import asyncio


class Resource:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await asyncio.sleep(1)
        print("open", self.name)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(1)
        print("close", self.name, exc_type.__name__ if exc_type else None)
        return False


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        await asyncio.sleep(0.5)
        self.n -= 1
        return self.n


async def double(x):
    await asyncio.sleep(0.1)
    return 2 * x


async def main():
    async with Resource("db") as r:
        print("using", r.name)
    try:
        async with Resource("file"):
            raise RuntimeError("inside")
    except RuntimeError as e:
        print("propagated:", e)
    async for value in Countdown(3):
        print("countdown", value)
    print([v async for v in Countdown(2)])
    print([await double(x) for x in range(3)], {x: await double(x) for x in range(2)})
    print(f"{await double(21)}", await double(await double(1)))


asyncio.run(main())
