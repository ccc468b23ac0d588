# Where the plain and the coroutine evaluator used to differ from CPython: the with statement's protocol
# checks, the order of a def's decorators and defaults, `**` of a mapping that is not a dict, and the
# errors of `async for` and async comprehensions.
import asyncio


def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


class OnlyEnter:
    def __enter__(self):
        return self


class OnlyExit:
    def __exit__(self, *exc):
        return False


class Dynamic:
    def __getattr__(self, name):
        print("  __getattr__", name)
        raise AttributeError(name)


def use(manager):
    with manager:
        return "entered"


for cls in (OnlyEnter, OnlyExit, Dynamic):
    show(cls.__name__, lambda: use(cls()))


def trace(label):
    print("  evaluated", label)
    return label


def decorator(tag):
    print("  decorator", tag)
    return lambda fn: fn


@decorator(trace("outer"))
@decorator(trace("inner"))
def defined(a=trace("default"), *, b=trace("keyword default")):
    return a, b


print(defined())


class Mapping:
    def keys(self):
        return ["x", "y"]

    def __getitem__(self, key):
        return key.upper()


print({**Mapping(), "z": 1})
show("not a mapping", lambda: {**[1, 2]})


class AsyncOnlyEnter:
    async def __aenter__(self):
        return self


class Numbers:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        await asyncio.sleep(0)
        return self.n


class NoNext:
    def __aiter__(self):
        return 5


async def attempt(label, coro):
    try:
        print(label, await coro)
    except Exception as e:
        print(label, type(e).__name__, e)


async def enter_async(manager):
    async with manager:
        return "entered"


async def loop_over(iterable):
    out = []
    async for x in iterable:
        out.append(x)
    return out


async def nested():
    return [(a, b) async for a in Numbers(2) async for b in Numbers(a + 1)]


async def over_list():
    items = [1]
    return [x async for x in items]


async def main():
    await attempt("async with", enter_async(AsyncOnlyEnter()))
    await attempt("async with sync manager", enter_async(OnlyExit()))
    await attempt("async for", loop_over(Numbers(3)))
    await attempt("async for list", loop_over([1, 2]))
    await attempt("async for no __anext__", loop_over(NoNext()))
    await attempt("nested async comprehension", nested())
    await attempt("async comprehension of a list", over_list())


asyncio.run(main())
