#!/usr/bin/env python3
"""Structure-aware fuzzer: programs built to hurt an interpreter, run by Awaitscope and by CPython 3.11.

The byte-level fuzzers (fuzz/) mutate characters; the differential fuzzer (difffuzz.py) writes ordinary
asyncio programs.  This one writes programs whose *shape* is hostile, in families:

  expr      deep and long expressions: nested brackets, calls, subscripts, lambdas, comprehensions,
            conditional expressions, long flat operator chains (1+1+..., f()()..., a.b.c..., 2**2**...),
            long comparison and boolean chains, huge literals;
  stmt      deeply nested blocks (if/while/for/try/with/def/class) and very many statements;
  exc       exception graphs: __cause__/__context__ chains and cycles, raising __repr__/__str__,
            deep ExceptionGroups, exceptions escaping from tasks, finally blocks that raise again;
  tasks     task graphs: tasks awaiting each other in cycles, gather/wait_for/shield/TaskGroup over
            themselves or their parents, long chains of tasks each awaiting the next, cancellation storms;
  data      cyclic and deep data: self-containing lists, dicts and objects printed, compared, hashed,
            sorted, copied, turned into JSON; deep nesting built in a loop;
  recursion Python-level recursion through functions, methods, __repr__, __eq__, __getattr__,
            generators and coroutines.

Each program is run by `awaitscope run` under a 4 GB address-space cap and by CPython under
tests/tools/virtual_clock.py (a deadlock there exits 3 instead of hanging).  A finding is:

  crash     Awaitscope killed by a signal (or an exit status of 126 and above);
  hang      Awaitscope still running after RUN_TIMEOUT seconds;
  silent    a failing exit status with nothing on stderr (a student would see no reason);
  output    both exited 0 and printed different things;
  exception both exited 1 with different exception names on the last line (a limit of Awaitscope's,
            "Stopped: ... limit", is not a difference: the interpreter may stop earlier than CPython if
            it says so);
  status    CPython exited 0 and Awaitscope 1 without naming a limit, or the other way round (except
            where CPython stopped at a bound of its own: MemoryError, RecursionError, a SyntaxError).

A clear refusal is never a finding: a limit that names itself ("Stopped: ... limit"), a construct or module
the interpreter does not support ("not supported: ..."), a parser bound ("too deeply nested"), or the
command's own refusal of a file (exit status 2 with a message).

Programs print only what CPython determines (no addresses, no recursion-limit numbers), so outputs can be
compared.  A finding is shrunk by halving the family's size parameter while the same kind persists, then
saved in the findings folder as NAME.py with NAME.txt (both outcomes).

Usage:
  structfuzz.py [--seed N] [--count N | --minutes M] [--families a,b] [--out DIR]
                [--awaitscope PATH] [--python PATH]
  structfuzz.py --print INDEX [--seed N]     print one generated program
  structfuzz.py --replay PROG.py             run one program under both and judge it
"""

import argparse
import os
import random
import re
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))

RUN_TIMEOUT = 30  # seconds of real time per run: Awaitscope must answer within it
ADDRESS_SPACE = 4 << 30  # the cap: every reproducer within 4 GB of address space
LIMIT_LINE = re.compile(rb"^Stopped: .*limit", re.M)
# CPython's own bounds: when CPython stops on one of these and Awaitscope finishes, that is not a finding
# (5,000 nested brackets, 100 levels of indentation, 66,000 elifs: CPython's parser gives up).
CPYTHON_BOUNDS = (b"MemoryError", b"RecursionError", b"SyntaxError", b"IndentationError")


# ---------------------------------------------------------------------------
# Families.  Each takes a random generator and a size (1 .. MAX_SIZE) and returns source text.  The size
# scales whatever makes the program hostile, so that shrinking can halve it.

MAX_SIZE = 200000


def guarded(body, catch="(RecursionError, MemoryError, SyntaxError, ValueError, TypeError)"):
    """Run BODY (lines) and print only the name of what it raised."""
    lines = ["try:"] + ["    " + line for line in body.splitlines()]
    lines += ["except %s as e:" % catch, "    print('raised', type(e).__name__)"]
    return "\n".join(lines) + "\n"


def fam_expr(rng, size):
    n = size
    kind = rng.choice(["parens", "flat_add", "calls", "attrs", "subscripts", "power", "unary", "compare",
                       "boolean", "ternary", "lambda", "listcomp", "tuple", "string", "fstring", "dict",
                       "list_nest", "mixed"])
    if kind == "parens":
        return "x = %s1%s\nprint(x)\n" % ("(" * n, ")" * n)
    if kind == "flat_add":
        op = rng.choice(["+", "-", "*", "|", "&", "^", "<<0+", "%7+"])
        return "print(%s)\n" % op.join(["1"] * max(1, n))
    if kind == "calls":
        return "def f(*a):\n    return f\nf%s\nprint('ok')\n" % ("()" * n)
    if kind == "attrs":
        return ("class A:\n    pass\na = A()\na.a = a\nprint(type(a%s).__name__)\n" % (".a" * n))
    if kind == "subscripts":
        return "l = []\nl.append(l)\nprint(len(l%s))\n" % ("[0]" * n)
    if kind == "power":
        return guarded("x = %s\nprint(x > 0)" % "**".join(["1"] * max(1, n)))
    if kind == "unary":
        return "print(%s1)\n" % "".join(rng.choice(["-", "+", "~", "not "]) for _ in range(n))
    if kind == "compare":
        return "print(%s)\n" % " < ".join(str(i) for i in range(n))
    if kind == "boolean":
        op = rng.choice([" and ", " or "])
        return "x = 1\nprint(%s)\n" % op.join(rng.choice(["1", "0", "x"]) for _ in range(n))
    if kind == "ternary":
        return "print(%s0)\n" % "".join("%d if %d else " % (i, i % 2) for i in range(n))
    if kind == "lambda":
        return "f = %s0\nprint(callable(f))\n" % ("lambda: " * n)
    if kind == "listcomp":
        return "x = %s0%s\nprint(type(x).__name__)\n" % ("[" * n, " for _ in [1]]" * n)
    if kind == "tuple":
        return "t = (%s)\nprint(len(t), sum(t))\n" % ",".join(str(i % 10) for i in range(n))
    if kind == "string":
        return "s = %s\nprint(len(s))\n" % "+".join(repr("ab") for _ in range(n))
    if kind == "fstring":
        inner = "1"
        for _ in range(min(n, 2000)):
            inner = "str(%s)" % inner
        return "print(f'{%s}' * %d)\n" % (inner, min(n, 1000))
    if kind == "dict":
        return "d = {%s}\nprint(len(d))\n" % ",".join("%d: %d" % (i, i) for i in range(n))
    if kind == "list_nest":
        return "x = %s%s\nprint(len(x))\n" % ("[" * n, "]" * n)
    # mixed: random nesting of different brackets and operators
    text = "1"
    for _ in range(min(n, 5000)):  # each step copies the text: quadratic
        text = rng.choice(["(%s)", "[%s][0]", "-%s", "(%s)+1", "(lambda: %s)()", "{0: %s}[0]",
                           "(%s if 1 else 0)", "abs(%s)"]) % text
    return "print(%s)\n" % text


def fam_stmt(rng, size):
    # Indentation makes nested blocks quadratic in text: 3000 levels are 18 MB of program already.
    n = size
    depth = min(n, 3000)
    kind = rng.choice(["nested", "many", "defs", "classes", "elifs", "try"])
    if kind == "nested":
        lines = []
        for d in range(depth):
            head = rng.choice(["if True:", "while True:", "for _ in [1]:", "try:", "with C():", "if 1:"])
            lines.append("    " * d + head)
        lines.append("    " * depth + "print('deep')")
        pre = "class C:\n    def __enter__(self): return self\n    def __exit__(self, *a): return False\n"
        # Close what needs closing, innermost first: a while's body ends in break, a try gets a finally.
        body = "\n".join(lines)
        fixed = []
        for d in reversed(range(depth)):
            h = lines[d].strip()
            if h == "while True:":
                fixed.append("    " * (d + 1) + "break")
            if h == "try:":
                fixed.append("    " * d + "finally:")
                fixed.append("    " * (d + 1) + "pass")
        return pre + body + "\n" + "\n".join(fixed) + "\n"
    if kind == "many":
        return "".join("x%d = %d\n" % (i % 50, i) for i in range(n)) + "print(x0)\n"
    if kind == "defs":
        lines = []
        for d in range(depth):
            lines.append("    " * d + "def f%d():" % d)
        lines.append("    " * depth + "return 1")
        for d in reversed(range(depth - 1)):
            lines.append("    " * (d + 1) + "return f%d()" % (d + 1))
        return "\n".join(lines) + "\nprint(f0())\n"
    if kind == "classes":
        lines = []
        for d in range(depth):
            lines.append("    " * d + "class C%d:" % d)
        lines.append("    " * depth + "x = 1")
        return "\n".join(lines) + "\nprint(C0.__name__)\n"
    if kind == "elifs":
        return "x = %d\nif x == -1:\n    pass\n%sprint('done')\n" % (
            n, "".join("elif x == %d:\n    print(%d)\n" % (i, i) for i in range(n + 1)))
    # try: nested try/except that re-raise through every level
    lines = []
    for d in range(depth):
        lines.append("    " * d + "try:")
    lines.append("    " * depth + "raise ValueError('v')")
    for d in reversed(range(depth)):
        lines.append("    " * d + "except ValueError as e%d:" % d)
        lines.append("    " * (d + 1) + ("raise" if d else "print('caught')"))
    return "\n".join(lines) + "\n"


def fam_exc(rng, size):
    n = max(2, size)
    kind = rng.choice(["cause_cycle", "context_cycle", "long_chain", "bad_repr", "group_deep", "task_exc",
                       "finally_raise", "mixed_graph"])
    if kind == "cause_cycle":
        k = min(n, 50)
        lines = ["es = [ValueError('e%%d' %% i) for i in range(%d)]" % k,
                 "for i in range(%d):" % k, "    es[i].__cause__ = es[(i + 1) %% %d]" % k,
                 "raise es[0]"]
        return "\n".join(lines) + "\n"
    if kind == "context_cycle":
        k = min(n, 50)
        return ("es = [KeyError(i) for i in range(%d)]\nfor i in range(%d):\n"
                "    es[i].__context__ = es[(i + 1) %% %d]\nraise es[-1]\n" % (k, k, k))
    if kind == "long_chain":
        return ("e = ValueError('first')\nfor i in range(%d):\n    e2 = ValueError('x')\n"
                "    e2.__cause__ = e\n    e = e2\ntry:\n    raise e\nexcept ValueError as x:\n"
                "    n = 0\n    while x is not None:\n        n += 1\n        x = x.__cause__\n"
                "    print(n)\n" % n)
    if kind == "bad_repr":
        where = rng.choice(["raise RuntimeError(A())", "raise A()", "print(repr(A()))",
                            "print(str(RuntimeError(A())))", "task"])
        pre = ("class A(Exception):\n    def __repr__(self):\n        raise ValueError('repr')\n"
               "    def __str__(self):\n        raise ValueError('str')\n")
        if where == "task":
            return pre + ("import asyncio\nasync def w():\n    raise A()\nasync def main():\n"
                          "    t = asyncio.create_task(w())\n    await asyncio.sleep(0)\n    print(t.done())\n"
                          "asyncio.run(main())\n")
        if where.startswith("print"):
            return pre + guarded(where, "ValueError")
        return pre + where + "\n"
    if kind == "group_deep":
        return ("e = ValueError('leaf')\nfor i in range(%d):\n    e = ExceptionGroup('g%%d' %% i, [e])\n"
                "try:\n    raise e\nexcept* ValueError as g:\n    print('caught', type(g).__name__)\n"
                % min(n, 20000))
    if kind == "task_exc":
        return ("import asyncio\nasync def w(i):\n    if i:\n        await w(i - 1)\n"
                "    raise ValueError(i)\nasync def main():\n    ts = [asyncio.create_task(w(%d)) for _ in range(%d)]\n"
                "    r = await asyncio.gather(*ts, return_exceptions=True)\n    print(len(r), type(r[0]).__name__)\n"
                "asyncio.run(main())\n" % (min(n, 900), min(n, 2000)))
    if kind == "finally_raise":
        lines = ["def f(d):", "    try:", "        if d: f(d - 1)", "        raise KeyError(d)", "    finally:",
                 "        raise ValueError(d)", guarded("f(%d)" % min(n, 5000))]
        return "\n".join(lines) + "\n"
    # mixed_graph: random cause/context edges, then print the type names along the causes
    k = min(n, 40)
    lines = ["class E(Exception):", "    pass", "es = [E('m%d' % i) for i in range(" + str(k) + ")]"]
    for _ in range(k * 2):
        a, b = rng.randrange(k), rng.randrange(k)
        lines.append("es[%d].%s = es[%d]" % (a, rng.choice(["__cause__", "__context__"]), b))
    lines.append("raise es[%d]" % rng.randrange(k))
    return "\n".join(lines) + "\n"


def fam_tasks(rng, size):
    n = max(2, size)
    kind = rng.choice(["cycle", "self_gather", "wait_for_cycle", "chain", "shield_cycle", "group_cycle",
                       "cancel_storm", "mutual_cancel", "gather_parent", "deep_groups"])
    pre = "import asyncio\n"
    if kind == "cycle":
        k = min(n, 200)
        return pre + ("tasks = []\nasync def w(i):\n    await asyncio.sleep(0)\n    await tasks[(i + 1) %% %d]\n"
                      "async def main():\n    for i in range(%d):\n        tasks.append(asyncio.create_task(w(i)))\n"
                      "    await tasks[0]\nasyncio.run(main())\n" % (k, k))
    if kind == "self_gather":
        return pre + guarded("async def main():\n    await asyncio.%s\nasyncio.run(main())" % rng.choice(
            ["gather(asyncio.current_task())", "wait_for(asyncio.current_task(), 1)",
             "shield(asyncio.current_task())", "wait([asyncio.current_task()])"]),
            "(RuntimeError, RecursionError, ValueError, TimeoutError)")
    if kind == "wait_for_cycle":
        return pre + ("ts = {}\nasync def a():\n    await asyncio.sleep(0)\n    await asyncio.wait_for(ts['b'], 5)\n"
                      "async def b():\n    await asyncio.sleep(0)\n    await asyncio.wait_for(ts['a'], 5)\n"
                      "async def main():\n    ts['a'] = asyncio.create_task(a())\n    ts['b'] = asyncio.create_task(b())\n"
                      "    try:\n        await ts['a']\n    except BaseException as e:\n        print('main', type(e).__name__)\n"
                      "asyncio.run(main())\n")
    if kind == "chain":
        k = min(n, 20000)
        return pre + ("async def w(i):\n    if i == 0:\n        await asyncio.sleep(1)\n        return 0\n"
                      "    return await asyncio.create_task(w(i - 1)) + 1\n"
                      "async def main():\n    print(await asyncio.wait_for(w(%d), %s))\n"
                      "try:\n    asyncio.run(main())\nexcept (TimeoutError, RecursionError) as e:\n"
                      "    print('raised', type(e).__name__)\n" % (k, rng.choice(["0.5", "2"])))
    if kind == "shield_cycle":
        return pre + ("ts = {}\nasync def a():\n    await asyncio.sleep(0)\n    await asyncio.shield(ts['b'])\n"
                      "async def b():\n    await asyncio.sleep(0)\n    await asyncio.shield(ts['a'])\n"
                      "async def main():\n    ts['a'] = asyncio.create_task(a())\n    ts['b'] = asyncio.create_task(b())\n"
                      "    await asyncio.sleep(1)\n    ts['a'].cancel()\n    await asyncio.sleep(0)\n"
                      "    print(ts['a'].cancelled(), ts['b'].done())\n    ts['b'].cancel()\n"
                      "    await asyncio.sleep(0)\n    print(ts['b'].cancelled())\nasyncio.run(main())\n")
    if kind == "group_cycle":
        return pre + ("async def child(parent):\n    await asyncio.sleep(0)\n    await parent\n"
                      "async def main():\n    me = asyncio.current_task()\n    try:\n"
                      "        async with asyncio.TaskGroup() as tg:\n            tg.create_task(child(me))\n"
                      "    except BaseException as e:\n        print('main', type(e).__name__)\nasyncio.run(main())\n")
    if kind == "cancel_storm":
        k = min(n, 5000)
        return pre + ("async def w(i):\n    try:\n        await asyncio.sleep(10)\n    except asyncio.CancelledError:\n"
                      "        if i %% 3 == 0:\n            asyncio.current_task().uncancel()\n            return i\n        raise\n"
                      "async def main():\n    ts = [asyncio.create_task(w(i)) for i in range(%d)]\n"
                      "    await asyncio.sleep(0)\n    for t in ts:\n        for _ in range(3):\n            t.cancel('m')\n"
                      "    r = await asyncio.gather(*ts, return_exceptions=True)\n"
                      "    print(sum(1 for x in r if isinstance(x, int)), sum(1 for x in r if isinstance(x, BaseException)))\n"
                      "asyncio.run(main())\n" % k)
    if kind == "mutual_cancel":
        k = min(n, 300)
        return pre + ("ts = []\nasync def w(i):\n    try:\n        await asyncio.sleep(1)\n    finally:\n"
                      "        ts[(i + 1) %% %d].cancel()\n"
                      "async def main():\n    for i in range(%d):\n        ts.append(asyncio.create_task(w(i)))\n"
                      "    await asyncio.sleep(0)\n    ts[0].cancel()\n"
                      "    r = await asyncio.gather(*ts, return_exceptions=True)\n    print(len(r))\n"
                      "asyncio.run(main())\n" % (k, k))
    if kind == "gather_parent":
        return pre + ("async def w(parent):\n    await asyncio.sleep(0)\n    return await asyncio.gather(parent)\n"
                      "async def main():\n    t = asyncio.create_task(w(asyncio.current_task()))\n    try:\n"
                      "        await asyncio.wait_for(t, 1)\n    except BaseException as e:\n        print('main', type(e).__name__)\n"
                      "asyncio.run(main())\n")
    # deep_groups: TaskGroups nested through tasks, the innermost raises
    k = min(n, 300)
    return pre + ("async def level(d):\n    if d == 0:\n        await asyncio.sleep(0)\n        raise ValueError('bottom')\n"
                  "    async with asyncio.TaskGroup() as tg:\n        tg.create_task(level(d - 1))\n"
                  "        tg.create_task(asyncio.sleep(5))\n"
                  "async def main():\n    try:\n        await level(%d)\n    except* ValueError as g:\n"
                  "        e = g\n        n = 0\n        while isinstance(e, BaseExceptionGroup):\n"
                  "            e = e.exceptions[0]\n            n += 1\n        print('depth', n)\n"
                  "asyncio.run(main())\n" % k)


def fam_data(rng, size):
    n = max(1, size)
    kind = rng.choice(["self_list", "self_dict", "self_obj", "deep_list", "deep_dict", "cyclic_eq", "deep_eq",
                       "deep_hash", "json_cycle", "json_deep", "sort_raising", "big_repeat", "deepcopy",
                       "deep_tuple_str"])
    if kind == "self_list":
        return "l = [1]\nl.append(l)\nl.append([l, (l,)])\nprint(l)\nprint(repr(l) == str(l))\n"
    if kind == "self_dict":
        return "d = {'a': 1}\nd['d'] = d\nd['l'] = [d, {d['a']: d}]\nprint(d)\n"
    if kind == "self_obj":
        return ("class A:\n    def __init__(self):\n        self.me = self\n    def __repr__(self):\n"
                "        return 'A(%r)' % (self.me,)\n" + guarded("print(A())"))
    if kind == "deep_list":
        return guarded("x = []\nfor _ in range(%d):\n    x = [x]\nprint(len(str(x)))" % n)
    if kind == "deep_dict":
        return guarded("x = {}\nfor i in range(%d):\n    x = {'k': x}\nprint(len(repr(x)))" % n)
    if kind == "cyclic_eq":
        return guarded("a = []\na.append(a)\nb = []\nb.append(b)\nprint(a == b)")
    if kind == "deep_eq":
        return guarded("a = []\nb = []\nfor _ in range(%d):\n    a = [a]\n    b = [b]\nprint(a == b)" % n)
    if kind == "deep_hash":
        return guarded("t = ()\nfor _ in range(%d):\n    t = (t,)\nprint(hash(t) == hash(t))" % n)
    if kind == "json_cycle":
        return ("import json\n" + guarded("l = []\nl.append({'x': l})\nprint(json.dumps(l))",
                                          "(ValueError, RecursionError)"))
    if kind == "json_deep":
        return ("import json\n" + guarded("x = 1\nfor _ in range(%d):\n    x = [x]\ns = json.dumps(x)\n"
                                          "print(len(s), json.loads(s) == x)" % n))
    if kind == "sort_raising":
        return guarded("class K:\n    def __lt__(self, o):\n        raise KeyError('lt')\n"
                       "print(len(sorted([K() for _ in range(%d)])))" % min(n, 1000), "KeyError")
    if kind == "big_repeat":
        return guarded("s = 'ab' * %d\nl = [s] * %d\nprint(len(l), len(''.join(l)))" % (n, min(n, 1000)))
    if kind == "deepcopy":
        return ("import copy\n" + guarded("l = [1]\nl.append(l)\nc = copy.deepcopy(l)\nprint(c[1] is c, c)\n"
                                          "x = []\nfor _ in range(%d):\n    x = [x]\ncopy.deepcopy(x)\nprint('copied')" % n))
    # 2**depth leaves: CPython needs minutes and gigabytes beyond 26
    return guarded("t = 0\nfor _ in range(%d):\n    t = (t, t)\nprint(len(str(t)))" % min(n, 24))


def fam_recursion(rng, size):
    n = max(1, size)
    kind = rng.choice(["plain", "mutual", "method", "repr", "eq", "getattr", "generator", "coroutine",
                       "lambda", "init", "str_format", "sort_key"])
    body = {
        "plain": "def f(n):\n    return f(n + 1)\nf(0)",
        "mutual": "def f(n):\n    return g(n)\ndef g(n):\n    return f(n)\nf(0)",
        "method": "class A:\n    def m(self):\n        return self.m()\nA().m()",
        "repr": "class A:\n    def __repr__(self):\n        return repr(self)\nrepr(A())",
        "eq": "class A:\n    def __eq__(self, o):\n        return self == o\nA() == A()",
        "getattr": "class A:\n    def __getattr__(self, k):\n        return self.missing\nA().x",
        "generator": "def g(n):\n    yield from g(n + 1)\nlist(g(0))",
        "coroutine": "import asyncio\nasync def f(n):\n    return await f(n + 1)\nasyncio.run(f(0))",
        "lambda": "f = lambda n: f(n + 1)\nf(0)",
        "init": "class A:\n    def __init__(self):\n        A()\nA()",
        "str_format": "class A:\n    def __format__(self, s):\n        return format(self, s)\nf'{A()}'",
        "sort_key": "def k(x):\n    return sorted([x], key=k)\nk(1)",
    }[kind]
    if rng.random() < 0.5:  # sometimes with a finite depth that is merely large
        body = body.replace("n + 1", "n - 1 if n > 0 else 0").replace("(0)", "(%d)" % min(n, 5000))
    return guarded(body, "(RecursionError, MemoryError)")


FAMILIES = {"expr": fam_expr, "stmt": fam_stmt, "exc": fam_exc, "tasks": fam_tasks, "data": fam_data,
            "recursion": fam_recursion}


def pick_size(rng):
    """Mostly small and medium sizes, now and then huge ones (where stacks overflow)."""
    return rng.choice([rng.randint(1, 30), rng.randint(30, 500), rng.randint(500, 5000),
                       rng.randint(5000, 50000), rng.randint(50000, MAX_SIZE)])


class Case:
    def __init__(self, seed, index, families):
        rng = random.Random("%s/%d" % (seed, index))
        self.family = rng.choice(families)
        self.size = pick_size(rng)
        self.choice_seed = rng.random()

    def source(self, size=None):
        # The same choices at every size: shrinking changes only the size.
        rng = random.Random(self.choice_seed)
        return FAMILIES[self.family](rng, self.size if size is None else size)


# ---------------------------------------------------------------------------
# Running and judging.


class Outcome:
    def __init__(self, stdout, stderr, status, seconds, timed_out=False):
        self.stdout, self.stderr, self.status = stdout, stderr, status
        self.seconds, self.timed_out = seconds, timed_out

    def last_line(self):
        lines = [l for l in self.stderr.splitlines() if l.strip()]
        return lines[-1] if lines else b""

    def exception_name(self):
        m = re.match(rb"^([A-Za-z_][\w.]*)(:|$)", self.last_line())
        return m.group(1) if m else b""

    def stopped_at_limit(self):
        if b"not supported" in self.stderr:  # a construct or module the interpreter refuses, by name
            return True
        if self.status == 2 and self.stderr.strip():  # awaitscope's own refusal (file too large, unreadable)
            return True
        return bool(LIMIT_LINE.search(self.stderr)) or b"too deeply nested" in self.stderr \
            or b"too long" in self.stderr

    def report(self):
        text = "exit status: %s%s, %.1f s\n" % (self.status, " (timed out)" if self.timed_out else "", self.seconds)
        text += "--- stdout:\n" + self.stdout[:4000].decode("utf-8", "replace")
        text += "\n--- stderr (last 4000 bytes):\n" + self.stderr[-4000:].decode("utf-8", "replace")
        return text


def cap_address_space():
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))


def run(argv, cwd, env=None, timeout=RUN_TIMEOUT):
    start = time.time()
    proc = subprocess.Popen(argv, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            preexec_fn=cap_address_space, start_new_session=True)
    try:
        out, err = proc.communicate(timeout=timeout)
        return Outcome(out, err, proc.returncode, time.time() - start)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, err = proc.communicate()
        return Outcome(out, err, None, time.time() - start, timed_out=True)


class Runner:
    def __init__(self, awaitscope, python):
        self.awaitscope, self.python = awaitscope, python
        self.tmp = tempfile.mkdtemp(prefix="structfuzz-")
        self.runs = 0

    def write(self, source, name="prog"):
        path = os.path.join(self.tmp, name + ".py")
        with open(path, "w") as f:
            f.write(source)
        return path

    def awaitscope_run(self, path):
        self.runs += 1
        # The binary may be relinked by a build for a while: wait and retry.
        for attempt in range(10):
            try:
                out = run([self.awaitscope, "run", os.path.basename(path)], os.path.dirname(path))
            except OSError as e:
                out = Outcome(b"", str(e).encode(), 126, 0)
            if out.status not in (126, 127) or attempt == 9:
                return out
            time.sleep(20)
        return out

    def cpython(self, path):
        env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
        env.pop("PYTHONSTARTUP", None)
        return run([self.python, os.path.join(HERE, "virtual_clock.py"), os.path.basename(path)],
                   os.path.dirname(path), env)


def judge(c, a):
    """The kind of finding, or None.  C is CPython's outcome, A Awaitscope's."""
    if a.timed_out:
        return "hang"
    if a.status < 0 or a.status >= 126:  # a signal (as -N, or 128+N through a shell), or not runnable
        return "crash"
    if a.status != 0 and not a.stderr.strip():
        return "silent"
    if c.timed_out or c.status not in (0, 1):
        return None  # CPython itself hangs, deadlocks or dies: only the above is judged
    if a.stopped_at_limit():
        return None  # a limit that says its name is a clear message
    if c.status == 0 and a.status == 0:
        if c.stdout != a.stdout and b"RecursionError" in c.stdout and b"RecursionError" not in a.stdout:
            return None  # the program caught CPython's recursion bound (a deep chain of task cancels, say)
        return "output" if c.stdout != a.stdout else None
    if c.status == 1 and a.status == 0 and c.exception_name() in CPYTHON_BOUNDS:
        return None  # CPython's parser or stack gave up where the interpreter did not
    if c.status == 1 and a.status == 1:
        if c.stdout != a.stdout:
            return "output"
        return "exception" if c.exception_name() != a.exception_name() else None
    return "status"


def shrink(runner, case, kind, deadline):
    """The smallest size (by bisection, at most 14 trials) at which the same kind of finding persists."""
    best, lo = case.size, 1  # the finding holds at best; sizes below lo are not known to hold it
    for _ in range(14):
        if best <= lo or time.time() >= deadline:
            break
        trial = (lo + best) // 2
        path = runner.write(case.source(trial), "shrink")
        if judge(runner.cpython(path), runner.awaitscope_run(path)) == kind:
            best = trial
        else:
            lo = trial + 1
    return best


def fuzz(args):
    runner = Runner(args.awaitscope, args.python)
    families = args.families.split(",") if args.families else sorted(FAMILIES)
    start = time.time()
    end = start + args.minutes * 60 if args.minutes else None
    findings, seen, counts = [], set(), {}
    index = args.start
    ran = 0
    try:
        while (args.count is None or ran < args.count) and (end is None or time.time() < end):
            case = Case(args.seed, index, families)
            name = "seed%s_%d" % (args.seed, index)
            index += 1
            ran += 1
            path = runner.write(case.source())
            a = runner.awaitscope_run(path)
            c = runner.cpython(path)
            kind = judge(c, a)
            counts[case.family] = counts.get(case.family, 0) + 1
            if args.verbose:
                print("%s %s size %d: %s (%.1f s)" % (name, case.family, case.size, kind or "fine", a.seconds),
                      flush=True)
            if not kind:
                continue
            size = shrink(runner, case, kind, time.time() + 120)
            path = runner.write(case.source(size), name)
            c, a = runner.cpython(path), runner.awaitscope_run(path)
            if judge(c, a) != kind:  # flaky: keep the original size
                size = case.size
                path = runner.write(case.source(size), name)
                c, a = runner.cpython(path), runner.awaitscope_run(path)
            signature = (case.family, kind, case.source(1)[:60])
            new = signature not in seen
            seen.add(signature)
            findings.append((name, kind, case.family, size, new))
            os.makedirs(args.out, exist_ok=True)
            shutil.copy(path, os.path.join(args.out, name + ".py"))
            with open(os.path.join(args.out, name + ".txt"), "w") as f:
                f.write("family %s, kind %s, size %d (generated %d)\n== CPython\n%s\n== Awaitscope\n%s\n"
                        % (case.family, kind, size, case.size, c.report(), a.report()))
            print("%s: %s (%s, size %d)%s -> %s" % (name, kind.upper(), case.family, size,
                                                    "" if new else " [seen before]",
                                                    os.path.join(args.out, name + ".py")), flush=True)
    except KeyboardInterrupt:
        pass
    finally:
        shutil.rmtree(runner.tmp, ignore_errors=True)
    minutes = (time.time() - start) / 60
    print("\nstructfuzz summary: seed %s, %d programs (%s), %d runs with shrinking, %d finding(s) "
          "(%d distinct), %.1f minutes" % (args.seed, ran, ", ".join("%s %d" % kv for kv in sorted(counts.items())),
                                           runner.runs, len(findings), len([f for f in findings if f[4]]), minutes))
    return 1 if findings else 0


def replay(args):
    runner = Runner(args.awaitscope, args.python)
    with open(args.replay) as f:
        path = runner.write(f.read(), os.path.splitext(os.path.basename(args.replay))[0])
    c, a = runner.cpython(path), runner.awaitscope_run(path)
    shutil.rmtree(runner.tmp, ignore_errors=True)
    print("== CPython\n" + c.report() + "\n== Awaitscope\n" + a.report())
    kind = judge(c, a)
    print("judged:", kind or "fine")
    return 1 if kind else 0


def main(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--seed", default="1")
    p.add_argument("--count", type=int)
    p.add_argument("--start", type=int, default=0, metavar="INDEX")
    p.add_argument("--minutes", type=float)
    p.add_argument("--families", help="comma-separated, of: " + ", ".join(sorted(FAMILIES)))
    p.add_argument("--out", default=os.path.join(ROOT, "build", "structfuzz-findings"))
    p.add_argument("--awaitscope", default=os.path.join(ROOT, "build", "bin", "awaitscope"))
    p.add_argument("--python", default=sys.executable)
    p.add_argument("--verbose", action="store_true")
    p.add_argument("--replay")
    p.add_argument("--print", dest="show", type=int, metavar="INDEX")
    args = p.parse_args(argv)
    families = args.families.split(",") if args.families else sorted(FAMILIES)
    unknown = [f for f in families if f not in FAMILIES]
    if unknown:
        print("structfuzz: unknown family %s (there are: %s)" % (", ".join(unknown), ", ".join(sorted(FAMILIES))),
              file=sys.stderr)
        return 2
    if args.show is not None:
        case = Case(args.seed, args.show, families)
        sys.stdout.write("# family %s, size %d\n%s" % (case.family, case.size, case.source()))
        return 0
    if not os.access(args.awaitscope, os.X_OK):
        print("structfuzz: %s not found; build it first (make build)" % args.awaitscope, file=sys.stderr)
        return 2
    try:
        os.nice(10)
    except OSError:
        pass
    if args.replay:
        return replay(args)
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    if args.count is None and args.minutes is None:
        args.minutes = 1
    return fuzz(args)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
