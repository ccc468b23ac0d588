# Annotations are evaluated where CPython evaluates them: a def's when the def runs (after its defaults),
# a module's or a class body's annotated names when the statement runs, into __annotations__; a
# function's local annotations never.
import asyncio
from typing import Awaitable, Callable, Dict, List, Optional


def note(label, value):
    print("  evaluated", label)
    return value


def fetch(url: note("url", str), retries: int = note("default", 3), *, timeout: Optional[float] = None,
          **extra: note("extra", dict)) -> note("return", List[str]):
    return [url] * retries


print(fetch.__annotations__)
print(fetch("u", 2))


def plain(a, b=1):
    return a


print(plain.__annotations__)


async def worker(queue: "asyncio.Queue[int]", done: Callable[[], Awaitable[None]]) -> Dict[str, int]:
    count: int = 0
    unseen: undefined_in_a_function
    return {"count": count}


print(worker.__annotations__)
print(asyncio.run(worker(None, None)))

total: int = 5
pending: list[str]
print(__annotations__)


class Config:
    name: str = "demo"
    retries: int
    if True:
        verbose: bool = False

    def method(self) -> None:
        local: int = 3


print(Config.__annotations__, Config.name, Config.method.__annotations__)

try:

    def broken(x: missing_name):
        pass

except NameError as e:
    print("NameError:", e)

try:
    undefined_target.attribute: int
except NameError as e:
    print("NameError:", e)


class Box:
    pass


box = Box()
box.size: int = 4
print(box.size, "size" in __annotations__)
