# enum: the functional API (a string of names, a list, (name, value) pairs, a dict, start=), __members__
# as a read-only mapping proxy in definition order with aliases, refusing to reassign or delete a member,
# _missing_, _generate_next_value_ and __init__ of a class's own, and the errors CPython 3.11 raises.
import asyncio
from enum import Enum, Flag, IntEnum, IntFlag, StrEnum, auto

Color = Enum("Color", "RED GREEN BLUE")
print(Color, list(Color), Color.GREEN.value, repr(Color(3)), Color["RED"], Color.__name__)
Animal = Enum("Animal", ["ANT", "BEE", "CAT"], start=10)
print(list(Animal), Animal(11))
Status = IntEnum("Status", [("OK", 200), ("NOT_FOUND", 404), ("MISSING", 404)])
print(list(Status), Status.OK + 1, f"{Status.NOT_FOUND}", Status.MISSING is Status.NOT_FOUND)
Planet = Enum("Planet", {"MERCURY": 1, "VENUS": 2})
print(list(Planet), Planet.VENUS)
Side = StrEnum("Side", "LEFT, RIGHT")
print(list(Side), Side.LEFT == "left", Side("right"))
Perm = IntFlag("Perm", "R W X")
print(list(Perm), repr(Perm.R | Perm.X), Flag("Bits", "A B C").C)
Empty = Enum("Empty", [])
print(list(Empty), len(Empty), Empty)


class Shade(Enum):
    DARK = 1
    LIGHT = 2
    DIM = 1  # an alias


members = Shade.__members__
print(members)
print(list(members), len(members), "DIM" in members, members["DIM"], type(members))
print(list(members.items()), list(members.values()), list(members.keys()), members.get("NONE", "-"))
print(dict(members), [name for name, m in Shade.__members__.items() if m.name != name])
print(Color.__members__, Perm.__members__["W"])
try:
    members["NEW"] = 3
except TypeError as e:
    print("TypeError:", e)
try:
    members["NOPE"]
except KeyError as e:
    print("KeyError:", e)

try:
    Shade.DARK = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Status.OK = 201
except AttributeError as e:
    print("AttributeError:", e)
try:
    del Shade.LIGHT
except AttributeError as e:
    print("AttributeError:", e)
Shade.description = "how light"
print(Shade.description, Shade.DARK, list(Shade))


class Answer(Enum):
    YES = "y"
    NO = "n"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for member in cls:
                if member.value == value.lower():
                    return member
        return None


print(Answer("Y"), Answer("n"))
try:
    Answer("maybe")
except ValueError as e:
    print("ValueError:", e)


class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.title() + str(count)

    FIRST = auto()
    SECOND = auto()


print(list(Named), Named.SECOND.value)


class Step(IntEnum):
    ONE = auto()
    TWO = auto()

    @property
    def double(self):
        return self.value * 2

    def __str__(self):
        return f"step {self.value}"


print(Step.TWO, f"{Step.TWO}", repr(Step.TWO), Step.TWO.double, [str(s) for s in Step])

class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH, Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 2))
print(Planet((3.303e23, 2.4397e6)), [p.radius for p in Planet])

for bad in (lambda: Color(4), lambda: Color("RED"), lambda: Enum(1), lambda: Color("Extra", "A"),
            lambda: Color(), lambda: Status(201), lambda: Color.RED < Color.BLUE):
    try:
        print(bad())
    except (ValueError, TypeError, KeyError) as e:
        print(type(e).__name__ + ":", e)


async def worker(name, log):
    log[name] = Status.OK
    await asyncio.sleep(0.5)
    log[name] = Status.NOT_FOUND


async def main():
    log = {}
    await asyncio.gather(worker("a", log), worker("b", log))
    print(log, sorted(log.values()), {k: int(v) for k, v in log.items()})


asyncio.run(main())
