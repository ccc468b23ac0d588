# functools: wraps on sync and async functions (the book's async_timed), partial, reduce, lru_cache, cache,
# cached_property and total_ordering, with CPython's error messages.
import asyncio
import functools
import time
from functools import partial, reduce, lru_cache, cache, wraps, total_ordering


def async_timed():
    def wrapper(func):
        @functools.wraps(func)
        async def wrapped(*args, **kwargs):
            print(f'starting {func.__name__} with args {args} {kwargs}')
            start = time.time()
            try:
                return await func(*args, **kwargs)
            finally:
                print(f'finished {func.__name__} in {time.time() - start:.4f} second(s)')
        return wrapped
    return wrapper


@async_timed()
async def delay(seconds: int) -> int:
    """Sleeps, then returns its argument."""
    await asyncio.sleep(seconds)
    return seconds


def logged(func):
    @wraps(func)
    def inner(*args):
        return func(*args) * 10
    return inner


@logged
def add(a, b):
    "adds"
    return a + b


add.tag = 'x'


async def main():
    print(await asyncio.gather(delay(1), delay(2)))
    task = asyncio.create_task(delay(1))
    await task

print(delay.__name__, delay.__qualname__, delay.__doc__, delay.__wrapped__.__name__)
print(add(1, 2), add.__name__, add.__doc__, add.__wrapped__(1, 2), add.tag)
print(logged(add).__wrapped__ is add, logged(add).tag)
asyncio.run(main())


def power(base, exponent, *, mod=None):
    r = base ** exponent
    return r % mod if mod else r


square = partial(power, exponent=2)
cube_mod = partial(power, exponent=3, mod=5)
two_to = partial(power, 2)
print(square(4), cube_mod(3), two_to(10), square(3, exponent=3))
print(square.func is power, square.args, square.keywords, two_to.args)
nested = partial(partial(power, 2), mod=7)
print(nested(5), nested.args, nested.keywords, nested.func is power)
print(repr(partial(max, 1, key=abs)))

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10),
      reduce(max, [], 'init'), reduce(lambda a, b: a + b, ['x']))


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), fib.cache_info())
fib.cache_clear()
print(fib.cache_info(), fib.__name__)

calls = []


@lru_cache(maxsize=2)
def slow(x):
    calls.append(x)
    return x * 2


for v in [1, 2, 1, 3, 2, 1]:
    slow(v)
print(calls, slow.cache_info())


@lru_cache
def plain(x, y=0):
    calls.append((x, y))
    return x + y


print(plain(1), plain(1), plain(1, y=2), plain(x=1, y=2), plain.cache_info())


@cache
def square_of(n):
    calls.append(n)
    return n * n


print(square_of(4), square_of(4), square_of.cache_info())


class Circle:
    def __init__(self, r):
        self.r = r

    @functools.cached_property
    def area(self):
        print('computing')
        return 3 * self.r * self.r

    @lru_cache(maxsize=None)
    def scaled(self, k):
        return self.r * k


c = Circle(2)
print(c.area, c.area, c.scaled(3), c.scaled(3))


@total_ordering
class Version:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __lt__(self, other):
        return self.n < other.n


print(Version(1) < Version(2), Version(1) > Version(2), Version(2) >= Version(2), Version(3) <= Version(2))
print(sorted([Version(3), Version(1), Version(2)], key=lambda v: v)[0].n)

class Unordered:
    pass


errors = [lambda: reduce(lambda a, b: a + b, []), lambda: reduce(max), lambda: partial(),
          lambda: partial(3), lambda: plain([1]), lambda: lru_cache('x'), lambda: reduce(max, 5),
          lambda: total_ordering(Unordered)]
for bad in errors:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
