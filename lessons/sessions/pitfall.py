import asyncio

import aiohttp

REQUESTS = 5  # param: requests


async def which_connection(session):
    # The demo server's /conn answers with the number of the connection that carried the request.
    async with session.get("http://demo/conn") as response:
        data = await response.json()
        return data["connection"]


async def main():
    connections = []
    for _ in range(REQUESTS):
        async with aiohttp.ClientSession() as session:  # a new browser window for every page
            connections.append(await which_connection(session))
    print(f"a session per request: {REQUESTS} requests, {len(set(connections))} connection(s)")


asyncio.run(main())
