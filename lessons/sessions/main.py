import asyncio
import time

import aiohttp

REQUESTS = 5  # param: requests
LIMIT = 3  # param: limit


async def which_connection(session):
    # The demo server's /conn answers with the number of the connection that carried the request.
    async with session.get("http://demo/conn") as response:
        data = await response.json()
        return data["connection"]


async def fetch(session, url):
    async with session.get(url) as response:
        return await response.text()


async def pooling():
    connections = []
    for _ in range(REQUESTS):
        async with aiohttp.ClientSession() as session:
            connections.append(await which_connection(session))
    print(f"a session per request: {REQUESTS} requests, {len(set(connections))} connection(s)")
    connections = []
    async with aiohttp.ClientSession() as session:
        for _ in range(REQUESTS):
            connections.append(await which_connection(session))
    print(f"one shared session: {REQUESTS} requests, {len(set(connections))} connection(s)")


async def pool_limit():
    connector = aiohttp.TCPConnector(limit=LIMIT)
    async with aiohttp.ClientSession(connector=connector) as session:
        start = time.perf_counter()
        tasks = [
            asyncio.create_task(fetch(session, "http://demo/delay/1000"), name=f"request_{i}")
            for i in range(12)
        ]
        await asyncio.gather(*tasks)
        print(f"12 one-second requests with limit={LIMIT}: {time.perf_counter() - start:.0f} s")


async def cookies():
    async with aiohttp.ClientSession() as session:
        await fetch(session, "http://demo/cookies/set?theme=dark")
        print(f"cookies kept by the session: {len(session.cookie_jar)}")
    async with aiohttp.ClientSession() as session:
        print(f"cookies in a new session: {len(session.cookie_jar)}")
    async with aiohttp.ClientSession(cookie_jar=aiohttp.DummyCookieJar()) as session:
        await fetch(session, "http://demo/cookies/set?theme=dark")
        print(f"cookies kept with DummyCookieJar: {len(session.cookie_jar)}")


async def main():
    await pooling()
    await pool_limit()
    await cookies()


asyncio.run(main())
