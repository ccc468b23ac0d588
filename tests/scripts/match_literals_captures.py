# match statements: literal, capture, wildcard, value, group, or and as patterns, guards, and the soft
# keywords `match`, `case` and `_` used as ordinary names.
import enum
import math


class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


class Limits:
    LOW = 10
    HIGH = 100


def describe(value):
    match value:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case -0.5:
            return "minus a half"
        case "hello" | "hi":
            return "a greeting"
        case b"raw":
            return "raw bytes"
        case "con" "cat":
            return "concatenated"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case Color.RED:
            return "red"
        case Limits.LOW | Limits.HIGH:
            return "a limit"
        case math.pi:
            return "pi"
        case _:
            return "something else: %r" % (value,)


for v in [0, 0.0, -1, 2.5, -0.5, "hello", "hi", b"raw", "concat", None, True, False, 1, 1.0,
          Color.RED, Color.BLUE, 10, 100, 3.141592653589793, [], "zero"]:
    print(repr(v), "->", describe(v))


# True matches the literal 1 (1 == True), but 1 is not the singleton True (identity)
match True:
    case 1:
        print("True == 1, so the literal 1 matches it")
match 1:
    case True:
        print("not printed")
    case other:
        print("1 is not True:", other)


def classify(n):
    match n:
        case 0 | 1 | 2 as small:
            return f"small {small}"
        case (3 | 4) as medium:
            return f"medium {medium}"
        case x if x < 0:
            return f"negative {x}"
        case x if x > 1000:
            return f"huge {x}"
        case (x):
            return f"other {x}"


for n in [0, 2, 3, 4, -7, 5000, 50]:
    print(n, classify(n))


# A guard that fails leaves the names of its pattern bound; a pattern that fails binds nothing.
def guard_leaves_bindings(value):
    found = "unset"
    match value:
        case [found, second] if found > second:
            return "descending", found
        case [first, *_] if first == 0:
            pass
        case _:
            pass
    return found, locals()


print(guard_leaves_bindings([1, 2]))
print(guard_leaves_bindings([0, 5, 6]))
print(guard_leaves_bindings("no"))


def unbound():
    match 5:
        case 6:
            late = "set"
        case int(late2) if late2 > 10:
            pass
    try:
        return late
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    return late2


print(unbound())

# `match`, `case` and `_` are names everywhere outside a match statement.
match = [1, 2]
case = {"k": "v"}
_ = "underscore"
print(match, case, _)
match.append(3)
print(match[0], case["k"], len(match))


def match(*args):  # noqa: F811
    return "called match with %s" % (args,)


print(match(1, 2))
print(match((1, 2)))
match, case = case, match
print(match, case.__name__)
match = 7
match match:
    case 7:
        print("matched the variable named match")
case = 3
match case, match:
    case (3, 7):
        print("a tuple subject")
    case _:
        print("no")

# A subject with a walrus, nested match statements, break and continue inside cases.
data = [("add", 1, 2), ("neg", 5), ("stop",), ("mul", 3, 4), ("skip",), ("div", 1, 0)]
total = 0
for command in data:
    match command:
        case ("add", a, b):
            total += a + b
        case ("neg", a):
            total -= a
        case ("skip",):
            continue
        case ("mul", a, b):
            match (a, b):
                case (0, _) | (_, 0):
                    total += 0
                case _:
                    total += a * b
        case ("stop",):
            print("stop seen at total", total)
        case (name, *args):
            print("unknown command", name, args)
            break
    print("after", command[0], "total", total)

if (n := len(data)) > 3:
    match n:
        case 6:
            print("six commands")

x = 42
def uses_global():
    global x
    match 99:
        case x:
            pass
uses_global()
print("x is now", x)

# `case` in a match block starts a case only as the first word of a clause.
match {"case": 1}:
    case {"case": case}:
        print("bound a variable named case:", case)
