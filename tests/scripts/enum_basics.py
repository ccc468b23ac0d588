# enum: members from the class body in order, auto(), aliases, lookup by value and by name, iteration,
# len and `in`, reprs and str as CPython 3.11 prints them, methods on members, unique and the errors.
import asyncio
import enum
from enum import Enum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # an alias of RED

    def describe(self):
        return f"{self.name.lower()} ({self.value})"


print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(Color.CRIMSON is Color.RED, Color(2), Color["BLUE"], Color(Color.GREEN))
print(list(Color), len(Color))
for c in Color:
    print(" ", c.describe())
print(Color.RED in Color, Color.RED == Color.RED, Color.RED == 1, Color.RED is not Color.GREEN)
print(type(Color.RED), Color, type(Color), isinstance(Color.GREEN, Color), isinstance(Color.GREEN, Enum))
print(f"{Color.BLUE}|{Color.BLUE:>12}|{str(Color.BLUE)}")
print({Color.RED: "stop", Color.GREEN: "go"}[Color.CRIMSON])


class State(Enum):
    PENDING = auto()
    RUNNING = auto()
    DONE = auto()


print([(s.name, s.value) for s in State])


class Mixed(Enum):
    A = 10
    B = auto()
    C = 20
    D = auto()


print([m.value for m in Mixed])

for bad in (lambda: Color(7), lambda: Color["PURPLE"], lambda: State("PENDING")):
    try:
        bad()
    except (ValueError, KeyError) as e:
        print(type(e).__name__, repr(e))

try:
    @unique
    class Twice(Enum):
        ONE = 1
        UNO = 1
        TWO = 2
        DOS = 2
except ValueError as e:
    print("ValueError:", e)


@unique
class Once(Enum):
    A = 1
    B = 2


print(Once.B, enum.Enum, Once.__name__)

try:
    class MoreColors(Color):
        PURPLE = 4
except TypeError as e:
    print("TypeError:", e)


async def worker(name, state_log):
    state_log[name] = State.RUNNING
    await asyncio.sleep(0.1)
    state_log[name] = State.DONE


async def main():
    log = {n: State.PENDING for n in ("a", "b")}
    tasks = [asyncio.create_task(worker(n, log)) for n in log]
    await asyncio.sleep(0)
    print({n: s.name for n, s in log.items()})
    await asyncio.gather(*tasks)
    print(log)


asyncio.run(main())
