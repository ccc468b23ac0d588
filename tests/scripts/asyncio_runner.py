# asyncio.Runner (3.11): one loop for several run() calls, closed by the with block.
import asyncio


async def tick(name, delay):
    await asyncio.sleep(delay)
    print(f"{name} after {delay}")
    return name


async def background():
    try:
        await asyncio.sleep(10)
    finally:
        print("background cleaned up at close")


async def fails():
    await asyncio.sleep(0.1)
    raise ValueError("main failed")


with asyncio.Runner() as runner:
    loop = runner.get_loop()
    print(type(runner).__name__, loop is runner.get_loop(), loop is asyncio.get_event_loop())
    print(runner.run(tick("first", 1)))
    t = loop.create_task(background())
    print(runner.run(tick("second", 0.5)), t.done())
    try:
        runner.run(fails())
    except ValueError as e:
        print("caught:", e)
    print(asyncio.run is not None, loop.is_closed())
print("closed:", loop.is_closed())
again = tick("again", 1)
try:
    runner.run(again)
except RuntimeError as e:
    print("RuntimeError:", e)
again.close()  # it never ran: closed, so no "never awaited" warning
try:
    runner.run(42)
except ValueError as e:
    print("ValueError:", e)

runner = asyncio.Runner(debug=True)
print(runner.run(tick("third", 0.25)), runner.get_loop().get_debug())
runner.close()
runner.close()
print(asyncio.run(tick("fourth", 0.25)))


async def nested():
    inner = tick("inner", 1)
    try:
        asyncio.Runner().run(inner)
    except RuntimeError as e:
        print("RuntimeError:", e)
    inner.close()


asyncio.run(nested())
