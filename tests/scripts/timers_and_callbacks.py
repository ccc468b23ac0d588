# Timers fire by deadline; call_soon/call_later run on the loop.
# (Equal deadlines are left out: on a virtual clock CPython's timer heap orders ties arbitrarily.)
import asyncio


async def tick(name, delay, out):
    await asyncio.sleep(delay)
    out.append(name)


async def main():
    out = []
    await asyncio.gather(tick("c", 1.5, out), tick("a", 1, out), tick("b", 1.25, out), tick("z", 0.5, out))
    print(out)
    loop = asyncio.get_running_loop()
    loop.call_soon(print, "call_soon runs at", loop.time())
    loop.call_later(2, lambda: print("call_later ran at", loop.time()))
    handle = loop.call_later(1, print, "this is cancelled")
    handle.cancel()
    await asyncio.sleep(3)
    print("done at", loop.time())


asyncio.run(main())
