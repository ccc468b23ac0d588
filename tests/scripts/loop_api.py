# The low-level event loop API of 3.11: new_event_loop, run_until_complete, run_forever/stop, close,
# call_soon/call_later/call_at with their handles, create_task/create_future, exception handlers.
import asyncio

events = []


def note(what, *args):
    events.append(what)
    print(f"t={loop.time()} {what}", *args)


async def work(name, delay):
    await asyncio.sleep(delay)
    note(f"{name} done", asyncio.current_task().get_name())
    return name.upper()


async def fails():
    await asyncio.sleep(0.5)
    raise ValueError("broken")


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop, loop.is_running(), loop.is_closed(), loop.get_debug())
print(loop.run_until_complete(work("first", 1)))
try:
    loop.run_until_complete(fails())
except ValueError as e:
    print("run_until_complete raised", repr(e))

# callbacks and their handles, scheduled before the loop runs
h1 = loop.call_soon(note, "soon", 1)
h2 = loop.call_later(2, note, "later")
h3 = loop.call_at(loop.time() + 1, note, "at")
h4 = loop.call_later(1.5, note, "never")
print(type(h1).__name__, type(h2).__name__, h2.when() - loop.time(), h4.cancelled())
h4.cancel()
h4.cancel()
print(h4.cancelled(), h4.when() - loop.time())


def stopper():
    note("stopping")
    loop.stop()
    note("stop() returned, the pass goes on")


loop.call_soon(note, "soon 2")
loop.call_later(3, stopper)
loop.call_later(3, note, "same pass as stop")
loop.call_later(4, note, "after the first run_forever")
loop.run_forever()
print("run_forever returned", events[-1], loop.is_running())
loop.call_soon(loop.stop)
loop.run_forever()
print("second run_forever returned", events[-1])

# tasks and futures on a loop that is not running yet
task = loop.create_task(work("named", 1), name="my-task")
fut = loop.create_future()
print(task.get_name(), task.done(), asyncio.isfuture(task), asyncio.isfuture(fut), asyncio.isfuture(work))
loop.call_later(0.5, fut.set_result, 42)


def on_done(f):
    print("done callback", f.result())


def never(f):
    print("removed callback ran")


fut.add_done_callback(on_done)
fut.add_done_callback(never)
fut.add_done_callback(never)
print("removed", fut.remove_done_callback(never))
print(loop.run_until_complete(fut), loop.run_until_complete(task))
print("remove after done:", fut.remove_done_callback(on_done))


async def inside():
    print("running loop is ours:", asyncio.get_running_loop() is loop, loop.is_running())
    t = asyncio.Task(work("direct", 0.5), name="via-Task")
    print(t.get_name(), await t)
    try:
        loop.run_until_complete(t)
    except RuntimeError as e:
        print("RuntimeError:", e)
    return "inside done"


print(loop.run_until_complete(inside()))

# errors in callbacks go to the exception handler
def handler(lp, context):
    print("handler:", lp is loop, context["message"])


print(loop.get_exception_handler())
loop.set_exception_handler(handler)
print(loop.get_exception_handler() is handler)
loop.call_soon(lambda: 1 / 0)
loop.call_soon(loop.stop)
loop.run_forever()
loop.set_exception_handler(None)
loop.call_soon(note, "a", "b", 1 / 2)
h = loop.call_later(1, note, "x")
print(h)
h.cancel()
print(h)
loop.call_soon(loop.stop)
loop.run_forever()
try:
    loop.set_exception_handler(42)
except TypeError as e:
    print("TypeError:", e)
loop.set_debug(True)
print("debug", loop.get_debug())

print(asyncio.iscoroutinefunction(work), asyncio.iscoroutinefunction(note))
c = work("x", 0)
print(asyncio.iscoroutine(c), asyncio.iscoroutine(work))
print(loop.run_until_complete(c))
try:
    loop.call_soon(work)
except TypeError as e:
    print("TypeError:", e)
print(asyncio.exceptions.CancelledError is asyncio.CancelledError, asyncio.tasks.Task is asyncio.Task,
      asyncio.futures.Future is asyncio.Future, asyncio.events.get_event_loop is asyncio.get_event_loop)
print(issubclass(asyncio.exceptions.TimeoutError, TimeoutError))

loop.close()
loop.close()
print("closed", loop.is_closed())
try:
    loop.run_until_complete(task)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    loop.call_soon(print, "no")
except RuntimeError as e:
    print("RuntimeError:", e)

# asyncio.run makes a loop of its own and leaves no current loop behind
print(asyncio.run(work("run", 1)))
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
asyncio.set_event_loop(None)
loop2 = asyncio.new_event_loop()
print(loop2.time() >= 0, loop2.run_until_complete(work("again", 2)))
loop2.close()
