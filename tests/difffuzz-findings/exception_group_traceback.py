# An uncaught ExceptionGroup: CPython 3.11 draws it as "  + Exception Group Traceback (most recent
# call last):" with every frame line prefixed "  | " and "+-+---- 1 ----" before the first
# sub-exception (traceback.TracebackException.format); Awaitscope starts with a plain
# "Traceback (most recent call last):", leaves the frames unprefixed, draws "+---- 1 ----", and for a
# TaskGroup leaves out the frame of the `async with` line.  Only stderr differs.
import asyncio


async def fails():
    raise ValueError("child failed")


async def main():
    try:
        raise ExceptionGroup("two", [ValueError(1), KeyError(2)])
    except ExceptionGroup as eg:
        print("caught", repr(eg))
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fails())


asyncio.run(main())
