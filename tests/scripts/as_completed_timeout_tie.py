# as_completed's timeout and a task finishing at the same moment: the timeout's timer runs first, so the
# first result handed out is the timeout, though the task has finished by then.
import asyncio


async def quick():
    return "quick"


async def main():
    task = asyncio.create_task(quick(), name="quick")
    for f in asyncio.as_completed([task], timeout=0):
        try:
            print(await f)
        except TimeoutError:
            print("timed out; quick finished at the same moment:", task.done(), task.result())


asyncio.run(main())
