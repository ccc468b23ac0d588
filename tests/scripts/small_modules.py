# math, operator, string, statistics, traceback and warnings.
import math
import operator
import statistics
import string
import traceback
import warnings
from operator import itemgetter, attrgetter

print(math.pi, math.e, math.tau, math.inf, -math.inf)
print(math.sqrt(16), math.floor(2.7), math.ceil(2.1), math.floor(-2.5), math.trunc(-2.7), math.floor(5))
print(math.pow(2, 10), math.exp(1), math.log(math.e), math.log(8, 2), math.log2(1024), math.log10(1000))
print(math.sin(0), math.cos(0), round(math.sin(math.pi / 2), 6), math.atan2(1, 1), math.hypot(3, 4))
print(math.degrees(math.pi), math.radians(180), math.fabs(-3), math.copysign(2, -1), math.fmod(7, 3))
print(math.isclose(0.1 + 0.2, 0.3), math.isfinite(1.0), math.isinf(math.inf), math.isnan(math.nan))
print(math.factorial(10), math.gcd(12, 18), math.lcm(4, 6), math.isqrt(17), math.comb(5, 2), math.perm(5, 2))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.dist((0, 0), (3, 4)))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.floor(math.inf)]:
    try:
        bad()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)

print(operator.add(2, 3), operator.mul("ab", 2), operator.sub(5, 7), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.eq(1, 1.0), operator.lt("a", "b"), operator.not_([]), operator.neg(4), operator.contains([1, 2], 2))
rows = [("b", 2, 9.5), ("a", 3, 1.0), ("c", 1, 4.25)]
print(sorted(rows, key=itemgetter(1)), itemgetter(0, 2)(rows[0]), itemgetter("k")({"k": "v"}))


class Job:
    def __init__(self, name, prio):
        self.name = name
        self.prio = prio


jobs = [Job("x", 3), Job("y", 1)]
print([j.name for j in sorted(jobs, key=attrgetter("prio"))], attrgetter("name", "prio")(jobs[0]))
print(operator.methodcaller("upper")("shout"), operator.getitem([10, 20], 1))

print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase, string.digits, string.hexdigits, string.octdigits)
print(string.punctuation, repr(string.whitespace), len(string.printable))
print(string.capwords("hello   brave new world"))

data = [2, 4, 4, 4, 5, 5, 7, 9]
print(statistics.mean(data), statistics.mean([1, 2, 3, 4]), statistics.mean([1.5, 2.5, 2.0]))
print(statistics.median(data), statistics.median([3, 1, 2]), statistics.median([1, 3]))
print(statistics.median_low([1, 2, 3, 4]), statistics.median_high([1, 2, 3, 4]), statistics.mode([1, 2, 2, 3]))
print(statistics.pstdev(data), statistics.stdev(data), statistics.variance([1, 2, 3]), statistics.pvariance([1, 2, 3, 4]))
print(statistics.stdev([1, 2, 3, 4]), statistics.fmean([1, 2, 4]))
for bad in [lambda: statistics.mean([]), lambda: statistics.stdev([1]), lambda: statistics.median([])]:
    try:
        bad()
    except statistics.StatisticsError as e:
        print("StatisticsError:", e)


def fail():
    raise ValueError("bad value")


try:
    fail()
except ValueError:
    text = traceback.format_exc()
    print(text.splitlines()[0], text.splitlines()[-1], len(text.splitlines()))
    traceback.print_exc()
print(traceback.format_exc().strip())

warnings.warn("something looks off")
warnings.warn("old API", DeprecationWarning)
for i in range(3):
    warnings.warn("only once per line")


def deprecated():
    warnings.warn("deprecated() is deprecated", DeprecationWarning, stacklevel=2)


deprecated()
warnings.simplefilter("ignore")
warnings.warn("ignored")
warnings.simplefilter("error")
try:
    warnings.warn("now an error", RuntimeWarning)
except RuntimeWarning as e:
    print("RuntimeWarning:", e)
print(issubclass(UserWarning, Warning), issubclass(DeprecationWarning, Exception))
