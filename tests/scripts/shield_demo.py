# shield: cancelling the outer await does not reach the inner task.
import asyncio


async def important():
    await asyncio.sleep(3)
    print("important work finished")
    return 42


async def main():
    inner = asyncio.create_task(important())
    try:
        await asyncio.wait_for(asyncio.shield(inner), timeout=1)
    except TimeoutError:
        print("gave up waiting; inner cancelled?", inner.cancelled())
    print("result:", await inner)


asyncio.run(main())
