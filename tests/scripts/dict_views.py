# dict.keys(), values() and items() are live views: they print as dict_keys([...]), see later changes,
# compare and combine as sets (keys, items), and iterating one while the dict changes size is an error.
d = {"a": 1, "b": 2}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(type(k).__name__, type(v).__name__, type(i).__name__, len(k), "a" in k, 2 in v, ("b", 2) in i, ("b", 3) in i)
d["c"] = 3
print(k, list(v), sorted(i))
print(k == {"a", "b", "c"}, k == ["a", "b", "c"], v == v, v == d.values(), i == {("a", 1), ("b", 2), ("c", 3)})
print(sorted(k & {"a", "z"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "z"}), sorted({"a", "q"} & k))
print(k.isdisjoint({"x"}), k.isdisjoint(["a"]))
print(list(reversed(k)), list(reversed(v)), list(reversed(i)), type(reversed(k)).__name__)
print(type(iter(k)).__name__, type(iter(v)).__name__, type(iter(i)).__name__)
for key, value in d.items():
    print(key, value)
print(dict(d.items()), list(zip(d.keys(), d.values())), max(d.values()), sum(d.values()), set(d.keys()) == set(k))
try:
    for key in d.keys():
        d[key + "!"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    for val in d.values():
        del d["a"]
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    {}.keys() & 5
except TypeError as e:
    print("TypeError:", e)
print(str(d.keys()), repr({}.items()), f"{d.values()}")
print([x for x in {"q": 1}.items()])
import asyncio
async def main():
    results = {"x": await asyncio.sleep(0.1, result=1)}
    print(results.items())
asyncio.run(main())
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return iter(range(self.n))
    def __reversed__(self):
        return iter(["reversed", self.n])
print(list(reversed(Countdown(3))))
# a view inside its own dict prints as ..., as a list inside itself prints as [...]
loop = {}
loop["v"] = loop.values()
loop["i"] = loop.items()
print(loop, loop.keys())
