# Operators on classes, as CPython's binary_op1 asks them: a.__iop__(b) for a OP= b, then a.__op__(b),
# then b.__rop__(a); NotImplemented passes the question on.
class V:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"V({self.x})"
    def __add__(self, o):
        return V(self.x + (o.x if isinstance(o, V) else o))
    def __radd__(self, o):
        return V(o + self.x)
    def __sub__(self, o):
        return NotImplemented
    def __rsub__(self, o):
        return V(("rsub", o))
    def __matmul__(self, o):
        return ("matmul", self.x, o)
    def __pow__(self, o):
        return ("pow", self.x, o)
    def __rpow__(self, o):
        return ("rpow", o, self.x)
    def __and__(self, o):
        return ("and", self.x, o)
    def __or__(self, o):
        return ("or", self.x, o)
    def __ror__(self, o):
        return ("ror", o, self.x)
    def __xor__(self, o):
        return ("xor", self.x, o)
    def __lshift__(self, o):
        return ("lshift", self.x, o)
    def __rshift__(self, o):
        return ("rshift", self.x, o)
    def __floordiv__(self, o):
        return ("floordiv", self.x, o)
    def __rmod__(self, o):
        return ("rmod", o, self.x)
    def __neg__(self):
        return V(-self.x)
    def __invert__(self):
        return ("invert", self.x)

class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
    def __repr__(self):
        return f"Acc({self.items})"

class W(V):
    def __radd__(self, o):
        return ("W.radd", o)

print(V(1) + V(2), V(1) + 5, 5 + V(1), -V(3), ~V(4))
print(V(1) @ 2, V(2) ** 3, 2 ** V(3), V(1) & 1, V(1) | 2, 3 | V(1), V(1) ^ 4)
print(V(1) << 2, V(1) >> 3, V(1) // 2, 7 % V(2))
try:
    V(1) - V(2)
except TypeError as e:
    print(e)
a = Acc()
b = a
a += 1
a += "x"
print(a, a is b)
v = V(1)
v += 10
print(v)
print(V(1) + W(2))
for f in (lambda: [] @ [], lambda: ~1.5, lambda: -"x"):
    try:
        f()
    except TypeError as e:
        print(e)
m = V(2)
m @= 3
print(m)
try:
    V(1) - 5
except TypeError as e:
    print(e)
try:
    V(1) * 2
except TypeError as e:
    print(e)
try:
    2 * V(1)
except TypeError as e:
    print(e)
try:
    V(1) < V(2)
except TypeError as e:
    print(e)
try:
    x = V(1)
    x *= 3
except TypeError as e:
    print(e)
import operator
print(operator.matmul(V(5), 6), operator.or_(V(1), 0), operator.pow(2, 10))
from dataclasses import dataclass
@dataclass(order=True)
class P:
    a: int
    b: int = 0
print(P(1, 2) < P(1, 3), P(2) >= P(1, 9), sorted([P(3), P(1, 5), P(1)]))
try:
    P(1) < 3
except TypeError as e:
    print(e)
s = {1, 2}
s |= {3}
s -= {1}
s &= {2, 3, 4}
s ^= {9}
print(sorted(s))
print(2 ** -1, 7 // -2, -7 % 3, 1 << 70, (1 << 70) >> 68, ~5, -(2 ** 63), 10 ** 20 // 3)
