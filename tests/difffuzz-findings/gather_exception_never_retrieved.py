# A gather cancelled by wait_for (its caller was cancelled while waiting) ends with set_exception(
# CancelledError()) rather than cancelled (Lib/asyncio/tasks.py, _GatheringFuture with _cancel_requested),
# and nobody retrieves that exception: CPython logs "_GatheringFuture exception was never retrieved" with
# the child's traceback when the future is collected, after the program's own traceback. Awaitscope
# reports unretrieved exceptions of tasks only. Only stderr differs (its last traceback).
import asyncio


async def w3(main):
    main.cancel("msg8")
    try:
        pass
    finally:
        await asyncio.sleep(1)


async def w1():
    pass


async def main():
    me = asyncio.current_task()
    try:
        await asyncio.wait_for(asyncio.gather(w1(), w3(me), return_exceptions=True), timeout=0.5)
    except asyncio.CancelledError as e:
        print("main caught", repr(e))
        raise


asyncio.run(main())
