# A task cancelled with a message while it waits in asyncio.wait_for: wait_for catches the
# CancelledError('stop') of its waiter, cancels and awaits the inner future, then re-raises the same
# exception with a bare `raise` (Lib/asyncio/tasks.py, wait_for, lines 467-476), so the message
# reaches the task's code and whoever awaits the task.
import asyncio


async def worker():
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=5)
    except asyncio.CancelledError as e:
        print("inside worker:", repr(e))
        raise


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(1)
    t.cancel("stop")
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiting the task:", repr(e))


asyncio.run(main())
