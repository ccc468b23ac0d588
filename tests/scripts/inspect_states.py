# inspect's predicates and the life of a coroutine and a generator as getcoroutinestate and
# getgeneratorstate tell it: created, running (asked from inside), suspended at an await or a yield, closed.
import asyncio
import functools
import inspect


async def work(ready):
    print("inside:", inspect.getcoroutinestate(me))
    await ready.wait()
    return 1


async def agen():
    yield 1


def gen():
    print("inside:", inspect.getgeneratorstate(g))
    yield 1
    yield 2


class Waiter:
    def __await__(self):
        yield


class C:
    async def method(self):
        pass

    def plain(self):
        pass


async def main():
    global me
    ready = asyncio.Event()
    me = work(ready)
    print(inspect.getcoroutinestate(me))
    task = asyncio.create_task(me)
    await asyncio.sleep(0)
    print(inspect.getcoroutinestate(me))
    ready.set()
    await task
    print(inspect.getcoroutinestate(me))
    unused = work(ready)
    unused.close()
    print("closed before it ran:", inspect.getcoroutinestate(unused))
    for fn in (work, agen, gen, C().method, C.plain, functools.partial(work), len, C, inspect):
        print(getattr(fn, "__name__", type(fn).__name__), [name for name in (
            "iscoroutinefunction", "isasyncgenfunction", "isgeneratorfunction", "isfunction", "ismethod",
            "isbuiltin", "isclass", "ismodule") if getattr(inspect, name)(fn)])
    print(asyncio.iscoroutinefunction(agen), asyncio.iscoroutinefunction(gen),
          asyncio.iscoroutinefunction(C().method), asyncio.iscoroutinefunction(functools.partial(work, ready)))
    c = work(ready)
    g2 = gen()
    a = agen()
    for obj in (c, g2, a, Waiter(), task, 5):
        print(type(obj).__name__, inspect.iscoroutine(obj), inspect.isgenerator(obj), inspect.isasyncgen(obj),
              inspect.isawaitable(obj), asyncio.iscoroutine(obj))
    c.close()
    await a.aclose()
    try:
        inspect.getcoroutinestate(g2)
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        inspect.getgeneratorstate(a)
    except AttributeError as e:
        print("AttributeError:", e)


g = gen()
print(inspect.getgeneratorstate(g))
print(next(g), inspect.getgeneratorstate(g))
print(list(g), inspect.getgeneratorstate(g))
h = gen()
next(h)
h.close()
print(inspect.getgeneratorstate(h), inspect.GEN_CLOSED, inspect.CORO_SUSPENDED)
asyncio.run(main())
