# enum: Flag and IntFlag as CPython 3.11 has them: |, &, ^ and ~ make (pseudo-)members with composed
# names, `in` tests bits, iterating a value gives its members, reprs like <Perm.R|W: 6>, auto() gives
# powers of two, unknown bits are refused by Flag and kept by IntFlag.
from enum import Flag, IntFlag, auto


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(rw, repr(rw), str(rw), f"{rw}", format(rw, "03b"), "%d %s %r" % (rw, rw, rw))
print(repr(Perm.R & Perm.W), repr(Perm.R ^ Perm.R), repr(~Perm.R), repr(~rw), repr(Perm.R | 8), repr(8 | Perm.R))
print(repr(rw & 6), repr(rw ^ Perm.X), rw + 1, rw * 2, type(rw + 1), rw == 6, isinstance(rw, int))
print(Perm.R in rw, Perm.X in rw, Perm.W | Perm.X in rw, list(rw), len(rw), bool(Perm(0)), repr(Perm(0)))
print(list(Perm), len(Perm), Perm(7), repr(Perm(7)), repr(Perm(5)), repr(Perm(12)), repr(Perm(-1)))
print(rw.name, rw.value, type(rw), (Perm.R | Perm.W) is rw, Perm(6) == rw, Perm.R.name, Perm(0).name)
print({rw: "read-write"}[6], [m.name for m in Perm(7)], sorted(Perm(7)), str(Perm(0)))


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE  # a member of several bits: an alias, not listed


purple = Color.RED | Color.BLUE
print(purple, repr(purple), f"{purple}", f"[{purple:>16}]", str(Color.RED), repr(Color.GREEN))
print([c.value for c in Color], list(Color), len(Color), list(Color.WHITE), Color.WHITE.name)
print(repr(~Color.RED), repr(~Color.WHITE), repr(Color.RED & Color.GREEN), repr(purple ^ Color.RED))
print(Color.RED in purple, Color.GREEN in purple, purple in Color.WHITE, Color.WHITE in purple)
print(bool(Color.RED & Color.GREEN), bool(purple), len(purple), repr(Color(0)), str(Color(0)))
print((Color.RED | Color.BLUE) is purple, Color(5) is purple, Color(7) is Color.WHITE, Color["WHITE"])
print(list(Color.__members__), Color.RED.value, purple.value, purple.name, Color(0).name)
print(Color, Perm, type(Color.RED), isinstance(purple, Color))


class Weekday(Flag):
    SATURDAY = 64
    SUNDAY = 1
    MONDAY = 2
    WEEKEND = SATURDAY | SUNDAY


print(list(Weekday), repr(Weekday.WEEKEND), list(Weekday.WEEKEND), repr(Weekday.MONDAY | Weekday.SATURDAY))


class Open(IntFlag):
    READ = auto()
    WRITE = auto()
    APPEND = auto()
    CREATE = 32


print([(o.name, o.value) for o in Open], repr(Open.READ | Open.CREATE), Open.CREATE | 1)

for bad in (lambda: Color(8), lambda: Color("red"), lambda: Color.RED | 1, lambda: 1 in purple,
            lambda: Color.RED < Color.BLUE, lambda: Perm.R in Color.RED):
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
