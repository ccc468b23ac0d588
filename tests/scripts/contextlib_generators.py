import asyncio
from contextlib import (contextmanager, asynccontextmanager, aclosing, AsyncExitStack,
                        ExitStack, suppress)


@contextmanager
def tag(name):
    """Wraps what it encloses in a tag."""
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


@contextmanager
def swallow(kind):
    try:
        yield
    except kind as e:
        print("swallowed", repr(e))


@contextmanager
def no_yield():
    if False:
        yield


@contextmanager
def two_yields():
    yield 1
    yield 2


@contextmanager
def replaces():
    try:
        yield
    except KeyError:
        raise ValueError("replaced")


@contextmanager
def keeps_going():
    try:
        yield
    except ZeroDivisionError:
        pass
    yield "again"


print(tag.__name__, tag.__doc__)
with tag("p") as t:
    print("inside", t)

with swallow(ZeroDivisionError):
    print(1 / 0)
print("after swallow")

try:
    with swallow(KeyError):
        raise IndexError("not mine")
except IndexError as e:
    print("passed through", repr(e))

try:
    with no_yield():
        print("never")
except RuntimeError as e:
    print("RuntimeError:", e, e.__cause__, e.__suppress_context__)

try:
    with two_yields() as v:
        print("value", v)
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    with keeps_going():
        1 / 0
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    with replaces():
        {}["missing"]
except ValueError as e:
    print("ValueError:", e, "context:", repr(e.__context__))

try:
    with tag("stop"):
        raise StopIteration("through")
except StopIteration as e:
    print("StopIteration passed:", e)


@tag("li")
def item(n):
    print("item", n)
    return n * 2


print(item(1), item(2))

cm = tag("once")
with cm:
    pass
try:
    with cm:
        pass
except Exception as e:
    print(type(e).__name__, e)

with ExitStack() as stack:
    names = [stack.enter_context(tag(n)) for n in "ab"]
    print(names)


@asynccontextmanager
async def connection(name, delay):
    loop = asyncio.get_running_loop()
    print(f"{loop.time():.1f} open {name}")
    await asyncio.sleep(delay)
    try:
        yield f"conn-{name}"
    finally:
        await asyncio.sleep(delay)
        print(f"{loop.time():.1f} close {name}")


@asynccontextmanager
async def guarded():
    try:
        yield
    except ValueError as e:
        print("guarded caught", e)
        await asyncio.sleep(0.5)


@asynccontextmanager
async def empty():
    if False:
        yield


async def ticker(n):
    try:
        for i in range(n):
            yield i
            await asyncio.sleep(0.1)
    finally:
        print("ticker closed")


class Resource:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print("enter", self.name)
        return self

    async def __aexit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False


async def use(name, delay):
    async with connection(name, delay) as c:
        print(f"{asyncio.get_running_loop().time():.1f} using {c}")
        await asyncio.sleep(1)


@connection("deco", 0.2)
async def decorated(x):
    print("decorated body", x)
    return x + 1


async def main():
    await asyncio.gather(use("a", 0.5), use("b", 0.25))

    async with guarded():
        raise ValueError("bad input")
    print("after guarded")

    try:
        async with guarded():
            raise KeyError("k")
    except KeyError as e:
        print("KeyError passed", e)

    try:
        async with empty():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)

    print(await decorated(1), await decorated(2))

    async with aclosing(ticker(10)) as t:
        async for i in t:
            print("tick", i)
            if i == 2:
                break
    print("after aclosing")

    async with AsyncExitStack() as stack:
        r1 = await stack.enter_async_context(Resource("r1"))
        c = await stack.enter_async_context(connection("s", 0.1))
        stack.enter_context(tag("sync"))
        stack.callback(print, "callback", 1)

        async def later(msg):
            await asyncio.sleep(0.1)
            print("async callback", msg)

        stack.push_async_callback(later, "x")
        print("stack body", r1.name, c)
    print("stack done")

    async with AsyncExitStack() as stack:
        await stack.enter_async_context(Resource("outer"))
        await stack.enter_async_context(guarded())
        raise ValueError("inside stack")
    print("stack suppressed")

    stack = AsyncExitStack()
    await stack.enter_async_context(Resource("kept"))
    moved = stack.pop_all()
    await stack.aclose()
    print("moved")
    await moved.aclose()

    try:
        await AsyncExitStack().enter_async_context(tag("x"))
    except TypeError as e:
        print("TypeError:", e)

    async def exit_fn(typ, exc, tb):
        print("push_async_exit sees", typ.__name__)
        return True

    async with AsyncExitStack() as stack:
        stack.push_async_exit(exit_fn)
        raise OSError("swallowed by exit_fn")
    print("end", asyncio.get_running_loop().time())


asyncio.run(main())

with tag("last"):
    with suppress(KeyError):
        raise LookupError("uncaught")
