# An exception leaves a function through a finally block: the traceback shows the line where the
# exception was raised (the frame's tb_lineno is set as the exception passes the frame, before the
# finally block runs), not the last line the finally block ran.
import asyncio


async def main():
    try:
        raise ValueError("boom")
    finally:
        await asyncio.sleep(0)
        print("finally ran")


asyncio.run(main())
