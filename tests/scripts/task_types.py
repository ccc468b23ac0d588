# type(task) is the C implementation's class (_asyncio.Task); get_coro() returns the task's coroutine.
import asyncio


async def work():
    await asyncio.sleep(0.1)
    return 7


async def main():
    task = asyncio.create_task(work(), name="w")
    print(type(task), type(task).__module__, type(task).__name__)
    print(asyncio.Task, asyncio.Future, asyncio.Task is type(task))
    coro = task.get_coro()
    print(coro.__name__, coro.__qualname__, type(coro))
    print(await task, task.get_coro() is coro, task.done())
    print(isinstance(task, asyncio.Task), isinstance(task, asyncio.Future))
    current = asyncio.current_task()
    print(current.get_coro().__name__, type(current).__name__)


asyncio.run(main())
