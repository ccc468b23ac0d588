# Classes with __await__: a generator that yields to the event loop, delegates with `yield from` to
# another awaitable's __await__(), and returns the await's result.
import asyncio
import time


class Ready:
    """Awaiting it does not wait at all."""

    def __init__(self, value):
        self.value = value

    def __await__(self):
        return self.value
        yield


class OneTurn:
    """A bare yield: every other ready task runs once before the await returns."""

    def __await__(self):
        print("OneTurn: yielding to the loop")
        yield
        print("OneTurn: back")
        return "turned"


class Delay:
    """Delegates to asyncio.sleep's own awaitable."""

    def __init__(self, seconds, result):
        self.seconds = seconds
        self.result = result

    def __await__(self):
        started = time.monotonic()
        value = yield from asyncio.sleep(self.seconds, self.result).__await__()
        print(f"Delay: slept {time.monotonic() - started:.1f} s")
        return value


class Twice:
    """Delegates to another awaitable class, twice."""

    def __init__(self, seconds):
        self.seconds = seconds

    def __await__(self):
        first = yield from Delay(self.seconds, "first").__await__()
        second = yield from Delay(self.seconds, "second").__await__()
        return first + "+" + second


class CoroutineBacked:
    """__await__ delegating to a coroutine of its own."""

    async def _work(self):
        await asyncio.sleep(0.5)
        return "from a coroutine"

    def __await__(self):
        return (yield from self._work().__await__())


class Bad:
    def __await__(self):
        yield 42


class NotIterator:
    def __await__(self):
        return 5


async def chatter():
    for i in range(3):
        print("chatter", i)
        await asyncio.sleep(0)


async def main():
    print(await Ready(7))
    task = asyncio.create_task(chatter())
    print(await OneTurn())
    await task
    print(await Delay(1, "done"), f"at {time.monotonic():.1f}")
    print(await Twice(0.5), f"at {time.monotonic():.1f}")
    print(await CoroutineBacked(), f"at {time.monotonic():.1f}")
    results = await asyncio.gather(Delay(1, "x"), Delay(2, "y"))
    print(results, f"at {time.monotonic():.1f}")
    print(await asyncio.wait_for(Delay(0.5, "in time"), timeout=1))
    try:
        await asyncio.wait_for(Delay(5, "too late"), timeout=1)
    except asyncio.TimeoutError:
        print(f"timed out at {time.monotonic():.1f}")
    try:
        await Bad()
    except RuntimeError as err:
        print("RuntimeError:", err)
    try:
        await NotIterator()
    except TypeError as err:
        print("TypeError:", err)

    # coroutine.send / throw / close by hand
    async def simple():
        return "simple result"

    coro = simple()
    try:
        coro.send(None)
    except StopIteration as stop:
        print("send(None) finished with", stop.value)

    async def catches():
        try:
            await Ready(1)
        finally:
            print("catches: finally")

    coro = catches()
    try:
        coro.throw(ValueError("thrown in"))
    except ValueError as err:
        print("throw raised:", err)
    coro = simple()
    coro.close()
    print("closed unstarted coroutine")


asyncio.run(main())



# yield from a task's __await__(); bare yields; cancelling the task that awaits
class WaitFor:
    def __init__(self, task):
        self.task = task

    def __await__(self):
        print("waiting for", self.task.get_name())
        result = yield from self.task.__await__()
        return f"task said {result!r}"


class Ticket:
    def __await__(self):
        for i in range(2):
            print("ticket yields", i)
            yield
        return "ticket done"


async def work():
    await asyncio.sleep(1)
    return 42


async def spinner():
    for i in range(4):
        print("spin", i)
        await asyncio.sleep(0)


async def tasks_and_turns():
    task = asyncio.create_task(work(), name="worker")
    print(await WaitFor(task))
    s = asyncio.create_task(spinner())
    print(await Ticket())
    await s
    t2 = asyncio.create_task(asyncio.sleep(5), name="sleeper")
    waiter = asyncio.ensure_future(WaitFor(t2))
    await asyncio.sleep(1)
    waiter.cancel()
    try:
        await waiter
    except asyncio.CancelledError:
        print("waiter cancelled; inner task cancelled too:", t2.cancelled())


asyncio.run(tasks_and_turns())
