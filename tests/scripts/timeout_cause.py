# The TimeoutError of an expired asyncio.timeout or wait_for is raised `from` the CancelledError it
# replaces (timeouts.py:112-115 and tasks.py:461-464, 499-502 in CPython 3.11.7).
import asyncio


def show(e):
    cause = e.__cause__
    return "%s%r cause=%s suppress_context=%s" % (
        type(e).__name__, e.args, type(cause).__name__ if cause else None, e.__suppress_context__)


async def main():
    try:
        async with asyncio.timeout(1):
            await asyncio.sleep(2)
    except TimeoutError as e:
        print("timeout:", show(e))
    try:
        await asyncio.wait_for(asyncio.sleep(2), 1)
    except TimeoutError as e:
        print("wait_for:", show(e))
    try:
        await asyncio.wait_for(asyncio.sleep(2), 0)
    except TimeoutError as e:
        print("wait_for(0):", show(e))
    async with asyncio.timeout(0.5):
        await asyncio.sleep(1)


asyncio.run(main())
