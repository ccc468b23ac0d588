# enum: IntEnum and StrEnum members are ints and strs (arithmetic, comparisons, dict keys, formatting,
# json, indexing), with 3.11's str() and format() of the value and the enum's repr; auto() for each.
import json
from enum import Enum, IntEnum, StrEnum, auto, unique


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3
    URGENT = 3  # an alias of HIGH

    def label(self):
        return f"{self.name.title()} ({self.value})"


p = Priority.MEDIUM
print(p, repr(p), str(p), f"{p}", format(p), "%d %s %r" % (p, p, p))
print(f"[{p:>4}] [{p:03d}] [{p:x}] {p!r} {p!s}", "{} {:>3}".format(p, p))
print(p + 1, p * 10, p - Priority.LOW, p / 2, p // 2, -p, abs(-p), ~p, p << 2, p & 1, p | 4)
print(type(p + 1), type(p.value), p.value, p.name, p._name_, p._value_, int(p), float(p), bool(p))
print(p == 2, 2 == p, p < Priority.HIGH, p > 1, p >= 2, sorted([Priority.HIGH, 0, Priority.LOW, 2]))
print(isinstance(p, int), isinstance(p, Priority), isinstance(p, Enum), type(p), type(p) is Priority)
print(Priority.URGENT is Priority.HIGH, Priority(3), Priority["URGENT"], Priority(Priority.LOW))
print(list(Priority), len(Priority), Priority.HIGH in Priority, max(Priority), min(Priority))
print(["zero", "one", "two", "three"][Priority.HIGH], list(range(Priority.HIGH)), "ab" * Priority.MEDIUM)
print({Priority.LOW: "l", 2: "m"}, {1: "one"}[Priority.LOW], {Priority.HIGH: "h"}[3], hash(p) == hash(2))
print(json.dumps({"p": Priority.HIGH, Priority.LOW: [Priority.MEDIUM]}), json.dumps(Priority.LOW))
print(Priority.HIGH.label(), [m.label() for m in Priority])
print(sum(Priority), Priority.LOW.bit_length(), divmod(Priority.HIGH, 2))
print(p.__class__, p.__class__.__name__, Priority, type(Priority))


class Shape(IntEnum):
    CIRCLE = auto()
    SQUARE = auto()
    TRIANGLE = 10
    HEXAGON = auto()


print([(s.name, s.value) for s in Shape], Shape.CIRCLE == Priority.LOW, Shape(11))


class Color(StrEnum):
    RED = auto()
    GREEN = auto()
    DARK_BLUE = auto()
    CRIMSON = "red"  # an alias of RED
    TEAL = "teal-ish"


c = Color.GREEN
print(c, repr(c), str(c), f"{c}", f"[{c:>8}]", "%s|%r" % (c, c), "{!r}".format(c))
print(c.upper(), c + "!", c == "green", "green" == c, len(c), c[0], "ee" in c, c.split("e"))
print(type(c.upper()), type(c.value), c.value, c.name, isinstance(c, str), isinstance(c, Color))
print(list(Color), Color("red"), Color.CRIMSON is Color.RED, Color["TEAL"], "-".join(Color))
print({Color.RED: 1}["red"], {"green": 2}[Color.GREEN], sorted(Color), json.dumps([Color.DARK_BLUE]))
print(Color.RED.startswith("r"), Color.TEAL.replace("-", "_"), Color.DARK_BLUE.title())


class Mode(str, Enum):  # a str mixin keeps Enum's str() and format()
    READ = "r"
    WRITE = "w"


print(Mode.READ, repr(Mode.READ), f"{Mode.WRITE}", Mode.READ == "r", Mode.READ.upper(), json.dumps(Mode.READ))


class Level(int, Enum):
    DEBUG = 10
    INFO = 20


print(Level.INFO, repr(Level.INFO), f"{Level.DEBUG}", Level.INFO + 5, Level.INFO > Level.DEBUG)


@unique
class Port(IntEnum):
    HTTP = 80
    HTTPS = 443


print(Port.HTTPS, repr(Port.HTTP), Port(80))

try:
    @unique
    class Code(IntEnum):
        OK = 200
        FINE = 200
except ValueError as e:
    print("ValueError:", e)

for bad in (lambda: Priority(7), lambda: Priority["NOPE"], lambda: Color("blue"), lambda: Priority("1")):
    try:
        bad()
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)

try:
    class Bad(StrEnum):
        ONE = 1
except TypeError as e:
    print("TypeError:", e)

try:
    class Worse(IntEnum):
        ONE = "one"
except ValueError as e:
    print("ValueError:", e)

try:
    Priority.LOW + "x"
except TypeError as e:
    print("TypeError:", e)

try:
    Priority.LOW.value = 5
except AttributeError as e:
    print("AttributeError:", e)

try:
    Color.RED.name = "x"
except AttributeError as e:
    print("AttributeError:", e)


class Numbered(IntEnum):
    ONE = "1"
    TWO = 2.5


print(list(Numbered), Numbered.ONE.value, type(Numbered.ONE.value))
