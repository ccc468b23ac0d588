# A task cancelled with a message ends holding the CancelledError it raised (_cancelled_exc) and a
# _cancel_message of None: Task.__step finishes with super().cancel(), no message (Lib/asyncio/tasks.py
# line 280).  Future._make_cancelled_error (futures.py lines 126-140) hands out the stored exception
# once, then a fresh CancelledError() without the message; gather with return_exceptions=True builds
# CancelledError('' if fut._cancel_message is None else ...) (tasks.py lines 790-793).
import asyncio


async def sleeper():
    await asyncio.sleep(10)


def show(e):
    return "%s%r" % (type(e).__name__, e.args)


async def cancelled_task():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    t.cancel("stop")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    return t


async def main():
    t = await cancelled_task()
    for i in range(2):
        try:
            await t
        except asyncio.CancelledError as e:
            print("await", i, show(e))
    t = await cancelled_task()
    for i in range(2):
        try:
            t.result()
        except asyncio.CancelledError as e:
            print("result()", i, show(e))
    t = await cancelled_task()
    print("gather, return_exceptions=True:", [show(e) for e in await asyncio.gather(t, return_exceptions=True)])


asyncio.run(main())
