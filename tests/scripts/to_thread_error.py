import asyncio
import time


def parse(text):
    time.sleep(0.1)
    return int(text)


async def main():
    print(await asyncio.to_thread(parse, "42"))
    print(await asyncio.to_thread(parse, "forty-two"))


asyncio.run(main())
