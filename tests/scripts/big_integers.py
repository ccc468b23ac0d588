# Python ints have no size limit: what a learner meets past 2**63 (factorials, powers, big sums, hashes,
# conversions to and from text and floats, and the digit limit of CPython 3.11).
import json
import math


def show(label, value):
    print(f"{label}: {value!r}")


def attempt(label, fn):
    try:
        show(label, fn())
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")


# ---- growing past 64 bits, and back ----
big = 2 ** 100
show("2**100", big)
show("type", type(big).__name__)
show("isinstance int", isinstance(big, int))
show("2**63", 2 ** 63)
show("2**63 - 1 + 1", (2 ** 63 - 1) + 1)
show("-(2**63)", -(2 ** 63))
show("-(-(2**63))", -(-(2 ** 63)))
show("9223372036854775807 * 2", 9223372036854775807 * 2)
show("literal", 123456789012345678901234567890)
show("hex literal", 0xFFFF_FFFF_FFFF_FFFF_FFFF)
show("binary literal", 0b1 << 70)
show("back to small", (2 ** 100 + 5) - 2 ** 100)
show("small again is small", ((2 ** 100 + 5) - 2 ** 100) == 5)
show("factorial(30)", math.factorial(30))
show("factorial(52)", math.factorial(52))
show("10**20 // 3", 10 ** 20 // 3)
show("round(1e19)", round(1e19))
show("round(-2.5e20)", round(-2.5e20))
show("int(1e30)", int(1e30))
show("int(-1.5e25)", int(-1.5e25))
show("math.floor(1e20)", math.floor(1e20))
show("math.ceil(-3.7e19)", math.ceil(-3.7e19))

# ---- arithmetic with floor semantics ----
a = 3 ** 80
b = -(7 ** 30)
for op, fn in [("+", lambda x, y: x + y), ("-", lambda x, y: x - y), ("*", lambda x, y: x * y),
               ("//", lambda x, y: x // y), ("%", lambda x, y: x % y)]:
    show(f"a {op} b", fn(a, b))
    show(f"b {op} a", fn(b, a))
    show(f"-a {op} b", fn(-a, b))
show("divmod(a, b)", divmod(a, b))
show("divmod(-a, 12345)", divmod(-a, 12345))
show("divmod(a, -10**25)", divmod(a, -10 ** 25))
show("a // 1", a // 1)
show("-a // -1", -a // -1)
show("(-2**63) // -1", (-2 ** 63) // -1)
attempt("a // 0", lambda: a // 0)
attempt("a % 0", lambda: a % 0)
attempt("divmod(a, 0)", lambda: divmod(a, 0))
show("2 ** 200", 2 ** 200)
show("(-3) ** 41", (-3) ** 41)
show("(-1) ** (10 ** 30)", (-1) ** (10 ** 30))
show("1 ** (10 ** 30)", 1 ** (10 ** 30))
show("0 ** (10 ** 30)", 0 ** (10 ** 30))
show("2 ** -3", 2 ** -3)
show("(10**30) ** -1", (10 ** 30) ** -1)
show("pow(3, 200, 10**9 + 7)", pow(3, 200, 10 ** 9 + 7))
show("pow(a, b * b, 97)", pow(a, b * b, 97))
show("pow(-a, 3, 10**25)", pow(-a, 3, 10 ** 25))
show("pow(5, 77, -13)", pow(5, 77, -13))
show("pow(3, -1, 7)", pow(3, -1, 7))
show("pow(2**70 + 1, -1, 10**9 + 7)", pow(2 ** 70 + 1, -1, 10 ** 9 + 7))
attempt("pow(2, -1, 4)", lambda: pow(2, -1, 4))
attempt("pow(2, 5, 0)", lambda: pow(2, 5, 0))
attempt("pow(2.0, 5, 3)", lambda: pow(2.0, 5, 3))
show("abs(b)", abs(b))
show("abs(-2**63)", abs(-2 ** 63))
show("-b", -b)
show("+b", +b)
show("~a", ~a)
show("~b", ~b)
total = 0
for i in range(1, 60):
    total += 10 ** i
show("sum of powers", total)
show("sum()", sum([2 ** 64, 2 ** 65, -(2 ** 66)]))
show("sum() back to 0", sum([2 ** 64, -(2 ** 64)]))
show("math.prod", math.prod(range(1, 26)))
x = 1
x *= 2 ** 40
x *= 2 ** 40
x += 1
x -= 2 ** 80
show("in-place", x)

# ---- true division, correctly rounded ----
show("10**20 / 3", 10 ** 20 / 3)
show("(2**63 - 1) / 3", (2 ** 63 - 1) / 3)
show("(2**53 + 1) / 1", (2 ** 53 + 1) / 1)
show("10**400 / 10**399", 10 ** 400 / 10 ** 399)
show("1 / 10**400", 1 / 10 ** 400)
show("-7 / 10**30", -7 / 10 ** 30)
show("0 / -(10**30)", 0 / -(10 ** 30))
show("(3**200) / (7**100)", (3 ** 200) / (7 ** 100))
attempt("10**400 / 3", lambda: 10 ** 400 / 3)
attempt("a / 0", lambda: a / 0)

# ---- floats ----
show("float(2**100)", float(2 ** 100))
show("float(2**53 + 1)", float(2 ** 53 + 1))
show("float(2**54 + 3)", float(2 ** 54 + 3))
show("float(-(10**308))", float(-(10 ** 308)))
attempt("float(10**400)", lambda: float(10 ** 400))
attempt("10**400 + 1.0", lambda: 10 ** 400 + 1.0)
show("2**70 + 0.5", 2 ** 70 + 0.5)
show("2**70 * 1.5", 2 ** 70 * 1.5)
show("a % 7.5", a % 7.5)
show("2.0 ** 70 == 2 ** 70", 2.0 ** 70 == 2 ** 70)
show("2**53 + 1 == float(2**53)", 2 ** 53 + 1 == float(2 ** 53))
show("2**53 + 1 > float(2**53)", 2 ** 53 + 1 > float(2 ** 53))
show("10**400 > 1e308", 10 ** 400 > 1e308)
show("-10**400 < -1e308", -10 ** 400 < -1e308)
show("10**400 < float('inf')", 10 ** 400 < float("inf"))
show("10**400 == float('nan')", 10 ** 400 == float("nan"))
show("10**400 < float('nan')", 10 ** 400 < float("nan"))
show("2**64 == 2**64 + 0.0", 2 ** 64 == 2 ** 64 + 0.0)
show("1e19 == 10**19", 1e19 == 10 ** 19)

# ---- comparisons, sorting, hashing ----
values = [2 ** 70, -(2 ** 65), 5, 1.5e20, -3, 10 ** 19, 2 ** 70 - 1, 0, -1e30, True]
show("sorted", sorted(values))
show("max", max(values))
show("min", min(values))
show("a > b", a > b)
show("a == 3**80", a == 3 ** 80)
show("a != 3**80 + 1", a != 3 ** 80 + 1)
show("2**64 in [2**64]", 2 ** 64 in [2 ** 64])
show("hash(2**70)", hash(2 ** 70))
show("hash(2.0**70)", hash(2.0 ** 70))
show("hash(-(2**70))", hash(-(2 ** 70)))
show("hash(2**61 - 1)", hash(2 ** 61 - 1))
show("hash(2**61)", hash(2 ** 61))
show("hash(-1)", hash(-1))
show("hash(12345)", hash(12345))
show("hash(1.5)", hash(1.5))
show("hash(-0.25)", hash(-0.25))
show("hash(1e300)", hash(1e300))
show("hash(10**100)", hash(10 ** 100))
d = {2 ** 80: "big", 3: "small", 2.0 ** 90: "float key"}
show("dict get", d[2 ** 80])
show("dict by int of float key", d[2 ** 90])
show("dict by float of int key", d[float(2 ** 80)])
d[2 ** 80] = "replaced"
show("dict", d)
s = {2 ** 100, 2 ** 100, 10 ** 30, 1e30}
show("set size", len(s))
show("bool(2**100)", bool(2 ** 100))
show("bool(2**100 - 2**100)", bool(2 ** 100 - 2 ** 100))
show("not -(2**70)", not -(2 ** 70))

# ---- bitwise and shifts ----
m = 2 ** 100 - 1
show("m & 0xFFFF", m & 0xFFFF)
show("m & -(2**64)", m & -(2 ** 64))
show("-m & 2**70", -m & 2 ** 70)
show("m | 2**120", m | 2 ** 120)
show("-m | 5", -m | 5)
show("m ^ 2**99", m ^ 2 ** 99)
show("-m ^ -(2**80)", -m ^ -(2 ** 80))
show("1 << 100", 1 << 100)
show("-5 << 70", -5 << 70)
show("3 << 62", 3 << 62)
show("m >> 90", m >> 90)
show("-m >> 90", -m >> 90)
show("-m >> 1000", -m >> 1000)
show("m >> 10**30", m >> 10 ** 30)
show("0 << 10**30", 0 << 10 ** 30)
attempt("m << -1", lambda: m << -1)
attempt("m >> -(2**70)", lambda: m >> -(2 ** 70))
show("(2**100).bit_length()", (2 ** 100).bit_length())
show("(-(2**100)).bit_length()", (-(2 ** 100)).bit_length())
show("(2**64 - 1).bit_length()", (2 ** 64 - 1).bit_length())
show("(0).bit_length()", (0).bit_length())
show("(-(2**63)).bit_length()", (-(2 ** 63)).bit_length())
show("(m).bit_count()", m.bit_count())
show("(-(2**70) + 1).bit_count()", (-(2 ** 70) + 1).bit_count())

# ---- text: str, repr, format, int(str), hex/oct/bin ----
n = 12345678901234567890123
show("str", str(n))
show("str negative", str(-n))
print("print:", n, -n)
print(f"f-string: {n} {n:,} {n:_} {-n:,}")
print(f"{n:>40}|{n:<40}|{n:^40}|")
print(f"{-n:040}|{n:+}|{n: }|{n:+,}")
print(f"{n:x} {n:X} {n:#x} {-n:#X} {n:o} {n:#o} {n:b}")
print(f"{n:_x} {n:#_b}")
print(f"{n:e} {n:.3e} {n:f} {n:g} {n:%}")
print(f"{2**70:n} {2**70:d}")
print("percent: %d %i %x %o %s %r" % (n, -n, n, n, n, n))
print("percent float %d:" % 1e25, "%10.2f" % 2 ** 70)
print(format(n, ","), format(-(2 ** 64), "=+30,"))
attempt("format c", lambda: format(2 ** 70, "c"))
attempt("precision", lambda: format(2 ** 70, ".2"))
show("hex", hex(2 ** 100))
show("hex negative", hex(-(2 ** 100) - 255))
show("oct", oct(2 ** 70 + 1))
show("bin", bin(-(2 ** 65) - 3))
show("hex small", hex(255))
show("bin zero", bin(0))
attempt("hex float", lambda: hex(1.5))
show("int('123456789012345678901234567890')", int("123456789012345678901234567890"))
show("int(' -98765432109876543210 ')", int(" -98765432109876543210 "))
show("int('1_000_000_000_000_000_000_000')", int("1_000_000_000_000_000_000_000"))
show("int('ffffffffffffffffffff', 16)", int("ffffffffffffffffffff", 16))
show("int('0xFFFFFFFFFFFFFFFFFFFF', 0)", int("0xFFFFFFFFFFFFFFFFFFFF", 0))
show("int('0b' + '1' * 80, 0)", int("0b" + "1" * 80, 0))
show("int('0o777', 8)", int("0o777", 8))
show("int('0x_ff', 16)", int("0x_ff", 16))
show("int('zzzzzzzzzzzzzzzzzz', 36)", int("zzzzzzzzzzzzzzzzzz", 36))
show("int('+0', 0)", int("+0", 0))
show("int('000', 0)", int("000", 0))
show("int(2**70)", int(2 ** 70))
show("int(True)", int(True))
for text, base in [("12_", 10), ("1__2", 10), ("_12", 10), ("0x", 16), ("010", 0), ("12a", 10),
                   ("", 10), ("  ", 10), ("9", 8), ("0b2", 0), ("- 5", 10), ("1.5", 10)]:
    attempt(f"int({text!r}, {base})", lambda: int(text, base))
attempt("int('5', 1)", lambda: int("5", 1))
attempt("int('5', 37)", lambda: int("5", 37))
attempt("int(5, 10)", lambda: int(5, 10))
show("repr in a list", [2 ** 64, -(2 ** 64)])
show("str of a tuple", str((10 ** 25,)))

# ---- the 4300-digit limit of CPython 3.11 ----
huge = 10 ** 4299
show("digits of 10**4299", len(str(huge)))
show("digits of -(10**4299)", len(str(-huge)))
attempt("str(10**4300)", lambda: str(10 ** 4300))
attempt("f-string of 10**5000", lambda: f"{10 ** 5000}")
attempt("repr(-(10**4300))", lambda: repr(-(10 ** 4300)))
attempt("int('7' * 4301)", lambda: int("7" * 4301))
show("int('7' * 4300) % 1000", int("7" * 4300) % 1000)
show("hex has no limit", len(hex(10 ** 5000)))
show("int(hex text) has no limit", int("f" * 5000, 16) % 1000)
show("10**5000 % 997", 10 ** 5000 % 997)

# ---- math ----
show("math.factorial(0)", math.factorial(0))
show("math.factorial(100) % 10**30", math.factorial(100) % 10 ** 30)
show("len(str(math.factorial(1000)))", len(str(math.factorial(1000))))
attempt("math.factorial(-1)", lambda: math.factorial(-1))
attempt("math.factorial(2**70)", lambda: math.factorial(2 ** 70))
show("math.gcd(2**100, 6**50)", math.gcd(2 ** 100, 6 ** 50))
show("math.gcd(-(3**60), 3**40 * 5)", math.gcd(-(3 ** 60), 3 ** 40 * 5))
show("math.gcd()", math.gcd())
show("math.lcm(2**70, 3**40)", math.lcm(2 ** 70, 3 ** 40))
show("math.lcm(-(2**70), 6)", math.lcm(-(2 ** 70), 6))
show("math.isqrt(10**40)", math.isqrt(10 ** 40))
show("math.isqrt(2**127)", math.isqrt(2 ** 127))
show("math.isqrt(10**40 - 1)", math.isqrt(10 ** 40 - 1))
attempt("math.isqrt(-(2**70))", lambda: math.isqrt(-(2 ** 70)))
show("math.comb(100, 50)", math.comb(100, 50))
show("math.comb(2**70, 2)", math.comb(2 ** 70, 2))
show("math.comb(10, 11)", math.comb(10, 11))
show("math.perm(40, 20)", math.perm(40, 20))
show("math.perm(25)", math.perm(25))
attempt("math.comb(2**70, 2**68)", lambda: math.comb(2 ** 70, 2 ** 68))
attempt("math.comb(-1, 2)", lambda: math.comb(-1, 2))
show("math.log(10**100)", math.log(10 ** 100))
show("math.log(10**1000)", math.log(10 ** 1000))
show("math.log2(2**5000)", math.log2(2 ** 5000))
show("math.log10(10**2000)", math.log10(10 ** 2000))
show("math.log(10**1000, 10)", math.log(10 ** 1000, 10))
show("math.log(2**64, 2)", math.log(2 ** 64, 2))
attempt("math.log(-(10**1000))", lambda: math.log(-(10 ** 1000)))
attempt("math.sqrt(10**400)", lambda: math.sqrt(10 ** 400))
show("math.sqrt(2**100)", math.sqrt(2 ** 100))
show("math.trunc(2**70)", math.trunc(2 ** 70))
show("round(2**70)", round(2 ** 70))
show("round(12345, -2)", round(12345, -2))
show("round(12350, -2)", round(12350, -2))
show("round(12450, -2)", round(12450, -2))
show("round(-12350, -2)", round(-12350, -2))
show("round(5 * 10**30 + 5 * 10**20, -21)", round(5 * 10 ** 30 + 5 * 10 ** 20, -21))
show("round(2**100, -40)", round(2 ** 100, -40))
show("round(2**100, -1000)", round(2 ** 100, -1000))
show("round(2**100, 5)", round(2 ** 100, 5))
show("round(123.456e20, -18)", round(123.456e20, -18))
attempt("round(float('inf'))", lambda: round(float("inf")))
attempt("int(float('nan'))", lambda: int(float("nan")))

# ---- json ----
payload = {"big": 2 ** 100, "neg": -(10 ** 25), "list": [2 ** 64, 1, 2.5]}
text = json.dumps(payload)
print("json.dumps:", text)
back = json.loads(text)
show("json round trip", back == payload)
show("json.loads big", json.loads("[123456789012345678901234567890, -98765432109876543210]"))
show("json key", json.dumps({2 ** 70: 1}))
attempt("json.loads 4301 digits", lambda: json.loads("9" * 4301))

# ---- where an index must fit ----
attempt("[1, 2][2**70]", lambda: [1, 2][2 ** 70])
show("[1, 2, 3][-(2**70):2**70]", [1, 2, 3][-(2 ** 70):2 ** 70])
show("'abc'[::-(2**70)]", "abc"[::-(2 ** 70)])
attempt("'ab' * 2**70", lambda: "ab" * 2 ** 70)
attempt("'ab' * -(2**70)", lambda: "ab" * -(2 ** 70))
attempt("[0] * -(2**70)", lambda: [0] * -(2 ** 70))
attempt("2**70 * (1,)", lambda: 2 ** 70 * (1,))
show("(2**70).real", (2 ** 70).real)
show("(2**70).imag", (2 ** 70).imag)

# ---- the standard modules' ints ----
import statistics

show("statistics.mean", statistics.mean([2 ** 70, 2 ** 70 + 2]))
show("statistics.mean, a fraction", statistics.mean([2 ** 70, 2 ** 70 + 1]))
show("statistics.median", statistics.median([2 ** 70, 1, 2 ** 80, 5]))
show("statistics.pvariance", statistics.pvariance([2 ** 40, 2 ** 41, 2 ** 42]))
show("statistics.stdev", statistics.stdev([10 ** 20, 3 * 10 ** 20]))
show("enumerate from 2**63 - 1", list(enumerate("abc", 2 ** 63 - 1)))
attempt("enumerate from 1.5", lambda: list(enumerate("a", 1.5)))
import operator

show("operator.index(2**70)", operator.index(2 ** 70))
show("operator.mul", operator.mul(2 ** 40, 2 ** 40))


class Huge:
    def __len__(self):
        return 2 ** 70


attempt("len() of 2**70", lambda: len(Huge()))

# ---- edges of pow with a modulus and of true division ----
show("pow(0, -1, 1)", pow(0, -1, 1))
show("pow(2**70, -1, -1)", pow(2 ** 70, -1, -1))
show("pow(3, 0, -7)", pow(3, 0, -7))
show("pow(3, -2, -7)", pow(3, -2, -7))
show("pow(-(3**50), 2**70, 10**12 + 39)", pow(-(3 ** 50), 2 ** 70, 10 ** 12 + 39))
show("1 / 2**100000", 1 / 2 ** 100000)
show("-(2**1100) / 2**1000", -(2 ** 1100) / 2 ** 1000)
show("2**1100 / -(2**1101)", 2 ** 1100 / -(2 ** 1101))
show("3**700 / 2**2200", 3 ** 700 / 2 ** 2200)
show("(2**1023 + 2**1022) / 1", (2 ** 1023 + 2 ** 1022) / 1)
attempt("2**2000 / 3", lambda: 2 ** 2000 / 3)
attempt("2**1024 / 1", lambda: 2 ** 1024 / 1)
attempt("(2**1024 - 2**970) / 1", lambda: (2 ** 1024 - 2 ** 970) / 1)
show("(2**1024 - 2**971) / 1", (2 ** 1024 - 2 ** 971) / 1)
show("2**1024 // 1 >> 1020", 2 ** 1024 // 1 >> 1020)
show("m >> 2**63", (2 ** 100) >> 2 ** 63)

# ---- a UUID is a 128-bit int ----
import uuid

u = uuid.uuid5(uuid.NAMESPACE_DNS, "python.org")
show("uuid5(...).int", u.int)
show("hex of it", hex(u.int) == "0x" + u.hex.lstrip("0"))
show("UUID(...).int", uuid.UUID("00000000-0000-0000-0000-0000000000ff").int)
