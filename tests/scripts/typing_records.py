# typing.NamedTuple and typing.TypedDict in class and functional syntax, a record with methods and __str__,
# and records passed through tasks.
import asyncio
from typing import NamedTuple, Optional, TypedDict


class Point(NamedTuple):
    x: int
    y: int = 0

    def norm(self) -> int:
        return abs(self.x) + abs(self.y)

    def __str__(self):
        return f"({self.x}, {self.y})"


class Cfg(TypedDict):
    name: str
    retries: int


class Job(NamedTuple):
    name: str
    delay: float
    result: Optional[str] = None


Pair = NamedTuple("Pair", [("left", int), ("right", int)])
Movie = TypedDict("Movie", {"title": str})


async def run(job: Job) -> Job:
    await asyncio.sleep(job.delay)
    return job._replace(result=f"{job.name} done")


async def main():
    p = Point(1)
    print(p, repr(p), p._replace(y=5), p._asdict(), p.norm(), p._fields, Point._field_defaults)
    print(isinstance(p, tuple), len(p), p[0], list(p), p == (1, 0), Point._make([3, 4]))
    x, y = Point(7, 8)
    print(x, y, type(p).__name__, Point.__mro__[1] is tuple)
    c = Cfg(name="a", retries=3)
    print(c, type(c).__name__, c["retries"])
    jobs = [Job("a", 0.2), Job("b", 0.1)]
    done = await asyncio.gather(*(run(j) for j in jobs))
    print(done)
    print(Pair(1, 2), Movie(title="Up"), type(Movie(title="x")) is dict)
    try:
        Point()
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
