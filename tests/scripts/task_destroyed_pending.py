# A loop run with run_until_complete and closed while tasks it started are still pending: when those
# tasks are collected (here, at exit), asyncio logs "Task was destroyed but it is pending!" with the
# task, through the loop's exception handler. (Their repr is left out: whether the coroutine is shown
# running or done depends on the order CPython's garbage collector finalizes things.)
import asyncio


async def forever(n):
    await asyncio.sleep(100)


async def finishes():
    await asyncio.sleep(0.05)
    return "finished"


def handler(loop, context):
    task = context["task"]
    print("handler:", context["message"], "|", sorted(context), "|", task.get_name(), task.done())


async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    asyncio.create_task(forever(1), name="forever-1")
    asyncio.create_task(finishes(), name="finishes")
    asyncio.create_task(forever(2), name="forever-2")
    await asyncio.sleep(0.1)
    print("main done")


loop = asyncio.new_event_loop()
loop.run_until_complete(main())
loop.close()
print("closed")
