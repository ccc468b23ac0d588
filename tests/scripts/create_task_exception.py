# create_task never raises the coroutine's exception, even one raised before its first await.
import asyncio


async def fails_at_once():
    raise ValueError("early")


async def main():
    task = asyncio.create_task(fails_at_once())
    print("created without error")
    try:
        await task
    except ValueError as e:
        print("awaiting raised", repr(e))
    print(task.done(), task.cancelled(), repr(task.exception()))


asyncio.run(main())
