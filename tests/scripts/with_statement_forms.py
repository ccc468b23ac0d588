import asyncio
from contextlib import contextmanager, asynccontextmanager


@contextmanager
def tag(name, value=None):
    print("enter", name)
    try:
        yield value if value is not None else name
    finally:
        print("exit", name)


@asynccontextmanager
async def atag(name):
    print("aenter", name)
    await asyncio.sleep(0.1)
    yield name
    print("aexit", name)


class Box:
    pass


with tag("a") as x, tag("b") as y:
    print("two items:", x, y)

with (tag("c") as x, tag("d") as y):
    print("parenthesized:", x, y)

with (
    tag("e") as x,
    tag("f"),
    tag("g") as y,
):
    print("over lines with a trailing comma:", x, y)

with (tag("h")) as x:
    print("parenthesized expression:", x)

with (tag("i"), tag("j")):
    print("two items without targets")

with (tag("k")):
    print("one item in parentheses")

with tag("l", (1, 2)) as (p, q):
    print("tuple target:", p, q)

with tag("m", [3, 4]) as [r, s]:
    print("list target:", r, s)

d = {}
box = Box()
with tag("n") as d["key"], tag("o") as box.attr:
    print("subscript and attribute targets:", d, box.attr)


async def main():
    async with atag("p") as a, atag("q") as b:
        print("async two items:", a, b)
    async with (atag("r") as a, atag("s") as b):
        print("async parenthesized:", a, b)
    async with (
        atag("t") as a,
        atag("u"),
    ):
        print("async over lines:", a)
    print("at", asyncio.get_running_loop().time())


asyncio.run(main())
