# Sets iterate, print and pop in the order of CPython's hash table: ints by value modulo the table's size,
# str and bytes by their SipHash (PYTHONHASHSEED=0), tuples, floats and frozensets by CPython's hashes.

print({3, 1, 2}, {16, 1, 2, 3, 4}, set([16, 1, 2, 3, 4]))
x = 4
print({16, 1, 2, 3, x}, {x, 16, 1})
for v in {16, 1, 2, 3, 4}:
    print(v, end=" ")
print()
print([v for v in {16, 1, 2, 3, 4}], sorted({16, 1, 2, 3, 4}))

print({"apple", "banana", "cherry", "date"})
print(set(["apple", "banana", "cherry", "date"]))
print({"a", "b", "c", "d", "e"}, {(1, 2), (3, 4), (0, 0)}, {1.5, 2.25, -3.0, 8.0})
pear = "fruit"
print({"pear", 11, 2**61 + 2}, {"plum", 11, 2**61 + 2})
print({b"ab", b"cd", b"ef"}, {2**70, 2**64, 5, -7})
print({True, 2, 1.0, 0, False})

# Deleted keys leave dummies that later keys may reuse; pop() goes on from where it stopped.
s = set(range(20))
for i in range(0, 20, 3):
    s.discard(i)
s.add(100)
s.add(3)
print(s)
print(s.pop(), s.pop(), s.pop(), s)
s.clear()
s.update({"k": 1, 99: 2, 8: 3, 16: 4})
print(s)

a = {1, 2, 3, 40, 50, 64, 65}
b = {3, 64, 7, 8, 129}
print(a | b, a & b, a - b, a ^ b)
print(b | a, b & a, b - a, b ^ a)
print(a.union([99, 1, 33], (129,)), a.intersection([65, 64, 1]), a.difference([1], {2}))
print(a.symmetric_difference([1, 200]), frozenset(a) | b, type(frozenset(a) & b).__name__)
c = set(a)
c &= b
print(c)
c = set(a)
c |= {1000, 32}
print(c)
c = set(a)
c -= b
print(c)
c = set(a)
c ^= b
print(c)
print({*a, *b}, {*b, 0}, {x for x in (64, 128, 0, 1)})
print(frozenset({"x", "y", "z"}), frozenset([9, 17, 25]) | {33})

# The hashes behind that order, as CPython 3.11 computes them with PYTHONHASHSEED=0.
print(hash("abc"), hash("é"), hash("€uro"), hash("😀"), hash(""), hash(b"abc"))
print(hash("\ud800"), hash("x\udc00y"), hash("a😀b"), hash("a" * 300), hash("€" * 300))
print(hash((1, 2)), hash(()), hash((1, (2, "x"))), hash(frozenset({1, 2})), hash(frozenset()))
print(hash(range(3)), hash(range(2, 9, 3)), hash(-1), hash(2**61), hash(1.5))  # range(0) and range(5, 6) hash None, which 3.11 hashes by address
print(range(0) == range(4, 1), range(1, 2) == range(1, 3, 5), range(0, 3) == range(0, 3, 1))
print({range(0), range(4, 1)}, len({range(1, 2), range(1, 3, 5)}))

try:
    for v in s:
        s.add(v * 1000)
except RuntimeError as e:
    print("RuntimeError:", e)
print({frozenset({1}), 1} - {frozenset({1})}, {1, 2}.issubset(range(5)), {frozenset({1})}.issuperset([{1}].pop() and [frozenset({1})]))
print({1, 2, 3}.symmetric_difference({2: "x", 5: "y"}), {1} in {frozenset({1})})
