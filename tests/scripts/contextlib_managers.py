# contextlib without generators: suppress, closing, nullcontext and ExitStack (LIFO exits, suppression,
# an exit that raises replaces the exception and chains it, callback, push, pop_all, close).
import asyncio
from contextlib import suppress, closing, nullcontext, ExitStack
import contextlib


with suppress(KeyError, ZeroDivisionError):
    print("before")
    1 / 0
    print("not reached")
print("after suppress")

with suppress():
    print("empty suppress lets nothing through")

try:
    with suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("escaped:", repr(e))

with suppress(LookupError):
    {}["missing"]
print("subclass suppressed")


class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        print(f"close {self.name}")


with closing(Resource("db")) as r:
    print("using", r.name)

try:
    with closing(Resource("file")):
        raise RuntimeError("boom")
except RuntimeError as e:
    print("closed anyway, then", e)

with nullcontext(42) as x:
    print("nullcontext gives", x)
with nullcontext() as x:
    print("nullcontext() gives", x)


class Managed:
    def __init__(self, name, swallow=False, fail=False):
        self.name = name
        self.swallow = swallow
        self.fail = fail

    def __enter__(self):
        print(f"enter {self.name}")
        return self.name.upper()

    def __exit__(self, et, ev, tb):
        print(f"exit {self.name}: {et.__name__ if et else None} {ev!r}")
        if self.fail:
            raise KeyError(self.name)
        return self.swallow


with ExitStack() as stack:
    values = [stack.enter_context(Managed(n)) for n in "abc"]
    print(values)
    stack.callback(print, "callback", 1, sep="-")
print("stack closed")

with ExitStack() as stack:
    stack.enter_context(Managed("outer"))
    stack.enter_context(Managed("swallower", swallow=True))
    raise ValueError("swallowed")
print("after swallowed")

try:
    with ExitStack() as stack:
        stack.enter_context(Managed("first"))
        stack.enter_context(Managed("failing", fail=True))
        raise ValueError("original")
except KeyError as e:
    print("replaced by", repr(e), "context", repr(e.__context__))

stack = ExitStack()
stack.enter_context(Managed("kept"))
moved = stack.pop_all()
stack.close()
print("nothing left in the old stack")
moved.close()


def exit_fn(et, ev, tb):
    print("pushed exit sees", et)
    return False


with ExitStack() as stack:
    stack.push(exit_fn)
    stack.push(Managed("pushed"))
print(stack.callback(len, [1, 2]) is len)

try:
    with ExitStack() as stack:
        stack.enter_context(42)
except TypeError as e:
    print(e)


def boom():
    raise ValueError("from callback")


def boom2():
    raise KeyError("second")


for with_body_error in (False, True):
    try:
        with ExitStack() as stack:
            stack.callback(boom)
            stack.callback(boom2)
            if with_body_error:
                raise TypeError("body")
    except ValueError as e:
        chain = []
        while e is not None:
            chain.append(repr(e))
            e = e.__context__
        print(" <- ".join(chain))


class Unenterable:
    def __enter__(self):
        raise OSError("cannot enter")

    def __exit__(self, *exc):
        print("never called")


with ExitStack() as stack:
    try:
        stack.enter_context(Unenterable())
    except OSError as e:
        print("enter failed:", e)
    count = [0]
    for i in range(10000):
        stack.callback(count.append, i)
print(len(count), count[1], count[-1])


async def main():
    with suppress(asyncio.TimeoutError):
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.5)
    print("timed out quietly at", asyncio.get_running_loop().time() > 0)
    with ExitStack() as stack:
        stack.callback(print, "cleanup after await")
        await asyncio.sleep(0.1)
        print("body done")


asyncio.run(main())
print(type(contextlib.suppress(KeyError)).__name__, contextlib.ExitStack.__module__)
