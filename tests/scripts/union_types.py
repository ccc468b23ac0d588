# `X | Y` of classes and None makes a types.UnionType; `list[int]` a types.GenericAlias (CPython 3.10+).
import asyncio
from dataclasses import dataclass

u = int | str | None
print(u, type(u).__name__, u.__args__)
print(isinstance(3, int | str), isinstance(3.0, int | str), isinstance(None, int | None))
print(int | str == str | int, int | int, (int | None) | str)
print(list[int], dict[str, list[int]], tuple[int, ...], type[int], list[int] | None)
print(list[int]([1, 2]), list[int] == list[int], list[int] == list[str], list[int].__origin__)
print(asyncio.Queue[int], asyncio.Future[str])


class Node:
    pass


print(Node | None, list[Node])
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError:", e)
try:
    print(3 | "a")
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Item:
    name: str
    tags: list[str] | None = None


print(Item("a"), Item.__annotations__)
