# Ordering comparisons ask the left operand's method for the operator, then the right operand's reflected
# one (a > b asks b.__lt__(a) when a has no __gt__), skipping NotImplemented; a TypeError names the
# operator and the two types in the order they were written.
class OnlyLe:
    def __init__(self, v):
        self.v = v

    def __le__(self, other):
        print(f"  {self.v}.__le__({other.v})")
        return self.v <= other.v


class OnlyGt:
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        if not hasattr(other, "v"):
            return NotImplemented
        print(f"  {self.v}.__gt__({other.v})")
        return self.v > other.v


class Declines:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print(f"  {self.v}.__lt__ declines")
        return NotImplemented


print("OnlyLe(1) <= OnlyLe(2):", OnlyLe(1) <= OnlyLe(2))
print("OnlyLe(3) >= OnlyLe(2):", OnlyLe(3) >= OnlyLe(2))
print("OnlyGt(1) > OnlyGt(2):", OnlyGt(1) > OnlyGt(2))
print("OnlyGt(1) < OnlyGt(2):", OnlyGt(1) < OnlyGt(2))
print("Declines(1) < OnlyGt(2):", Declines(1) < OnlyGt(2))

for op, f in [("<", lambda a, b: a < b), ("<=", lambda a, b: a <= b), (">", lambda a, b: a > b),
              (">=", lambda a, b: a >= b)]:
    for a, b in [(1, "x"), ("x", 1), ((1, 2), (1, "y")), (OnlyGt(1), [5]), (None, None)]:
        try:
            print(op, f(a, b))
        except TypeError as e:
            print(op, "TypeError:", e)

print((1, 2, 3) <= (1, 2), (1, 2) <= (1, 2, 3), (1, 3) > (1, 2, 9), [2] >= [2])
print({1, 2} <= {1, 2, 3}, {1, 2} > {1}, {1, 2} < {1, 2}, {1} >= {2})
print("b" > "a", b"a" >= b"b", 2.5 > 2, float("nan") >= float("nan"))
print(sorted([OnlyGt(3), OnlyGt(1), OnlyGt(2)], key=lambda o: o.v)[0].v)
try:
    sorted([OnlyLe(2), OnlyLe(1)])
except TypeError as e:
    print("sorted:", e)
