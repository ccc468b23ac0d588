import asyncio
import time

CANCEL_AT = 1.5  # param: cancel_at
WAIT_FOR_TIMEOUT = 1  # param: wait_for_timeout

START = time.perf_counter()


def now():
    return time.perf_counter() - START


async def save(name, seconds):
    print(f"{now():.1f} s: {name} opens its file")
    try:
        await asyncio.sleep(seconds)
        print(f"{now():.1f} s: {name} wrote everything")
    except asyncio.CancelledError:
        print(f"{now():.1f} s: {name} got CancelledError while sleeping")
        raise  # let the cancellation go on after cleaning up
    finally:
        print(f"{now():.1f} s: {name} closes its file")


async def main():
    download = asyncio.create_task(save("download", 3), name="download")
    await asyncio.sleep(CANCEL_AT)
    accepted = download.cancel()
    print(f"{now():.1f} s: cancel() returned {accepted}, cancelled() is {download.cancelled()} for now")
    try:
        await download
        print(f"{now():.1f} s: download finished before the request arrived")
    except asyncio.CancelledError:
        print(f"{now():.1f} s: download.cancelled() is {download.cancelled()}")

    backup = asyncio.create_task(save("backup", 2), name="backup")
    try:
        await asyncio.wait_for(asyncio.shield(backup), timeout=WAIT_FOR_TIMEOUT)
    except TimeoutError:
        print(f"{now():.1f} s: wait_for gave up, the shield kept backup alive")
    await backup
    print(f"{now():.1f} s: backup.cancelled() is {backup.cancelled()}")


asyncio.run(main())
