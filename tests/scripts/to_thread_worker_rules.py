import asyncio, time

def uses_loop():
    try:
        asyncio.get_running_loop()
    except RuntimeError as e:
        print("worker:", e)
    try:
        print(asyncio.current_task())
    except RuntimeError as e:
        print("worker current_task:", e)

def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)

def recurse():
    try:
        deep(100000)
    except RecursionError as e:
        print("worker:", type(e).__name__)
    return deep(50)

async def main():
    await asyncio.to_thread(uses_loop)
    print(await asyncio.to_thread(recurse))
    jobs = asyncio.gather(*(asyncio.to_thread(time.sleep, 1) for _ in range(10)))
    await asyncio.sleep(0.5)
    jobs.cancel()
    try:
        await jobs
    except asyncio.CancelledError:
        print("cancelled at", time.monotonic())

asyncio.run(main())
print("end at", time.monotonic())
