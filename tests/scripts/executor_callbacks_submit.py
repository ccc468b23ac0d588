# Done callbacks run in the job's thread and may submit more work: with threads free, the new jobs start at
# once on them; the callback's own thread takes the next job only once its callbacks are done.
import asyncio, time
from concurrent.futures import ThreadPoolExecutor
pool = ThreadPoolExecutor(max_workers=3)
def work(n, s):
    print("work", n, "starts", time.monotonic())
    time.sleep(s)
    print("work", n, "ends", time.monotonic())
    return n
def chain(f):
    print("callback for", f.result(), time.monotonic())
    if f.result() < 4:
        pool.submit(work, f.result() + 1, 1).add_done_callback(chain)
        pool.submit(work, f.result() + 10, 0.5)
async def main():
    pool.submit(work, 1, 1).add_done_callback(chain)
    pool.submit(work, 100, 3)
    await asyncio.sleep(6)
    print("end", time.monotonic())
    pool.shutdown()
asyncio.run(main())
