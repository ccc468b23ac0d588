# Exceptions travel through awaits and tasks; finally blocks run; except* splits groups.
import asyncio


class FetchError(Exception):
    pass


async def fetch(url):
    await asyncio.sleep(1)
    if "bad" in url:
        raise FetchError(f"cannot fetch {url}")
    return f"<{url}>"


async def main():
    try:
        await fetch("bad.example")
    except FetchError as e:
        print("caught", repr(e))
    finally:
        print("finally ran")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fetch("bad1"))
            tg.create_task(fetch("bad2"))
            tg.create_task(fetch("good"))
    except* FetchError as eg:
        print(eg.message, len(eg.exceptions), sorted(str(e) for e in eg.exceptions))
    try:
        try:
            await fetch("bad3")
        except FetchError as e:
            raise RuntimeError("wrapped") from e
    except RuntimeError as e:
        print(repr(e), "caused by", repr(e.__cause__))


asyncio.run(main())
