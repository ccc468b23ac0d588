# A cancelled child shows up as CancelledError('') with return_exceptions=True; cancelling gather cancels children.
import asyncio


async def sleeper(name, delay):
    try:
        await asyncio.sleep(delay)
        return name
    except asyncio.CancelledError:
        print(name, "was cancelled")
        raise


async def main():
    victim = asyncio.create_task(sleeper("victim", 5))
    survivor = asyncio.create_task(sleeper("survivor", 2))
    asyncio.get_running_loop().call_later(1, victim.cancel)
    results = await asyncio.gather(victim, survivor, return_exceptions=True)
    print([repr(r) for r in results])

    children = [asyncio.create_task(sleeper(f"child{i}", 10)) for i in range(3)]
    g = asyncio.gather(*children)
    await asyncio.sleep(1)
    print("cancel gather:", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("awaiting the gather raised CancelledError")
    print([c.cancelled() for c in children])

    # A child cancelled from outside: the awaiter gets CancelledError but is not itself being cancelled.
    c = asyncio.create_task(sleeper("outside", 10))
    g2 = asyncio.gather(c, sleeper("fine", 2))
    await asyncio.sleep(1)
    c.cancel()
    try:
        await g2
    except asyncio.CancelledError:
        print("gather saw the cancel; current task cancelling() =", asyncio.current_task().cancelling())


asyncio.run(main())
