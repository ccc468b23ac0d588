#!/usr/bin/env python3
"""Differential test of set order: random programs of set operations (displays, set(), frozenset(),
comprehensions, add/discard/pop, the operators and methods with sets, dicts, lists and generators), each run
by Awaitscope and by CPython 3.11 with PYTHONHASHSEED=0; every printed line must be equal.

Usage: set_order_fuzz.py AWAITSCOPE PYTHON3.11 FIRST_SEED COUNT [WORKDIR]
"""
import os
import random
import subprocess
import sys
import tempfile
def elem(r):
    k = r.random()
    if k < 0.5: return repr(r.choice([r.randrange(-5, 70), r.randrange(0, 1 << 20), 8 * r.randrange(20), 2**61 + r.randrange(3), -1, -2]))
    if k < 0.7: return repr(r.choice(["a", "b", "apple", "pear", "x" * r.randrange(1, 12), "é", "€", "日本", ""]))
    if k < 0.8: return repr(r.choice([1.5, 0.25, -3.0, 2.0, 1e20, float(r.randrange(9))]))
    if k < 0.9:
        n = r.randrange(0, 3)
        return "(" + ", ".join(elem(r) for _ in range(n)) + ("," if n == 1 else "") + ")"
    return r.choice(["True", "False", "b'xy'", "frozenset({1, 2})", "range(3)"])
def setexpr(r, names):
    k = r.random()
    items = [elem(r) for _ in range(r.randrange(0, 12))]
    if k < 0.3: return "{" + ", ".join(items) + "}" if items else "set()"
    if k < 0.4 and names: return "{" + ", ".join(items + ["*" + r.choice(names)]) + "}"
    if k < 0.5: return "set([" + ", ".join(items) + "])"
    if k < 0.55: return "frozenset([" + ", ".join(items) + "])"
    if k < 0.6: return "{x for x in [" + ", ".join(items) + "]}"
    if k < 0.65: return "set({" + ", ".join(f"{i}: 0" for i in items) + "})"
    if k < 0.7: return "set(i * %d for i in range(%d))" % (r.randrange(1, 40), r.randrange(30))
    if names: return r.choice(names)
    return "set()"
def program(seed):
    r = random.Random(seed)
    lines = []
    names = []
    for step in range(60):
        k = r.random()
        if k < 0.25 or not names:
            n = "s%d" % len(names)
            lines.append(f"{n} = {setexpr(r, names)}")
            names.append(n)
            lines.append(f"print({n})")
            continue
        a = r.choice(names)
        b = setexpr(r, names)
        op = r.choice(["add", "discard", "remove", "pop", "clear", "update", "union", "intersection", "difference",
                       "symmetric_difference", "intersection_update", "difference_update", "symmetric_difference_update",
                       "|", "&", "-", "^", "|=", "&=", "-=", "^=", "copy", "iter", "list", "for", "issubset", "cmp"])
        if op in ("add", "discard", "remove"):
            lines.append(f"try:\n    {a}.{op}({elem(r)})\nexcept Exception as e:\n    print(type(e).__name__)")
        elif op == "pop":
            lines.append(f"try:\n    print({a}.pop())\nexcept Exception as e:\n    print(type(e).__name__)")
        elif op == "clear":
            if r.random() < 0.2: lines.append(f"try:\n    {a}.clear()\nexcept Exception as e:\n    print(type(e).__name__)")
        elif op in ("update", "intersection_update", "difference_update"):
            args = ", ".join(r.choice([b, "[" + elem(r) + "]", "{" + elem(r) + ": 1}", "(i for i in range(%d))" % r.randrange(9), a]) for _ in range(r.randrange(1, 3)))
            lines.append(f"try:\n    {a}.{op}({args})\nexcept Exception as e:\n    print(type(e).__name__)")
        elif op in ("union", "intersection", "difference"):
            args = ", ".join(r.choice([b, "[" + elem(r) + ", " + elem(r) + "]", "{" + elem(r) + ": 1}", a]) for _ in range(r.randrange(0, 3)))
            lines.append(f"try:\n    print({a}.{op}({args}))\nexcept Exception as e:\n    print(type(e).__name__)")
        elif op in ("symmetric_difference", "symmetric_difference_update"):
            arg = r.choice([b, "[" + elem(r) + "]", "{" + elem(r) + ": 1}", a])
            lines.append(f"try:\n    print({a}.{op}({arg}))\nexcept Exception as e:\n    print(type(e).__name__)")
        elif op in ("|", "&", "-", "^"):
            lines.append(f"try:\n    print({a} {op} {b}, {b} {op} {a})\nexcept Exception as e:\n    print(type(e).__name__)")
        elif op.endswith("="):
            lines.append(f"try:\n    {a} {op} {b}\nexcept Exception as e:\n    print(type(e).__name__)")
        elif op == "copy":
            lines.append(f"print({a}.copy())")
        elif op == "iter":
            lines.append(f"print(list(iter({a}))[:5])")
        elif op == "list":
            lines.append(f"print(sorted(map(repr, {a})) == sorted(map(repr, list({a}))), len({a}))")
        elif op == "for":
            items = [elem(r) for _ in range(r.randrange(1, 9))]
            lines.append("for v in {" + ", ".join(items) + "}:\n    print(v, end=' ')\nprint()")
            lines.append("print([v for v in {" + ", ".join(items) + "}])")
        elif op == "issubset":
            lines.append(f"print({a}.issubset({b}), {a} <= {b}, {a} == {b})")
        else:
            lines.append(f"print({a} < {b}, {a} >= {b}, hash(frozenset({a})) == hash(frozenset({a})))")
        lines.append(f"print({a})")
    return "\n".join(lines) + "\n"
awaitscope, python, seed0, count = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
workdir = sys.argv[5] if len(sys.argv) > 5 else tempfile.mkdtemp(prefix="set-order-")
bad = 0
for seed in range(seed0, seed0 + count):
    src = program(seed)
    path = os.path.join(workdir, f"p{seed}.py")
    open(path, "w").write(src)
    env = dict(os.environ, PYTHONHASHSEED="0")
    a = subprocess.run([awaitscope, "run", path], capture_output=True, text=True, timeout=60)
    b = subprocess.run([python, path], capture_output=True, text=True, env=env)
    if a.stdout != b.stdout or (a.returncode != b.returncode):
        bad += 1
        al, bl = a.stdout.splitlines(), b.stdout.splitlines()
        for i, (x, y) in enumerate(zip(al, bl)):
            if x != y:
                print(f"seed {seed} line {i}: ours {x[:200]!r}\n            cpython {y[:200]!r}")
                break
        else:
            print(f"seed {seed}: lengths {len(al)} {len(bl)} rc {a.returncode} {b.returncode} {a.stderr[-300:]} {b.stderr[-300:]}")
print("bad", bad, "of", count)
