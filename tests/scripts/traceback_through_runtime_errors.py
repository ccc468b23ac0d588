# A timeout or a cancellation raised by asyncio itself shows every coroutine frame it left, from the await
# that was interrupted up to the handler or the top: in a traceback printed by the program, and in the
# traceback of the error that ends it.
import asyncio
import traceback


def own_frames(exc):
    # The program's own frames of its traceback, as "function:line" (asyncio's frames depend on the Python
    # installation, and a recorder's frames on the recorder).
    frames = []
    for text in traceback.format_exception(exc):
        first = text.lstrip().split("\n")[0]
        if first.startswith("File ") and "traceback_through_runtime_errors.py" in first:
            where, _, function = first.partition(", in ")
            frames.append(function + ":" + where.rsplit(" ", 1)[1])
    return frames


async def inner2():
    await asyncio.wait_for(asyncio.sleep(1), 0.01)


async def inner1():
    await inner2()


async def main():
    try:
        await inner1()
    except TimeoutError as e:
        print("timeout:", own_frames(e))
    task = asyncio.create_task(inner1())
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError as e:
        print("cancelled:", own_frames(e))
    print("now uncaught")
    await inner1()


asyncio.run(main())
