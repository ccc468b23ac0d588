# repr() of tasks and futures as CPython 3.11 writes them (base_tasks._task_repr_info,
# base_futures._future_repr_info, coroutines._format_coroutine): the state ("cancelling" once cancel()
# was asked), the coroutine and the line it is at (or where it was defined, once done; a decorated
# function is defined at its first decorator), what it waits for, the result (shortened as reprlib
# does) or the exception, and the callbacks.
import asyncio
import functools


def deco(f):
    @functools.wraps(f)
    async def wrapped(*a):
        return await f(*a)
    return wrapped


async def inner():
    await asyncio.sleep(1)
    return "x" * 50


@deco
async def decorated():
    await asyncio.sleep(1)


async def outer():
    return await inner()


def on_done(fut):
    pass


async def main():
    t = asyncio.create_task(outer(), name="outer")
    print(t)
    await asyncio.sleep(0)
    print(t)
    d = asyncio.create_task(decorated(), name="deco")
    await asyncio.sleep(0)
    print(d)
    f = asyncio.get_running_loop().create_future()
    f.add_done_callback(on_done)
    f.add_done_callback(on_done)
    f.add_done_callback(print)
    print(f)
    f.set_exception(KeyError("k"))
    print(f)
    f.exception()
    print(await t)
    print(t)
    big = asyncio.get_running_loop().create_future()
    big.set_result(list(range(20)))
    print(big)
    big2 = asyncio.get_running_loop().create_future()
    big2.set_result(2 ** 200)
    print(big2)
    await d
    print(d)
    s = asyncio.create_task(inner(), name="s")
    await asyncio.sleep(0)
    s.cancel("why")
    print(s)
    try:
        await s
    except asyncio.CancelledError:
        pass
    print(s)

    async def boom():
        raise ValueError("x")

    b = asyncio.create_task(boom())
    await asyncio.sleep(0)
    print(b)
    b.exception()
    c = outer()
    print(type(c).__name__)
    c.close()


asyncio.run(main())
