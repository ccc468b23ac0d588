#!/usr/bin/env python3
"""The evaluator parity cases: each construct runs once in a plain function and once in an `async def`
where every marked operand is awaited, so that the interpreter's synchronous evaluator runs the first and
its coroutine evaluator the second. Both must print what CPython 3.11 prints (tst_evaluatorparity).

A case's body marks operands with AW(...): the plain program defines AW(v) as v, the async one replaces
`AW(` by `await _aw(`, a coroutine that sleeps(0) and returns v. So AW(x) must stand where `await _aw(x)`
parses the same: not before a subscript, an attribute or a call (write (AW(x))[0]), and not inside a
nested def, lambda or class body, which cannot await.

Usage: evaluator_parity.py > tests/data/evaluator_parity.json   (under CPython 3.11, PYTHONHASHSEED=0)
"""
import json
import os
import subprocess
import sys
import tempfile

SNIPPETS = {
"if elif else": """
for v in [0, 1, 2]:
    if AW(v) == 0:
        print("zero")
    elif AW(v) == 1:
        print("one")
    else:
        print("many", AW(v))
""",
"while else, break, continue": """
i = 0
while AW(i) < 6:
    i += 1
    if AW(i) % 2:
        continue
    if AW(i) == 6:
        break
    print("even", i)
else:
    print("no break")
n = 0
while AW(n) < 2:
    n += AW(1)
else:
    print("ended", n)
""",
"for else and unpacking targets": """
for a, (b, *c) in AW([(1, (2, 3, 4)), (5, (6,))]):
    print(a, b, c)
else:
    print("else runs")
for x in AW(range(5)):
    if x == AW(3):
        print("found", x)
        break
else:
    print("not reached")
""",
"try except else finally": """
def f(v):
    return 10 // v
for v in [2, 0]:
    try:
        r = f(AW(v))
    except ZeroDivisionError as e:
        print("caught", type(e).__name__, AW(e.args[0]))
    else:
        print("else", AW(r))
    finally:
        print("finally", AW(v))
""",
"return inside finally wins": """
def g():
    try:
        return "try"
    finally:
        print("cleanup")
print(g())
try:
    try:
        raise ValueError(AW("inner"))
    finally:
        print("finally sees", AW(1))
except ValueError as e:
    print("outer", e)
""",
"exception chaining and context": """
try:
    try:
        raise KeyError(AW("k"))
    except KeyError as e:
        raise RuntimeError(AW("wrapped")) from e
except RuntimeError as e:
    print(type(e.__cause__).__name__, e.__suppress_context__, repr(e))
try:
    try:
        1 / AW(0)
    except ZeroDivisionError:
        raise ValueError(AW("during"))
except ValueError as e:
    print(type(e.__context__).__name__, e.__cause__)
""",
"with statement": """
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return t is KeyError
with CM(AW("a")) as x, CM(AW("b")) as y:
    print(x, y)
with CM(AW("c")):
    raise KeyError(AW("swallowed"))
print("after")
""",
"comprehensions": """
xs = [AW(i) * i for i in range(5) if AW(i) % 2 == 0]
ss = {AW(i) % 3 for i in range(7)}
ds = {AW(k): v for k, v in zip("abc", range(3)) if AW(v)}
nested = [(i, j) for i in range(AW(3)) for j in range(i) if AW(j) != 1]
print(xs, sorted(ss), ds, nested)
print(sum(x for x in xs), list(AW(x) for x in range(3)) if False else [x * 2 for x in range(AW(3))])
""",
"calls with star args and keywords": """
def f(a, b=2, *rest, c, d=4, **kw):
    return (a, b, rest, c, d, sorted(kw.items()))
args = AW([1, 2, 3])
kw = AW({"c": 5, "z": 9})
print(f(*args, **kw))
print(f(AW(0), c=AW(1)))
print(f(*AW((7,)), AW(8), 9, c=1, **AW({"d": 0})))
""",
"operators, chains and short circuits": """
a, b = AW(3), AW(4)
print(a < b <= AW(4) != 5, a ** 2 + b ** 2, -AW(a) // 2, ~AW(b), AW(a) or 1 / 0, AW(0) and 1 / 0)
print(not AW([]), AW("x") * 3, AW(7) % AW(3), AW(2) if AW(a) > 2 else 1 / 0)
print(AW(1) is not None, AW("b") in "abc", (AW(1), AW(2)) < (1, 3))
""",
"augmented assignment on names, items and attributes": """
class O:
    pass
o = O()
o.v = AW(1)
d = {"k": [1, 2]}
n = 5
n -= AW(2)
o.v += AW(10)
d["k"][AW(0)] *= AW(7)
d[AW("j")] = AW(0)
d["j"] |= AW(6)
print(n, o.v, d)
""",
"slices and subscripts": """
s = list(range(10))
print(s[AW(2):AW(8):AW(2)], s[::AW(-3)], (AW("hello"))[1:-1])
s[AW(1):AW(3)] = AW(["a", "b", "c"])
del s[AW(-1)]
print(s, len(s))
""",
"walrus and conditional expression": """
data = [3, 8, 1, 9]
if (m := AW(max(data))) > 5:
    print("big", m)
print([y for x in data if (y := AW(x) * 2) > 5], y)
""",
"global and nonlocal": """
start = AW(100)
def outer():
    total = start
    def inner():
        nonlocal total
        total += 1
        return total
    inner(); inner()
    return total
print(outer())
""",
"match statement": """
for v in [AW(0), AW([1, 2]), AW({"k": 3}), AW((1, 2, 3)), AW("s")]:
    match v:
        case 0:
            print("zero")
        case [a, b]:
            print("pair", a, b)
        case {"k": k}:
            print("key", k)
        case (1, *rest):
            print("rest", rest)
        case str() as s if AW(len(s)) == 1:
            print("char", s)
""",
"raise and assert": """
try:
    assert AW(1) == 2, AW("not equal")
except AssertionError as e:
    print("assert", e)
try:
    raise AW(ValueError)
except ValueError as e:
    print("class raised", repr(e))
""",
"del and unbound names": """
x = AW(1)
del x
try:
    print(x)
except NameError as e:
    print(e)
lst = AW([1, 2, 3])
del lst[0], lst[AW(0)]
print(lst)
""",
"f-strings and format specs": """
v = AW(3.14159)
w = AW(7)
print(f"{AW(v):.2f} {w:>4} {AW('x')!r} {w * 2=} {AW(255):#x}")
print(f"{'nested ' + f'{AW(w)}'}")
""",
"lambda and default arguments": """
fs = [lambda x, i=AW(i): x + i for i in range(3)]
print([f(10) for f in fs])
key = AW(lambda p: -p)
print(sorted([3, 1, 2], key=key))
""",
"class body and decorators": """
def deco(tag):
    def wrap(f):
        f.tag = tag
        return f
    return wrap
b = AW(10)
t = AW("t")
class C:
    base = b
    try:
        doubled = [base * 2 for _ in range(1)]
    except NameError as e:
        print("class scope", e)
    @deco(t)
    def m(self):
        return self.base
c = C()
print(C.base, c.m(), C.m.tag, (AW(C)).__name__)
""",
"generators driven from the body": """
def gen(n):
    for i in range(n):
        got = yield i
        if got:
            print("got", got)
    return "done"
g = gen(AW(3))
print(next(g), g.send(AW("hi")), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
print(list(gen(AW(2))), sum(gen(AW(4))))
""",
"exception groups": """
try:
    raise ExceptionGroup(AW("eg"), [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as g:
    print("values", [e.args[0] for e in g.exceptions])
except* TypeError as g:
    print("types", len(g.exceptions), AW(1))
""",
"nested functions and closures over loop variables": """
fns = []
for i in range(AW(3)):
    def f(i=i):
        return i * 10
    fns.append(f)
print([f() for f in fns])
five = AW(5)
def make():
    x = five
    return lambda: x
print(make()())
""",
"star unpacking and multiple targets": """
a, *b, c = AW(range(6))
x = y = AW([1])
x.append(2)
(p, q), r = AW((1, 2)), AW(3)
print(a, b, c, y, p, q, r, [*AW("ab"), *range(2)], {**AW({"a": 1}), "b": 2})
""",
"break and continue through finally": """
out = []
for i in range(5):
    try:
        if AW(i) == 1:
            continue
        if AW(i) == 3:
            break
        out.append(i)
    finally:
        out.append(-AW(i))
print(out)
""",
"bare raise re-raises the handled exception": """
try:
    try:
        raise KeyError(AW("first"))
    except KeyError:
        print("handling", AW(1))
        raise
except KeyError as e:
    print("again", repr(e))
""",
"exception raised inside a comprehension": """
try:
    print([10 // AW(x) for x in [2, 1, 0]])
except ZeroDivisionError as e:
    print("comprehension raised", e)
""",
"global statement writes the module's name": """
global GLOBAL_COUNT
GLOBAL_COUNT = AW(1)
GLOBAL_COUNT += AW(2)
print(GLOBAL_COUNT, globals()["GLOBAL_COUNT"])
""",
"print with star arguments, sep and end": """
print(*AW([1, 2, 3]), sep=AW("-"), end=AW("!\\n"))
print(AW("a"), *AW(()), AW("b"))
""",
"percent formatting and str methods": """
name = AW("ada")
print("%s is %d years, %.1f%%" % (AW(name.title()), AW(36), AW(99.5)), (AW("x,y")).split(","), "-".join(AW(["a", "b"])))
""",
"boolean operators return operands": """
print(AW(0) or AW("") or AW("last"), AW(1) and AW([]) and 1 / 0, AW(None) or AW(0))
""",
"nested conditional expressions and not in": """
for v in [AW(1), AW(5), AW(9)]:
    print("low" if AW(v) < 3 else "mid" if AW(v) < 7 else "high", AW(v) not in (1, 9))
""",
"big integers and float formatting": """
n = AW(2) ** AW(100)
print(n, n // AW(3), -n % 7, round(AW(2.675), 2), AW(10) / AW(4), divmod(AW(-7), 2))
""",
"dict and set operations in the body": """
d = dict(zip(AW("abc"), AW(range(3))))
d.update({AW("d"): 3})
print(d, d.pop(AW("a")), sorted(d.items()), {AW(1), 2} | {3}, {AW(1), 2} & {2, 3})
""",
"tuple and list methods with awaited operands": """
t = AW((3, 1, 2, 1))
lst = sorted(t, reverse=AW(True))
lst.insert(AW(1), AW(9))
print(t.count(AW(1)), t.index(AW(2)), lst, lst[AW(-2):], max(lst, key=lambda v: -v))
""",
"import inside the body": """
import math
from collections import Counter as C
print(math.floor(AW(2.7)), C(AW("aab")).most_common(1), AW(math.pi) > 3)
""",
"isinstance, type and attribute access": """
class P:
    def __init__(self, x):
        self.x = x
p = P(AW(4))
setattr(p, AW("y"), AW(5))
print(isinstance(AW(p), P), type(AW(1.0)).__name__, getattr(p, AW("y")), hasattr(p, AW("z")), p.x)
""",
"while with try, else and an exception each round": """
i = 0
while AW(i) < 3:
    try:
        i += 1
        if AW(i) == 2:
            raise ValueError(i)
    except ValueError as e:
        print("error at", e)
    else:
        print("fine at", i)
""",
"return from inside with and try": """
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print("exit")
def f(v):
    with CM():
        try:
            return v * 2
        finally:
            print("finally")
print(f(AW(21)))
with CM():
    r = AW(7)
print(r)
""",
"evaluation order of operands": """
def t(v):
    print("eval", v)
    return v
print(t(AW(1)) + t(AW(2)) * t(AW(3)))
print(t(AW(1)) < t(AW(0)) < t(AW(5)))
print({t(AW("k1")): t(AW("v1")), t(AW("k2")): t(AW("v2"))})
print([t(AW(1)), *t(AW([2, 3])), t(AW(4))])
""",
"evaluation order of assignments": """
def t(v):
    print("eval", v)
    return v
box = [0, 0]
names = {}
box[t(AW(1))] = t(AW("rhs"))
names[t(AW("a"))], names[t(AW("b"))] = t(AW((1, 2)))
box[t(AW(0))] += t(AW(5))
print(box, names)
""",
"evaluation order of call arguments": """
def t(v):
    print("eval", v)
    return v
def f(*a, **k):
    return a, sorted(k)
print(f(t(AW(1)), *t(AW([2])), z=t(AW(3)), **t(AW({"y": 4}))))
print(t(AW(max))(t(AW(5)), t(AW(6))))
""",
"unpacking errors": """
for value in [AW([1, 2, 3]), AW([1])]:
    try:
        a, b = value
    except ValueError as e:
        print(e)
try:
    a, *b, c = AW([1])
except ValueError as e:
    print(e)
""",
"except with a tuple of types and nested handlers": """
for exc in [AW(KeyError("k")), AW(IndexError(1)), AW(ArithmeticError(2, "x"))]:
    try:
        try:
            raise exc
        except (KeyError, IndexError) as e:
            print("inner", type(e).__name__)
            if isinstance(e, IndexError):
                raise TypeError(AW("converted"))
    except TypeError as e:
        print("outer", e, type(e.__context__).__name__)
    except Exception as e:
        print("other", type(e).__name__, e.args)
""",
"exception group splitting, nested": """
try:
    raise ExceptionGroup(AW("outer"), [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
except* ValueError as g:
    print("values", repr(g))
except* TypeError as g:
    print("types", repr(g))
""",
"changing a dict while iterating": """
d = AW({"a": 1, "b": 2})
try:
    for k in d:
        d[k + AW("!")] = 0
except RuntimeError as e:
    print(e)
print(len(d))
""",
"slice assignment and deletion with steps": """
s = list(range(10))
s[AW(0):AW(10):AW(3)] = AW(["a", "b", "c", "d"])
del s[AW(1)::AW(4)]
print(s)
try:
    s[::AW(2)] = [1]
except ValueError as e:
    print(e)
""",
"early return from the body": """
for i in range(AW(10)):
    if AW(i) == 2:
        print("returning at", i)
        return
    print("round", i)
""",
"del targets": """
d = {"a": 1, "b": 2, "c": 3}
lst = [1, 2, 3, 4]
del d[AW("a")], lst[AW(0)]
del lst[AW(1):]
print(d, lst)
try:
    del d[AW("zz")]
except KeyError as e:
    print("KeyError", e)
""",
"loop and with targets that are subscripts": """
class CM:
    def __enter__(self):
        return "entered"
    def __exit__(self, *a):
        return False
slots = {}
for slots[AW("last")] in AW(range(3)):
    pass
with CM() as slots[AW("with")]:
    pass
print(slots)
""",
"short circuits skip what they do not need": """
def t(v):
    print("eval", v)
    return v
print(AW(0) and t(AW(1)), AW(2) or t(AW(3)), AW(1) > AW(2) > t(AW(0)))
print(AW("yes") if AW(True) else t(AW("no")), t(AW("picked")) if AW(0) else AW("other"))
""",
"dict comprehension evaluates the key first": """
def t(v):
    print("eval", v)
    return v
print({t(AW(k)): t(AW(v)) for k, v in [("a", 1), ("b", 2)]})
""",
"f-string conversions and nested specs": """
width = AW(8)
value = AW("abc")
print(f"[{AW(value)!r:>{width}}] [{AW(3.5):{AW('^')}{width}.2f}] [{AW(42):{'+'}}]")
""",
"exception group handlers that await": """
try:
    raise ExceptionGroup("g", [ValueError(AW(1)), KeyError(AW(2))])
except* ValueError as g:
    print("values", AW(len(g.exceptions)))
except* KeyError as g:
    print("keys", [e.args for e in g.exceptions], AW("done"))
""",
"membership in generators and ranges": """
print(AW(3) in (x * 3 for x in range(AW(2))), AW(4) in range(0, AW(10), 2), AW("b") in AW({"a": 1, "b": 2}))
""",
"augmented assignment through awaited objects": """
class O:
    v = 1
o = O()
grid = [[0, 0], [0, 0]]
(AW(o)).v += AW(2)
(AW(grid))[AW(1)][AW(0)] -= AW(5)
print(o.v, grid)
""",
"loops with else and exceptions inside": """
for i in range(3):
    try:
        if AW(i) == 1:
            raise ValueError(i)
        print("ok", i)
    except ValueError as e:
        print("bad", e)
        continue
    finally:
        print("fin", i)
""",
"with statement protocol errors": """
class OnlyEnter:
    def __enter__(self):
        return self
class OnlyExit:
    def __exit__(self, *exc):
        return False
for m in (OnlyEnter(), OnlyExit()):
    try:
        with AW(m):
            print("inside")
    except TypeError as e:
        print(e)
""",
"decorators before defaults": """
def note(x):
    print("evaluated", x)
    return x
def deco(tag):
    print("decorator", tag)
    return lambda fn: fn
@deco(AW(note("d")))
def f(a=AW(note("default")), *, b=AW(note("keyword"))):
    return a, b
print(f())
""",
"dict display of a mapping": """
class M:
    def keys(self):
        return ["k"]
    def __getitem__(self, key):
        return key * 2
print({**AW(M()), AW("x"): 1, **AW({"y": 2})})
try:
    print({**AW([1])})
except TypeError as e:
    print(e)
""",
"delete order": """
def note(v, label):
    print("evaluated", label)
    return v
d = {"a": 1, "b": 2}
del note(AW(d), "object")[note(AW("a"), "index")]
print(d)
""",

}


def programs(body):
    indented = "\n".join("    " + line if line else "" for line in body.strip("\n").split("\n"))
    plain = "import asyncio\ndef AW(v):\n    return v\ndef body():\n" + indented + "\nbody()\n"
    awaited = ("import asyncio\nasync def _aw(v):\n    await asyncio.sleep(0)\n    return v\n"
               "async def body():\n" + indented.replace("AW(", "await _aw(") + "\nasyncio.run(body())\n")
    return plain, awaited


def main():
    cases = []
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "case.py")
        for name, body in SNIPPETS.items():
            outputs = []
            for source in programs(body):
                with open(path, "w", encoding="utf-8") as f:
                    f.write(source)
                run = subprocess.run([sys.executable, path], capture_output=True, text=True,
                                     env=dict(os.environ, PYTHONHASHSEED="0"))
                outputs.append(run.stdout + run.stderr)
            if outputs[0] != outputs[1]:
                sys.exit(f"{name}: CPython prints differently in the two forms; fix the case")
            cases.append({"name": name, "body": body.strip("\n") + "\n", "expected": outputs[0]})
    json.dump({"generatedBy": "CPython %d.%d.%d" % sys.version_info[:3], "cases": cases}, sys.stdout,
              indent=1, ensure_ascii=False)
    print()


if __name__ == "__main__":
    main()
