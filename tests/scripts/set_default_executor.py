# loop.set_default_executor(ThreadPoolExecutor(max_workers=2)): asyncio.to_thread and run_in_executor(None, ...)
# use its two threads (five one-second jobs take three seconds), and asyncio.run waits for its last job.
import asyncio
import time
from concurrent.futures import ThreadPoolExecutor


def blocking(i):
    time.sleep(1)
    return i


async def main():
    loop = asyncio.get_running_loop()
    loop.set_default_executor(ThreadPoolExecutor(max_workers=2, thread_name_prefix="two"))
    start = loop.time()
    print(await asyncio.gather(*(asyncio.to_thread(blocking, i) for i in range(5))), loop.time() - start)
    print(await loop.run_in_executor(None, blocking, 9), loop.time() - start)
    loop.run_in_executor(None, blocking, 10)


asyncio.run(main())
print("after run", time.monotonic())
