# match statements: sequence patterns (lists, tuples, ranges, deques, named tuples; never str, bytes,
# bytearray, dicts, sets or iterators) with star patterns, and mapping patterns with **rest.
import collections


def shape(value):
    match value:
        case []:
            return "empty"
        case [x]:
            return f"one: {x!r}"
        case [x, y]:
            return f"two: {x!r} {y!r}"
        case [first, *middle, last]:
            return f"first {first!r}, middle {middle!r}, last {last!r}"
        case _:
            return f"not a sequence: {type(value).__name__}"


Point = collections.namedtuple("Point", "x y")
samples = [[], (), [1], (1,), [1, 2], (1, 2, 3), list(range(6)), range(3), range(0), range(10, 0, -3),
           collections.deque([7, 8, 9]), Point(4, 5), "ab", "a", b"ab", bytearray(b"xy"), {1: 2},
           {1, 2}, frozenset([1]), (n for n in [1, 2]), 12, None]
for s in samples:
    print(shape(s))


def stars(value):
    match value:
        case [*_]:
            head = "-"
        case _:
            return "no"
    match value:
        case [0, *rest]:
            return f"starts with 0, rest {rest}"
        case [*init, 0]:
            return f"ends with 0, init {init}"
        case [a, *_, b] if a == b:
            return f"same ends {a}"
        case [*everything]:
            return f"{head} everything {everything}"


for s in [[0, 1, 2], (3, 0), [5, 6, 5], (9,), [], range(4), collections.deque([0])]:
    print(s, "->", stars(s))

# Nested sequence patterns, tuples and lists alike; a huge range is not copied.
for value in [[1, [2, 3]], (1, (2, 3)), [1, (2, [3, 4])], [1, [2]], ((1, 2), (3, 4), (5, 6))]:
    match value:
        case [a, [b, c]]:
            print("pair in list", a, b, c)
        case [a, (b, [c, d])]:
            print("deeper", a, b, c, d)
        case [(a, b), *pairs]:
            print("pairs", a, b, pairs)
        case other:
            print("other", other)

match range(10 ** 12):
    case [first, second, *_, last]:
        print("a huge range", first, second, last)

match range(10 ** 12):
    case [first, *_] | [first]:
        print("first of a huge range", first)

# The subject can be a tuple written without parentheses, with a star.
extra = [3, 4]
match 1, 2, *extra:
    case (1, 2, 3, 4):
        print("tuple subject with a star")


def config(value):
    match value:
        case {"host": str(host), "port": int(port), **rest} if rest:
            return f"{host}:{port} with {rest}"
        case {"host": host, "port": port}:
            return f"{host}:{port}"
        case {"host": host}:
            return f"{host} on the default port"
        case {}:
            return f"a mapping without a host: {value!r}"
        case _:
            return f"not a mapping: {value!r}"


for c in [{"host": "demo", "port": 80}, {"port": 1, "host": "x", "debug": True, "retries": 3},
          {"host": "y", "port": "80"}, {"host": "z"}, {}, {"other": 1}, [("host", "h")], "host",
          collections.OrderedDict(host="od", port=1), collections.Counter(host=2)]:
    print(config(c))

# Keys are literals or dotted names; values are looked up as dict.get does: a defaultdict makes no key.
class Keys:
    NAME = "name"
    AGE = "age"


people = collections.defaultdict(int, {"name": "Ada"})
match people:
    case {Keys.NAME: name, Keys.AGE: age}:
        print("not printed", name, age)
    case {Keys.NAME: name, **rest}:
        print("name", name, "rest", rest, type(rest).__name__)
print("the defaultdict still has", dict(people))

match {1: "one", 2.0: "two", None: "none", True: "true", b"k": "bytes", -3: "minus"}:
    case {1: a, 2: b, None: c, b"k": d, -3: e}:
        print("literal keys", a, b, c, d, e)

match {"a": 1, "b": 2, "c": 3}:
    case {"a": 1, **rest}:
        rest["d"] = 4
        print("rest is a new dict:", rest)

match {"a": {"b": [1, {"c": 2}]}}:
    case {"a": {"b": [_, {"c": deep}]}}:
        print("nested mapping", deep)

# A mapping with fewer keys than the pattern fails before its keys are looked up; a repeated key that is
# looked up raises ValueError; an unhashable key raises TypeError.
class K:
    one = 1
    other_one = 1
    a_list = [1]


match {1: 2}:
    case {K.one: _, K.other_one: _}:
        print("not printed")
    case _:
        print("too short to look up its keys")
try:
    match {1: 2, 3: 4}:
        case {K.one: _, K.other_one: _}:
            print("not printed")
except ValueError as e:
    print("ValueError:", e)
try:
    match {1: 2, 3: 4}:
        case {5: _, K.one: _, K.other_one: _}:
            print("not printed")
        case _:
            print("a missing first key fails before the repeated one is seen")
except ValueError as e:
    print("ValueError:", e)
try:
    match {1: 2}:
        case {K.a_list: _}:
            print("not printed")
except TypeError as e:
    print("TypeError:", e)

# A list is a sequence but no mapping; a dict is a mapping but no sequence.
for value in [[1, 2], {0: 1, 1: 2}]:
    match value:
        case {0: a}:
            print("mapping", a)
        case [a, b]:
            print("sequence", a, b)
