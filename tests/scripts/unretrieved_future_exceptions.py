# A future whose exception nobody retrieves is logged: "Future exception was never retrieved" for a
# plain future, "_GatheringFuture exception ..." for what gather() returns, "Task exception ..." for a
# task, each with the future's repr and the exception's traceback (none for an exception never raised).
# CPython logs it when the object is collected; here every one of them is a local of a coroutine, so
# both print them in the order they were made.
import asyncio


async def fail(n):
    await asyncio.sleep(0.1)
    raise ValueError("boom %d" % n)


async def slow():
    await asyncio.sleep(1)


async def cancelled_inside_wait_for():
    # wait_for, cancelled from outside, cancels the gather and re-raises without looking at its
    # exception: the gather's CancelledError, with slow()'s frame, is never retrieved.
    try:
        await asyncio.wait_for(asyncio.gather(slow(), return_exceptions=True), 5)
    except asyncio.CancelledError:
        print("wait_for cancelled")


def handler(loop, context):
    print("handler:", context["message"], "|", sorted(context), "|", type(context["future"]).__name__)


async def main():
    t = asyncio.create_task(cancelled_inside_wait_for())
    await asyncio.sleep(0.1)
    t.cancel()
    await asyncio.sleep(0.1)

    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_exception(ValueError("never raised"))
    f2 = asyncio.Future()
    f2.set_exception(KeyError)  # a class: set_exception makes the instance
    g = asyncio.gather(fail(1), fail(2))
    print(type(g).__name__, type(g).__module__, isinstance(g, asyncio.Future))
    done, pending = await asyncio.wait([g])
    print(len(done), len(pending), g.done())

    # Retrieved ones are not logged.
    g2 = asyncio.gather(fail(3))
    try:
        await g2
    except ValueError as e:
        print("caught", e)
    g3 = asyncio.gather(fail(4), return_exceptions=True)
    print(await g3)
    f3 = loop.create_future()
    f3.set_exception(RuntimeError("looked at"))
    print(repr(f3.exception()))
    print("end of main")


asyncio.run(main())


async def with_handler():
    asyncio.get_running_loop().set_exception_handler(handler)
    t = asyncio.create_task(fail(5))
    f = asyncio.get_running_loop().create_future()
    f.set_exception(ValueError("x"))
    g = asyncio.gather(fail(6))
    await asyncio.sleep(0.5)
    print("end of with_handler")


asyncio.run(with_handler())
print("after both runs")
