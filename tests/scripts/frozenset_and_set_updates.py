fs = frozenset([3, 1, 2, 1])
print(frozenset([2]), frozenset(), type(fs), type(fs).__name__, len(fs), 2 in fs, sorted(fs))
print(fs == {1, 2, 3}, {1, 2, 3} == fs, fs <= {1, 2, 3, 4}, isinstance(fs, frozenset), isinstance(fs, set))
print(hash(fs) == hash(frozenset([1, 2, 3])), hash(frozenset()) == hash(frozenset([])))
d = {fs: "x", frozenset(): "empty"}
print(d[frozenset({1, 2, 3})], d[frozenset()])
s = {frozenset({1}), frozenset({1}), frozenset({2})}
print(len(s))
print(type(fs | {9}).__name__, type({9} | fs).__name__, type(fs & {1}).__name__, type(fs - {1}).__name__, type(fs ^ {1}).__name__)
print(sorted(fs.union([7])), type(fs.union([7])).__name__, fs.copy() is fs, fs.issubset([1, 2, 3]), fs.isdisjoint([5]), {1}.isdisjoint([1]))
g = fs
g |= {4}
print(sorted(g), sorted(fs), g is fs)
try:
    fs.add(4)
except AttributeError as e:
    print(e)
try:
    hash({1})
except TypeError as e:
    print(e)
print(frozenset(fs) is fs, frozenset("abc") == frozenset("cab"))
print({frozenset({1, 2}): 1}.get(frozenset([2, 1])))
t = (frozenset({1}), 2)
print(hash(t) == hash((frozenset([1]), 2)))
try:
    frozenset([[1]])
except TypeError as e:
    print(e)
print(repr(frozenset({"a"})), str(frozenset({1})))
print([n for n in dir(fs) if not n.startswith("_")])
print([n for n in dir(set()) if not n.startswith("_")])
s={1,2,3}
s.difference_update([1],[2])
print(s)
s={1,2,3}
s.intersection_update([1,2],[2])
print(s)
s={1,2}
s.symmetric_difference_update([2,5])
print(s)
