# A task cancelled twice before it resumes: the first cancel() cancels the future it waits for
# (with that call's message); the second finds that future already cancelled, so it only sets
# _must_cancel and _cancel_message.  When the task resumes, Task.__step keeps the CancelledError
# the awaited future delivers and makes a new one only when it has none (Lib/asyncio/tasks.py
# lines 254-257: `if not isinstance(exc, exceptions.CancelledError)`), so the task sees the first
# call's message (or none), never the second's.
import asyncio


async def sleeper():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("sleeper got", repr(e))
        raise


async def cancel_twice(*messages):
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    for message in messages:
        t.cancel(*message)
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiting it got", repr(e))


async def main():
    await cancel_twice(("first",), ("second",))
    await cancel_twice((), ("second",))


asyncio.run(main())
