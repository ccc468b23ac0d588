# dataclasses: generated __init__, __repr__, __eq__, order, frozen, field() and asdict.
import asyncio
from dataclasses import dataclass, field, asdict, astuple, fields, replace, FrozenInstanceError
from typing import List


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, Point(5), Point(y=3, x=4))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2), p == (1, 2))
print(p.x, p.y)
p.x = 10
print(p)
print(Point.y)


@dataclass
class Job:
    name: str
    tags: List[str] = field(default_factory=list)
    retries: int = field(default=3)
    note: str = field(default="", repr=False)
    attempts: int = field(default=0, init=False)


a = Job("build")
b = Job("test", ["slow"])
a.tags.append("fast")
print(a, b, Job("x").tags)
print(a.note == "", a.attempts)
print(asdict(a))
print(astuple(b))
print([f.name for f in fields(Job)])
print(replace(a, name="deploy"))


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0


versions = [Version(1, 2), Version(0, 9), Version(1, 0)]
print(sorted(versions))
print(Version(1, 0) < Version(1, 1), Version(2) >= Version(1, 9), max(versions))
try:
    Version(1) < (1, 0)
except TypeError as e:
    print("TypeError:", e)


@dataclass(frozen=True)
class Config:
    host: str
    port: int = 8080


cfg = Config("localhost")
print(cfg, hash(cfg) == hash(Config("localhost")))
try:
    cfg.port = 9000
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    cfg.other = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del cfg.host
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(cfg)


@dataclass
class Base:
    id: int


@dataclass
class Child(Base):
    label: str = "none"

    def describe(self):
        return f"{self.id}:{self.label}"


c = Child(7)
print(c, c.describe(), isinstance(c, Base), asdict(c))


@dataclass
class WithPost:
    a: int
    b: int
    total: int = field(init=False)

    def __post_init__(self):
        self.total = self.a + self.b


print(WithPost(2, 3))


@dataclass
class Nested:
    point: Point
    jobs: list


print(asdict(Nested(Point(1, 1), [Point(2, 2)])))

for bad in [lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: Job(), lambda: Point(1, x=2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    {Point(1, 2)}
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print("ValueError:", e)


@dataclass
class Result:
    url: str
    status: int
    elapsed: float


async def fetch(url, delay):
    await asyncio.sleep(delay)
    return Result(url, 200, delay)


async def main():
    results = await asyncio.gather(fetch("/a", 0.5), fetch("/b", 0.25))
    for r in sorted(results, key=lambda r: r.elapsed):
        print(r)


asyncio.run(main())
cfg.port = 1
