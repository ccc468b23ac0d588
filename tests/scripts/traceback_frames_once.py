# Each frame an exception passes appears once in its traceback, as in CPython: caught and re-raised with a
# bare `raise` or through `finally` adds no second entry, `raise e` adds one at its own line, and a frame that
# handles it is in the traceback that format_exc() and logging's exc_info show there.
import asyncio
import functools
import logging
import traceback

logging.basicConfig(format="%(levelname)s %(message)s")  # on stderr


def frames(exc):
    # the program's own frames, by their first line (asyncio's frames and CPython's ^^^ markers left out)
    return [entry.strip().splitlines()[0] for entry in traceback.format_exception(exc)
            if entry.lstrip().startswith('File "traceback_frames_once.py"')]


def timed(func):
    # the book's async_timed: a try/finally around the awaited call
    @functools.wraps(func)
    async def wrapped(*args):
        try:
            return await func(*args)
        finally:
            print(f"finished {func.__name__}")

    return wrapped


@timed
async def fetch(fail_with):
    await asyncio.sleep(0.1)
    if fail_with == "timeout":
        await asyncio.wait_for(asyncio.sleep(10), 0.1)
    raise ValueError(f"{fail_with} failed")


async def bare_reraise():
    try:
        await fetch("bare")
    except ValueError:
        raise


async def raise_again():
    try:
        await fetch("again")
    except ValueError as e:
        raise e


async def nested_handlers():
    try:
        try:
            await fetch("nested")
        except ValueError:
            raise
    except ValueError:
        print("format_exc in the outer handler:")
        print("".join(line for line in traceback.format_exc().splitlines(True) if "File" in line), end="")
        raise


saved = []


async def keep():
    try:
        await fetch("kept")
    except ValueError as e:
        saved.append(e)


def raise_saved():
    raise saved[0]


async def main():
    tasks = [asyncio.create_task(c) for c in
             (fetch("plain"), fetch("timeout"), bare_reraise(), raise_again(), nested_handlers())]
    done, _ = await asyncio.wait(tasks)
    for task in tasks:
        print(task.get_coro().__name__, frames(task.exception()))
    logging.error("logged with exc_info", exc_info=tasks[0].exception())
    await keep()
    try:
        raise_saved()
    except ValueError as e:
        print("raised again elsewhere:", frames(e))


asyncio.run(main())
