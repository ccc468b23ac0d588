import asyncio

counter = 0


class WorkFailed(Exception):
    pass


class Job:
    def __init__(self, name):
        self.name = name


def count():
    global counter
    counter += 1
    return counter


async def pause(seconds):
    count()
    await asyncio.sleep(seconds)
    return seconds


async def fail(after):
    await asyncio.sleep(after)
    raise WorkFailed(f"gave up after {after} s")
