# gather(..., return_exceptions=True) whose outer future was cancelled while children still ran:
# once all children are done it sets `exc = fut._make_cancelled_error()` where `fut` is the loop
# variable of the results loop just before, i.e. the LAST child (Lib/asyncio/tasks.py lines
# 783-805).  Here that child returned normally and has no cancel message, so the caller gets
# CancelledError() although the cancellation carried "stop".
import asyncio


async def quick():
    return 1


async def cancels(task):
    await asyncio.sleep(1)
    task.cancel("stop")


async def main():
    me = asyncio.current_task()
    try:
        print(await asyncio.gather(cancels(me), quick(), return_exceptions=True))
    except asyncio.CancelledError as e:
        print("return_exceptions=True:", repr(e))
    me.uncancel()
    try:
        print(await asyncio.gather(cancels(me), quick()))
    except asyncio.CancelledError as e:
        print("return_exceptions=False:", repr(e))


asyncio.run(main())
