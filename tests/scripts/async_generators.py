# Async generators: async for, async comprehensions, aiter/anext, asend/athrow/aclose, and the ones
# asyncio.run closes at its end.
import asyncio
import time


async def ticker(name, count, delay):
    print(f"{name}: starting")
    try:
        for i in range(count):
            await asyncio.sleep(delay)
            yield f"{name}-{i}"
    finally:
        print(f"{name}: finally at {time.monotonic():.1f}")


async def consume(name, count, delay):
    async for item in ticker(name, count, delay):
        print(f"{time.monotonic():.1f} {item}")
    return name


async def squares(n):
    for i in range(n):
        await asyncio.sleep(0.1)
        yield i * i


async def echo():
    received = "nothing"
    while True:
        try:
            received = yield f"echo {received}"
        except KeyError as err:
            received = f"caught {err}"


async def cleanup_test():
    try:
        yield 1
        yield 2
    finally:
        await asyncio.sleep(0.5)
        print(f"cleanup awaited its sleep, at {time.monotonic():.1f}")


async def left_open(name):
    try:
        yield name
        yield "never"
    finally:
        print(f"{name}: closed by asyncio.run's end at {time.monotonic():.1f}")


async def main():
    agen = ticker("t", 2, 1)
    print(type(agen).__name__, repr(agen).startswith("<async_generator object ticker at 0x"))
    print(aiter(agen) is agen)
    print(await gather_names())
    print([x async for x in squares(4)], {x async for x in squares(3) if x})
    print(await anext(squares(2)))
    empty = squares(0)
    print(await anext(empty, "default"))
    try:
        await anext(empty)
    except StopAsyncIteration:
        print("StopAsyncIteration")

    e = echo()
    print(await e.asend(None))
    print(await e.asend("hi"))
    print(await e.athrow(KeyError("k")))
    print(await e.__anext__())
    await e.aclose()
    print(await anext(e, "closed"))

    c = cleanup_test()
    print(await anext(c))
    await c.aclose()
    print(f"aclose done at {time.monotonic():.1f}")

    # an async generator abandoned in the middle: asyncio.run closes it at the end
    keep = left_open("kept")
    print(await anext(keep))
    return keep


async def gather_names():
    return await asyncio.gather(consume("a", 3, 1), consume("b", 2, 1.5))


holder = asyncio.run(main())
print("after run")



# breaking out of async for: the dropped generator is closed by a task of its own, soon
async def ticker_n(n):
    try:
        for i in range(n):
            await asyncio.sleep(0.1)
            yield i
    finally:
        print("ticker finally")


async def other():
    for i in range(3):
        print("other", i)
        await asyncio.sleep(0.05)


async def break_out():
    t = asyncio.create_task(other())
    async for x in ticker_n(10):
        print("got", x)
        if x == 1:
            break
    print("after the loop")
    await asyncio.sleep(0.2)
    print("after sleep")
    await t
    print([x async for x in ticker_n(2)])


asyncio.run(break_out())
print("end")



# async generator expressions: with await, with async for, and one that a plain loop cannot iterate
async def counting(n):
    for i in range(n):
        await asyncio.sleep(0.1)
        yield i


async def double(x):
    await asyncio.sleep(0.1)
    return x * 2


async def generator_expressions():
    g = (await double(x) for x in range(3))
    print(type(g).__name__, repr(g).startswith("<async_generator object main.<locals>.<genexpr> at 0x"))
    print([x async for x in g])
    h = (x * 10 async for x in counting(3) if x != 1)
    async for v in h:
        print("h", v)
    print(sum([y async for y in (x async for x in counting(4))]))
    try:
        sum(await double(x) for x in range(3))
    except TypeError as err:
        print("TypeError:", err)


asyncio.run(generator_expressions())


def sync_only():
    return (x async for x in counting(2))


print(type(sync_only()).__name__)
