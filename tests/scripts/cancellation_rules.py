# Task.cancel: CancelledError at the next step, a BaseException, may be suppressed; before the first step the body never runs.
import asyncio


async def never_runs():
    print("this never prints")


async def suppresses():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("suppressed the cancel")
    return "normal return"


async def catches_exception():
    try:
        await asyncio.sleep(5)
    except Exception:
        print("except Exception does not catch CancelledError")


async def main():
    t = asyncio.create_task(never_runs())
    print("cancel before start:", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled:", t.cancelled())

    s = asyncio.create_task(suppresses())
    await asyncio.sleep(1)
    s.cancel()
    print("cancelled() right after cancel():", s.cancelled(), "cancelling():", s.cancelling())
    print(await s, "| cancelled:", s.cancelled())

    c = asyncio.create_task(catches_exception())
    await asyncio.sleep(1)
    c.cancel("stop now")
    try:
        await c
    except asyncio.CancelledError as e:
        print("CancelledError args:", e.args)
    print("cancel a finished task:", c.cancel())
    print(issubclass(asyncio.CancelledError, Exception), issubclass(asyncio.CancelledError, BaseException))


asyncio.run(main())
