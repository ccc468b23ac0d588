// The synchronous evaluator: values, operators, builtins, functions, classes and exceptions.
// Expected outputs were produced by CPython 3.11 running the same snippets.
#include "python/pythonrunner.h"

#include <QTest>

using namespace awaitscope::py;

namespace {

struct Result
{
    QString out;
    QString err;
    int status = 0;
};

Result runSource(const QString &source, int64_t maxSteps = 0)
{
    Result r;
    RunOptions o;
    o.out = [&r](const QString &s) { r.out += s; };
    o.err = [&r](const QString &s) { r.err += s; };
    o.limits.maxSteps = maxSteps;
    r.status = runPythonSource(source, o);
    return r;
}

QString lastLine(const QString &text)
{
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    return lines.isEmpty() ? QString() : lines.last();
}

} // namespace

class TestPythonEval : public QObject
{
    Q_OBJECT

private slots:
    void output_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("expected");
        auto row = [](const char *name, const char *src, const char *out) {
            QTest::newRow(name) << QString::fromUtf8(src) << QString::fromUtf8(out);
        };
        row("ints and floats",
            "print(7 // 2, -7 // 2, 7 % -3, 2 ** 62, 10 / 4, 1e16, 1.5e-05, 0.1 + 0.2, 3.0, -0.0)",
            "3 -4 -2 4611686018427387904 2.5 1e+16 1.5e-05 0.30000000000000004 3.0 -0.0\n");
        row("float repr",
            "print(1/3, 2/3, 100.0, 1e22, 123456789.123, float('inf'), -float('inf'), float('nan'))",
            "0.3333333333333333 0.6666666666666666 100.0 1e+22 123456789.123 inf -inf nan\n");
        row("str repr quotes",
            "print(repr('a'), repr(\"it's\"), repr('x\\ny'), repr('both \\' \"'), [1, 'a', 2.5])",
            "'a' \"it's\" 'x\\ny' 'both \\' \"' [1, 'a', 2.5]\n");
        row("containers", "print((1,), (), [], {}, set(), {1: 'a', 'b': [2]}, {1, 2, 3})",
            "(1,) () [] {} set() {1: 'a', 'b': [2]} {1, 2, 3}\n");
        row("bool and None", "print(True + 1, True and 0, None or 'x', not None, [] or {} or 'z')",
            "2 0 x True z\n");
        row("string methods",
            "s = '  Hello, World  '\nprint(s.strip().upper(), s.split(), 'a,b,,c'.split(','), '-'.join(['x', "
            "'y']), s.strip().startswith('He'), 'abc'.find('c'), 'aaa'.count('a'))",
            "HELLO, WORLD ['Hello,', 'World'] ['a', 'b', '', 'c'] x-y True 2 3\n");
        row("string slicing", "s = 'abcdef'\nprint(s[1:4], s[::-1], s[-2:], s[::2], s[10:])",
            "bcd fedcba ef ace \n");
        row("format specs",
            "x = "
            "3.14159\nprint(f'{x:.2f}|{x:8.3f}|{42:>5}|{42:<5}|{42:^6}|{42:05d}|{1234567:,}|{0.25:.1%}|{255:"
            "x}|{255:#b}|{\"ab\":*^6}|{x!r}|{\"s\"!r}')",
            "3.14|   3.142|   42|42   |  42  |00042|1,234,567|25.0%|ff|0b11111111|**ab**|3.14159|'s'\n");
        row("f-string debug and nesting",
            "w = 7\nv = 'hi'\nprint(f'{v=}', f'[{v:>{w}}]', f'{{literal}}', f'{1+2}')",
            "v='hi' [     hi] {literal} 3\n");
        row("percent formatting", "print('%s=%d (%.2f) %r %5s|%-5s|' % ('a', 42, 3.14159, 'q', 'r', 'l'))",
            "a=42 (3.14) 'q'     r|l    |\n");
        row("str.format",
            "print('{} {} {name}'.format(1, 2, name='n'), '{0}{1}{0}'.format('a', 'b'), "
            "'{:>4}|{!r}'.format('a', 'b'))",
            "1 2 n aba    a|'b'\n");
        row("list methods",
            "l = [3, 1, 2]\nl.append(5); l.extend([0]); l.insert(1, 9)\nprint(l, l.pop(), l.pop(0), "
            "l.index(2), sorted(l), sorted(l, reverse=True))\nl.sort(key=lambda v: -v); print(l)",
            "[9, 1, 2, 5] 0 3 2 [1, 2, 5, 9] [9, 5, 2, 1]\n[9, 5, 2, 1]\n");
        row("dict methods",
            "d = {'a': 1}\nd['b'] = 2\nd.setdefault('c', 3)\nprint(d, list(d.keys()), list(d.values()), "
            "list(d.items()), d.get('z', 0), d.pop('a'), d)\nfor k, v in d.items(): print(k, v)",
            "{'b': 2, 'c': 3} ['a', 'b', 'c'] [1, 2, 3] [('a', 1), ('b', 2), ('c', 3)] 0 1 {'b': 2, 'c': "
            "3}\nb 2\nc 3\n");
        row("dict keeps insertion order",
            "d = {}\nfor k in 'zyx': d[k] = len(d)\ndel d['y']\nd['y'] = 9\nprint(d)",
            "{'z': 0, 'x': 2, 'y': 9}\n");
        row("set operations",
            "a = {1, 2, 3}\nb = {2, 3, 4}\nprint(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b), "
            "2 in a, {1, 2} <= a)",
            "[1, 2, 3, 4] [2, 3] [1] [1, 4] True True\n");
        row("comprehensions",
            "print([x * x for x in range(5)], {x % 3 for x in range(10)}, {k: v for k, v in zip('ab', (1, "
            "2))}, [(i, j) for i in range(3) for j in range(i)])",
            "[0, 1, 4, 9, 16] {0, 1, 2} {'a': 1, 'b': 2} [(1, 0), (2, 0), (2, 1)]\n");
        row("generator expressions",
            "print(sum(x for x in range(10)), any(x > 8 for x in range(10)), all(x < 5 for x in range(10)), "
            "list(x for x in 'ab'))",
            "45 True False ['a', 'b']\n");
        row("builtins",
            "print(len('abc'), abs(-2.5), round(2.5), round(3.5), round(2.675, 2), min([4, 2, 8]), max(1, 5, "
            "3), sum([1, 2, 3], 10), divmod(17, 5))",
            "3 2.5 2 4 2.67 2 5 16 (3, 2)\n");
        row("enumerate zip map filter",
            "print(list(enumerate('ab', 1)), list(zip([1, 2], 'xyz')), list(map(str, [1, 2])), "
            "list(filter(None, [0, 1, '', 'a'])), list(reversed([1, 2, 3])))",
            "[(1, 'a'), (2, 'b')] [(1, 'x'), (2, 'y')] ['1', '2'] [1, 'a'] [3, 2, 1]\n");
        row("conversions",
            "print(int('42'), int(3.9), int(-3.9), float('2.5'), str(1.0), bool(''), list('ab'), tuple([1]), "
            "int('ff', 16))",
            "42 3 -3 2.5 1.0 False ['a', 'b'] (1,) 255\n");
        row("type and isinstance",
            "print(type(1).__name__, type(True), isinstance(True, int), isinstance(1, (str, float)), "
            "type([]) is list)",
            "int <class 'bool'> True False True\n");
        row("unpacking",
            "a, *b, c = range(5)\n(x, y), z = (1, 2), 3\nprint(a, b, c, x, y, z)\nfirst, *rest = "
            "'hello'\nprint(first, rest)",
            "0 [1, 2, 3] 4 1 2 3\nh ['e', 'l', 'l', 'o']\n");
        row("closures and nonlocal",
            "def counter():\n    n = 0\n    def inc(step=1):\n        nonlocal n\n        n += step\n        "
            "return n\n    return inc\nc = counter()\nc(); c(5)\nprint(c())",
            "7\n");
        row("late binding in closures",
            "fs = [lambda: i for i in range(3)]\nprint([f() for f in fs])\ngs = [lambda i=i: i for i in "
            "range(3)]\nprint([g() for g in gs])",
            "[2, 2, 2]\n[0, 1, 2]\n");
        row("globals",
            "count = 0\ndef bump():\n    global count\n    count += 1\nbump(); bump()\nprint(count)", "2\n");
        row("arguments",
            "def f(a, b=2, *args, c, d=4, **kw):\n    return a, b, args, c, d, kw\nprint(f(1, "
            "c=3))\nprint(f(1, 2, 3, 4, c=5, e=6))\nprint(f(*[1, 2], **{'c': 7}))",
            "(1, 2, (), 3, 4, {})\n(1, 2, (3, 4), 5, 4, {'e': 6})\n(1, 2, (), 7, 4, {})\n");
        row("recursion",
            "def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\nprint([fib(i) for i in "
            "range(15)])",
            "[0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377]\n");
        row("while else and break",
            "for i in range(5):\n    if i == 3:\n        break\nelse:\n    print('no break')\nn = 0\nwhile n "
            "< 3:\n    n += 1\nelse:\n    print('done', n)",
            "done 3\n");
        row("classes",
            "class Animal:\n    kind = 'animal'\n    def __init__(self, name):\n        self.name = name\n   "
            " def speak(self):\n        return f'{self.name} makes a sound'\nclass Dog(Animal):\n    def "
            "speak(self):\n        return super().speak() + ' (woof)'\nd = Dog('Rex')\nprint(d.speak(), "
            "d.kind, isinstance(d, Animal), type(d).__name__)",
            "Rex makes a sound (woof) animal True Dog\n");
        row("dunder methods",
            "class V:\n    def __init__(self, x): self.x = x\n    def __repr__(self): return "
            "f'V({self.x})'\n    def __eq__(self, o): return self.x == o.x\n    def __lt__(self, o): return "
            "self.x < o.x\n    def __len__(self): return self.x\nprint(sorted([V(3), V(1)]), V(1) == V(1), "
            "len(V(4)), [V(2)])",
            "[V(1), V(3)] True 4 [V(2)]\n");
        row("exceptions basics",
            "try:\n    1 / 0\nexcept ZeroDivisionError as e:\n    print(type(e).__name__, e, repr(e), "
            "e.args)\ntry:\n    [][1]\nexcept (KeyError, IndexError) as e:\n    print('caught', "
            "repr(e))\nfinally:\n    print('finally')",
            "ZeroDivisionError division by zero ZeroDivisionError('division by zero') ('division by "
            "zero',)\ncaught IndexError('list index out of range')\nfinally\n");
        row("exception str and repr",
            "print(str(KeyError('k')), repr(KeyError('k')), str(ValueError()), repr(ValueError()), "
            "str(ValueError(1, 2)), repr(TimeoutError()))",
            "'k' KeyError('k')  ValueError() (1, 2) TimeoutError()\n");
        row("user exceptions",
            "class AppError(Exception):\n    def __init__(self, msg, code):\n        super().__init__(msg)\n "
            "       self.code = code\ntry:\n    raise AppError('bad', 7)\nexcept Exception as e:\n    "
            "print(repr(e), e.code, isinstance(e, AppError))",
            "AppError('bad') 7 True\n");
        row("raise from and context",
            "try:\n    try:\n        int('x')\n    except ValueError as e:\n        raise "
            "RuntimeError('wrapped') from e\nexcept RuntimeError as e:\n    print(repr(e), "
            "repr(e.__cause__))\ntry:\n    try:\n        {}['a']\n    except KeyError:\n        raise "
            "ValueError('during')\nexcept ValueError as e:\n    print(repr(e.__context__))",
            "RuntimeError('wrapped') ValueError(\"invalid literal for int() with base 10: "
            "'x'\")\nKeyError('a')\n");
        row("try else finally order",
            "def f():\n    try:\n        print('body')\n    except Exception:\n        print('no')\n    "
            "else:\n        print('else')\n        return 1\n    finally:\n        "
            "print('finally')\nprint(f())",
            "body\nelse\nfinally\n1\n");
        row("exception groups",
            "eg = ExceptionGroup('many', [ValueError('v'), TypeError('t'), ValueError('w')])\nprint(eg, "
            "repr(eg))\ntry:\n    raise eg\nexcept* ValueError as g:\n    print('values', repr(g))\nexcept* "
            "TypeError as g:\n    print('types', g.exceptions)",
            "many (3 sub-exceptions) ExceptionGroup('many', [ValueError('v'), TypeError('t'), "
            "ValueError('w')])\nvalues ExceptionGroup('many', [ValueError('v'), ValueError('w')])\ntypes "
            "(TypeError('t'),)\n");
        row("assert and del",
            "x = [1, 2, 3]\ndel x[0]\nprint(x)\ntry:\n    assert len(x) == 5, 'length'\nexcept "
            "AssertionError as e:\n    print('assert', e)",
            "[2, 3]\nassert length\n");
        row("with statement",
            "class CM:\n    def __enter__(self):\n        print('enter')\n        return 'res'\n    def "
            "__exit__(self, et, ev, tb):\n        print('exit', et.__name__ if et else None)\n        return "
            "True\nwith CM() as r:\n    print(r)\n    raise KeyError('x')\nprint('after')",
            "enter\nres\nexit KeyError\nafter\n");
        row("walrus", "data = [1, 5, 9]\nif (n := len(data)) > 2:\n    print('long', n)", "long 3\n");
    }
    void output()
    {
        QFETCH(QString, source);
        QFETCH(QString, expected);
        const Result r = runSource(source);
        QCOMPARE(r.err, QString());
        QCOMPARE(r.out, expected);
        QCOMPARE(r.status, 0);
    }

    // Uncaught errors: what the last line of stderr says, and the exit status.
    void errors_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("lastErrLine");
        QTest::addColumn<QString>("stdoutBefore");
        QTest::newRow("name error") << QStringLiteral("print('a')\nprint(x)\n")
                                    << QStringLiteral("NameError: name 'x' is not defined")
                                    << QStringLiteral("a\n");
        QTest::newRow("unbound local") << QStringLiteral("x = 1\ndef f():\n    print(x)\n    x = 2\nf()\n")
                                       << QStringLiteral("UnboundLocalError: cannot access local variable "
                                                         "'x' where it is not associated with a value")
                                       << QString();
        QTest::newRow("type error") << QStringLiteral("'a' + 1\n")
                                    << QStringLiteral(
                                           "TypeError: can only concatenate str (not \"int\") to str")
                                    << QString();
        QTest::newRow("missing argument")
            << QStringLiteral("def f(a, b): pass\nf(1)\n")
            << QStringLiteral("TypeError: f() missing 1 required positional argument: 'b'") << QString();
        QTest::newRow("too many arguments")
            << QStringLiteral("def f(a): pass\nf(1, 2)\n")
            << QStringLiteral("TypeError: f() takes 1 positional argument but 2 were given") << QString();
        QTest::newRow("key error") << QStringLiteral("d = {}\nd['k']\n") << QStringLiteral("KeyError: 'k'")
                                   << QString();
        QTest::newRow("attribute error")
            << QStringLiteral("(1).foo\n")
            << QStringLiteral("AttributeError: 'int' object has no attribute 'foo'") << QString();
        QTest::newRow("user exception") << QStringLiteral("class E(Exception): pass\nraise E('bad')\n")
                                        << QStringLiteral("E: bad") << QString();
        QTest::newRow("str() of an int past 4300 digits (CPython 3.11's limit)")
            << QStringLiteral("print(10 ** 4300)\n")
            << QStringLiteral(
                   "ValueError: Exceeds the limit (4300 digits) for integer string conversion; use "
                   "sys.set_int_max_str_digits() to increase the limit")
            << QString();
        QTest::newRow("int() of a string past 4300 digits")
            << QStringLiteral("int('9' * 4301)\n")
            << QStringLiteral(
                   "ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has "
                   "4301 digits; use sys.set_int_max_str_digits() to increase the limit")
            << QString();
        QTest::newRow("sandbox: no os")
            << QStringLiteral("import os\n")
            << QStringLiteral("ModuleNotFoundError: module 'os' is not available in Awaitscope: programs run "
                              "in a sandbox without files, processes or sockets (line 1, column 1)")
            << QString();
        QTest::newRow("sandbox: no open")
            << QStringLiteral("open('x')\n")
            << QStringLiteral(
                   "PermissionError: open() is not available: programs run in a sandbox without files")
            << QString();
        // A native method read from its class and called on another type's object: refused as CPython's C
        // method descriptors refuse it (the method would take the object's state for its own; it crashed).
        QTest::newRow("native method on another type's object")
            << QStringLiteral("import asyncio\nfrom concurrent.futures import ThreadPoolExecutor\n"
                              "ThreadPoolExecutor.shutdown(asyncio.Lock())\n")
            << QStringLiteral(
                   "TypeError: descriptor 'shutdown' for 'ThreadPoolExecutor' objects doesn't apply "
                   "to a 'Lock' object")
            << QString();
        QTest::newRow("native method of a base class on a subclass's object")
            << QStringLiteral("import collections\nclass D(collections.deque):\n    pass\n"
                              "d = D()\ncollections.deque.append(d, 1)\nprint(list(d))\n"
                              "collections.deque.append(collections.Counter(), 1)\n")
            << QStringLiteral(
                   "TypeError: descriptor 'append' for 'deque' objects doesn't apply to a 'Counter' "
                   "object")
            << QStringLiteral("[1]\n");
        QTest::newRow("unknown module")
            << QStringLiteral("import numpy\n")
            << QStringLiteral(
                   "ModuleNotFoundError: not supported: module 'numpy' (line 1, column 1); "
                   "available modules: aiohttp, asyncio, collections, concurrent, contextlib, contextvars, "
                   "dataclasses, "
                   "datetime, "
                   "enum, errno, functools, inspect, itertools, json, logging, math, operator, random, "
                   "statistics, "
                   "string, "
                   "sys, time, traceback, typing, uuid, warnings")
            << QString();
        QTest::newRow("syntax error")
            << QStringLiteral("print('a')\nx = (1,\n")
            << QStringLiteral("SyntaxError: '(' was never closed (line 2, column 5)") << QString();
        QTest::newRow("unsupported construct")
            << QStringLiteral("f = lambda: (yield 1)\n")
            << QStringLiteral(
                   "SyntaxError: not supported: 'yield' inside a lambda (use a def) (line 1, column 14)")
            << QString();
        // Unbounded recursion: tst_limits (the last line depends on whether the limit or the C++ stack came
        // first).
        QTest::newRow("memory limit")
            << QStringLiteral("l = []\nwhile True:\n    l.append('x' * 100000)\n")
            << QStringLiteral("Stopped: memory limit reached: the program used more "
                              "than 1024 MB; raise it with --max-memory N")
            << QString();
    }
    void errors()
    {
        QFETCH(QString, source);
        QFETCH(QString, lastErrLine);
        QFETCH(QString, stdoutBefore);
        const Result r = runSource(source);
        QCOMPARE(lastLine(r.err), lastErrLine);
        QCOMPARE(r.out, stdoutBefore);
        QCOMPARE(r.status, 1);
    }

    void tracebackNamesEveryFrame()
    {
        const Result r = runSource(QStringLiteral(
            "def inner():\n    raise ValueError('x')\n\ndef outer():\n    inner()\n\nouter()\n"));
        QCOMPARE(r.err, QStringLiteral("Traceback (most recent call last):\n"
                                       "  File \"prog.py\", line 7, in <module>\n    outer()\n"
                                       "  File \"prog.py\", line 5, in outer\n    inner()\n"
                                       "  File \"prog.py\", line 2, in inner\n    raise ValueError('x')\n"
                                       "ValueError: x\n"));
    }

    void chainedTracebackShowsTheCause()
    {
        const Result r = runSource(QStringLiteral(
            "try:\n    1 / 0\nexcept ZeroDivisionError as e:\n    raise ValueError('v') from e\n"));
        QVERIFY(r.err.startsWith(QLatin1String("Traceback (most recent call last):")));
        QVERIFY(r.err.contains(QLatin1String("ZeroDivisionError: division by zero\n\nThe above exception was "
                                             "the direct cause of the following exception:")));
        QCOMPARE(lastLine(r.err), QStringLiteral("ValueError: v"));
    }

    void stepLimitStopsAnEndlessLoop()
    {
        const Result r = runSource(QStringLiteral("print('start')\nwhile True:\n    pass\n"), 5000);
        QCOMPARE(r.out, QStringLiteral("start\n"));
        QCOMPARE(r.err, QStringLiteral("Stopped: step limit reached: the program ran more than 5000 steps "
                                       "(an endless loop?); raise it "
                                       "with --max-steps N\n"));
        QCOMPARE(r.status, 1);
    }

    void stepLimitCannotBeCaught()
    {
        const Result r =
            runSource(QStringLiteral("try:\n    while True:\n        pass\nexcept BaseException:\n    "
                                     "print('caught')\nfinally:\n    print('finally')\n"),
                      1000);
        QCOMPARE(r.out, QString());
        QVERIFY(r.err.startsWith(QLatin1String("Stopped: step limit reached")));
    }

    void deeplyNestedValuesDoNotCrash()
    {
        const Result r =
            runSource(QStringLiteral("l = []\nfor i in range(100000):\n    l = [l]\n"
                                     "try:\n    print(l)\nexcept RecursionError as e:\n    print(e)\n"
                                     "print(l == l)\n"));
        QCOMPARE(r.out, QStringLiteral(
                            "maximum recursion depth exceeded while getting the repr of an object\nTrue\n"));
        QCOMPARE(r.status, 0);
    }

    void systemExitSetsTheStatus()
    {
        QCOMPARE(runSource(QStringLiteral("raise SystemExit(3)\n")).status, 3);
        QCOMPARE(runSource(QStringLiteral("raise SystemExit\n")).status, 0);
    }
};

QTEST_APPLESS_MAIN(TestPythonEval)
#include "tst_python_eval.moc"
