# Task.get_stack() and print_stack(): a pending task's coroutine frame, a failed task's traceback, no stack
# for a task that returned.
import asyncio
import sys


async def leaf():
    await asyncio.sleep(1)


async def worker():
    await leaf()


async def failing():
    await asyncio.sleep(0.1)
    raise ValueError("boom")


async def main():
    t = asyncio.create_task(worker(), name="worker")
    f = asyncio.create_task(failing(), name="failing")
    await asyncio.sleep(0.5)
    stack = t.get_stack()
    print(len(stack), stack[0].f_lineno, stack[0].f_code.co_name)
    t.print_stack(file=sys.stdout)
    f.print_stack(file=sys.stdout)
    print([fr.f_code.co_name for fr in f.get_stack()], f.get_stack(limit=0))
    await t
    t.print_stack(file=sys.stdout)
    print(t.get_stack())


asyncio.run(main())
