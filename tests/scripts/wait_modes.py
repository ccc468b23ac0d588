# asyncio.wait: done/pending sets, FIRST_COMPLETED / FIRST_EXCEPTION / ALL_COMPLETED, timeouts without errors.
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(name)
    return name


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    tasks = [asyncio.create_task(job(n, d), name=n) for n, d in [("a", 1), ("b", 2), ("c", 3)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("first completed:", names(done), names(pending))
    done, pending = await asyncio.wait(pending, timeout=0.5)
    print("after a 0.5 s timeout:", names(done), names(pending))
    done, pending = await asyncio.wait(pending)
    print("all:", names(done), names(pending))

    tasks = [asyncio.create_task(job("ok", 1), name="ok"), asyncio.create_task(job("boom", 2, True), name="boom"),
             asyncio.create_task(job("late", 5), name="late")]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("first exception:", names(done), names(pending))
    for t in done:
        if t.exception():
            print("failed:", t.get_name(), repr(t.exception()))
    for t in pending:
        t.cancel()

    # a tie: both finish in the same pass, so both are done
    x = asyncio.create_task(job("x", 1), name="x")
    y = asyncio.create_task(job("y", 1), name="y")
    done, pending = await asyncio.wait([x, y], return_when=asyncio.FIRST_COMPLETED)
    print("tie:", names(done), names(pending))

    bare = job("coro", 1)
    try:
        await asyncio.wait([bare])
    except TypeError as e:
        print("TypeError:", e)
    await bare  # awaited here, so no "never awaited" warning
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
