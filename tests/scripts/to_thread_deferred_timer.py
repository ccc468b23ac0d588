# A worker thread's job and a timer due at the same moment, the timer armed after more of the loop's
# wake-ups than the task that hands the job over: the job's end reaches the loop after the loop's next
# wake-up, and the timer fires first, as in CPython.
import asyncio
import time


def now():
    return round(asyncio.get_running_loop().time(), 3)


def naps(*seconds):
    for nap in seconds:
        time.sleep(nap)
    return "naps done"


async def hands_over(tag, lock):
    await asyncio.sleep(1)
    print(now(), tag, await asyncio.to_thread(naps, 0, 0))
    async with lock:
        asyncio.get_running_loop().call_later(0.75, print, "late timer of", tag)


async def arms_a_timer(tag):
    await asyncio.sleep(0.25)
    await asyncio.sleep(0.25)
    print(now(), tag, "arms a timer")
    asyncio.get_running_loop().call_later(0.5, print, "timer of", tag)


async def main():
    lock = asyncio.Lock()
    await asyncio.wait([asyncio.create_task(hands_over("first", lock))])
    async with asyncio.TaskGroup() as tg:
        tg.create_task(hands_over("second", lock))
        tg.create_task(arms_a_timer("third"))
    print(now(), "main ends")


asyncio.run(main())
