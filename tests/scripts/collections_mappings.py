# defaultdict, Counter, OrderedDict and namedtuple from collections.
import asyncio
from collections import defaultdict, Counter, OrderedDict, namedtuple

# defaultdict: grouping results of tasks by their kind
groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(groups)
print(groups["a"], len(groups), "z" in groups)
print(groups["z"], "z" in groups)
print(type(groups), isinstance(groups, dict))
print(groups.default_factory)
counts = defaultdict(int)
for c in "mississippi":
    counts[c] += 1
print(counts)
print(dict(counts))
print(sorted(counts.items()))
plain = defaultdict()
print(plain, plain.default_factory)
try:
    plain["missing"]
except KeyError as e:
    print("KeyError", e)
print(counts.get("q"), "q" in counts)
copy = counts.copy()
copy["m"] = 100
print(copy["m"], counts["m"], type(copy).__name__)
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError:", e)
seeded = defaultdict(lambda: "?", {"a": "x"}, b="y")
print(seeded["a"], seeded["b"], seeded["c"], len(seeded))

# Counter
words = "the cat and the hat and the bat".split()
c = Counter(words)
print(c)
print(c.most_common(2))
print(c.most_common())
print(c["the"], c["dog"], "dog" in c)
c.update(["cat", "cat"])
print(c)
c.update({"hat": 3})
print(c["hat"])
c.subtract(["the", "the", "the", "the"])
print(c)
print(sorted(c.elements()))
a = Counter(a=3, b=1)
b = Counter(a=1, b=2, c=1)
print(a + b)
print(a - b)
print(b - a)
print(Counter(), Counter("aab") == {"a": 2, "b": 1})
print(Counter({"x": 2, "y": 5}).total())
letters = Counter("hello world")
print(letters.most_common(3))
print(type(letters), isinstance(letters, dict))
print(list(Counter("banana").keys()), list(Counter("banana").values()))

# OrderedDict
od = OrderedDict()
od["first"] = 1
od["second"] = 2
od["third"] = 3
print(od)
od.move_to_end("first")
print(list(od))
od.move_to_end("third", last=False)
print(list(od.keys()))
print(od.popitem())
print(od.popitem(last=False))
print(od, len(od))
print(OrderedDict())
print(OrderedDict([("k", "v")]), OrderedDict(a=1))
try:
    od.move_to_end("nope")
except KeyError as e:
    print("KeyError", e)
od.popitem()
try:
    od.popitem()
except KeyError as e:
    print("KeyError", e)

# namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1])
x, y = p
print(x + y, len(p), p == (1, 2), isinstance(p, tuple))
print(Point._fields)
print(p._asdict())
print(p._replace(y=10), p)
q = Point(x=3, y=4)
print(q, q.x * q.y)
print(Point._make([5, 6]))
print(Point)
print(type(p))
Job = namedtuple("Job", "name priority retries", defaults=[0])
print(Job("build", 2))
print(Job("test", 1, 3))
print(sorted([Job("b", 2), Job("a", 2), Job("c", 1)], key=lambda j: j.priority))
for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: Job()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    p._replace(z=1)
except ValueError as e:
    print("ValueError:", e)
print({p: "origin-ish"}[Point(1, 2)])
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)


async def fetch(name, delay):
    await asyncio.sleep(delay)
    return Point(name, delay)


async def main():
    results = await asyncio.gather(fetch("a", 0.2), fetch("b", 0.1))
    tally = Counter(r.y for r in results)
    print(results, tally)


asyncio.run(main())
