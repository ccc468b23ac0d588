# A future kept from an asyncio.run that has ended: awaiting it while pending in a new run raises
# RuntimeError in the task (tasks.py:300-305), and resolving or cancelling it when it has callbacks raises
# "Event loop is closed" (its loop's call_soon), the future being done all the same.
import asyncio


async def make(with_callback):
    fut = asyncio.get_running_loop().create_future()
    if with_callback:
        fut.add_done_callback(lambda f: print("callback", f.result()))
    return fut


awaited = asyncio.run(make(False))


async def await_it():
    asyncio.get_running_loop().call_later(0.1, awaited.set_result, 5)
    try:
        print(await awaited)
    except RuntimeError as e:
        text = str(e)
        print("RuntimeError:", text[text.index(" got "):])
    await asyncio.sleep(0.2)
    print("set by the new loop's timer:", awaited.result())


asyncio.run(await_it())

resolved = asyncio.run(make(True))
try:
    resolved.set_result(1)
except RuntimeError as e:
    print("RuntimeError:", e)
print(resolved.done(), resolved.result())

cancelled = asyncio.run(make(False))


async def cancel_it():
    cancelled.add_done_callback(lambda f: print("never"))
    try:
        cancelled.cancel()
    except RuntimeError as e:
        print("RuntimeError in a second run:", e)
    print(cancelled.cancelled())


asyncio.run(cancel_it())
