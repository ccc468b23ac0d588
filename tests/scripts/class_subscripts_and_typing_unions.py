# A class's subscript: __class_getitem__ (implicitly a class method), the classes CPython makes a
# types.GenericAlias of (and their subclasses), a TypeError for the others. `|` between typing's forms,
# classes and None, both ways.
import asyncio
import collections
from typing import Any, Callable, Dict, Generic, List, Optional, TypeVar, Union

T = TypeVar("T")


class Plain:
    pass


class Box(Generic[T]):
    pass


class Named:
    def __class_getitem__(cls, item):
        return f"{cls.__name__} of {item!r}"


class ExplicitClassMethod:
    @classmethod
    def __class_getitem__(cls, item):
        return (cls.__name__, item)


class MyQueue(asyncio.Queue):
    pass


class MyList(list):
    pass


for subscript in (lambda: Plain[int], lambda: int[str], lambda: str[int], lambda: Exception[int]):
    try:
        print(subscript())
    except TypeError as e:
        print("TypeError:", e)

print(Box[int], Named[int], ExplicitClassMethod[str])
print(MyQueue[int], MyList[str], list[int], dict[str, int], tuple[int, ...], type[Plain])
print(asyncio.Queue[int], asyncio.Future[str], collections.deque[int], collections.defaultdict[str, list])

print(Optional[int] | str)
print(str | Optional[int])
print(Union[int, str] | None)
print(List[int] | None)
print(int | List[str])
print(Dict[str, int] | List[int] | None)
print(Callable[[int], str] | None)
print(T | None, None | T)
print(Any | None, int | Any)
print(list[int] | None == Optional[list[int]], Optional[list[int]] == list[int] | None)
print(Union[int, str] == str | int, Union[int, str] == int | None)
print(Optional[int] | int == Optional[int])
