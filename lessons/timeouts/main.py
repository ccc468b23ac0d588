import asyncio
import time

import aiohttp

TOTAL = 2  # param: total
SOCK_READ = 1  # param: sock_read
WAIT_FOR = 1  # param: wait_for


async def fetch(session, url, timeout=None):
    if timeout is None:
        async with session.get(url) as response:  # the session's own timeout applies
            return await response.text()
    async with session.get(url, timeout=timeout) as response:
        return await response.text()


async def attempt(label, request):
    start = time.perf_counter()
    try:
        await request
        print(f"{label}: answered after {time.perf_counter() - start:.0f} s")
    except TimeoutError:
        print(f"{label}: TimeoutError after {time.perf_counter() - start:.0f} s")


async def main():
    async with aiohttp.ClientSession() as session:
        # The default allows five minutes in total: a slow answer is simply waited for.
        await attempt("default timeout, 4 s answer", fetch(session, "http://demo/delay/4000"))

        total = aiohttp.ClientTimeout(total=TOTAL)
        await attempt(f"total={TOTAL}, 4 s answer", fetch(session, "http://demo/delay/4000", total))

        # sock_read bounds each silence while reading, not the whole request.
        reading = aiohttp.ClientTimeout(sock_read=SOCK_READ)
        await attempt(f"sock_read={SOCK_READ}, body after 3 s of silence",
                      fetch(session, "http://demo/stall/3000", reading))

        # asyncio's own tools bound any awaitable, a request included.
        await attempt(f"wait_for(timeout={WAIT_FOR}), 4 s answer",
                      asyncio.wait_for(fetch(session, "http://demo/delay/4000"), timeout=WAIT_FOR))

        start = time.perf_counter()
        try:
            async with asyncio.timeout(WAIT_FOR):
                await fetch(session, "http://demo/delay/4000")
        except TimeoutError:
            print(f"asyncio.timeout({WAIT_FOR}), 4 s answer: TimeoutError after {time.perf_counter() - start:.0f} s")


asyncio.run(main())
