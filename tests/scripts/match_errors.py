# match statements: the lines tracebacks show for errors raised while evaluating the subject, matching a
# pattern (on the case's line, or the line of a pattern spread over several), in a guard and in a body.
import traceback


class Config:
    __match_args__ = ("name",)

    def __init__(self, name):
        self.name = name


class Broken:
    __match_args__ = "name"  # a str, not a tuple


class Lazy:
    __match_args__ = ("value",)

    @property
    def value(self):
        raise AttributeError("not computed yet")


class Strict:
    @property
    def value(self):
        raise KeyError("value")


class Weird:
    def __eq__(self, other):
        raise RuntimeError("cannot compare")


def subject_fails(x):
    match 1 / x:
        case 1.0:
            return "one"


def guard_fails(x):
    match x:
        case [a, b] if a / b > 1:
            return "big"
        case _:
            return "small"


def eq_fails(x):
    match x:
        case "literal":
            return "not reached"


def pattern_on_a_later_line(x):
    match x:
        case 0:
            return "zero"
        case [Config(name="a"),
              Broken(name)]:
            return name


def body_fails(x):
    match x:
        case {"n": n}:
            return 10 // n


def attribute_error_fails_the_pattern(x):
    match x:
        case Lazy(v):
            return f"lazy {v}"
        case Strict(value=v):
            return f"strict {v}"
        case _:
            return "no value"


print(attribute_error_fails_the_pattern(Lazy()))
for function, argument in [(subject_fails, 0), (guard_fails, [1, 0]), (eq_fails, Weird()),
                           (pattern_on_a_later_line, [Config("a"), Broken()]), (body_fails, {"n": 0}),
                           (attribute_error_fails_the_pattern, Strict())]:
    try:
        function(argument)
    except Exception as e:
        print(function.__name__, "raised", type(e).__name__, e)
        traceback.print_exc()


def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x}, {y}"
        case {"type": "key",
              "key": Config(name)}:
            return f"key {name}"
        case {"type": "move",
              "to": Broken(place)}:
            return f"move to {place}"


print(handle({"type": "click", "pos": (1, 2)}))
print(handle({"type": "key", "key": Config("q")}))
print(handle({"type": "key", "key": Broken()}))
print(handle({"type": "move", "to": Broken()}))
