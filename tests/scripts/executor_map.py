# ThreadPoolExecutor.map: every call is submitted at once (max_workers of them run, the rest wait for a
# thread), the results come back in the order of the arguments, each waited for in the loop's thread; a
# call that raised raises when its turn comes and the calls not started are cancelled; a timeout counts
# from the map call.
import asyncio
import concurrent.futures
import time
from concurrent.futures import ThreadPoolExecutor


def slow_square(n, seconds):
    print("square", n, "starts", time.monotonic())
    time.sleep(seconds)
    if n == 3:
        raise ValueError(n)
    return n * n


async def main():
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = pool.map(slow_square, [1, 2, 4], [2, 0.5, 1])
        print("a list?", isinstance(results, list), time.monotonic())
        for r in results:
            print("result", r, time.monotonic())
        try:
            for r in pool.map(slow_square, [5, 3, 6, 7], [1, 1, 1, 1]):
                print("result", r, time.monotonic())
        except ValueError as e:
            print("ValueError", e, time.monotonic())
        try:
            for r in pool.map(slow_square, [8, 9], [1, 3], timeout=2):
                print("result", r, time.monotonic())
        except concurrent.futures.TimeoutError:
            print("TimeoutError", time.monotonic())
        print(list(pool.map(slow_square, [])), list(pool.map(abs, [-1, -2], chunksize=5)))
    print("with ended", time.monotonic())


asyncio.run(main())
