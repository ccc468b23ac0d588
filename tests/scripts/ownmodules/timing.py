import functools
import time


def timed(label):
    def decorate(func):
        @functools.wraps(func)
        async def wrapped(*args, **kwargs):
            start = time.monotonic()
            try:
                return await func(*args, **kwargs)
            finally:
                print(f"{label}: {func.__name__} took {time.monotonic() - start:.1f} s")

        return wrapped

    return decorate
