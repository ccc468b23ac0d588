# asyncio.BoundedSemaphore refuses a release beyond its initial value; a coroutine dropped without being
# awaited gets CPython's RuntimeWarning on stderr (once per line, at the line that dropped it; the ones
# still alive at the end as "sys:1"). The program ends with an error so that stderr is compared.
import asyncio


async def work(n):
    await asyncio.sleep(n)
    return n


class Worker:
    async def run(self):
        return 'ran'


def helper():
    work(1)


async def main():
    sem = asyncio.BoundedSemaphore(2)
    async with sem:
        print('inside', sem.locked())
    await sem.acquire()
    sem.release()
    try:
        sem.release()
    except ValueError as e:
        print('ValueError:', e)
    plain = asyncio.Semaphore(1)
    plain.release()
    print('plain semaphore released twice without error')
    print(isinstance(sem, asyncio.Semaphore), type(sem).__name__)

    for i in range(3):
        work(i)
    helper()
    helper()
    pending = work(5)
    print('pending made')
    pending = None
    Worker().run()
    asyncio.sleep(1)
    pair = [work(1), work(2)]
    del pair
    print(await work(0.5), await asyncio.create_task(work(0.25)))
    return 'done'

print(asyncio.run(main()))
kept = work(9)
raise RuntimeError('the end')
