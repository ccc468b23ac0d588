# Semaphore(2): six jobs of 2 s run in pairs, 6 s in total; waiters are admitted first in, first out.
import asyncio


async def job(sem, i, loop):
    async with sem:
        print(f"job {i} starts at {loop.time():.0f}")
        await asyncio.sleep(2)
    return i


async def main():
    loop = asyncio.get_running_loop()
    sem = asyncio.Semaphore(2)
    results = await asyncio.gather(*[job(sem, i, loop) for i in range(6)])
    print(results, f"total {loop.time():.0f} s")
    lock = asyncio.Lock()
    async with lock:
        print("locked:", lock.locked())
    print("locked:", lock.locked())


asyncio.run(main())
