import asyncio
import contextlib


class Pool:
    def __init__(self):
        self.free = 2

    @contextlib.contextmanager
    def borrow(self, who):
        self.free -= 1
        print(who, "borrows; free:", self.free)
        try:
            yield self
        finally:
            self.free += 1
            print(who, "returns; free:", self.free)

    @contextlib.asynccontextmanager
    async def session(self, who):
        print(who, "opens")
        try:
            yield who.upper()
        except asyncio.CancelledError:
            print(who, "cancelled inside")
            await asyncio.sleep(0.1)
            print(who, "cleaned up after cancel")
            raise
        finally:
            print(who, "closes")


pool = Pool()
with pool.borrow("x") as p:
    print(p is pool, Pool.borrow.__name__, Pool.borrow.__wrapped__.__name__)


async def worker(name, delay):
    async with pool.session(name) as s:
        print("working", s)
        await asyncio.sleep(delay)
        print("finished", s)
    return name


@contextlib.asynccontextmanager
async def slow_exit():
    try:
        yield
    finally:
        await asyncio.sleep(2)
        print("slow exit done")


async def main():
    t = asyncio.create_task(worker("long", 10))
    done = await worker("short", 0.5)
    print("short returned", done)
    await asyncio.sleep(0.1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("long was cancelled", asyncio.get_running_loop().time())

    try:
        async with asyncio.timeout(1):
            async with slow_exit():
                await asyncio.sleep(5)
    except TimeoutError:
        print("timed out at", asyncio.get_running_loop().time())

    r = await asyncio.gather(worker("g1", 0.2), worker("g2", 0.1), return_exceptions=True)
    print(r)


asyncio.run(main())


@contextlib.contextmanager
def broken():
    try:
        yield
    finally:
        raise RuntimeError("cleanup failed")


def inner():
    with broken():
        raise KeyError("first")


inner()
