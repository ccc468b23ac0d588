# match statements: class patterns with keyword and positional sub-patterns (__match_args__), dataclasses,
# named tuples, the builtin types that match themselves (int(x), str(s) ...), and CPython's TypeErrors.
import collections
import dataclasses


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class Circle:
    def __init__(self, center, radius):
        self.center = center
        self.radius = radius

    @property
    def area(self):
        return round(3.14159 * self.radius ** 2, 2)


def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point3(x, y, z=0):
            return f"3-D point on the floor at {x}, {y}"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point(x, y) if x == y:
            return f"on the diagonal at {x}"
        case Point():
            return f"somewhere: {p.x}, {p.y}"
        case Circle(center=Point(0, 0), radius=r):
            return f"a circle around the origin, radius {r}"
        case Circle(area=a) if a > 100:
            return f"a big circle of area {a}"
        case Circle(missing=_):
            return "not printed: Circle has no attribute 'missing', so the pattern fails"
        case Circle():
            return "a small circle"
        case _:
            return "not a shape"


for shape in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 7), Point3(1, 2, 0),
              Point3(0, 0, 0), Point3(1, 2, 3), Circle(Point(0, 0), 2), Circle(Point(1, 1), 10),
              Circle(Point(1, 1), 1), "point"]:
    print(where(shape))


@dataclasses.dataclass
class Move:
    dx: int
    dy: int = 0
    label: str = dataclasses.field(default="", init=False)


@dataclasses.dataclass(frozen=True)
class Quit:
    code: int


@dataclasses.dataclass(match_args=False)
class Opaque:
    value: int


print(Move.__match_args__, Quit.__match_args__, hasattr(Opaque, "__match_args__"))
for command in [Move(1), Move(0, -1), Move(2, 3), Quit(0), Quit(4), Opaque(1)]:
    match command:
        case Move(0, dy):
            print("vertical move by", dy)
        case Move(dx, 0):
            print("horizontal move by", dx)
        case Move(dx=dx, dy=dy, label=""):
            print("diagonal move", dx, dy)
        case Quit(0):
            print("clean quit")
        case Quit(code=code):
            print("quit with", code)
        case Opaque(value=v):
            print("opaque", v)

Pair = collections.namedtuple("Pair", ["left", "right"])
print(Pair.__match_args__)
match Pair(1, Pair(2, 3)):
    case Pair(a, Pair(b, right=c)):
        print("nested named tuples", a, b, c)
match Pair("l", "r"):
    case (left, right):
        print("a named tuple is a sequence too", left, right)


# Builtin types match the subject itself with one positional sub-pattern.
def kind(value):
    match value:
        case bool(b):
            return f"bool {b}"
        case int(0) | float(0.0):
            return "a zero"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int(real=r, imag=0):
            return f"int with real part {r}"
        case float(f):
            return f"float {f}"
        case str("") | bytes(b""):
            return "empty text"
        case str(s) | bytes(s):
            return f"text {s!r}"
        case list([first, *_]):
            return f"list starting with {first}"
        case list() | tuple():
            return "another list or tuple"
        case dict({"k": v}):
            return f"dict with k={v}"
        case dict():
            return "another dict"
        case set(s) | frozenset(s):
            return f"a set of {len(s)}"
        case collections.Counter():
            return "not printed: a Counter is a dict"
        case _:
            return "something else"


for v in [True, 0, 0.0, -5, 7, 1.5, "", b"", "abc", b"xyz", [4, 5], [], (1,), {"k": 2}, {},
          {1, 2}, frozenset(), None]:
    print(repr(v), "->", kind(v))
match collections.Counter("aab"):
    case dict(counts):
        print("Counter matches dict(...) with itself:", counts)


# The errors CPython raises while matching a class pattern.
class NoArgs:
    pass


class ListArgs:
    __match_args__ = ["a"]


class BadArgs:
    __match_args__ = ("a", 3)
    a = 1


class Two:
    __match_args__ = ("a", "b")
    a = 1
    b = 2


not_a_class = 5


def matches_noargs(s):
    match s:
        case NoArgs(1):
            return True


def matches_list_args(s):
    match s:
        case ListArgs(1):
            return True


def matches_bad_args(s):
    match s:
        case BadArgs(1, 2):
            return True


def matches_two_three(s):
    match s:
        case Two(1, 2, 3):
            return True


def matches_twice(s):
    match s:
        case Two(1, a=1):
            return True


def matches_not_a_class(s):
    match s:
        case not_a_class():
            return True


def matches_two_ints(s):
    match s:
        case int(1, 2):
            return True


for check, subject in [(matches_noargs, NoArgs()), (matches_noargs, 5), (matches_list_args, ListArgs()),
                       (matches_bad_args, BadArgs()), (matches_two_three, Two()), (matches_twice, Two()),
                       (matches_not_a_class, 1), (matches_two_ints, 1), (matches_two_ints, "1")]:
    try:
        print(check.__name__, "->", check(subject))
    except TypeError as e:
        print(check.__name__, "-> TypeError:", e)
