# typing: the common names import, subscript and print as CPython's; annotations do nothing at run time.
import asyncio
import typing
from typing import (Any, AsyncIterator, Awaitable, Callable, ClassVar, Coroutine, Dict, Final, Generator,
                    Generic, Iterable, Iterator, List, Literal, Mapping, NewType, Optional, Protocol, Sequence,
                    Set, Tuple, Type, TypeVar, TYPE_CHECKING, Union, cast)

T = TypeVar('T')
K = TypeVar('K', covariant=True)


class Foo:
    pass


for alias in [Any, List, List[int], Dict[str, int], Optional[int], Union[int, str], Union[int, None],
              Optional[Union[int, str]], Callable[[int], str], Callable[..., int], Callable, Tuple[int, ...],
              Tuple[()], Tuple, Set[str], List[T], T, K, List[None], List['Foo'], List[Foo], Awaitable[int],
              Coroutine[Any, Any, int], Iterable, AsyncIterator[str], Generator[int, None, None], Final,
              Final[int], ClassVar[int], Type[Foo], Literal[1, 'a'], Sequence[int], Dict[str, List[int]],
              Mapping[str, Any], List[Callable[[], Awaitable[None]]], typing.Deque[int]]:
    print(repr(alias))

print(Union[int], Union[int, Union[str, int]])
print(TYPE_CHECKING, cast(int, "x"), cast("int", 3))
print(isinstance([], List), isinstance({}, Dict), isinstance((), Tuple), isinstance([], Dict))
print(type(T), T.__name__, List[int].__origin__, List[int].__args__, Optional[int].__args__)
print(Callable[[int, str], bool].__args__)
UserId = NewType('UserId', int)
print(UserId(5), UserId.__name__, UserId)
print(Union[int, str] == Union[str, int], List[int] == List[int], Optional[int] == Union[int, None],
      List[int] == List[str])
print(str(List[int]), f"{Dict[str, int]}")

Handler = Callable[[str], Awaitable[None]]
Pair = Tuple[int, int]


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)


class Greeter(Protocol):
    def greet(self, name: str) -> str: ...


class Config:
    retries: ClassVar[int] = 3
    name: Final = "cfg"


async def fetch(url: str, timeout: Optional[float] = None, *args: Any, **kwargs: Any) -> Dict[str, Any]:
    await asyncio.sleep(0.1)
    return {'url': url, 'timeout': timeout}


async def run_all(handlers: List[Handler], item: str) -> None:
    for h in handlers:
        await h(item)


async def shout(s: str) -> None:
    print(s.upper())


async def main() -> None:
    results: List[Dict[str, Any]] = await asyncio.gather(fetch('a'), fetch('b', 1.5))
    print(results)
    await run_all([shout], 'hello')
    s: Stack[int] = Stack()
    s.push(1)
    print(s.items, Config.retries, Config.name)
    pair: Pair = (1, 2)
    print(pair)

asyncio.run(main())

for bad in [lambda: isinstance([], List[int]), lambda: List(), lambda: Any(), lambda: List[int, str],
            lambda: Dict[int], lambda: Optional[int, str], lambda: isinstance(1, Any), lambda: T[int],
            lambda: Optional()]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
