# gather(t, t) lists t twice among its children (Lib/asyncio/tasks.py, gather: children.append(fut)
# for every argument, arg_to_fut only avoids wrapping it twice), and _GatheringFuture.cancel calls
# child.cancel() for each entry, so t gets two cancel requests: cancelling() is 2 and uncancel()
# returns 1.
import asyncio


async def sleeper():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("cancelling() inside:", asyncio.current_task().cancelling())
        print("uncancel() ->", asyncio.current_task().uncancel())
        raise


async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    g = asyncio.gather(t, t)
    g.cancel()
    print(await asyncio.gather(g, return_exceptions=True))


asyncio.run(main())
