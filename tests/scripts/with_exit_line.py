# A with statement's __exit__ (and an async with's __aexit__) runs at the with statement's line, however
# the body ended: falling off its end, return, break, continue; the traceback of an exception raised in
# __exit__ shows that line for the function's frame. __exit__ runs while the body's exception is handled:
# what it raises has that exception as its __context__.
import asyncio
import traceback


class Fails:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        raise ValueError("in __exit__")


class AsyncFails:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        await asyncio.sleep(0)
        raise ValueError("in __aexit__")


def falls_off():
    with Fails():
        x = 1
        x += 1


def returns():
    with Fails():
        return 5


def breaks():
    for i in range(3):
        with Fails():
            break


def continues():
    for i in range(3):
        with Fails():
            continue


def body_raises():
    with Fails():
        raise KeyError("body")


async def async_falls_off():
    async with AsyncFails():
        x = 1
        x += 1


async def async_returns():
    async with AsyncFails():
        return 5


class SeesTheBodys:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("__exit__ sees", repr(exc[1]), "context", repr(exc[1].__context__))
        try:
            raise OSError("inside")
        except OSError as e:
            print("raised inside __exit__, context:", repr(e.__context__))
        return True


def show(fn):
    try:
        fn()
    except ValueError:
        print("\n".join(line for line in traceback.format_exc().splitlines() if "^" not in line))


async def main():
    for fn in (async_falls_off, async_returns):
        try:
            await fn()
        except ValueError:
            print("\n".join(line for line in traceback.format_exc().splitlines() if "^" not in line))


for fn in (falls_off, returns, breaks, continues, body_raises):
    show(fn)
with SeesTheBodys():
    raise KeyError("suppressed")
print("after the suppressed one")
asyncio.run(main())
