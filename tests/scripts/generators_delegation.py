# send, throw, close, GeneratorExit and `yield from` delegating all of them.


def echo():
    print("echo started")
    received = None
    try:
        while True:
            received = yield f"got {received}"
            if received == "stop":
                return "stopped by request"
    except GeneratorExit:
        print("echo closing")
        raise
    finally:
        print("echo finally")


e = echo()
print(e.send(None))
print(e.send("hello"))
print(e.send(42))
try:
    e.send("stop")
except StopIteration as stop:
    print("returned:", stop.value)

e = echo()
try:
    e.send("too early")
except TypeError as err:
    print("TypeError:", err)
next(e)
e.close()
e.close()
print(next(e, "closed generator is exhausted"))


# a running average as a coroutine-style generator
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


avg = averager()
next(avg)
print([avg.send(v) for v in (10, 20, 60)])


# throw: caught inside, caught and re-yielded, or not caught
def resilient():
    while True:
        try:
            yield "working"
        except ValueError as err:
            print("recovered from", repr(err))
            yield "recovered"


r = resilient()
print(next(r))
print(r.throw(ValueError("bad input")))
print(next(r))
print(r.throw(ValueError))
try:
    r.throw(KeyError, "missing")
except KeyError as err:
    print("KeyError escaped:", err)
print(next(r, "finished after the exception"))


# throw into a generator that has not started: the body never runs
def never_runs():
    print("body ran")
    yield 1


n = never_runs()
try:
    n.throw(RuntimeError("before start"))
except RuntimeError as err:
    print("raised at once:", err)
print(next(n, "exhausted"))

# throw into an exhausted generator raises the exception
try:
    n.throw(IndexError("late"))
except IndexError as err:
    print("exhausted generator raised:", err)
try:
    next(e).throw(1)
except Exception as err:
    print(type(err).__name__)


def bad_throw():
    yield 1


b = bad_throw()
next(b)
try:
    b.throw(1)
except TypeError as err:
    print("TypeError:", err)


# close while suspended in try/finally; close of a generator that yields in finally
def cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup runs")


c = cleanup()
next(c)
c.close()
print("closed:", next(c, "nothing left"))


def stubborn():
    try:
        yield 1
    finally:
        yield "refusing"


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as err:
    print("RuntimeError:", err)


def swallow():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit caught, returning")
        return "ignored value"


w = swallow()
next(w)
print("close returns", w.close())

# a generator dropped while suspended is closed (its finally runs) when the last reference goes
c = cleanup()
next(c)
print("dropping it")
c = None
print("dropped")


# yield from: values, the return value, send, throw and close all pass through
def inner():
    print("inner starts")
    x = yield "inner-1"
    print("inner got", x)
    try:
        y = yield "inner-2"
        print("inner got", y)
    except ValueError as err:
        print("inner caught", repr(err))
        y = "handled"
    yield "inner-3"
    return f"inner result ({y})"


def outer():
    result = yield from inner()
    print("outer got result:", result)
    yield "outer-done"
    return "outer result"


o = outer()
print(next(o))
print(o.send("A"))
print(o.throw(ValueError("into inner")))
print(next(o))
try:
    next(o)
except StopIteration as stop:
    print("outer returned:", stop.value)

o = outer()
next(o)
print(o.send("B"))
print(o.send("C"))
o.close()
print("outer closed")


def inner_with_finally():
    try:
        yield "a"
        yield "b"
    finally:
        print("inner finally")


def outer_with_finally():
    try:
        yield from inner_with_finally()
    finally:
        print("outer finally")


g = outer_with_finally()
print(next(g))
g.close()


def chained():
    yield from range(3)
    yield from "xy"
    yield from [10, 20]
    r = yield from iter(())
    print("empty yield from gives", r)


print(list(chained()))


def uncaught_in_inner():
    yield from inner_with_finally()


u = uncaught_in_inner()
next(u)
try:
    u.throw(KeyError("k"))
except KeyError as err:
    print("KeyError came out:", err)


# recursion: a tree walk with yield from, 200 levels deep (each level is a resumption on the C++ stack;
# under the address sanitizer, whose frames are several times larger, 500 levels overflowed it)
def build(depth):
    node = None
    for i in range(depth, 0, -1):
        node = (i, node)
    return node


def walk(node):
    if node is None:
        return 0
    value, rest = node
    yield value
    count = yield from walk(rest)
    return count + 1


deep = walk(build(200))
values = list(deep)
print(len(values), values[:3], values[-3:])


def count_walk():
    total = yield from walk(build(200))
    print("depth counted:", total)


for _ in count_walk():
    pass


def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


print(list(flatten([1, [2, [3, [4, [5]]]], 6])))
