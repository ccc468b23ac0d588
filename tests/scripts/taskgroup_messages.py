# TaskGroup's repr (Lib/asyncio/taskgroups.py lines 40-52) and its RuntimeErrors, which include it
# (lines 154-159): "TaskGroup <TaskGroup entered> is finished".
import asyncio


async def work():
    await asyncio.sleep(1)
    return 1


async def main():
    fresh = asyncio.TaskGroup()
    print(repr(fresh))
    coro = work()
    try:
        fresh.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(work())
        tg.create_task(work())
        print(repr(tg))
    print(repr(tg))
    coro = work()
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()


asyncio.run(main())
